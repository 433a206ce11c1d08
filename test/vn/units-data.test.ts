import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../src/db/open.js';
import { queryRows, queryValue } from '../../src/db/query.js';
import { communeName, communes2023Of2025, communeTo2025, districtOf, loadUnitsTable, unitLabel, units } from '../../src/vn/units/index.js';
import { withSchema } from '../helpers/db.js';

describe('reference data', () => {
  it('has the 63 provinces of 2004-2025 with their official codes', () => {
    const { provinces } = units();
    expect(provinces).toHaveLength(63);
    expect(new Set(provinces.map((p) => p.code)).size).toBe(63);
    expect(provinces.every((p) => /^\d{2}$/.test(p.code))).toBe(true);
    const byCode = Object.fromEntries(provinces.map((p) => [p.code, p.name]));
    expect(byCode).toMatchObject({
      '01': 'Thành phố Hà Nội', '79': 'Thành phố Hồ Chí Minh', '92': 'Thành phố Cần Thơ', '93': 'Tỉnh Hậu Giang', '94': 'Tỉnh Sóc Trăng',
      '95': 'Tỉnh Bạc Liêu', '96': 'Tỉnh Cà Mau', '91': 'Tỉnh Kiên Giang', '86': 'Tỉnh Vĩnh Long', '87': 'Tỉnh Đồng Tháp', '89': 'Tỉnh An Giang',
      '84': 'Tỉnh Trà Vinh', '83': 'Tỉnh Bến Tre', '82': 'Tỉnh Tiền Giang', '80': 'Tỉnh Long An',
    });
  });

  it('merges them into 34 provinces from 1/7/2025, each taking the code of one of its parts', () => {
    const { provinces } = units();
    const merged = new Map<string, string[]>();
    for (const p of provinces) merged.set(p.code2025, [...(merged.get(p.code2025) ?? []), p.code]);
    expect(merged.size).toBe(34);
    for (const [code, parts] of merged) expect(parts, code).toContain(code);
    expect([...merged.values()].filter((parts) => parts.length === 1)).toHaveLength(11);
    expect(merged.get('96')!.sort()).toEqual(['95', '96']);
    expect(merged.get('92')!.sort()).toEqual(['92', '93', '94']);
    expect(merged.get('91')!.sort()).toEqual(['89', '91']);
    expect(merged.get('86')!.sort()).toEqual(['83', '84', '86']);
    expect(merged.get('82')!.sort()).toEqual(['82', '87']);
    expect(merged.get('79')!.sort()).toEqual(['74', '77', '79']);
  });

  it('gives each former province the 2025 province that all its successors went into', () => {
    const { historicProvinces, provinceByCode } = units();
    expect(historicProvinces.find((h) => h.generation === 'minh_hai')?.successors).toEqual(['95', '96']);
    for (const h of historicProvinces) {
      for (const s of h.successors) expect(provinceByCode.get(s)?.code2025, `${h.name} -> ${s}`).toBe(h.code2025);
    }
  });

  it('has Bạc Liêu: 7 districts, 64 communes, 25 units from 2025', () => {
    const data = units();
    expect(data.districts.map((d) => d.code).sort()).toEqual(['954', '956', '957', '958', '959', '960', '961']);
    expect(data.communes).toHaveLength(64);
    expect(data.units2025).toHaveLength(25);
    expect(data.communes.every((c) => c.provinceCode === '95')).toBe(true);
  });
});

describe('lookups', () => {
  it('maps 2023 communes to their 2025 unit, through the traps', () => {
    expect(communeTo2025('31876')).toEqual({ code: '31876', name: 'Xã Vĩnh Phước' });
    expect(communeTo2025('31867')).toEqual({ code: '31867', name: 'Xã Phước Long' });
    expect(communeTo2025('31846')).toEqual({ code: '31849', name: 'Xã Ninh Quới' });
    expect(communeTo2025('31960')).toEqual({ code: '31942', name: 'Phường Giá Rai' });
    expect(communeTo2025('99999')).toBeNull();
  });

  it('lists the 2023 communes of a 2025 unit', () => {
    expect(communes2023Of2025('31849').sort()).toEqual(['31846', '31849']);
    expect(communes2023Of2025('31825').sort()).toEqual(['31813', '31816', '31822', '31825', '31828']);
    expect(communes2023Of2025('31891').sort()).toEqual(['31891', '31921', '31933']);
    expect(communes2023Of2025('00000')).toEqual([]);
  });

  it('gives districts and names by generation', () => {
    expect(districtOf('31915')).toBe('961');
    expect(districtOf('31942')).toBe('959');
    expect(districtOf('123')).toBeNull();
    expect(communeName('31825')).toBe('Phường 1');
    expect(communeName('31825', '2025')).toBe('Phường Bạc Liêu');
    expect(communeName('31942', 'historic')).toBe('Thị trấn Giá Rai');
    expect(communeName('31951', 'historic')).toBe('Xã Phong Thạnh Đông A');
    expect(communeName('961')).toBe('Huyện Hoà Bình');
    expect(communeName('96', '2025')).toBe('Tỉnh Cà Mau');
    expect(communeName('12345')).toBeNull();
  });

  it('labels units so that reports tell the two Phường 1 apart', () => {
    expect(unitLabel('31825')).toBe('Phường 1 (TP Bạc Liêu)');
    expect(unitLabel('31942')).toBe('Phường 1 (TX Giá Rai)');
    expect(unitLabel('31915')).toBe('Xã Minh Diệu (Hoà Bình)');
    expect(unitLabel('31849', '2025')).toBe('Xã Ninh Quới (2025)');
    expect(unitLabel('959')).toBe('Thị xã Giá Rai');
    const labels = units().communes.map((c) => unitLabel(c.code));
    expect(new Set(labels).size).toBe(64);
  });
});

describe('loadUnitsTable', () => {
  it('fills the contract table: 64 communes, 25 units of 2025, the traps right', async () => {
    const rows = await withSchema(async (c) => {
      expect(await loadUnitsTable(c)).toBe(64);
      expect(await loadUnitsTable(c)).toBe(64); // replaces, does not duplicate
      return queryRows<Record<string, string>>(c, 'select * from units_2023 order by commune_code');
    });
    expect(rows).toHaveLength(64);
    expect(new Set(rows.map((r) => r.commune_code_2025)).size).toBe(25);
    expect(rows.find((r) => r.commune_code === '31876')).toEqual({
      commune_code: '31876', commune_name: 'Xã Phước Long', commune_type: 'Xã', district_code: '957', district_name: 'Huyện Phước Long',
      province_code: '95', commune_code_2025: '31876', commune_name_2025: 'Xã Vĩnh Phước',
    });
  });

  it('creates the table with the contract columns on a fresh database', async () => {
    const columns = (sql: string) => `select column_name, data_type, is_nullable from information_schema.columns where table_name = 'units_2023' order by ordinal_position${sql}`;
    const contract = await withSchema((c) => queryRows(c, columns('')));
    const db = await openDatabase();
    try {
      await loadUnitsTable(db.connection);
      expect(await queryRows(db.connection, columns(''))).toEqual(contract);
      expect(await queryValue(db.connection, 'select count(*) from units_2023')).toBe(64);
    } finally {
      db.close();
    }
  });
});
