import { sqlFile } from '../../src/db/steps.js';
import type { Stages } from '../../src/runs/index.js';
import { buildFixture, correctPerson } from '../report/fixture.js';

/**
 * Stages that fill the campaign database with the report fixture instead of reading files: the
 * run machinery (phases, history, outputs, comparisons) is exercised for real around them.
 * `corrected` persons come out consistent, as after a commune's fix; `failAt` makes a stage throw.
 */
export function fixtureStages(options: { registrations?: number; corrected?: string[]; failAt?: 'ingest' | 'profile' | 'match'; beforeMatch?: () => Promise<void> } = {}): Stages {
  const fail = (stage: string) => {
    if (options.failAt === stage) throw new Error(`${stage} failed (test)`);
  };
  return {
    async ingest(c) {
      fail('ingest');
      await c.run(sqlFile(import.meta.url, '../../src/ingest/sql/schema.sql'));
      await c.run(sqlFile(import.meta.url, '../../src/match/sql/results_schema.sql'));
      await buildFixture(c, { registrations: options.registrations ?? 400 });
    },
    async profile() {
      fail('profile');
    },
    async match(c) {
      await options.beforeMatch?.();
      fail('match');
      for (const id of options.corrected ?? []) await correctPerson(c, id);
    },
  };
}
