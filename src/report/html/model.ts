import type { ReportCharts } from '../charts/index.js';
import type { Language } from '../labels.js';
import type { MatchMethod } from '../match-parameters.js';
import type { Figures, PreviousRuns, ProgressPoint, RunInfo, RunInput } from '../types.js';

/** Everything the leadership report shows; aggregates only (no names, no pids). */
export interface ReportModel {
  language: Language;
  title: string;
  campaign: string;
  run: RunInfo;
  figures: Figures;
  charts: ReportCharts;
  /** Rendered SVG of each chart, by chart id. */
  svgs: Record<string, string>;
  previous?: PreviousRuns;
  /** Earlier runs then this one, oldest first. */
  progress: ProgressPoint[];
  inputs: RunInput[];
  /** Thresholds and learnt weights of the match. */
  matchMethod: MatchMethod;
  /** HTML of the profile stage's data-quality section, when that stage provides one. */
  qualitySection?: string;
  /** "11/05/2023 - 11/07/2023": the pilot phase's period, for the pilot note. */
  pilotPeriod: string;
}
