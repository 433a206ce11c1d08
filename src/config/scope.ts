/**
 * Which registrations a phase covers. Empty or missing lists mean "all".
 * Commune and district codes are 2023 codes.
 */
export interface Scope {
  communes?: string[];
  districts?: string[];
  event_types?: string[];
  registration_years?: number[];
}

/**
 * Builds a parameterised SQL condition restricting rows that have `commune_code`, `district_code`,
 * `event_type` and `registered_year` columns (persons, registrations, match_results) to a scope.
 * Parameter names are prefixed so the fragment can be combined with others.
 *
 * @example
 * const f = scopeCondition({ communes: ['31825'] }, 'p');
 * await connection.run(`create table x as select * from persons p where ${f.sql}`, f.params);
 */
export function scopeCondition(scope: Scope | undefined, alias = '', prefix = 'scope'): { sql: string; params: Record<string, string | number> } {
  const col = (c: string) => (alias ? `${alias}.${c}` : c);
  const parts: string[] = [];
  const params: Record<string, string | number> = {};
  const inList = (column: string, values: (string | number)[] | undefined, key: string) => {
    if (!values || values.length === 0) return;
    const names = values.map((v, i) => {
      const name = `${prefix}_${key}_${i}`;
      params[name] = v;
      return `$${name}`;
    });
    parts.push(`${col(column)} in (${names.join(', ')})`);
  };
  inList('commune_code', scope?.communes, 'c');
  inList('district_code', scope?.districts, 'd');
  inList('event_type', scope?.event_types, 'e');
  inList('registered_year', scope?.registration_years, 'y');
  return { sql: parts.length ? parts.join(' and ') : 'true', params };
}
