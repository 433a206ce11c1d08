/** One comparison as EM sees it: a probability per level among matches (m) and non-matches (u). */
export interface EmComparison {
  name: string;
  /** Starting m per level. */
  m: number[];
  /** u per level, fixed during EM (estimated from random pairs beforehand). */
  u: number[];
  /** Levels whose m is fixed (not re-estimated); null where free. */
  fixedM: (number | null)[];
}

/** A distinct comparison vector (one level per comparison, -1 = not applicable) and how often it occurs. */
export interface EmVector {
  levels: number[];
  count: number;
}

export interface EmResult {
  m: number[][];
  /** Share of matches among the pairs EM saw. */
  lambda: number;
  iterations: number;
  converged: boolean;
}

const FLOOR = 1e-6;

/** Scales the free entries so the whole vector sums to one, fixed entries untouched, none below FLOOR. */
function normalise(values: number[], fixed: (number | null)[], floor = FLOOR): number[] {
  const fixedSum = fixed.reduce<number>((s, f) => s + (f ?? 0), 0);
  const free = values.map((v, i) => (fixed[i] === null ? Math.max(v, floor) : 0));
  const freeSum = free.reduce((s, v) => s + v, 0);
  const room = Math.max(1 - fixedSum, floor * free.length);
  return values.map((_, i) => (fixed[i] !== null ? (fixed[i] as number) : freeSum > 0 ? (free[i] / freeSum) * room : room / free.length));
}

/**
 * Expectation-maximisation of the m probabilities (u fixed) and of the match share, over aggregated
 * comparison vectors: a few thousand distinct vectors stand for millions of pairs, so this runs in
 * milliseconds in TypeScript while DuckDB did the counting. The starting m weigh as `priorStrength`
 * pseudo-pairs (a Dirichlet prior), so a tiny input cannot drive a level's m to zero.
 *
 * @example
 * const r = estimateM([{ name: 'dob', m: [0.9, 0.1], u: [0.01, 0.99], fixedM: [null, null] }],
 *   [{ levels: [0], count: 90 }, { levels: [1], count: 910 }], { lambda: 0.5 });
 * r.lambda; // about 0.09
 */
export function estimateM(
  comparisons: EmComparison[],
  vectors: EmVector[],
  options: { lambda?: number; maxIterations?: number; tolerance?: number; priorStrength?: number } = {},
): EmResult {
  const strength = options.priorStrength ?? 0;
  const maxIterations = options.maxIterations ?? 30;
  const tolerance = options.tolerance ?? 1e-5;
  let lambda = options.lambda ?? 0.1;
  let m = comparisons.map((c) => normalise(c.m, c.fixedM));
  const total = vectors.reduce((s, v) => s + v.count, 0);
  if (total === 0) return { m, lambda, iterations: 0, converged: true };
  for (let iteration = 1; iteration <= maxIterations; iteration++) {
    const matched = comparisons.map((c) => new Array<number>(c.m.length).fill(0));
    let matchedPairs = 0;
    for (const v of vectors) {
      // work in logs: products of many small probabilities underflow
      let logMatch = Math.log(lambda);
      let logNon = Math.log(1 - lambda);
      v.levels.forEach((level, k) => {
        if (level < 0) return;
        logMatch += Math.log(m[k][level]);
        logNon += Math.log(comparisons[k].u[level]);
      });
      const p = 1 / (1 + Math.exp(logNon - logMatch));
      const weight = p * v.count;
      matchedPairs += weight;
      v.levels.forEach((level, k) => {
        if (level >= 0) matched[k][level] += weight;
      });
    }
    // the starting m act as `strength` pseudo-pairs: few pairs barely move them, millions decide
    const next = matched.map((counts, k) => {
      const start = comparisons[k].m;
      const startSum = start.reduce((s, x) => s + x, 0);
      const pooled = counts.map((x, i) => x + (strength * start[i]) / startSum);
      const sum = pooled.reduce((s, x) => s + x, 0);
      return sum > 0 ? normalise(pooled.map((x) => x / sum), comparisons[k].fixedM) : m[k];
    });
    const nextLambda = Math.min(Math.max(matchedPairs / total, FLOOR), 1 - FLOOR);
    let change = Math.abs(nextLambda - lambda);
    next.forEach((levels, k) => levels.forEach((x, i) => (change = Math.max(change, Math.abs(x - m[k][i])))));
    m = next;
    lambda = nextLambda;
    if (change < tolerance) return { m, lambda, iterations: iteration, converged: true };
  }
  return { m, lambda, iterations: maxIterations, converged: false };
}

/**
 * u per level from level counts among random pairs (nearly all non-matches): the share of each level
 * among pairs where the comparison applies. A level never seen gets half a count, not zero (a zero
 * would make its weight infinite). Fixed values override and the rest is rescaled.
 *
 * @example
 * estimateU([5, 995], [null, null]); // [0.005, 0.995]
 */
export function estimateU(counts: number[], fixedU: (number | null)[]): number[] {
  const total = counts.reduce((s, x) => s + x, 0);
  if (total === 0) return normalise(counts.map(() => 1 / counts.length), fixedU);
  const raw = counts.map((x) => Math.max(x, 0.5) / total);
  return normalise(raw, fixedU, 0.5 / total);
}
