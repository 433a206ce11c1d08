import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { withConnection } from '../../src/db/open.js';
import { generate } from '../../src/generate/index.js';
import { ingest } from '../../src/ingest/index.js';
import { match } from '../../src/match/index.js';
import { evaluateRun } from '../../src/match/evaluate/metrics.js';
import { loadTruth } from '../../src/match/evaluate/truth.js';

describe('accuracy on generated data (2.000 records, default error rates)', () => {
  it('links, error codes, twins and harmless variants meet the targets', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'doichieu-match-e2e-'));
    await generate({ scale: 2000, seed: 5, out: dir });
    const e = await withConnection(async (c) => {
      await ingest(c, { registry: [join(dir, 'registry.csv')], population: join(dir, 'population.csv') });
      await match(c);
      await loadTruth(c, join(dir, 'truth.csv'));
      return evaluateRun(c, { sweep: [3] });
    });
    expect(e.persons).toBeGreaterThan(4000);
    expect(e.links.f1).toBeGreaterThanOrEqual(0.995);
    expect(e.errorCodesMicro.f1).toBeGreaterThanOrEqual(0.95);
    expect(e.twinsCrossLinked).toBe(0);
    expect(e.harmlessReported).toBe(0);
  });
});
