import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { thresholdChart } from '../../src/match/charts/threshold.js';
import { waterfallChart, waterfallSteps } from '../../src/match/charts/waterfall.js';
import type { ExplainedCandidate } from '../../src/match/explain.js';
import { renderPlot } from '../../src/plot/render.js';

const candidate: ExplainedCandidate = {
  rank: 1, rowId: 7, pid: null, fullName: null, dob: null, source: 'name_dob', total: 21.5, probability: 0.9999, eligible: true,
  comparisons: [
    { comparison: 'family_name', level: 0, label: 'exact', weight: 3.2, tf: -1.4, error: null, weighs: true, registry: null, population: null },
    { comparison: 'given_name', level: 0, label: 'exact', weight: 7.7, tf: 2.1, error: null, weighs: true, registry: null, population: null },
    { comparison: 'birth_year', level: 0, label: 'exact', weight: 6.2, tf: 0, error: null, weighs: true, registry: null, population: null },
    { comparison: 'residence', level: 2, label: 'different', weight: -4.2, tf: 0, error: null, weighs: true, registry: null, population: null },
    { comparison: 'full_name', level: 0, label: 'exact', weight: 0, tf: 0, error: null, weighs: false, registry: null, population: null },
    { comparison: 'pid', level: -1, label: 'not compared', weight: 0, tf: 0, error: null, weighs: true, registry: null, population: null },
  ],
  family: { level: 0, label: 'pid', weight: 9.3 },
};

/** Compares with the golden file, writing it when absent (review it, then commit it). */
function golden(name: string, text: string) {
  const path = fileURLToPath(new URL(`./golden/${name}`, import.meta.url));
  if (!existsSync(path)) writeFileSync(path, text);
  expect(text).toBe(readFileSync(path, 'utf8'));
}

describe('charts', () => {
  it('the waterfall starts at the prior, adds each weighing comparison and family evidence, and ends at the total', () => {
    const steps = waterfallSteps(-1.4, candidate);
    expect(steps.map((s) => s.label)).toEqual(['prior', 'family_name: exact', 'given_name: exact', 'birth_year: exact', 'residence: different', 'family: pid']);
    expect(steps[0]).toEqual({ label: 'prior', weight: -1.4, start: 0, end: -1.4 });
    expect(steps.at(-1)!.end).toBeCloseTo(21.5, 9);
    for (let i = 1; i < steps.length; i++) expect(steps[i].start).toBeCloseTo(steps[i - 1].end, 9);
  });

  it('renders the waterfall and the threshold sweep (golden SVG)', () => {
    golden('waterfall.svg', renderPlot(waterfallChart(-1.4, candidate, { threshold: 3 })));
    const sweep = [-2, 0, 2, 4, 6].map((t, i) => ({ threshold: t, precision: 0.99 + i * 0.002, recall: 0.999 - i * 0.003, f1: 0.994 }));
    golden('threshold_sweep.svg', renderPlot(thresholdChart(sweep, { threshold: 3 })));
  });
});
