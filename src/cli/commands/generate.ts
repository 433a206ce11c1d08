import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('generate')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('generate: not built yet');
    });
}
