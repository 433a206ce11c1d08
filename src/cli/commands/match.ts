import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('match')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('match: not built yet');
    });
}
