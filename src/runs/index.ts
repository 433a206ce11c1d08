/** Campaign phases, runs and their history: what was fixed between runs, progress over time. */
export { runPhase, type RunPhaseOptions, type RunPhaseResult } from './run-phase.js';
export { compareRuns, compareWithCurrent } from './compare.js';
export { runProgress, previousRuns } from './progress.js';
export { openHistory, attachHistory, detachHistory, DEFAULT_HISTORY, type RunHistory } from './history.js';
export { recordRun } from './record.js';
export { resolvePhase, ALL_PHASE } from './phase.js';
export { makeRunId } from './run-id.js';
export { configHash, codeVersion } from './fingerprint.js';
export { defaultStages, type Stages } from './stages.js';
export { runText } from './run-text.js';
export { reportDatabase } from './report-database.js';
