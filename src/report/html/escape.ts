/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('Phường 1 <TP>'); // 'Phường 1 &lt;TP&gt;'
 */
export function escapeHtml(text: unknown): string {
  return String(text ?? '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}
