/**
 * An error the user can cause and fix (a bad file, argument or config). The CLI prints its message
 * as one line on standard error and exits non-zero, without a stack trace. Messages never carry
 * personal data (names, ID numbers): say which file, line and column, not the value.
 *
 * @example
 * throw new UserError(`${path}: no recognisable columns in the header`);
 */
export class UserError extends Error {
  constructor(message: string, readonly exitCode = 2) {
    super(message);
    this.name = 'UserError';
  }
}
