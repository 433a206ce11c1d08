import type { ResolvedOptions } from './options.js';

/** Counts of everything `generate` wrote; tests of later stages assert against these. No personal data. */
export interface GenerateSummary {
  options: Omit<ResolvedOptions, 'out'>;
  /** File names inside the output folder. */
  files: { registry: string[]; population: string; truth: string };
  records: { total: number; by_event_type: Record<string, number> };
  persons: { total: number; by_event_type_role: Record<string, number> };
  population_rows: number;
  outcomes: Record<string, number>;
  error_codes: Record<string, number>;
  persons_with_errors: { one: number; two_or_more: number };
  pid_actions: Record<string, number>;
  injected: Record<string, { eligible: number; registry: number; population: number }>;
  variants: Record<string, number>;
  malformed: { total: number; by_kind: Record<string, { count: number; lines: { file: string; line: number }[] }> };
  duplicate_record_ids: number;
  population_problems: { duplicate_pid_rows: number; duplicate_pid_lines: number[]; impossible_dates: number; impossible_date_lines: number[] };
  twins: { persons_in_registry: number; pairs_both_registered: number };
  duplicate_registrations: { pairs: number };
  not_in_population: { persons_in_registration: number; people_left_out: number };
  seconds: number;
}

/**
 * A summary with every count at zero, its keys in the order truth_summary.json shows them.
 *
 * @example
 * emptySummary().outcomes.consistent; // 0
 */
export function emptySummary(): GenerateSummary {
  return {
    options: {} as GenerateSummary['options'],
    files: { registry: [], population: '', truth: '' },
    records: { total: 0, by_event_type: {} },
    persons: { total: 0, by_event_type_role: {} },
    population_rows: 0,
    outcomes: { consistent: 0, discrepant: 0, not_found: 0, invalid: 0 },
    error_codes: {},
    persons_with_errors: { one: 0, two_or_more: 0 },
    pid_actions: { assign: 0, conflict: 0 },
    injected: {},
    variants: {},
    malformed: { total: 0, by_kind: {} },
    duplicate_record_ids: 0,
    population_problems: { duplicate_pid_rows: 0, duplicate_pid_lines: [], impossible_dates: 0, impossible_date_lines: [] },
    twins: { persons_in_registry: 0, pairs_both_registered: 0 },
    duplicate_registrations: { pairs: 0 },
    not_in_population: { persons_in_registration: 0, people_left_out: 0 },
    seconds: 0,
  };
}
