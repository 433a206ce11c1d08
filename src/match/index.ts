/** The match stage: deterministic + Fellegi-Sunter reconciliation, explain, evaluate, link. */
export { match, matchConfigOf } from './match.js';
export type { MatchOptions, MatchSummary, MatchStepTiming, Outcome } from './types.js';
export { outcomes } from './types.js';
export type { BlockingCount } from './blocking.js';
export type { LevelParameter, MatchParameters } from './parameters.js';
export { explainPerson, type Explanation, type ExplainedCandidate, type ExplainedComparison } from './explain.js';
export { waterfallChart, waterfallSteps } from './charts/waterfall.js';
export { thresholdChart } from './charts/threshold.js';
export { evaluateRun, type Evaluation } from './evaluate/metrics.js';
export { loadTruth } from './evaluate/truth.js';
