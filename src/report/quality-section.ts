import type { DuckDBConnection } from '@duckdb/node-api';
import { queryValue } from '../db/query.js';
import type { Language } from './labels.js';

/**
 * The profile stage's data-quality section (HTML, aggregates only), when the profile stage ran on
 * this database; undefined otherwise. Loaded lazily: the report works on results alone.
 *
 * @example
 * const html = await qualitySectionHtml(connection, 'vi');
 */
export async function qualitySectionHtml(connection: DuckDBConnection, language: Language): Promise<string | undefined> {
  const profiled = await queryValue<number>(connection, `select count(*) from duckdb_tables() where table_name like 'profile\\_%' escape '\\'`);
  if (!profiled) return undefined;
  const specifier = '../profile/index.js';
  const profile = (await import(specifier)) as { renderProfileSection?: (c: DuckDBConnection, o: { language: Language }) => Promise<string> | string };
  return profile.renderProfileSection ? await profile.renderProfileSection(connection, { language }) : undefined;
}
