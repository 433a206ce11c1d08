import { createHash } from 'node:crypto';

/**
 * A sortable run id: local date and time, phase, and a short hash of the config and the inputs'
 * checksums (equal for reruns on identical inputs).
 *
 * @example
 * makeRunId(new Date(2026, 0, 25, 10, 30), 'pilot', 'a1b2...'); // '20260125-103000-pilot-a1b2c3'
 */
export function makeRunId(startedAt: Date, phase: string, fingerprint: string): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const d = startedAt;
  const stamp = `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
  return `${stamp}-${phase}-${createHash('sha256').update(fingerprint).digest('hex').slice(0, 6)}`;
}
