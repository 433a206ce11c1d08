import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('evaluate')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('evaluate: not built yet');
    });
}
