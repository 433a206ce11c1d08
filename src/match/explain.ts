import type { DuckDBConnection } from '@duckdb/node-api';
import type { Comparison, MatchConfig } from '../config/match.js';
import { queryRows, queryValue } from '../db/query.js';
import { UserError } from '../errors.js';
import { comparisonStep, levelColumn } from './comparisons.js';
import { displayOf, displaySql } from './differences.js';
import { StepRunner } from './runner.js';
import { standardiseSteps, type SideTables } from './standardise.js';
import { eligibleSql, tfColumn, tfLevel, tfValueColumn } from './weights.js';

/** One comparison of one candidate pair, as explain shows it. */
export interface ExplainedComparison {
  comparison: string;
  level: number;
  label: string;
  /** Level weight (log2 m/u); 0 when the comparison does not apply or does not weigh. */
  weight: number;
  /** Term-frequency adjustment added to the weight (0 when none). */
  tf: number;
  error: string | null;
  weighs: boolean;
  registry: string | null;
  population: string | null;
}

export interface ExplainedCandidate {
  rank: number;
  rowId: number;
  pid: string | null;
  fullName: string | null;
  dob: string | null;
  /** How the pair was found: 'pid', a blocking rule's name, or 'family'. */
  source: string;
  total: number;
  probability: number;
  /** Whether the pair may be linked at all (link_requires). */
  eligible: boolean;
  comparisons: ExplainedComparison[];
  /** Family evidence (parents through the child's population record), when it applies. */
  family: { level: number; label: string; weight: number } | null;
}

export interface Explanation {
  personId: string;
  recordId: string;
  eventType: string;
  role: string;
  registry: { fullName: string | null; dob: string | null; sex: string | null; pid: string | null };
  outcome: string;
  method: string | null;
  populationPid: string | null;
  errors: string;
  pidAction: string;
  prior: number;
  threshold: number;
  margin: number;
  candidateCount: number;
  candidates: ExplainedCandidate[];
  reason: string;
}

const round = (x: number) => Math.round(x * 100) / 100;

/** What explain shows for a comparison: its display columns, else the first column it compares. */
function explainColumns(comparison: Comparison): [string | null, string | null] {
  const [ld, rd] = displayOf(comparison);
  if (ld || rd) return [ld, rd];
  for (const level of comparison.levels) {
    for (const c of Array.isArray(level.when) ? level.when : [level.when]) {
      if ('column' in c) return [c.column, c.column];
      if (c.kind === 'place') return [c.left[0] === 'registered' ? null : `${c.left[0]}_text`, `${c.right[0] === 'birthreg' || c.right[0] === 'residence2' ? 'residence' : c.right[0]}_text`];
      if (c.kind.startsWith('date_')) return ['dob_text', 'dob_text'];
    }
  }
  return [null, null];
}

/**
 * Why a person got its outcome: for the best candidates, every comparison's level, weight and
 * term-frequency adjustment, the prior, the total, and the decision rule that applied. Reads the
 * tables of the last match run (and the config it used). Personal data: for authorised analysts only.
 *
 * @example
 * const e = await explainPerson(c, 'B2023-001/child');
 * e.candidates[0].comparisons.map((x) => `${x.comparison}: ${x.label} ${x.weight}`);
 */
