/** The match stage: deterministic + Fellegi-Sunter reconciliation, explain, evaluate, link. */
export { match, matchConfigOf } from './match.js';
export type { MatchOptions, MatchSummary, MatchStepTiming, Outcome } from './types.js';
export { outcomes } from './types.js';
export type { BlockingCount } from './blocking.js';
export type { LevelParameter, MatchParameters, EmSession } from './parameters.js';
export { explainPerson, type Explanation, type ExplainedCandidate, type ExplainedComparison } from './explain.js';
export { explanationText } from './explain-text.js';
export { waterfallChart, waterfallSteps } from './charts/waterfall.js';
export { thresholdChart } from './charts/threshold.js';
export { evaluateRun, score, type Evaluation, type Score } from './evaluate/metrics.js';
export { loadTruth } from './evaluate/truth.js';
export { writeEvaluation, evaluationText, evaluationHeadline } from './evaluate/write.js';
export { link } from './link.js';
export { writeMatchOutputs, resultColumns } from './output.js';
export { matchSummaryText } from './summary-text.js';
