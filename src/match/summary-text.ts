import type { MatchSummary } from './types.js';

const n = (x: number) => x.toLocaleString('en-US');

/**
 * A match summary as terminal text: outcomes, error codes, pairs per blocking rule (counted before
 * joining, then actually new), the learnt prior, and optionally every step's time and memory.
 * Counts only: no personal data.
 *
 * @example
 * process.stdout.write(matchSummaryText(summary, { timings: true }));
 */
export function matchSummaryText(s: MatchSummary, options: { timings?: boolean } = {}): string {
  const lines: string[] = [];
  lines.push(`${n(s.persons)} persons matched against ${n(s.population)} population rows in ${s.seconds.toFixed(1)} s (peak memory ${(s.peakRssMb / 1024).toFixed(2)} GB)`);
  lines.push(`outcomes: ${Object.entries(s.outcomes).map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  lines.push(`links: by pid ${n(s.methods.pid)}, probabilistic ${n(s.methods.probabilistic)}; pid to assign ${n(s.pidActions.assign)}, conflicts ${n(s.pidActions.conflict)}`);
  const errors = Object.entries(s.errors).sort((a, b) => b[1] - a[1]);
  if (errors.length) lines.push(`errors: ${errors.map(([k, v]) => `${k} ${n(v)}`).join(', ')}`);
  lines.push(`candidate pairs: ${n(s.candidates.total)} (pid ${n(s.candidates.pid)}, blocking ${n(s.candidates.blocking)}, family ${n(s.candidates.family)})`);
  lines.push('blocking rules (pairs counted before joining / new pairs made / largest block):');
  for (const b of s.blocking) {
    const capped = b.cappedKeys ? `, ${n(b.cappedKeys)} oversized blocks dropped (${n(b.cappedPairs)} pairs)` : '';
    lines.push(`  ${b.name.padEnd(34)} ${n(b.pairs).padStart(13)} ${n(b.newPairs ?? 0).padStart(13)} ${n(b.largestBlock).padStart(9)}${b.status === 'skipped' ? '  SKIPPED: over the pair budget' : ''}${capped}`);
  }
  lines.push(`prior: ${s.parameters.priorWeight.toFixed(2)} (presence ${(s.parameters.presence * 100).toFixed(1)}%); EM: ${s.parameters.sessions.map((x) => `${x.name} ${n(x.pairs)} pairs, ${x.iterations} iterations${x.converged ? '' : ' (not converged)'}`).join('; ')}`);
  if (options.timings) {
    lines.push('steps (seconds, rows, memory after):');
    for (const t of s.steps) lines.push(`  ${t.name.padEnd(34)} ${t.seconds.toFixed(2).padStart(8)} ${n(t.rows ?? 0).padStart(13)} ${String(t.rssMb).padStart(6)} MB`);
  }
  return lines.join('\n');
}
