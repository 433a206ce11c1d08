import type { DuckDBConnection } from '@duckdb/node-api';
import { scopeCondition, type Scope } from '../config/scope.js';
import { queryRows } from '../db/query.js';
import { runSteps, sqlFile, type SqlStep, type StepTiming } from '../db/steps.js';
import { withInsertionOrder } from './insertion-order.js';
import { errorCategory } from './labels.js';
import type { BreakdownRow, ErrorCodeRow, Figures, Headline } from './types.js';

/** Puts a phase's scope condition where a step's SQL says `/*scope*\/ true`. */
function scoped(file: string, scope: Scope | undefined): SqlStep {
  const condition = scopeCondition(scope, 'm');
  const sql = sqlFile(import.meta.url, `sql/${file}.sql`);
  const plain = file === 'report_registrations' ? scopeCondition(scope) : condition;
  return { name: file, sql: sql.replace('/*scope*/ true', plain.sql), params: plain.params };
}

/**
 * The report's named steps: the scope's results with unit names (report_results), its
 * registrations (report_registrations) and its error codes one per row (report_error_codes).
 *
 * @example
 * await runSteps(connection, reportSteps({ communes: ['31825'] }));
 */
export function reportSteps(scope: Scope | undefined): SqlStep[] {
  return [
    scoped('report_results', scope),
    scoped('report_registrations', scope),
    { name: 'report_error_codes', sql: sqlFile(import.meta.url, 'sql/report_error_codes.sql') },
  ];
}

/**
 * Runs the report's steps for a scope. Call it before `computeFigures` and the worklists.
 *
 * @example
 * await prepareReportTables(connection, config.phases[0].scope);
 */
export async function prepareReportTables(connection: DuckDBConnection, scope: Scope | undefined): Promise<StepTiming[]> {
  return withInsertionOrder(connection, () => runSteps(connection, reportSteps(scope), undefined, { countRows: false }));
}

/** Grouping columns a breakdown may use: fixed here, so no user text reaches the SQL. */
const GROUPINGS = {
  district: { key: 'district_code', label: 'district_name', parent: 'null', registrations: 'district_code' },
  commune: { key: 'commune_code', label: 'commune_name', parent: 'district_name', registrations: 'commune_code' },
  event_type: { key: 'event_type', label: 'event_type', parent: 'null', registrations: 'event_type' },
  decade: { key: 'registered_decade', label: 'registered_decade', parent: 'null', registrations: '(registered_year // 10) * 10' },
} as const;

type Grouping = keyof typeof GROUPINGS;

async function breakdown(connection: DuckDBConnection, grouping: Grouping): Promise<BreakdownRow[]> {
  const g = GROUPINGS[grouping];
  const fill = (sql: string) => sql.replaceAll('{{key}}', g.key).replaceAll('{{label}}', g.label).replaceAll('{{parent}}', g.parent);
  const rows = await queryRows<Omit<BreakdownRow, 'registrations'>>(connection, fill(sqlFile(import.meta.url, 'sql/report_breakdown.sql')));
  const regs = await queryRows<{ key: unknown; registrations: number }>(
    connection,
    sqlFile(import.meta.url, 'sql/report_registrations_by.sql').replaceAll('{{key}}', g.registrations),
  );
  const regByKey = new Map(regs.map((r) => [String(r.key), r.registrations]));
  return rows.map((r) => ({
    ...r,
    key: r.key === null ? '' : String(r.key),
    label: r.label === null ? '' : String(r.label),
    parent: r.parent === null || r.parent === undefined ? null : String(r.parent),
    registrations: regByKey.get(String(r.key)) ?? 0,
  }));
}

/**
 * Computes every aggregate of a run from report_results (see `prepareReportTables`). Communes in
 * `pilotCommunes` are marked `pilot: true`.
 *
 * @example
 * await prepareReportTables(c, scope);
 * const figures = await computeFigures(c, { pilotCommunes: ['31825'] });
 * figures.headline.consistent; // 1204
 */
export async function computeFigures(connection: DuckDBConnection, options: { pilotCommunes?: string[] } = {}): Promise<Figures> {
  const [headline] = await queryRows<Headline & Record<string, number>>(connection, sqlFile(import.meta.url, 'sql/report_headline.sql'));
  const pilot = new Set(options.pilotCommunes ?? []);
  const byCommune = (await breakdown(connection, 'commune')).map((r) => ({ ...r, pilot: pilot.has(r.key) }));
  const byErrorCode = (await queryRows<{ code: string; persons: number }>(connection, sqlFile(import.meta.url, 'sql/report_by_error_code.sql'))).map(
    (r): ErrorCodeRow => ({ code: r.code, category: errorCategory(r.code), persons: r.persons }),
  );
  return {
    headline: headline as Headline,
    by_district: await breakdown(connection, 'district'),
    by_commune: byCommune,
    by_event_type: await breakdown(connection, 'event_type'),
    by_decade: await breakdown(connection, 'decade'),
    by_error_code: byErrorCode,
    by_error_category: await queryRows(connection, sqlFile(import.meta.url, 'sql/report_by_error_category.sql')),
    by_method: await queryRows(connection, sqlFile(import.meta.url, 'sql/report_by_method.sql')),
    quarantine_by_reason: await queryRows(connection, sqlFile(import.meta.url, 'sql/report_quarantine_by_reason.sql')),
  };
}
