import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('explain')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('explain: not built yet');
    });
}
