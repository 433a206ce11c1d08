/**
 * The notebook API: a small, documented surface over the stages, for analysts in Jupyter (tslab).
 * Query results come back as apache-arrow Tables, which Observable Plot and other JS data tools take
 * directly. Everything here also works in plain scripts.
 *
 * @example
 * import * as dc from './src/api.js';
 * const s = await dc.open('reports/demo/campaign.duckdb');
 * const t = await s.sql('select event_type, count(*) as n from registrations group by 1');
 * dc.show(dc.plot({ marks: [dc.Plot.barX(t, { y: 'event_type', x: 'n' })] }));
 */
import type { DuckDBConnection, DuckDBValue } from '@duckdb/node-api';
import type { Table } from 'apache-arrow';
import type { CampaignConfig } from './config/campaign.js';
import { defaultConfig } from './config/campaign.js';
import type { Scope } from './config/scope.js';
import { queryArrow } from './db/arrow.js';
import { openDatabase, type Database } from './db/open.js';
import { queryRows, type Row } from './db/query.js';
import { ingest, type IngestSummary } from './ingest/index.js';
import { profile as runProfile, type ProfileSummary } from './profile/index.js';
import { match as runMatch, type MatchSummary } from './match/index.js';
import { renderPlot, Plot } from './plot/render.js';

export { Plot };
export { loadConfig, parseConfig } from './config/load.js';
export { generate } from './generate/index.js';
export { runPhase, compareRuns, runProgress, openHistory } from './runs/index.js';
export { profileFigures, renderProfileSection } from './profile/index.js';
export { explainPerson, waterfallChart, thresholdChart, evaluateRun, loadTruth } from './match/index.js';
export type { CampaignConfig, Scope };

type Params = DuckDBValue[] | Record<string, DuckDBValue>;

/** An open campaign database. */
export interface Session {
  readonly db: Database;
  readonly connection: DuckDBConnection;
  /** A query as an apache-arrow Table (values bound to `$name` parameters). */
  sql(query: string, params?: Params): Promise<Table>;
  /** A query as plain row objects. */
  rows<T extends Row = Row>(query: string, params?: Params): Promise<T[]>;
  close(): void;
}

/**
 * Opens a campaign database (a DuckDB file written by `doichieu ingest` / `doichieu run --db`), or a
 * fresh in-memory one.
 *
 * @example
 * const s = await open('reports/demo/campaign.duckdb');
 * (await s.rows('select count(*) as n from persons'))[0].n;
 */
export async function open(path = ':memory:'): Promise<Session> {
  const db = await openDatabase(path);
  return {
    db,
    connection: db.connection,
    sql: (query, params) => queryArrow(db.connection, query, params),
    rows: (query, params) => queryRows(db.connection, query, params),
    close: () => db.close(),
  };
}

/**
 * Loads registry and population extracts into the session's database (the `ingest` stage).
 *
 * @example
 * const summary = await load(s, { registry: ['data-samples/small/registry.csv'], population: 'data-samples/small/population.csv' });
 */
export function load(session: Session, options: { registry: string[]; population?: string; config?: CampaignConfig; encoding?: string }): Promise<IngestSummary> {
  return ingest(session.connection, { ...options, config: options.config ?? defaultConfig() });
}

/**
 * Profiles the loaded extracts: completeness, validity rules, duplicates (`profile_*` tables).
 *
 * @example
 * const p = await profile(s);
 * await s.sql('select * from profile_rule_counts order by failing desc');
 */
export function profile(session: Session, options: { config?: CampaignConfig; scope?: Scope } = {}): Promise<ProfileSummary> {
  return runProfile(session.connection, options);
}

/**
 * Reconciles every person with the population extract (`match_results`, `match_differences`).
 *
 * @example
 * const m = await match(s);
 * await s.sql('select outcome, count(*) n from match_results group by 1');
 */
export function match(session: Session, options: { config?: CampaignConfig; scope?: Scope } = {}): Promise<MatchSummary> {
  return runMatch(session.connection, options);
}

/**
 * Renders an Observable Plot specification to SVG text (server-side, no browser needed).
 *
 * @example
 * const svg = plot({ marks: [Plot.barY(table, { x: 'district', y: 'n' })] });
 */
export function plot(options: Plot.PlotOptions): string {
  return renderPlot(options);
}

/**
 * Shows HTML or SVG inline in a tslab notebook; outside a notebook it returns the text unchanged.
 *
 * @example
 * show(plot({ marks: [Plot.dot(t, { x: 'score', y: 'n' })] }));
 */
export async function show(htmlOrSvg: string): Promise<string> {
  try {
    const tslab = await import('tslab');
    tslab.display.html(htmlOrSvg);
  } catch {
    // not inside a tslab kernel
  }
  return htmlOrSvg;
}
