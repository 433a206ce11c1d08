import type { Scope } from '../config/scope.js';
import type { StepTiming } from '../db/steps.js';

/** Filled and usable shares of the expected values of required fields, for one group. */
export type CompletenessFigure = {
  event_type?: string | null;
  role?: string | null;
  field?: string | null;
  district_code?: string | null;
  district_name?: string | null;
  commune_code?: string | null;
  commune_name?: string | null;
  registered_year?: number | null;
  decade?: number | null;
  expected: number;
  filled: number;
  usable: number;
  filled_share: number | null;
  usable_share: number | null;
};

/** The profile of one field of one source: aggregates only. */
export type ColumnFigure = {
  source: string;
  field: string;
  kind: string;
  rows: number;
  empty: number;
  empty_share: number | null;
  filled: number;
  unreadable: number;
  unreadable_share: number | null;
  distinct_values: number;
  min_length: number | null;
  median_length: number | null;
  max_length: number | null;
  /** Years only for personal dates; full dates (min_date/max_date) only for registration dates. */
  min_year: number | null;
  max_year: number | null;
  year_range: number | null;
  min_date: string | null;
  max_date: string | null;
  day_range: number | null;
  /** The commonest shapes; `estimated` where rare values were sampled (fields with > 50.000 of them). */
  shapes: { shape: string; n: number; share: number; estimated: boolean }[];
  lengths: { length: number; n: number }[];
  /** Categorical fields only (sex, ethnicity, codes...): never names, ID numbers or dates. */
  top_values?: { value: string; n: number; share: number }[];
};

export type RuleFigure = {
  code: string;
  label_vi: string;
  label_en: string;
  severity: 'error' | 'warning' | 'info';
  kind: string;
  source: string;
  failing_rows: number;
  failing_records: number;
};

/** Everything profile found, as plain data without personal values (for summary.json and reports). */
export interface ProfileFigures {
  scope: Scope;
  rows: { registrations: number; persons: number; population: number };
  columns: ColumnFigure[];
  completeness: {
    overall: CompletenessFigure;
    by_event_type: CompletenessFigure[];
    by_event_type_role_field: CompletenessFigure[];
    by_field: CompletenessFigure[];
    by_district: CompletenessFigure[];
    by_district_field: CompletenessFigure[];
    by_commune: CompletenessFigure[];
    by_commune_year: CompletenessFigure[];
    by_year: CompletenessFigure[];
    by_decade: CompletenessFigure[];
    /** The required fields (event type x role x field) least filled. */
    worst_fields: CompletenessFigure[];
    /** Communes least filled, and commune x registration year cells (with enough values to judge). */
    worst_communes: CompletenessFigure[];
    worst_commune_years: CompletenessFigure[];
  };
  records_by_year: { event_type: string; registered_year: number | null; records: number }[];
  rules: RuleFigure[];
  /** Input rows ingest could not load, by kind of file and reason (from the `quarantine` table). */
  quarantine: { kind: string; reason_code: string; rows: number }[];
  duplicates: { duplicate_registration_pairs: number; twin_pairs: number };
}

/** What `profile()` returns: the figures and how long each step took. */
export interface ProfileSummary extends ProfileFigures {
  seconds: number;
  timings: StepTiming[];
}
