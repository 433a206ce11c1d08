import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('report')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('report: not built yet');
    });
}