export async function explainPerson(connection: DuckDBConnection, personId: string, options: { top?: number } = {}): Promise<Explanation> {
  const configText = await queryValue<string>(connection, `select value from match_settings where key = 'config'`).catch(() => undefined);
  if (!configText) throw new UserError('explain: no match run in this database; run `doichieu match` first');
  const config = JSON.parse(configText) as MatchConfig;
  const prior = Number(await queryValue<string>(connection, `select value from match_settings where key = 'prior_weight'`));
  const [person] = await queryRows<Record<string, string | number | null>>(
    connection,
    `select i.lid, r.person_id, r.record_id, r.event_type, r.role, r.outcome, r.method, r.population_pid, r.errors, r.pid_action,
            r.population_row_id, r.second_row_id, coalesce(b.candidates, 0) as candidates
     from match_scope_ids i join match_results r using (person_id) left join match_best b on b.lid = i.lid
     where i.person_id = $id`,
    { id: personId },
  );
  if (!person) throw new UserError(`explain: no person '${personId}' in the last match run`);
  const lid = Number(person.lid);
  // Recompute the person's and its best candidates' standard rows and levels (the run kept only ids
  // and weights): the same SQL as the run, on a handful of rows, in temporary tables.
  const t = explainTables;
  const run = new StepRunner(connection, undefined, () => false);
  await connection.run(`create or replace temp table ${t.scopeIds} as select person_id, lid from match_scope_ids where lid = $lid`, { lid });
  // every candidate of the run: blocking and pid pairs, and pairs found through relatives
  await connection.run(
    `create or replace temp table match_explain_pairs as
     select lid, rid, rule from match_candidates where lid = $lid
     union all select lid, rid, rule from match_family_pairs where lid = $lid`,
    { lid },
  );
  await connection.run(`create or replace temp table ${t.populationIds} as
    select * from match_population_ids where rid in (select rid from match_explain_pairs)`);
  await run.steps(standardiseSteps(t));
  await run.steps([comparisonStep('match_explain_levels', 'match_explain_pairs', config.comparisons, ['rule'], { left: t.scope, right: t.population })]);
  const params = await queryRows<{ comparison: string; level: number; label: string; weight: number | null; u: number | null; error: string | null; weighs: boolean }>(
    connection,
    'select comparison, level, label, weight, u, error, weighs from match_parameters',
  );
  const param = (c: string, level: number) => params.find((p) => p.comparison === c && p.level === level);
  const rules = ['pid', ...config.blocking.rules.map((r) => r.name), 'family'];
  const tfComparisons = config.comparisons.filter((c) => c.weighs && c.tf);
  const tfCols = tfComparisons.map((c) => `(select tf from match_tf_${c.name} where value = r.${tfColumn(c)}) as ${tfValueColumn(c)}`);
  const displays = config.comparisons.flatMap((c) => {
    const [ld, rd] = explainColumns(c);
    return [`${displaySql('left', ld)}::varchar as "l_${c.name}"`, `${displaySql('right', rd)}::varchar as "r_${c.name}"`];
  });
  const rows = await queryRows<Record<string, unknown>>(
    connection,
    `select x.*, r.row_id, r.pid, r.full_name, rt.dob_text, ${eligibleSql(config).replaceAll('c.', 'x.')} as eligible,
       (select min(case when r.pid = e.parent_pid then 0
                        when r.name_fold = e.parent_name_fold and e.parent_pid is null and r.pid is null then 1
                        when r.name_fold = e.parent_name_fold and e.parent_pid is null then 2
                        else 3 end)
        from match_family_expected e where e.lid = x.lid) as family_level
       ${tfCols.length ? ', ' + tfCols.join(', ') : ''}, ${displays.join(', ')}
     from match_explain_levels x join ${t.population} r on r.rid = x.rid join ${t.scope} l on l.lid = x.lid
     join ${t.scopeText} lt on lt.lid = x.lid join ${t.populationText} rt on rt.rid = x.rid`,
  );
  const [registry] = await queryRows<Record<string, string | null>>(
    connection,
    `select l.full_name, lt.dob_text, l.sex, lt.pid_raw from ${t.scope} l join ${t.scopeText} lt on lt.lid = l.lid`,
  );
  const scored = rows.map((row) => {
    const comparisons = config.comparisons.map((c): ExplainedComparison => {
      const level = Number(row[levelColumn(c)]);
      const p = level >= 0 ? param(c.name, level) : undefined;
      let tf = 0;
      if (c.weighs && c.tf && level === tfLevel(c) && row[tfValueColumn(c)] !== null && p?.u) {
        tf = Math.log2(p.u / Math.max(Number(row[tfValueColumn(c)]), config.tf_minimum));
      }
      return {
        comparison: c.name, level, label: level < 0 ? 'not compared' : (p?.label ?? c.levels[level].label),
        weight: c.weighs && p?.weight != null ? p.weight : 0, tf, error: level >= 0 ? (p?.error ?? null) : null,
        weighs: c.weighs, registry: (row[`l_${c.name}`] as string | null) ?? null, population: (row[`r_${c.name}`] as string | null) ?? null,
      };
    });
    const familyLevel = row.family_level === null || row.family_level === undefined ? null : Number(row.family_level);
    const fp = familyLevel === null ? undefined : param('family', familyLevel);
    // the same sum the run made: prior, level weights, tf adjustments, family evidence
    const total = prior + comparisons.reduce((s, x) => s + (x.weighs ? x.weight + x.tf : 0), 0) + (fp?.weight ?? 0);
    return {
      rank: 0, rowId: Number(row.row_id), pid: (row.pid as string) ?? null, fullName: (row.full_name as string) ?? null,
      dob: (row.dob_text as string) ?? null, source: rules[Number(row.rule)] ?? String(row.rule), total: round(total),
      probability: 1 / (1 + Math.pow(2, -total)), eligible: Boolean(row.eligible), comparisons,
      family: fp && familyLevel !== null ? { level: familyLevel, label: fp.label, weight: round(fp.weight ?? 0) } : null,
    };
  });
  scored.sort((a, b) => b.total - a.total || a.rowId - b.rowId);
  const candidates: ExplainedCandidate[] = scored.slice(0, options.top ?? 5).map((c, i) => ({ ...c, rank: i + 1 }));
  for (const name of [t.scopeText, t.populationText]) await connection.run(`drop view if exists ${name}`);
  for (const name of [t.scopeIds, t.populationIds, t.scope, t.population, 'match_explain_pairs', 'match_explain_levels']) await connection.run(`drop table if exists ${name}`);
  const explanation: Explanation = {
    personId, recordId: String(person.record_id), eventType: String(person.event_type), role: String(person.role),
    registry: { fullName: registry?.full_name ?? null, dob: registry?.dob_text ?? null, sex: registry?.sex ?? null, pid: registry?.pid_raw ?? null },
    outcome: String(person.outcome), method: (person.method as string) ?? null, populationPid: (person.population_pid as string) ?? null,
    errors: String(person.errors ?? ''), pidAction: String(person.pid_action ?? ''), prior: round(prior),
    threshold: config.min_match_weight, margin: config.ambiguity_margin, candidateCount: rows.length, candidates, reason: '',
  };
  explanation.reason = await reason(connection, explanation, person);
  return explanation;
}

