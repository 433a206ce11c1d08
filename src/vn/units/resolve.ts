import { units } from './data.js';
import { MINH_HAI_ID, nameIndex, type UnitEntry } from './entries.js';
import { foldPlace, placeSegments } from './fold.js';
import type { Footprint } from './footprint.js';
import { interpret, type Reading } from './interpret.js';
import { findMentions } from './mentions.js';
import type { Generation, ResolvedPlace } from './types.js';

const UNRESOLVED: ResolvedPlace = {
  level: null, communeCode: null, districtCode: null, provinceCode: null, code: null, code2025: null, generation: null, ambiguous: false,
};

function commune2023(code: string, generation: Generation): ResolvedPlace {
  const c = units().communeByCode.get(code)!;
  return { level: 'commune', communeCode: c.code, districtCode: c.districtCode, provinceCode: c.provinceCode, code: c.code, code2025: c.code2025, generation, ambiguous: false };
}

function district2023(code: string, generation: Generation): ResolvedPlace {
  const d = units().districtByCode.get(code)!;
  const code2025 = units().provinceByCode.get(d.provinceCode)!.code2025;
  return { level: 'district', communeCode: null, districtCode: d.code, provinceCode: d.provinceCode, code: d.code, code2025, generation, ambiguous: false };
}

function province2023(code: string, generation: Generation): ResolvedPlace {
  const p = units().provinceByCode.get(code)!;
  return { level: 'province', communeCode: null, districtCode: null, provinceCode: p.code, code: p.code, code2025: p.code2025, generation, ambiguous: false };
}

/** The 2023 district all these communes are in, or null. */
function commonDistrict(communes: Iterable<string>): string | null {
  const districts = new Set([...communes].map((c) => units().communeByCode.get(c)?.districtCode ?? null));
  return districts.size === 1 ? [...districts][0] : null;
}

/** A unit of the 2025 list: no single 2023 commune, but its 2023 district when it has one. */
function unit2025(code2025: string): ResolvedPlace {
  const unit = units().unit2025ByCode.get(code2025)!;
  const provinceCode = units().communeByCode.get(unit.communes2023[0])!.provinceCode;
  const districtCode = commonDistrict(unit.communes2023);
  return { level: 'commune', communeCode: null, districtCode, provinceCode, code: districtCode ?? provinceCode, code2025, generation: '2025', ambiguous: false };
}

function historicProvince(name: string): ResolvedPlace {
  const h = units().historicProvinces.find((p) => p.name === name)!;
  const single = h.successors.length === 1 ? h.successors[0] : null;
  return { ...UNRESOLVED, level: 'province', provinceCode: single, code: single, code2025: h.code2025, generation: h.generation };
}

/** A reading written with a historic district or Minh Hải around a current name is a historic reading. */
function readingGeneration(reading: Reading): Generation {
  const main = reading.main.generation;
  if (main !== '2023') return main;
  return reading.units.some((u) => u !== reading.main && (u.generation === 'historic' || u.unitId === MINH_HAI_ID)) ? 'historic' : main;
}

function placeOf(entry: UnitEntry, generation: Generation): ResolvedPlace {
  if (entry.unitId.startsWith('n:')) return unit2025(entry.code2025!);
  if (entry.unitId.startsWith('h:')) return historicProvince(entry.name);
  if (entry.level === 'commune') return commune2023(entry.code2023!, generation);
  if (entry.level === 'district') return district2023(entry.code2023!, generation);
  return province2023(entry.code2023!, generation);
}

/** The smallest 2023 unit around every tied reading (for "Phường 1" alone: the province). */
function commonUnit(footprints: Footprint[]): ResolvedPlace {
  const atoms = new Set(footprints.flatMap((f) => [...f]));
  const data = units();
  const communes = [...atoms].filter((a) => data.communeByCode.has(a));
  const others = [...atoms].filter((a) => !data.communeByCode.has(a));
  if (others.length === 0) {
    const district = commonDistrict(communes);
    if (district) return { ...district2023(district, '2023'), ambiguous: true };
    const provinces = new Set(communes.map((c) => data.communeByCode.get(c)!.provinceCode));
    if (provinces.size === 1) return { ...province2023([...provinces][0], '2023'), ambiguous: true };
  }
  if (communes.length === 0 && others.length === 1) return { ...province2023(others[0].slice(1), '2023'), ambiguous: true };
  return { ...UNRESOLVED, ambiguous: true };
}

/** A bare official code: 5-digit commune, 3-digit district, 2-digit province (or a former province code). */
function resolveCode(code: string): ResolvedPlace {
  const data = units();
  if (data.communeByCode.has(code)) return commune2023(code, '2023');
  if (data.districtByCode.has(code)) return district2023(code, '2023');
  if (data.provinceByCode.has(code)) return province2023(code, '2023');
  const former = data.historicProvinces.find((h) => h.formerCode === code);
  return former ? historicProvince(former.name) : UNRESOLVED;
}

/**
 * Resolves a place as written in a register (any case, with or without diacritics, NFC or NFD,
 * abbreviated types) to official units: the most precise 2023 unit that can be said, and the unit
 * after 1/7/2025. Old names (2004-2021, Minh Hải) and 2025 names are understood; a name that fits
 * several places comes back `ambiguous` with the unit around them all.
 *
 * @example
 * resolvePlace('P.1, TX Giá Rai, BL').communeCode        // '31942'
 * resolvePlace('Thị trấn Giá Rai, huyện Giá Rai').generation // 'historic'
 * resolvePlace('Xã Vĩnh Lợi, tỉnh Cà Mau').code2025      // '31900'
 * resolvePlace('Phường 1').ambiguous                     // true
 */
export function resolvePlace(raw: string): ResolvedPlace {
  const text = raw ?? '';
  const folded = foldPlace(text);
  if (/^\d{2,5}$/.test(folded)) return resolveCode(folded);
  const { reading, ties, ambiguous } = interpret(findMentions(placeSegments(text), nameIndex()));
  if (reading) return placeOf(reading.main, readingGeneration(reading));
  return ambiguous ? commonUnit(ties.map((t) => t.main.footprint)) : UNRESOLVED;
}
