import { units, type UnitsData } from './data.js';
import { foldPlace, placeTokens } from './fold.js';
import { footprintOfCode2023, footprintOfCode2025, footprintOfProvinces, type Footprint } from './footprint.js';
import type { Generation, Level } from './types.js';

/**
 * One way of naming one unit: "Phường 1" of Giá Rai in 2023, "Thị trấn Giá Rai" in 2004-2015, or
 * "Phường Giá Rai" from 2025 are three entries. Entries of one unit share `unitId`.
 */
export interface UnitEntry {
  unitId: string;
  level: Level;
  generation: Generation;
  /** Folded type word: 'xa', 'phuong', 'thi tran', 'huyen', 'thi xa', 'thanh pho', 'tinh'. */
  typeKey: string;
  name: string;
  /** 2023 code of the unit (commune, district or province); null for 2025 units and split provinces. */
  code2023: string | null;
  /** Code of the unit itself in the 2025 lists, when it is a 2025 unit. */
  code2025: string | null;
  /** unitIds of the districts and provinces this name sits in. */
  parents: ReadonlySet<string>;
  /** Parents that are possible but out of their time (a 2025 unit written with "Bạc Liêu"). */
  looseParents: ReadonlySet<string>;
  footprint: Footprint;
}

/** Entries by folded bare name ("gia rai", "1", "ho chi minh"), and the longest name in tokens. */
export interface NameIndex {
  byName: ReadonlyMap<string, UnitEntry[]>;
  maxTokens: number;
  /** unitId -> entries, to build results from. */
  byUnit: ReadonlyMap<string, UnitEntry[]>;
}

const TYPE_WORDS = ['Thành phố', 'Thị trấn', 'Thị xã', 'Phường', 'Huyện', 'Quận', 'Tỉnh', 'Xã'];

/**
 * Splits an official name into its folded type word and the folded bare name that texts are matched on.
 *
 * @example
 * splitTypedName('Thị xã Giá Rai') // { typeKey: 'thi xa', key: 'gia rai' }
 */
export function splitTypedName(name: string, type?: string): { typeKey: string; key: string } {
  const word = type && name.startsWith(`${type} `) ? type : TYPE_WORDS.find((t) => name.startsWith(`${t} `));
  const bare = word ? name.slice(word.length + 1) : name;
  return { typeKey: word ? foldPlace(word) : '', key: placeTokens(foldPlace(bare)).join(' ') };
}

/** unitId of Minh Hải, the parent by name of every Bạc Liêu district and commune before 1997. */
export const MINH_HAI_ID = 'h:Tỉnh Minh Hải';

function communeEntries(data: UnitsData, blProvince: string): UnitEntry[] {
  const out: UnitEntry[] = [];
  const seen = new Set<string>();
  const add = (code: string, name: string, type: string, districtCode: string) => {
    const key = `${code}|${name}|${districtCode}`;
    if (seen.has(key)) return;
    seen.add(key);
    const current = data.communeByCode.get(code)!;
    const generation = current.name === name && current.districtCode === districtCode ? '2023' : 'historic';
    out.push({
      unitId: `c:${code}`,
      level: 'commune',
      generation,
      typeKey: splitTypedName(name, type).typeKey,
      name,
      code2023: code,
      code2025: null,
      parents: new Set([`d:${districtCode}`, `p:${blProvince}`, MINH_HAI_ID]),
      looseParents: new Set(),
      footprint: footprintOfCode2023(code)!,
    });
  };
  for (const c of data.communes) add(c.code, c.name, c.type, c.districtCode);
  for (const h of data.history) add(h.code, h.name, h.type, h.districtCode);
  return out;
}

function unit2025Entries(data: UnitsData, blProvince: string): UnitEntry[] {
  const province2025 = data.provinceByCode.get(blProvince)!.code2025;
  return data.units2025.map((u) => ({
    unitId: `n:${u.code}`,
    level: 'commune' as const,
    generation: '2025' as const,
    typeKey: splitTypedName(u.name, u.type).typeKey,
    name: u.name,
    code2023: null,
    code2025: u.code,
    parents: new Set([`p:${province2025}`]),
    looseParents: new Set([`p:${blProvince}`]),
    footprint: footprintOfCode2025(u.code)!,
  }));
}

