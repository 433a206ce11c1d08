import { z } from 'zod';

/**
 * Section `report` of the campaign config: language and outputs of a run. Owned by src/report and
 * src/runs. Strict, so a misspelt key is reported instead of silently ignored.
 */
export const reportConfigSchema = z
  .object({
    /** Language of the leadership report and the worklists' labels. */
    language: z.enum(['vi', 'en']).default('vi'),
    /** Title printed on the report's first page; a default title is used when absent. */
    title: z.string().optional(),
    /** Write report.pdf beside report.html (needs Chromium); `--no-pdf` turns it off for one run. */
    pdf: z.boolean().default(true),
    /** The phase whose communes are marked as pilot communes in the report's tables. */
    pilot_phase: z.string().default('pilot'),
    /** Width in pixels of the PNG exports of the charts (for slides). */
    png_width: z.number().int().min(200).max(4000).default(1600),
    /** Folder under which run folders are made: `<out_dir>/<phase>/<run-id>/`. */
    out_dir: z.string().default('reports'),
    /** The run history (DuckDB file) shared by every run of the campaign. */
    history: z.string().default('reports/history.duckdb'),
    /** Worklists: also give each commune the records of people who now live there (registered elsewhere). */
    worklists_by_residence: z.boolean().default(true),
  })
  .strict()
  .default({
    language: 'vi',
    pdf: true,
    pilot_phase: 'pilot',
    png_width: 1600,
    out_dir: 'reports',
    history: 'reports/history.duckdb',
    worklists_by_residence: true,
  });

export type ReportConfig = z.infer<typeof reportConfigSchema>;
