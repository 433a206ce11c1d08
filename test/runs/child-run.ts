// A run in another process, for the tests of concurrent and interrupted runs.
//   node --import tsx test/runs/child-run.ts HISTORY OUT hold         -> prints "holding" inside the run, waits
//   node --import tsx test/runs/child-run.ts HISTORY OUT kill-at-commit -> dies (SIGKILL) just before the commit
import { defaultConfig } from '../../src/config/campaign.js';
import { runPhase } from '../../src/runs/index.js';
import { fixtureStages } from './fixture-stages.js';

const [history, out, mode] = process.argv.slice(2);
const config = defaultConfig();
await runPhase({
  registry: ['registry.csv'],
  config,
  history,
  out,
  pdf: false,
  stages: fixtureStages({
    registrations: 200,
    corrected: ['R0000003/child'],
    beforeMatch: async () => {
      if (mode !== 'hold') return;
      process.stdout.write('holding\n');
      await new Promise((resolve) => setTimeout(resolve, 20_000));
    },
  }),
  onStage: (stage) => {
    if (mode === 'kill-at-commit' && stage === 'history.commit') {
      process.stdout.write('killing\n');
      process.kill(process.pid, 'SIGKILL');
    }
  },
});
process.stdout.write('done\n');
