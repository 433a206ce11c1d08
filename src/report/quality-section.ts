import type { DuckDBConnection } from '@duckdb/node-api';
import { queryValue } from '../db/query.js';
import { renderProfileSection } from '../profile/index.js';
import type { Language } from './labels.js';

/**
 * The profile stage's data-quality section (HTML, aggregates only) when the profile stage ran on
 * this database; undefined otherwise (the report then works from the results alone).
 *
 * @example
 * const html = await qualitySectionHtml(connection, 'vi');
 */
export async function qualitySectionHtml(connection: DuckDBConnection, language: Language): Promise<string | undefined> {
  const profiled = await queryValue<number>(connection, `select count(*) from duckdb_tables() where table_name like 'profile\\_%' escape '\\'`);
  return profiled ? renderProfileSection(connection, { language }) : undefined;
}
