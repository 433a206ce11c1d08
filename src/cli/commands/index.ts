import type { Command } from 'commander';
import { register as generate } from './generate.js';
import { register as ingest } from './ingest.js';
import { register as profile } from './profile.js';
import { register as match } from './match.js';
import { register as link } from './link.js';
import { register as explain } from './explain.js';
import { register as evaluate } from './evaluate.js';
import { register as report } from './report.js';
import { register as run } from './run.js';
import { register as notebooks } from './notebooks.js';

/** Each sub-command lives in its own file and registers itself on the program. */
export type RegisterCommand = (program: Command) => void;

export const commands: RegisterCommand[] = [generate, ingest, profile, match, link, explain, evaluate, report, run, notebooks];
