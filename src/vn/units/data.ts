import { readDataCsv } from './csv.js';
import type { Commune2023, CommuneHistoryName, District2023, Generation, HistoricProvince, Province, Unit2025 } from './types.js';

/** A district under one of the names it has had (2023 or historic), e.g. 954 "Thị xã Bạc Liêu". */
export interface DistrictName extends District2023 {
  generation: '2023' | 'historic';
}

/** The reference data on administrative units, as loaded from `src/vn/data/`. */
export interface UnitsData {
  communes: Commune2023[];
  districts: District2023[];
  districtNames: DistrictName[];
  provinces: Province[];
  historicProvinces: HistoricProvince[];
  provinceAliases: { alias: string; provinceCode: string }[];
  history: CommuneHistoryName[];
  units2025: Unit2025[];
  communeByCode: ReadonlyMap<string, Commune2023>;
  districtByCode: ReadonlyMap<string, District2023>;
  provinceByCode: ReadonlyMap<string, Province>;
  unit2025ByCode: ReadonlyMap<string, Unit2025>;
}

const DISTRICT_TYPES = ['Thành phố', 'Thị xã', 'Huyện', 'Quận'];

/** "959 Huyện Giá Rai" (history file) -> code, name and the type read from the name. */
function parseDistrict(text: string, provinceCode: string): District2023 {
  const match = /^(\d{3}) (.+)$/.exec(text);
  if (!match) throw new Error(`bac_lieu_units_history_2004_2021.csv: unreadable district "${text}"`);
  const type = DISTRICT_TYPES.find((t) => match[2].startsWith(`${t} `)) ?? '';
  return { code: match[1], name: match[2], type, provinceCode };
}

function loadProvinces(): Province[] {
  const merger = new Map(
    readDataCsv('vn_provinces_2025_merger.csv', ['old_province_code', 'new_province_code', 'new_province_name']).map((r) => [r.old_province_code, r]),
  );
  return readDataCsv('vn_provinces_2004_2025.csv', ['province_code', 'province_name', 'province_type']).map((r) => {
    const next = merger.get(r.province_code);
    if (!next) throw new Error(`vn_provinces_2025_merger.csv: no row for province ${r.province_code}`);
    return { code: r.province_code, name: r.province_name, type: r.province_type, code2025: next.new_province_code, name2025: next.new_province_name };
  });
}

function loadHistoricProvinces(): HistoricProvince[] {
  return readDataCsv('vn_provinces_historic.csv', ['name', 'generation', 'former_code', 'successor_codes_2023', 'code_2025']).map((r) => ({
    name: r.name,
    generation: r.generation as Generation,
    formerCode: r.former_code || null,
    successors: r.successor_codes_2023.split(';'),
    code2025: r.code_2025,
  }));
}

function loadCommunes(): { communes: Commune2023[]; districts: District2023[]; units2025: Unit2025[] } {
  const mapping = new Map(
    readDataCsv('bac_lieu_units_2025_mapping.csv', ['old_commune_code', 'new_commune_code', 'new_commune_name', 'new_commune_type']).map((r) => [
      r.old_commune_code,
      r,
    ]),
  );
  const rows = readDataCsv('bac_lieu_units_2023.csv', ['province_code', 'district_code', 'district_name', 'district_type', 'commune_code', 'commune_name', 'commune_type']);
  const districts = new Map<string, District2023>();
  const units2025 = new Map<string, Unit2025>();
  const communes = rows.map((r): Commune2023 => {
    const next = mapping.get(r.commune_code);
    if (!next) throw new Error(`bac_lieu_units_2025_mapping.csv: no row for commune ${r.commune_code}`);
    districts.set(r.district_code, { code: r.district_code, name: r.district_name, type: r.district_type, provinceCode: r.province_code });
    const unit = units2025.get(next.new_commune_code) ?? { code: next.new_commune_code, name: next.new_commune_name, type: next.new_commune_type, communes2023: [] };
    unit.communes2023.push(r.commune_code);
    units2025.set(unit.code, unit);
    return {
      code: r.commune_code,
      name: r.commune_name,
      type: r.commune_type,
      districtCode: r.district_code,
      provinceCode: r.province_code,
      code2025: next.new_commune_code,
      name2025: next.new_commune_name,
      type2025: next.new_commune_type,
    };
  });
  if (mapping.size !== communes.length) throw new Error('bac_lieu_units_2025_mapping.csv: communes differ from bac_lieu_units_2023.csv');
  return { communes, districts: [...districts.values()], units2025: [...units2025.values()] };
}

/** Every (name, type, district) a commune had in the 2004-2021 snapshots, before and after each change. */
function loadHistory(provinceCode: string): { history: CommuneHistoryName[]; districtNames: District2023[] } {
  const rows = readDataCsv('bac_lieu_units_history_2004_2021.csv', [
    'snapshot_key', 'commune_code', 'before_district', 'before_name', 'before_type', 'after_district', 'after_name', 'after_type',
  ]);
  const history: CommuneHistoryName[] = [];
  const districtNames = new Map<string, District2023>();
  const add = (code: string, district: string, name: string, type: string, since: string) => {
    const d = parseDistrict(district, provinceCode);
    districtNames.set(d.name, d);
    if (!history.some((h) => h.code === code && h.name === name && h.districtCode === d.code)) {
      history.push({ code, name, type, districtCode: d.code, districtName: d.name, since });
    }
  };
  for (const r of rows) {
    if (r.before_name) add(r.commune_code, r.before_district, r.before_name, r.before_type, '');
    add(r.commune_code, r.after_district, r.after_name, r.after_type, r.snapshot_key);
  }
  return { history, districtNames: [...districtNames.values()] };
}

function load(): UnitsData {
  const { communes, districts, units2025 } = loadCommunes();
  const provinceCode = communes[0].provinceCode;
  const { history, districtNames: historicDistricts } = loadHistory(provinceCode);
  const provinces = loadProvinces();
  const districtNames: DistrictName[] = [
    ...districts.map((d) => ({ ...d, generation: '2023' as const })),
    ...historicDistricts.filter((h) => !districts.some((d) => d.name === h.name)).map((d) => ({ ...d, generation: 'historic' as const })),
  ];
  return {
    communes,
    districts,
    districtNames,
    provinces,
    historicProvinces: loadHistoricProvinces(),
    provinceAliases: readDataCsv('vn_province_aliases.csv', ['alias', 'province_code']).map((r) => ({ alias: r.alias, provinceCode: r.province_code })),
    history,
    units2025,
    communeByCode: new Map(communes.map((c) => [c.code, c])),
    districtByCode: new Map(districts.map((d) => [d.code, d])),
    provinceByCode: new Map(provinces.map((p) => [p.code, p])),
    unit2025ByCode: new Map(units2025.map((u) => [u.code, u])),
  };
}

let cached: UnitsData | undefined;

/**
 * The reference data on administrative units (Bạc Liêu communes 2023 with district, province and
 * 2025 unit; their 2004-2021 names; the 63 provinces and their 2025 merger; historic provinces),
 * read once from the CSVs in `src/vn/data/`.
 *
 * @example
 * units().communeByCode.get('31942')?.name // 'Phường 1'
 */
export function units(): UnitsData {
  cached ??= load();
  return cached;
}
