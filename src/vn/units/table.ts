import type { DuckDBConnection } from '@duckdb/node-api';
import { sqlFile } from '../../db/steps.js';
import { units } from './data.js';

const CREATE = sqlFile(import.meta.url, 'sql/units_2023_create.sql');
const INSERT = sqlFile(import.meta.url, 'sql/units_2023_insert.sql');

/**
 * Creates (if needed) and fills the contract table `units_2023`: one row per 2023 Bạc Liêu commune
 * with its district, province and the unit it went into on 1/7/2025. Existing rows are replaced, so
 * calling it twice leaves the same 64 rows. Returns the number of rows written.
 *
 * @example
 * await loadUnitsTable(connection); // 64
 */
export async function loadUnitsTable(connection: DuckDBConnection): Promise<number> {
  const data = units();
  await connection.run(CREATE);
  await connection.run('begin transaction');
  try {
    await connection.run('delete from units_2023');
    for (const c of data.communes) {
      await connection.run(INSERT, {
        commune_code: c.code,
        commune_name: c.name,
        commune_type: c.type,
        district_code: c.districtCode,
        district_name: data.districtByCode.get(c.districtCode)!.name,
        province_code: c.provinceCode,
        commune_code_2025: c.code2025,
        commune_name_2025: c.name2025,
      });
    }
    await connection.run('commit');
  } catch (error) {
    await connection.run('rollback');
    throw error;
  }
  return data.communes.length;
}
