/** The match stage: deterministic + Fellegi-Sunter reconciliation, explain, evaluate, link. */
export { match, matchConfigOf } from './match.js';
export type { MatchOptions, MatchSummary, MatchStepTiming, Outcome } from './types.js';
export { outcomes } from './types.js';
export type { BlockingCount } from './blocking.js';
export type { LevelParameter, MatchParameters } from './parameters.js';
