import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/errors.js';
import { evaluateRun, score } from '../../src/match/evaluate/metrics.js';
import { loadTruth } from '../../src/match/evaluate/truth.js';
import { withSchema } from '../helpers/db.js';
import { addPersons, addPopulation, basePerson, childRow, decoys, matchAndRead, popRow } from './world.js';

const header = 'person_id,record_id,role,event_type,true_pid,expected_outcome,expected_errors,expected_pid_action,variants,twin_of,duplicate_of';

function truthFile(lines: string[]): string {
  const dir = mkdtempSync(join(tmpdir(), 'doichieu-eval-'));
  const path = join(dir, 'truth.csv');
  writeFileSync(path, [header, ...lines].join('\n') + '\n');
  return path;
}

describe('evaluate', () => {
  it('precision, recall and F1 from counts', () => {
    expect(score(8, 2, 2)).toEqual({ tp: 8, fp: 2, fn: 2, precision: 0.8, recall: 0.8, f1: 0.8000000000000002 });
    expect(score(0, 0, 0)).toMatchObject({ precision: 1, recall: 1 });
  });

  it('compares a run with a hand-made truth: links, outcomes, error codes, twins, harmless variants', async () => {
    await withSchema(async (c) => {
      await addPopulation(c, [popRow(1), popRow(2), popRow(3), ...decoys(100)]);
      await addPersons(c, [childRow(1), childRow(2, { name: 'Le Van Tuan' }), childRow(3), childRow(4, { name: 'Khổng Minh Triết', dob: '01/02/2003' })]);
      await matchAndRead(c);
      const p = (i: number) => basePerson(i).pid;
      await loadTruth(c, truthFile([
        `B1/child,B1,child,birth,${p(1)},consistent,,assign,case,,`, // right
        `B2/child,B2,child,birth,${p(2)},discrepant,name.spelling,assign,case,,`, // reported as name.diacritics: a confusion, not a variant taken for an error
        `B3/child,B3,child,birth,${p(1)},consistent,,assign,,B1/child,`, // the truth says twin of B1, true pid p(1): we linked p(3)
        `B4/child,B4,child,birth,,not_found,,,,,`, // right
      ]));
      const e = await evaluateRun(c, { sweep: [0, 100] });
      expect([e.links.tp, e.links.fp, e.links.fn]).toEqual([2, 1, 1]);
      expect(e.links.precision).toBeCloseTo(2 / 3, 9);
      expect(e.errorCodes['name.diacritics']).toMatchObject({ tp: 0, fp: 1, fn: 0 });
      expect(e.errorCodes['name.spelling']).toMatchObject({ tp: 0, fp: 0, fn: 1 });
      expect(e.twins).toBe(1);
      expect(e.twinsCrossLinked).toBe(0);
      expect([e.variants, e.harmlessReported, e.variantCodeConfusions]).toEqual([2, 0, 1]);
      expect(e.outcomes).toContainEqual({ expected: 'not_found', actual: 'not_found', n: 1 });
      expect(e.blockingRecall).toBeCloseTo(2 / 3, 9);
      expect(e.thresholdSweep.map((s) => s.threshold)).toEqual([0, 100]);
      expect(e.thresholdSweep[1].recall).toBe(0);
    });
  });

  it('refuses a truth file without the truth columns, naming them', async () => {
    await withSchema(async (c) => {
      const dir = mkdtempSync(join(tmpdir(), 'doichieu-eval-'));
      writeFileSync(join(dir, 't.csv'), 'person_id,true_pid\nx,1\n');
      await expect(loadTruth(c, join(dir, 't.csv'))).rejects.toThrow(UserError);
      await expect(loadTruth(c, join(dir, 't.csv'))).rejects.toThrow(/missing truth column\(s\) record_id/);
    });
  });
});
