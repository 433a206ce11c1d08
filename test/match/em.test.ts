import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { estimateM, estimateU, type EmVector } from '../../src/match/em.js';

/** Exact expected counts of every comparison vector under known m, u and match share. */
function vectorsFrom(m: number[][], u: number[][], lambda: number, pairs: number): EmVector[] {
  const out: EmVector[] = [];
  const walk = (k: number, levels: number[], pm: number, pu: number) => {
    if (k === m.length) {
      out.push({ levels, count: pairs * (lambda * pm + (1 - lambda) * pu) });
      return;
    }
    for (let l = 0; l < m[k].length; l++) walk(k + 1, [...levels, l], pm * m[k][l], pu * u[k][l]);
  };
  walk(0, [], 1, 1);
  return out;
}

describe('EM', () => {
  const m = [[0.9, 0.07, 0.03], [0.85, 0.15], [0.95, 0.05], [0.8, 0.1, 0.1]];
  const u = [[0.01, 0.09, 0.9], [0.05, 0.95], [0.5, 0.5], [0.02, 0.08, 0.9]];

  it('recovers known m probabilities and the match share from comparison-vector counts', () => {
    const vectors = vectorsFrom(m, u, 0.2, 100_000);
    const result = estimateM(
      m.map((levels, k) => ({ name: `c${k}`, m: levels.map(() => 1 / levels.length), u: u[k], fixedM: levels.map(() => null) })),
      vectors,
      { lambda: 0.5, maxIterations: 200, tolerance: 1e-9 },
    );
    expect(result.converged).toBe(true);
    expect(result.lambda).toBeCloseTo(0.2, 3);
    result.m.forEach((levels, k) => levels.forEach((x, l) => expect(x).toBeCloseTo(m[k][l], 3)));
  });

  it('keeps fixed m values and rescales the free ones', () => {
    const vectors = vectorsFrom(m, u, 0.2, 100_000);
    const result = estimateM(
      m.map((levels, k) => ({ name: `c${k}`, m: levels.map(() => 1 / levels.length), u: u[k], fixedM: levels.map((_, l) => (k === 0 && l === 0 ? 0.9 : null)) })),
      vectors,
      { maxIterations: 200, tolerance: 1e-9 },
    );
    expect(result.m[0][0]).toBe(0.9);
    expect(result.m[0][1] + result.m[0][2]).toBeCloseTo(0.1, 9);
  });

  it('with few pairs, the starting m (as pseudo-pairs) keep every level possible', () => {
    const result = estimateM([{ name: 'x', m: [0.9, 0.1], u: [0.1, 0.9], fixedM: [null, null] }], [{ levels: [0], count: 3 }], {
      priorStrength: 100,
    });
    expect(result.m[0][1]).toBeGreaterThan(0.05);
  });

  it('comparisons that do not apply (-1) carry no information', () => {
    const result = estimateM([{ name: 'x', m: [0.6, 0.4], u: [0.3, 0.7], fixedM: [null, null] }], [{ levels: [-1], count: 1000 }], { maxIterations: 5 });
    expect(result.m[0]).toEqual([0.6, 0.4]);
  });

  it('u: shares among random pairs, half a count for unseen levels, probabilities summing to 1', () => {
    expect(estimateU([5, 995], [null, null])).toEqual([0.005, 0.995]);
    fc.assert(
      fc.property(fc.array(fc.nat({ max: 1000 }), { minLength: 2, maxLength: 6 }), (counts) => {
        const u = estimateU(counts, counts.map(() => null));
        expect(u.reduce((s, x) => s + x, 0)).toBeCloseTo(1, 9);
        for (const x of u) expect(x).toBeGreaterThan(0);
      }),
    );
  });
});
