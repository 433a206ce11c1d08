import type { CampaignConfig } from '../config/campaign.js';
import type { ProgressFn } from '../progress.js';
import type { ExtractKind } from '../vn/headers.js';

/** Options of `ingest`. Paths are files; a registry path may be written `TYPE=PATH` (e.g. `death=khai_tu.csv`). */
export interface IngestOptions {
  registry: string[];
  population?: string;
  config?: CampaignConfig;
  /** Forces the encoding of every CSV input (else detected): utf8, utf16le, cp1258, tcvn3, vni... */
  encoding?: string;
  /** Also write the quarantine to this CSV file. */
  quarantineCsv?: string;
  onProgress?: ProgressFn;
  /** Keep the `ingest_*` work tables (temp, on this connection) for inspection; they are dropped otherwise. */
  keepWorkTables?: boolean;
}

export type InputFormat = 'csv' | 'parquet' | 'xlsx';
export type HeaderStyle = 'canonical' | 'vietnamese' | 'mapping';

/** What happened to one input file. rows_in = rows_loaded + rows_quarantined always holds. */
export interface FileSummary {
  sourceFile: string;
  kind: ExtractKind;
  format: InputFormat;
  encoding: string | null;
  delimiter: string | null;
  headerStyle: HeaderStyle;
  bytes: number;
  rowsIn: number;
  rowsLoaded: number;
  rowsQuarantined: number;
  /** Headers that named no column we know (kept out of the load; no personal data). */
  ignoredHeaders: string[];
}

export interface StepSeconds {
  name: string;
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of the process (all threads, DuckDB's included) during the step. */
  cpuSeconds: number;
}

/** The result of `ingest`: accounting per file and in total, persons by role, time per step. */
export interface IngestSummary {
  files: FileSummary[];
  totals: { rowsIn: number; rowsLoaded: number; rowsQuarantined: number };
  registrations: number;
  persons: number;
  personsByRole: Record<string, number>;
  population: number;
  quarantineByReason: Record<string, number>;
  steps: StepSeconds[];
  seconds: number;
}