/** Temporary tables explain recomputes its rows into. */
const explainTables: SideTables = {
  scopeIds: 'match_explain_scope_ids',
  scope: 'match_explain_scope',
  populationIds: 'match_explain_population_ids',
  population: 'match_explain_population',
  scopeText: 'match_explain_scope_text',
  populationText: 'match_explain_population_text',
};

async function reason(connection: DuckDBConnection, e: Explanation, person: Record<string, unknown>): Promise<string> {
  const [best, second] = e.candidates;
  const chosenRow = person.population_row_id === null ? null : Number(person.population_row_id);
  switch (e.outcome) {
    case 'invalid':
      return 'no usable name and no pid: nothing to match on';
    case 'ambiguous':
      return `best candidate ${best ? best.total : '?'} and runner-up ${second ? second.total : '?'} are closer than the margin ${e.margin}: left for clerical review`;
    case 'not_found': {
      if (!best) return 'no candidate pair: no blocking rule, pid or family link found anyone';
      if (best.total < e.threshold) return `best candidate weighs ${best.total}, below the threshold ${e.threshold}`;
      if (!best.eligible) return 'no candidate agrees on the given name, the date of birth or the pid: family context alone never links';
      const taken = await queryRows<{ person_id: string }>(
        connection,
        `select person_id from match_results
         where population_row_id = $row and outcome in ('consistent', 'discrepant') and person_id <> $id limit 1`,
        { row: best.rowId, id: e.personId },
      );
      return taken.length
        ? `best candidate (${best.total}) was taken by ${taken[0].person_id}, which weighs more for it (one-to-one); no other candidate passed`
        : `no candidate stood clear of its runner-up by the margin ${e.margin} after one-to-one decisions`;
    }
    default: {
      if (e.method === 'pid') return 'linked by pid: the population record with this pid agrees on the name or the full date of birth';
      const chosen = e.candidates.find((c) => c.rowId === chosenRow);
      const rival = e.candidates.find((c) => c.rowId !== chosenRow);
      const lead = chosen && rival ? `, ${round(chosen.total - rival.total)} ahead of the next candidate` : '';
      const notBest = chosen && best && chosen.rowId !== best.rowId ? ` (a stronger candidate went to another registration: one-to-one)` : '';
      return `match weight ${chosen ? chosen.total : '?'} at least the threshold ${e.threshold}${lead}${notBest}`;
    }
  }
}
