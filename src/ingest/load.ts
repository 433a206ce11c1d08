import type { DuckDBConnection } from '@duckdb/node-api';
import { planColumns, type ColumnPlan } from './columns.js';
import { loadCsv, probeCsv, type CsvProbe } from './csv/load-csv.js';
import { sniffFile } from './format.js';
import type { InputFile } from './inputs.js';
import { loadParquet, probeParquet, type ParquetProbe } from './parquet.js';
import type { InputFormat } from './types.js';
import { loadXlsx, probeXlsx, type XlsxProbe } from './xlsx.js';

/** An input file once its header has been read and mapped, before any row is loaded. */
export interface ProbedFile {
  file: InputFile;
  format: InputFormat;
  bytes: number;
  plan: ColumnPlan;
  csv?: CsvProbe;
  parquet?: ParquetProbe;
  xlsx?: XlsxProbe;
}

/** What loading a file into its raw table gave. rowsIn = rowsRaw + quarantined. */
export interface LoadedFile {
  sha256: string;
  rowsIn: number;
  rowsRaw: number;
  quarantined: number;
}

/**
 * Reads an input's format, encoding, delimiter and header, and maps its columns. Every user error
 * about a file's shape surfaces here, before the database is touched.
 *
 * @example
 * const probed = await probeFile(c, file, config.ingest.columns);
 */
export async function probeFile(c: DuckDBConnection, file: InputFile, globalMapping: Record<string, string>): Promise<ProbedFile> {
  const sniffed = sniffFile(file.path);
  if (sniffed.format === 'parquet') {
    const parquet = await probeParquet(c, file.path);
    return { file, format: 'parquet', bytes: sniffed.bytes, parquet, plan: planColumns(file, parquet.headers, globalMapping) };
  }
  if (sniffed.format === 'xlsx') {
    const xlsx = await probeXlsx(file.path);
    return { file, format: 'xlsx', bytes: sniffed.bytes, xlsx, plan: planColumns(file, xlsx.headers, globalMapping) };
  }
  const csv = probeCsv(file, sniffed.head);
  return { file, format: 'csv', bytes: sniffed.bytes, csv, plan: planColumns(file, csv.headers, globalMapping) };
}

/**
 * Loads a probed file into its raw table `ingest_raw_<kind>_<n>`.
 *
 * @example
 * const loaded = await loadFile(c, probed, workDir, (bytes) => progress(bytes));
 */
export async function loadFile(c: DuckDBConnection, probed: ProbedFile, workDir: string, onBytes?: (bytes: number) => void): Promise<LoadedFile> {
  if (probed.parquet) return loadParquet(c, probed.file, probed.parquet, probed.plan);
  if (probed.xlsx) return loadXlsx(c, probed.file, probed.xlsx, probed.plan);
  return loadCsv(c, probed.file, probed.csv!, probed.plan, workDir, onBytes);
}
