import { Command, CommanderError } from 'commander';
import { UserError } from '../errors.js';
import { commands } from './commands/index.js';

/**
 * Entry point of the `doichieu` command. Returns the exit code; user errors are printed as one
 * line on standard error, never as a stack trace.
 */
export async function main(argv: string[]): Promise<number> {
  const program = new Command('doichieu')
    .description('Check digitized civil-status registers and reconcile them with the population database')
    .exitOverride()
    .showHelpAfterError(false)
    .configureOutput({ writeErr: (s) => process.stderr.write(s) });
  for (const register of commands) register(program);
  try {
    await program.parseAsync(argv, { from: 'user' });
    return 0;
  } catch (err) {
    if (err instanceof CommanderError) {
      // help and version exit with code 0; argument errors were already printed by commander
      return err.exitCode === 0 || err.code === 'commander.helpDisplayed' || err.code === 'commander.help' ? 0 : 2;
    }
    if (err instanceof UserError) {
      process.stderr.write(`doichieu: ${err.message}\n`);
      return err.exitCode;
    }
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    process.stderr.write(`doichieu: internal error: ${message}\n`);
    if (process.env.DOICHIEU_DEBUG) console.error(err);
    return 70;
  }
}
