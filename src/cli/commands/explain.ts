import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { openDatabase } from '../../db/open.js';
import { queryRows } from '../../db/query.js';
import { UserError } from '../../errors.js';
import { explainPerson } from '../../match/explain.js';
import { explanationText } from '../../match/explain-text.js';

interface ExplainCommandOptions {
  db: string;
  role?: string;
  top: string;
  json?: boolean;
}

export function register(program: Command): void {
  program
    .command('explain')
    .description('why each person of a registration got its outcome: per field level and weight, the prior, the candidates (personal data: terminal only)')
    .argument('<record_id>', 'the registration to explain')
    .option('--role <role>', 'only this role of the registration (child, father, deceased...)')
    .option('--db <file>', 'campaign database of a `doichieu match` run', 'campaign.duckdb')
    .option('--top <n>', 'candidates shown per person', '3')
    .option('--json', 'print the explanation as JSON (the data explainPerson returns)')
    .action(async (recordId: string, options: ExplainCommandOptions) => {
      const top = Number(options.top);
      if (!Number.isInteger(top) || top < 1) throw new UserError(`--top ${options.top}: expected a whole number from 1`);
      if (!existsSync(options.db)) throw new UserError(`${options.db}: no campaign database (give --db)`);
      const db = await openDatabase(options.db);
      try {
        const exists = await queryRows(db.connection, `select 1 from information_schema.tables where table_name = 'match_results'`);
        if (!exists.length) throw new UserError(`${options.db}: no match results; run \`doichieu match\` first`);
        const persons = await queryRows<{ person_id: string }>(
          db.connection,
          `select person_id from match_results where record_id = $record and ($role is null or role = $role) order by role`,
          { record: recordId, role: options.role ?? null },
        );
        if (!persons.length) throw new UserError(`explain: no person of record ${recordId}${options.role ? ` with role ${options.role}` : ''} in the last match run`);
        const explanations = [];
        for (const p of persons) explanations.push(await explainPerson(db.connection, p.person_id, { top }));
        process.stdout.write(options.json ? JSON.stringify(explanations, null, 2) + '\n' : explanations.map(explanationText).join('\n\n') + '\n');
      } finally {
        db.close();
      }
    });
}
