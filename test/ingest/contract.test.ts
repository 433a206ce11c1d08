import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { queryRows } from '../../src/db/query.js';
import { sqlFile } from '../../src/db/steps.js';
import { withoutPrimaryKeys } from '../../src/ingest/contract-tables.js';
import { ingest } from '../../src/ingest/index.js';
import { withSchema } from '../helpers/db.js';
import { csv, inputDir } from './helpers.js';

const KEYS_SQL = "select table_name, constraint_column_names as columns from duckdb_constraints() where constraint_type = 'PRIMARY KEY' and table_name in ('ingest_files', 'registrations', 'persons', 'population', 'quarantine') order by 1";
const HEADER = ['record_id', 'event_type', 'authority_code', 'book_no', 'registration_no', 'registered_on', 'child_full_name'];
const POPULATION = csv([['pid', 'full_name'], ['095219012345', 'Nguyễn Văn An']]);

describe('ingest: the contract tables', () => {
  it('finds the primary keys of schema.sql', () => {
    const { sql, keys } = withoutPrimaryKeys(sqlFile(new URL('../../src/ingest/index.ts', import.meta.url).href, 'sql/schema.sql'));
    expect(keys).toEqual([
      { table: 'ingest_files', column: 'source_file' }, { table: 'registrations', column: 'record_id' },
      { table: 'persons', column: 'person_id' }, { table: 'population', column: 'row_id' }, { table: 'units_2023', column: 'commune_code' },
    ]);
    expect(sql).not.toMatch(/primary key/i);
  });

  it('leaves the tables as schema.sql makes them, keys included, the settings as they were, and a second ingest replaces the first', async () => {
    const expected = await withSchema((c) => queryRows(c, KEYS_SQL));
    const dir = inputDir({
      'a.csv': csv([HEADER, ['A1', 'birth', '31825', '01', '1', '2019', 'Nguyễn Văn An'], ['A2', 'birth', '31825', '01', '2', '2019', 'Lê Thị Hoa']]),
      'b.csv': csv([HEADER, ['B1', 'birth', '31825', '01', '1', '2020', 'Trần Văn Ba']]),
      'p.csv': POPULATION,
    });
    const db = await openDatabase();
    try {
      const settings = "select current_setting('preserve_insertion_order') as o, current_setting('disabled_compression_methods') as d";
      await db.connection.run('set preserve_insertion_order = false');
      const before = await queryRows(db.connection, settings);
      expect(before).toEqual([{ o: false, d: '' }]);
      await ingest(db.connection, { registry: [dir.path('a.csv')], population: dir.path('p.csv') });
      expect(await queryRows(db.connection, settings)).toEqual(before);
      expect(await queryRows(db.connection, KEYS_SQL)).toEqual(expected);
      await ingest(db.connection, { registry: [dir.path('b.csv')], population: dir.path('p.csv') });
      expect(await queryRows(db.connection, KEYS_SQL)).toEqual(expected);
      expect(await queryRows(db.connection, 'select record_id from registrations')).toEqual([{ record_id: 'B1' }]);
      expect(await queryRows(db.connection, 'select count(*) as n from ingest_files')).toEqual([{ n: 2 }]);
      // nothing of the work is left behind
      expect(await queryRows(db.connection, "select count(*) as n from duckdb_tables() where starts_with(table_name, 'ingest_') and temporary")).toEqual([{ n: 0 }]);
    } finally {
      db.close();
      dir.cleanup();
    }
  });

  it('leaves the previous load untouched when an ingest fails', async () => {
    const dir = inputDir({
      'a.csv': csv([HEADER, ['A1', 'birth', '31825', '01', '1', '2019', 'Nguyễn Văn An']]),
      'empty.csv': HEADER.join(',') + '\n',
      'p.csv': POPULATION,
    });
    const db = await openDatabase();
    try {
      await ingest(db.connection, { registry: [dir.path('a.csv')], population: dir.path('p.csv') });
      await expect(ingest(db.connection, { registry: [dir.path('a.csv'), dir.path('empty.csv')], population: dir.path('p.csv') })).rejects.toThrow(/header only/);
      expect(await queryRows(db.connection, 'select record_id from registrations')).toEqual([{ record_id: 'A1' }]);
    } finally {
      db.close();
      dir.cleanup();
    }
  });
});
