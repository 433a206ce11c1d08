import type { DuckDBConnection } from '@duckdb/node-api';
import type { MatchConfig } from '../config/match.js';

/** What the config says about one role ("event_type:role"). */
export interface RoleSettings {
  role_key: string;
  exclusive: boolean;
  year_only: boolean;
  implied_sex: string | null;
  parent_names: boolean;
  spouse_name: boolean;
  death_check: boolean;
  marriage_check: boolean;
  partner_role: string | null;
  parent_role: string | null;
}

/**
 * The per-role settings of the config as rows, one per role any setting names.
 *
 * @example
 * roleSettings(config).find((r) => r.role_key === 'birth:child')?.exclusive; // true
 */
export function roleSettings(config: MatchConfig): RoleSettings[] {
  const keys = new Set<string>([
    ...config.exclusive_roles, ...config.year_only_roles, ...Object.keys(config.implied_sex),
    ...config.parent_name_roles, ...config.spouse_name_roles, ...config.event_checks.death_roles,
    ...config.event_checks.marriage_roles, ...Object.keys(config.partner_roles),
    ...Object.keys(config.record_parent_roles),
  ]);
  return [...keys].sort().map((role_key) => ({
    role_key,
    exclusive: config.exclusive_roles.includes(role_key),
    year_only: config.year_only_roles.includes(role_key),
    implied_sex: config.implied_sex[role_key] ?? null,
    parent_names: config.parent_name_roles.includes(role_key),
    spouse_name: config.spouse_name_roles.includes(role_key),
    death_check: config.event_checks.death_roles.includes(role_key),
    marriage_check: config.event_checks.marriage_roles.includes(role_key),
    partner_role: config.partner_roles[role_key] ?? null,
    parent_role: config.record_parent_roles[role_key] ?? null,
  }));
}

/**
 * Writes match_roles: the role settings as a table the SQL steps join (and an analyst can read).
 *
 * @example
 * await writeRoleSettings(c, config);
 */
export async function writeRoleSettings(connection: DuckDBConnection, config: MatchConfig): Promise<void> {
  await connection.run(`create or replace table match_roles (
    role_key varchar primary key, exclusive boolean, year_only boolean, implied_sex varchar,
    parent_names boolean, spouse_name boolean, death_check boolean, marriage_check boolean, partner_role varchar, parent_role varchar)`);
  for (const r of roleSettings(config)) {
    await connection.run('insert into match_roles values ($role_key, $exclusive, $year_only, $implied_sex, $parent_names, $spouse_name, $death_check, $marriage_check, $partner_role, $parent_role)', { ...r });
  }
}
