import type { CampaignConfig } from '../config/campaign.js';
import type { MatchConfig } from '../config/match.js';
import type { Scope } from '../config/scope.js';
import type { StepTiming } from '../db/steps.js';
import type { BlockingCount } from './blocking.js';
import type { EmSession } from './parameters.js';

export const outcomes = ['consistent', 'discrepant', 'not_found', 'ambiguous', 'invalid'] as const;
export type Outcome = (typeof outcomes)[number];

/** A step's timing, with the process's memory after it (DuckDB runs in-process, so RSS covers it). */
export interface MatchStepTiming extends StepTiming {
  rssMb: number;
  peakRssMb: number;
}

export interface MatchOptions {
  /** The campaign config (its `match` section is used), or the match section itself. */
  config?: CampaignConfig | MatchConfig;
  scope?: Scope;
  onStep?: (timing: MatchStepTiming) => void;
}

/** What a match run did: counts only, no personal data (it goes into summary.json). */
export interface MatchSummary {
  persons: number;
  population: number;
  outcomes: Record<Outcome, number>;
  errors: Record<string, number>;
  pidActions: { assign: number; conflict: number };
  methods: { pid: number; probabilistic: number };
  candidates: { pid: number; blocking: number; family: number; total: number };
  blocking: BlockingCount[];
  parameters: {
    presence: number;
    prior: number;
    priorWeight: number;
    sessions: EmSession[];
    uPairs: number;
  };
  rounds: number;
  steps: MatchStepTiming[];
  seconds: number;
  peakRssMb: number;
}
