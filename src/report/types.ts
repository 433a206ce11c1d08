import type { Scope } from '../config/scope.js';

/** The headline figures of a run: what the report's tiles show and the run history keeps. */
export interface Headline {
  /** Data rows in the registry files read (whole files, whatever the phase scope). */
  records_in: number;
  /** Registry rows that could not be loaded. */
  quarantined: number;
  /** Registrations loaded in the phase scope ("records digitized"). */
  registrations: number;
  /** Persons-in-registration in scope (one result row each). */
  persons: number;
  /** Persons with an outcome other than invalid. */
  compared: number;
  consistent: number;
  discrepant: number;
  not_found: number;
  ambiguous: number;
  invalid: number;
  /** Consistent persons without a pid in the registry: the population DB's pid is assigned back. */
  pids_to_assign: number;
  pid_conflicts: number;
}

export const HEADLINE_KEYS = [
  'records_in', 'quarantined', 'registrations', 'persons', 'compared', 'consistent', 'discrepant',
  'not_found', 'ambiguous', 'invalid', 'pids_to_assign', 'pid_conflicts',
] as const satisfies readonly (keyof Headline)[];

/** Figures of one group (a district, commune, event type, decade). */
export interface BreakdownRow {
  key: string;
  label: string;
  /** The group's parent (a commune's district), else null. */
  parent: string | null;
  registrations: number;
  persons: number;
  compared: number;
  consistent: number;
  discrepant: number;
  not_found: number;
  ambiguous: number;
  invalid: number;
  pids_to_assign: number;
  /** Communes of the pilot phase are marked in the report. */
  pilot?: boolean;
}

export interface ErrorCodeRow {
  code: string;
  category: string;
  persons: number;
}

/** Every aggregate of a run: summary.json, the report, the charts are views of this. */
export interface Figures {
  headline: Headline;
  by_district: BreakdownRow[];
  by_commune: BreakdownRow[];
  by_event_type: BreakdownRow[];
  by_decade: BreakdownRow[];
  by_error_code: ErrorCodeRow[];
  by_error_category: { category: string; persons: number }[];
  by_method: { method: string; outcome: string; persons: number }[];
  /** Registry rows not loaded, by reason code (whole input, like records_in). */
  quarantine_by_reason: { reason_code: string; rows: number }[];
}

/** One input file of a run, from ingest_files. */
export interface RunInput {
  source_file: string;
  kind: string;
  sha256: string;
  bytes: number;
  rows_in: number;
  rows_loaded: number;
  rows_quarantined: number;
}

/** Identity of a run: what summary.json and the report say about where the figures come from. */
export interface RunInfo {
  id: string;
  campaign: string;
  phase: string;
  phaseLabel?: string;
  phaseFrom?: string;
  phaseTo?: string;
  scope: Scope;
  startedAt: Date;
  configHash: string;
  codeVersion: string;
  /** Seconds per stage (ingest, profile, match, ...), as far as the run got. */
  timings: Record<string, number>;
}

/** How the records of two runs moved: fixed since the earlier run, new problems, still open. */
export interface RunComparison {
  runA: string;
  runB: string;
  /** Persons in both runs. */
  common: number;
  /** Were discrepant, not found or ambiguous in A; consistent in B. */
  fixed: number;
  /** Consistent (or absent) in A; discrepant, not found or ambiguous in B. */
  new_problems: number;
  /** A problem in both runs. */
  still_open: number;
  /** A problem in both runs, with other error codes in B. */
  changed_errors: number;
  /** Persons only in A / only in B. */
  only_in_a: number;
  only_in_b: number;
  by_commune: { commune_code: string; fixed: number; new_problems: number; still_open: number }[];
}

/** One run's headline in the campaign's progress over time. */
export interface ProgressPoint extends Headline {
  run_id: string;
  phase: string;
  started_at: string;
}

/** What the report says about earlier runs: the previous one, the comparison, the progress. */
export interface PreviousRuns {
  run_id: string;
  headline: Headline;
  comparison?: RunComparison;
  /** Earlier runs of the campaign, oldest first (the current run is added by the report). */
  progress: ProgressPoint[];
}
