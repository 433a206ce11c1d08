import { formatNumber } from '../vn/numbers.js';
import type { IngestSummary } from './types.js';

/**
 * The accounting of an ingest as a few lines for the terminal: each file's rows in = loaded +
 * quarantined, persons by role, quarantine reasons, time and peak memory. Figures and file names
 * only, never a value from the data.
 *
 * @example
 * ingestSummaryText(summary, { peakMemoryBytes: 2.1e9 })
 * // 'registry.csv (csv, utf8, ",", canonical headers): 1,179,085 rows in = 1,179,070 loaded + 15 quarantined\n...'
 */
export function ingestSummaryText(summary: IngestSummary, extra: { peakMemoryBytes?: number; timings?: boolean } = {}): string {
  const n = (x: number) => formatNumber(x, 'en');
  const lines: string[] = [];
  for (const f of summary.files) {
    const how = [f.format, f.encoding, f.delimiter ? JSON.stringify(f.delimiter) : null, `${f.headerStyle} headers`].filter(Boolean).join(', ');
    lines.push(`${f.sourceFile} (${f.kind}; ${how}): ${n(f.rowsIn)} rows in = ${n(f.rowsLoaded)} loaded + ${n(f.rowsQuarantined)} quarantined`);
    if (f.ignoredHeaders.length) lines.push(`  ignored columns: ${f.ignoredHeaders.join(', ')}`);
  }
  const t = summary.totals;
  lines.push(`total: ${n(t.rowsIn)} rows in = ${n(t.rowsLoaded)} loaded + ${n(t.rowsQuarantined)} quarantined`);
  lines.push(`registrations: ${n(summary.registrations)}; persons: ${n(summary.persons)}; population: ${n(summary.population)}`);
  const roles = Object.entries(summary.personsByRole);
  if (roles.length) lines.push(`persons by role: ${roles.map(([role, count]) => `${role} ${n(count)}`).join(', ')}`);
  const reasons = Object.entries(summary.quarantineByReason);
  lines.push(reasons.length ? `quarantined: ${reasons.map(([reason, count]) => `${reason} ${n(count)}`).join(', ')}` : 'quarantined: none');
  if (extra.timings) for (const s of summary.steps) lines.push(`  ${s.name}: ${s.seconds.toFixed(2)} s`);
  const memory = extra.peakMemoryBytes ? `, peak memory ${formatNumber(extra.peakMemoryBytes / 1e9, 'en', 2)} GB` : '';
  lines.push(`${formatNumber(summary.seconds, 'en', 1)} s${memory}`);
  return lines.join('\n');
}
