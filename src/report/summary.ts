import type { Figures, PreviousRuns, RunInfo, RunInput } from './types.js';
import type { WorklistFile } from './worklists/write.js';

/** summary.json: the run's headline figures and breakdowns. Aggregates only: no names, no pids. */
export interface Summary {
  schema: 'doichieu.summary/1';
  run: {
    id: string;
    campaign: string;
    phase: string;
    phase_label: string | null;
    phase_from: string | null;
    phase_to: string | null;
    scope: RunInfo['scope'];
    started_at: string;
    config_hash: string;
    code_version: string;
  };
  inputs: RunInput[];
  timings: Record<string, number>;
  headline: Figures['headline'];
  by_outcome: Record<string, number>;
  by_error_code: Record<string, number>;
  by_error_category: Record<string, number>;
  by_district: Figures['by_district'];
  by_commune: Figures['by_commune'];
  by_event_type: Figures['by_event_type'];
  by_decade: Figures['by_decade'];
  by_method: Figures['by_method'];
  quarantine_by_reason: Figures['quarantine_by_reason'];
  previous: { run_id: string; headline: Figures['headline']; comparison: PreviousRuns['comparison'] | null } | null;
  worklists: WorklistFile[];
}

/**
 * Builds summary.json from a run's figures: the same numbers the report and charts show.
 *
 * @example
 * writeFileSync('summary.json', JSON.stringify(buildSummary({ run, figures, inputs, worklists }), null, 2));
 */
export function buildSummary(parts: { run: RunInfo; figures: Figures; inputs: RunInput[]; previous?: PreviousRuns; worklists: WorklistFile[]; timings: Record<string, number> }): Summary {
  const { run, figures: f } = parts;
  const h = f.headline;
  return {
    schema: 'doichieu.summary/1',
    run: {
      id: run.id,
      campaign: run.campaign,
      phase: run.phase,
      phase_label: run.phaseLabel ?? null,
      phase_from: run.phaseFrom ?? null,
      phase_to: run.phaseTo ?? null,
      scope: run.scope,
      started_at: run.startedAt.toISOString(),
      config_hash: run.configHash,
      code_version: run.codeVersion,
    },
    inputs: parts.inputs,
    timings: parts.timings,
    headline: h,
    by_outcome: { consistent: h.consistent, discrepant: h.discrepant, not_found: h.not_found, ambiguous: h.ambiguous, invalid: h.invalid },
    by_error_code: Object.fromEntries(f.by_error_code.map((r) => [r.code, r.persons])),
    by_error_category: Object.fromEntries(f.by_error_category.map((r) => [r.category, r.persons])),
    by_district: f.by_district,
    by_commune: f.by_commune,
    by_event_type: f.by_event_type,
    by_decade: f.by_decade,
    by_method: f.by_method,
    quarantine_by_reason: f.quarantine_by_reason,
    previous: parts.previous ? { run_id: parts.previous.run_id, headline: parts.previous.headline, comparison: parts.previous.comparison ?? null } : null,
    worklists: parts.worklists,
  };
}
