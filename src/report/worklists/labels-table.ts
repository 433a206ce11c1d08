import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import {
  ERROR_LABELS, EVENT_TYPE_LABELS, FIELD_LABELS, OUTCOME_FIXES, OUTCOME_LABELS, ROLE_LABELS, suggestedFix, type Language,
} from '../labels.js';

/**
 * Puts the label tables of src/report/labels.ts, in one language, into a temp table
 * report_labels(kind, code, label, fix), so the worklist CSVs are labelled in SQL. '' stands for
 * "none" (a list parameter starting with null would turn every element null).
 *
 * @example
 * await createLabelsTable(connection, 'vi');
 */
export async function createLabelsTable(connection: DuckDBConnection, language: Language): Promise<void> {
  const rows: [string, string, string, string][] = [];
  const add = (kind: string, table: Record<string, Record<Language, string>>) => {
    for (const [code, label] of Object.entries(table)) rows.push([kind, code, label[language], '']);
  };
  add('event_type', EVENT_TYPE_LABELS);
  add('role', ROLE_LABELS);
  add('outcome', OUTCOME_LABELS);
  add('field', FIELD_LABELS);
  for (const [code, e] of Object.entries(ERROR_LABELS)) rows.push(['error', code, e[language], e.fix[language]]);
  for (const [code, fix] of Object.entries(OUTCOME_FIXES)) rows.push(['outcome_fix', code, '', fix[language]]);
  rows.push(['default_fix', '', '', suggestedFix(null, '', language)]);
  await connection.run(
    `create or replace temp table report_labels as
     select unnest($kinds::varchar[]) as kind, unnest($codes::varchar[]) as code, unnest($labels::varchar[]) as label, unnest($fixes::varchar[]) as fix`,
    {
      kinds: listValue(rows.map((r) => r[0])),
      codes: listValue(rows.map((r) => r[1])),
      labels: listValue(rows.map((r) => r[2])),
      fixes: listValue(rows.map((r) => r[3])),
    },
  );
}
