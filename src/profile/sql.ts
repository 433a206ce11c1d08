import { sqlFile } from '../db/steps.js';

/**
 * Reads one of the stage's named SQL files (`sql/<name>.sql`, or `sql/rules/<kind>.sql`).
 *
 * @example
 * const sql = profileSql('profile_completeness');
 */
export function profileSql(name: string): string {
  return sqlFile(import.meta.url, `sql/${name}.sql`);
}