function districtEntries(data: UnitsData, blProvince: string): UnitEntry[] {
  return data.districtNames.map((d) => ({
    unitId: `d:${d.code}`,
    level: 'district' as const,
    generation: d.generation,
    typeKey: splitTypedName(d.name, d.type).typeKey,
    name: d.name,
    code2023: d.code,
    code2025: null,
    parents: new Set([`p:${blProvince}`, MINH_HAI_ID]),
    looseParents: new Set(),
    footprint: footprintOfCode2023(d.code)!,
  }));
}

function provinceEntries(data: UnitsData): UnitEntry[] {
  const none = new Set<string>();
  const current = data.provinces.map((p) => ({
    unitId: `p:${p.code}`,
    level: 'province' as const,
    generation: '2023' as const,
    typeKey: splitTypedName(p.name, p.type).typeKey,
    name: p.name,
    code2023: p.code,
    code2025: null,
    parents: none,
    looseParents: none,
    footprint: footprintOfCode2023(p.code)!,
  }));
  const former = data.historicProvinces.map((h) => ({
    unitId: `h:${h.name}`,
    level: 'province' as const,
    generation: h.generation,
    typeKey: splitTypedName(h.name).typeKey,
    name: h.name,
    code2023: h.successors.length === 1 ? h.successors[0] : null,
    code2025: null,
    parents: none,
    looseParents: none,
    footprint: footprintOfProvinces(h.successors),
  }));
  return [...current, ...former];
}

/** The extra names a unit is known by: province aliases, and a province's own 2025 name. */
function aliasKeys(data: UnitsData): Map<string, string[]> {
  const keys = new Map<string, string[]>();
  const add = (unitId: string, key: string) => keys.set(unitId, [...(keys.get(unitId) ?? []), key]);
  for (const a of data.provinceAliases) add(`p:${a.provinceCode}`, placeTokens(foldPlace(a.alias)).join(' '));
  // Only a province renamed on its own (Thừa Thiên Huế -> Huế): a merged province's new name is
  // another province's old name (Kiên Giang -> An Giang) and must keep meaning that province.
  for (const p of data.provinces) {
    const alone = data.provinces.filter((q) => q.code2025 === p.code2025).length === 1;
    if (alone && p.name2025 !== p.name) add(`p:${p.code}`, splitTypedName(p.name2025).key);
  }
  return keys;
}

function buildIndex(data: UnitsData): NameIndex {
  const blProvince = data.communes[0].provinceCode;
  const entries = [...communeEntries(data, blProvince), ...unit2025Entries(data, blProvince), ...districtEntries(data, blProvince), ...provinceEntries(data)];
  const aliases = aliasKeys(data);
  const byName = new Map<string, UnitEntry[]>();
  const byUnit = new Map<string, UnitEntry[]>();
  let maxTokens = 1;
  for (const entry of entries) {
    byUnit.set(entry.unitId, [...(byUnit.get(entry.unitId) ?? []), entry]);
    const keys = new Set([splitTypedName(entry.name).key, ...(entry.generation === '2023' ? (aliases.get(entry.unitId) ?? []) : [])]);
    for (const key of keys) {
      byName.set(key, [...(byName.get(key) ?? []), entry]);
      maxTokens = Math.max(maxTokens, key.split(' ').length);
    }
  }
  return { byName, maxTokens, byUnit };
}

let cached: NameIndex | undefined;

/**
 * The name index over every unit name (2023, historic, 2025, provinces, aliases), built once.
 *
 * @example
 * nameIndex().byName.get('1')?.map((e) => e.code2023) // ['31825', '31942']
 */
export function nameIndex(): NameIndex {
  cached ??= buildIndex(units());
  return cached;
}
