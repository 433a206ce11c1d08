import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('link')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('link: not built yet');
    });
}
