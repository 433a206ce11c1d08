import { join } from 'node:path';
import type { Command } from 'commander';
import { UserError } from '../../errors.js';
import { generate } from '../../generate/index.js';
import type { OutputEncoding } from '../../generate/csv-writer.js';
import { progressBars } from '../progress.js';

interface GenerateCommandOptions {
  scale: string;
  seed: string;
  out: string;
  populationRatio?: string;
  errorRate?: string;
  rates?: string;
  encoding: string;
  delimiter: string;
  vietnameseHeaders?: boolean;
  splitByEvent?: boolean;
  malformed?: string;
}

function number(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === '' || !Number.isFinite(n)) throw new UserError(`${name}: expected a number, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('generate')
    .description('synthetic Bạc Liêu registry and population extracts with their ground truth (truth.csv, truth_summary.json)')
    .option('--scale <n>', 'number of registry records (Bạc Liêu had 1179085)', '2000')
    .option('--seed <n>', 'random seed: the same arguments give the same bytes', '1')
    .requiredOption('--out <dir>', 'output folder')
    .option('--population-ratio <r>', 'target population rows per registry record (never fewer than the people the registrations refer to)', '1.15')
    .option('--error-rate <x>', 'multiplies every discrepancy rate', '1')
    .option('--rates <file.yaml>', 'override rates: `code: rate` per error code (and not_in_population, duplicate_birth, unusable_person, malformed)')
    .option('--encoding <name>', 'utf8, utf8-bom, cp1258, tcvn3 or vni', 'utf8')
    .option('--delimiter <char>', "field delimiter: ',', ';', '|' or tab", ',')
    .option('--vietnamese-headers', 'Vietnamese column headers and event type names ("Họ và tên (Cha)", "Khai sinh")')
    .option('--split-by-event', 'one registry file per event type (registry_<event>.csv)')
    .option('--malformed <n>', 'number of malformed registry lines (default 0.05% of rows)')
    .action(async (options: GenerateCommandOptions) => {
      const progress = progressBars();
      try {
        const summary = await generate(
          {
            scale: number('--scale', options.scale),
            seed: number('--seed', options.seed),
            out: options.out,
            populationRatio: number('--population-ratio', options.populationRatio),
            errorRate: number('--error-rate', options.errorRate),
            ratesFile: options.rates,
            encoding: options.encoding as OutputEncoding,
            delimiter: options.delimiter,
            vietnameseHeaders: options.vietnameseHeaders ?? false,
            splitByEvent: options.splitByEvent ?? false,
            malformed: number('--malformed', options.malformed),
          },
          progress.fn,
        );
        progress.stop();
        const o = summary.outcomes;
        process.stdout.write(
          `${summary.records.total} records, ${summary.persons.total} persons, ${summary.population_rows} population rows, ` +
            `${summary.malformed.total} malformed lines; expected: ${o.consistent} consistent, ${o.discrepant} discrepant, ` +
            `${o.not_found} not found, ${o.invalid} invalid (${summary.seconds} s)\n` +
            [...summary.files.registry, summary.files.population, summary.files.truth].map((f) => join(options.out, f)).join('\n') + '\n',
        );
      } finally {
        progress.stop();
      }
    });
}
