import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { generateInThisThread, populationHalf, registryHalf, type HalfMessage, type Peer } from '../../src/generate/pipeline.js';
import { applyPopulationVariants, populationVariantsText, renderPopulation } from '../../src/generate/render-population.js';
import { applySlotVariants, renderRegistry, slotVariantsText } from '../../src/generate/render-registry.js';
import { addTruthCounts, renderTruth, truthSplit } from '../../src/generate/render-truth.js';
import { simulate } from '../../src/generate/simulation.js';
import { emptySummary } from '../../src/generate/summary.js';
import { tempDir } from './helpers.js';

/** Two Peers linked in memory: what one sends, the other receives. */
function peers(): [Peer, Peer] {
  const boxes = [new Map<string, HalfMessage>(), new Map<string, HalfMessage>()];
  const waiting = [new Map<string, (m: HalfMessage) => void>(), new Map<string, (m: HalfMessage) => void>()];
  const side = (me: number): Peer => ({
    send: (m) => {
      const w = waiting[1 - me].get(m.kind);
      if (w) w(m);
      else boxes[1 - me].set(m.kind, m);
    },
    receive: (kind) => new Promise((resolve) => (boxes[me].has(kind) ? resolve(boxes[me].get(kind) as never) : waiting[me].set(kind, resolve as never))),
  });
  return [side(0), side(1)];
}

const variantsOf = (sets: (Set<string> | undefined)[]): string[][] => sets.map((v) => [...(v ?? [])]);

describe('generation split over two halves', () => {
  it('writes the same bytes as one pass, and no temporary file is left', async () => {
    const [a, b] = [tempDir(), tempDir()];
    const options = { scale: 2000, seed: 11, splitByEvent: true };
    const one = generateInThisThread({ ...options, out: a });
    const [registrySide, populationSide] = peers();
    const [two] = await Promise.all([registryHalf({ ...options, out: b }, registrySide), populationHalf({ ...options, out: b }, populationSide)]);
    expect(readdirSync(b).sort()).toEqual(readdirSync(a).sort());
    for (const f of readdirSync(a)) expect(readFileSync(join(b, f)).equals(readFileSync(join(a, f))), f).toBe(true);
    expect(two.persons.total).toBe(one.persons.total);
    expect(two.persons.total).toBe(readFileSync(join(a, 'truth.csv'), 'utf8').trim().split('\n').length - 1);
  });

  it('hands the population and slot variants over to a second identical simulation', () => {
    const out = tempDir();
    const [first, second] = [simulate({ scale: 1500, seed: 5, out }), simulate({ scale: 1500, seed: 5, out })];
    renderPopulation(first, () => {});
    renderRegistry(first, emptySummary(), () => {});
    const n = first.records.length;
    applyPopulationVariants(second, populationVariantsText(first));
    applySlotVariants(second, 100, n, slotVariantsText(first, 100, n));
    const stateVariants = (sim: typeof first) => variantsOf(sim.world.population.map((p) => sim.states.get(p)!.variants));
    const slotVariants = (sim: typeof first, from: number) => variantsOf(sim.records.slice(from).flatMap((r) => r.slots.map((s) => s.variants)));
    expect(stateVariants(second)).toEqual(stateVariants(first));
    expect(stateVariants(first).filter((v) => v.length > 0).length).toBeGreaterThan(100);
    expect(slotVariants(second, 100)).toEqual(slotVariants(first, 100));
    expect(slotVariants(second, 0).slice(0, 5).flat()).toEqual([]);
  });

  it('counts the truth in two runs as in one, and splits the rows about evenly', () => {
    const out = tempDir();
    const sim = simulate({ scale: 1500, seed: 6, out });
    renderPopulation(sim, () => {});
    renderRegistry(sim, emptySummary(), () => {});
    const n = sim.records.length;
    const k = truthSplit(sim.records);
    const slots = (from: number, to: number) => sim.records.slice(from, to).reduce((t, r) => t + r.slots.length, 0);
    expect(Math.abs(slots(0, k) - slots(k, n))).toBeLessThanOrEqual(4);
    const whole = emptySummary();
    addTruthCounts(whole, renderTruth(sim, { from: 0, to: n, path: join(out, 'whole.csv'), header: true }, () => {}));
    for (const at of [1, k, n - 1]) {
      const split = emptySummary();
      addTruthCounts(split, renderTruth(sim, { from: 0, to: at, path: join(out, 'a.csv'), header: true }, () => {}));
      addTruthCounts(split, renderTruth(sim, { from: at, to: n, path: join(out, 'b.csv'), header: false }, () => {}));
      expect(JSON.stringify(split)).toBe(JSON.stringify(whole));
      expect(readFileSync(join(out, 'a.csv'), 'utf8') + readFileSync(join(out, 'b.csv'), 'utf8')).toBe(readFileSync(join(out, 'whole.csv'), 'utf8'));
    }
    expect(whole.persons.total).toBe(slots(0, n));
  });
});
