import type { DuckDBConnection } from '@duckdb/node-api';
import { queryRows, queryValue } from '../../db/query.js';
import { sqlFile } from '../../db/steps.js';

/** Precision, recall and F1 from counts (0 where undefined). */
export interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

/**
 * Precision, recall and F1 from true positives, false positives and false negatives.
 *
 * @example
 * score(9, 1, 0).precision; // 0.9
 */
export function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** How a run compares with the ground truth. Counts only: no personal data. */
export interface Evaluation {
  persons: number;
  /** Persons of the truth missing from match_results. */
  unmatchedTruth: number;
  links: Score;
  outcomes: { expected: string; actual: string; n: number }[];
  outcomeAccuracy: number;
  errorCodes: Record<string, Score>;
  errorCodesMicro: Score;
  pidActions: Score;
  twinsCrossLinked: number;
  twins: number;
  /**
   * Persons with harmless variants (Unicode form, case, tone placement...), linked to the right person,
   * reporting an error on a field where the truth expects none (a code of another family than every
   * expected one: 'mother_name' where nothing or only 'name.*' is expected): a variant taken for an
   * error. (Wrong links count in link precision, not here.)
   */
  harmlessReported: number;
  /**
   * Persons with harmless variants, linked right, whose field does have an expected error but reported
   * under another code of the same family ('name.spelling' for an expected 'name.diacritics'): a code
   * confusion, also counted in the error-code precision and recall.
   */
  variantCodeConfusions: number;
  variants: number;
  blockingRecall: number | null;
  thresholdSweep: { threshold: number; precision: number; recall: number; f1: number }[];
}

/**
 * Compares match_results with match_truth: link precision/recall/F1 (a link is population_pid of a
 * consistent or discrepant row; ambiguous is no link), outcome confusion, per-error-code and micro
 * error F1, pid actions, twins linked to their twin, harmless variants reported as errors, blocking
 * recall (the true pair among the candidates) and a threshold sweep over each person's best candidate.
 *
 * @example
 * await loadTruth(c, 'truth.csv');
 * const e = await evaluateRun(c);
 * e.links.f1;
 */
export async function evaluateRun(connection: DuckDBConnection, options: { sweep?: number[] } = {}): Promise<Evaluation> {
  await connection.run(sqlFile(import.meta.url, 'sql/match_eval.sql'));
  const [links] = await queryRows<{ tp: number; fp: number; fn: number; persons: number; unmatched: number }>(
    connection,
    `select count(*) filter (where predicted_pid = true_pid) as tp,
            count(*) filter (where predicted_pid is not null and predicted_pid is distinct from true_pid) as fp,
            count(*) filter (where true_pid is not null and predicted_pid is distinct from true_pid) as fn,
            count(*) as persons, count(*) filter (where outcome is null) as unmatched
     from match_eval`,
  );
  const outcomes = await queryRows<{ expected: string; actual: string; n: number }>(
    connection,
    `select coalesce(expected_outcome, '') as expected, coalesce(outcome, '(missing)') as actual, count(*) as n
     from match_eval group by all order by all`,
  );
  const correct = outcomes.filter((o) => o.expected === o.actual).reduce((s, o) => s + o.n, 0);
  const codes = await queryRows<{ code: string; tp: number; fp: number; fn: number }>(
    connection,
    `with e as (select person_id, unnest(expected_codes) as code, 'expected' as side from match_eval
                union all select person_id, unnest(actual_codes), 'actual' from match_eval),
          g as (select person_id, code, bool_or(side = 'expected') as exp, bool_or(side = 'actual') as act from e group by all)
     select code, count(*) filter (where exp and act) as tp, count(*) filter (where act and not exp) as fp,
            count(*) filter (where exp and not act) as fn
     from g group by code order by code`,
  );
  const errorCodes = Object.fromEntries(codes.map((c) => [c.code, score(c.tp, c.fp, c.fn)]));
  const micro = codes.reduce((s, c) => ({ tp: s.tp + c.tp, fp: s.fp + c.fp, fn: s.fn + c.fn }), { tp: 0, fp: 0, fn: 0 });
  const [actions] = await queryRows<{ tp: number; fp: number; fn: number }>(
    connection,
    `select count(*) filter (where coalesce(expected_pid_action, '') <> '' and expected_pid_action = pid_action) as tp,
            count(*) filter (where coalesce(pid_action, '') <> '' and pid_action is distinct from expected_pid_action) as fp,
            count(*) filter (where coalesce(expected_pid_action, '') <> '' and expected_pid_action is distinct from pid_action) as fn
     from match_eval`,
  );
  const [twins] = await queryRows<{ twins: number; crossed: number; variants: number; harmless: number; confused: number }>(
    connection,
    `select count(*) filter (where twin_pid is not null) as twins,
            count(*) filter (where twin_pid is not null and predicted_pid = twin_pid and twin_pid is distinct from true_pid) as crossed,
            count(*) filter (where coalesce(variants, '') <> '') as variants,
            count(*) filter (where variant_linked and len(list_filter(extra, c -> not list_contains(families, split_part(c, '.', 1)))) > 0) as harmless,
            count(*) filter (where variant_linked and len(extra) > 0 and len(list_filter(extra, c -> not list_contains(families, split_part(c, '.', 1)))) = 0) as confused
     from (
       select *, coalesce(variants, '') <> '' and predicted_pid = true_pid as variant_linked,
         list_filter(actual_codes, c -> not list_contains(expected_codes, c)) as extra,
         list_transform(expected_codes, c -> split_part(c, '.', 1)) as families
       from match_eval
     )`,
  );
  const blockingRecall = await queryValue<number | null>(
    connection,
    `select avg(case when found then 1.0 else 0.0 end) from match_eval_blocking`,
  );
  const thresholds = options.sweep ?? Array.from({ length: 41 }, (_, i) => -10 + i);
  const sweep = [];
  for (const threshold of thresholds) {
    const [r] = await queryRows<{ tp: number; fp: number; fn: number }>(
      connection,
      `select count(*) filter (where p = true_pid) as tp,
              count(*) filter (where p is not null and p is distinct from true_pid) as fp,
              count(*) filter (where true_pid is not null and p is distinct from true_pid) as fn
       from (select true_pid, case when best_weight >= $t then best_pid end as p from match_eval)`,
      { t: threshold },
    );
    const s = score(r.tp, r.fp, r.fn);
    sweep.push({ threshold, precision: s.precision, recall: s.recall, f1: s.f1 });
  }
  return {
    persons: links.persons,
    unmatchedTruth: links.unmatched,
    links: score(links.tp, links.fp, links.fn),
    outcomes,
    outcomeAccuracy: links.persons ? correct / links.persons : 1,
    errorCodes,
    errorCodesMicro: score(micro.tp, micro.fp, micro.fn),
    pidActions: score(actions.tp, actions.fp, actions.fn),
    twinsCrossLinked: twins.crossed,
    twins: twins.twins,
    harmlessReported: twins.harmless,
    variantCodeConfusions: twins.confused,
    variants: twins.variants,
    blockingRecall: blockingRecall === null || blockingRecall === undefined ? null : Number(blockingRecall),
    thresholdSweep: sweep,
  };
}
