import type { Explanation } from './explain.js';

const signed = (x: number) => (x >= 0 ? '+' : '') + x.toFixed(2);
const cut = (s: string | null, width: number) => {
  const text = s ?? '—';
  return (text.length > width ? text.slice(0, width - 1) + '…' : text).padEnd(width);
};

/**
 * An explanation as terminal text: the person, the outcome and why, then for each candidate the
 * level, weight and term-frequency adjustment of every field with both sides' values, and the total.
 * Contains personal data: for the authorised analyst's terminal only, never for logs.
 *
 * @example
 * process.stdout.write(explanationText(await explainPerson(c, 'B1/child')));
 */
export function explanationText(e: Explanation): string {
  const lines: string[] = [];
  lines.push(`${e.personId}  (${e.eventType}, ${e.role})`);
  lines.push(`  registry: ${e.registry.fullName ?? '—'}; born ${e.registry.dob ?? '—'}; sex ${e.registry.sex ?? '—'}; pid ${e.registry.pid ?? '—'}`);
  const link = e.populationPid ? ` → ${e.populationPid}` : '';
  lines.push(`  outcome: ${e.outcome}${link}${e.method ? ` (${e.method})` : ''}${e.errors ? `; errors ${e.errors}` : ''}${e.pidAction ? `; pid ${e.pidAction}` : ''}`);
  lines.push(`  why: ${e.reason}`);
  lines.push(`  prior ${signed(e.prior)}; threshold ${e.threshold}; margin ${e.margin}; ${e.candidateCount} candidate(s)${e.candidates.length < e.candidateCount ? `, best ${e.candidates.length} shown` : ''}`);
  for (const c of e.candidates) {
    lines.push('');
    lines.push(`  #${c.rank} row ${c.rowId}  ${c.fullName ?? '—'}  ${c.dob ?? '—'}  pid ${c.pid ?? '—'}  total ${signed(c.total)} (p=${c.probability.toFixed(4)}; found by ${c.source})`);
    lines.push(`     ${'field'.padEnd(16)} ${'level'.padEnd(16)} ${'weight'.padStart(8)} ${'tf'.padStart(7)}  ${'registry'.padEnd(28)} population`);
    for (const x of c.comparisons) {
      if (x.level < 0) continue;
      const weight = x.weighs ? signed(x.weight) : '·';
      const tf = x.tf ? signed(x.tf) : '';
      const mark = x.error ? `  ${x.error}` : '';
      lines.push(`     ${x.comparison.padEnd(16)} ${x.label.padEnd(16)} ${weight.padStart(8)} ${tf.padStart(7)}  ${cut(x.registry, 28)} ${x.population ?? '—'}${mark}`);
    }
    if (c.family) lines.push(`     ${'family'.padEnd(16)} ${c.family.label.padEnd(16)} ${signed(c.family.weight).padStart(8)}`);
  }
  return lines.join('\n');
}
