import { formatCount } from '../format.js';
import type { Language } from '../labels.js';
import { escapeHtml } from './escape.js';

/**
 * An HTML table; numbers are written the reader's way (1.179.085) and right-aligned, text cells
 * escaped. `total` adds a bold last row.
 *
 * @example
 * htmlTable({ columns: ['Huyện', 'Số người'], rows: [['Hồng Dân', 1204]] }, 'vi');
 */
export function htmlTable(
  table: { columns: string[]; rows: (string | number | null)[][]; total?: (string | number | null)[] },
  language: Language,
  options: { className?: string } = {},
): string {
  const numeric = table.columns.map((_, i) => table.rows.length > 0 && table.rows.every((r) => typeof r[i] === 'number' || r[i] === null || /^[\d.,]+%?$|^–$/.test(String(r[i]))));
  const cell = (v: string | number | null, i: number, tag: 'td' | 'th') =>
    `<${tag}${numeric[i] ? ' class="n"' : ''}>${typeof v === 'number' ? formatCount(v, language) : escapeHtml(v ?? '')}</${tag}>`;
  const head = `<thead><tr>${table.columns.map((c, i) => cell(c, i, 'th')).join('')}</tr></thead>`;
  const body = table.rows.map((r) => `<tr>${r.map((v, i) => cell(v, i, 'td')).join('')}</tr>`).join('');
  const total = table.total ? `<tr class="total">${table.total.map((v, i) => cell(v, i, 'td')).join('')}</tr>` : '';
  return `<table${options.className ? ` class="${options.className}"` : ''}>${head}<tbody>${body}${total}</tbody></table>`;
}
