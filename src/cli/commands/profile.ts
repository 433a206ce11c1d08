import type { Command } from 'commander';
import { UserError } from '../../errors.js';

export function register(program: Command): void {
  program
    .command('profile')
    .description('(not built yet)')
    .action(() => {
      throw new UserError('profile: not built yet');
    });
}
