import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('notebooks')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('notebooks: not built yet');
    });
}
