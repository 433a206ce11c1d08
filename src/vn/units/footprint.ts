import { units } from './data.js';
import type { PlaceCodes } from './types.js';

/**
 * The area a place covers, as a set of atoms: 2023 commune codes where the commune list is known
 * (Bạc Liêu), 'P' + province code elsewhere. Comparing areas, not codes, makes old, current and 2025
 * names of one place agree, and a unit agree with the units inside it.
 */
export type Footprint = ReadonlySet<string>;

/** How two footprints relate. */
export type Relation = 'equal' | 'contains' | 'within' | 'disjoint' | 'overlap';

/** The atoms of a 2023 province: its communes when we have them, else the province itself. */
function provinceAtoms(code: string): string[] {
  const communes = units().communes.filter((c) => c.provinceCode === code).map((c) => c.code);
  return communes.length > 0 ? communes : [`P${code}`];
}

/**
 * The footprint of a 2023 code (5-digit commune, 3-digit district, 2-digit province), or null.
 *
 * @example
 * footprintOfCode2023('959').size // 10 (the communes of Thị xã Giá Rai)
 */
export function footprintOfCode2023(code: string): Footprint | null {
  const data = units();
  if (data.communeByCode.has(code)) return new Set([code]);
  if (data.districtByCode.has(code)) return new Set(data.communes.filter((c) => c.districtCode === code).map((c) => c.code));
  if (data.provinceByCode.has(code)) return new Set(provinceAtoms(code));
  return null;
}

/**
 * The footprint of a code of the 2025 lists: a 5-digit unit made of 2023 communes, or a 2-digit
 * province made of 2023 provinces.
 *
 * @example
 * footprintOfCode2025('31900') // Set {'31900', '31903'}
 */
export function footprintOfCode2025(code: string): Footprint | null {
  const data = units();
  const unit = data.unit2025ByCode.get(code);
  if (unit) return new Set(unit.communes2023);
  const provinces = data.provinces.filter((p) => p.code2025 === code);
  return provinces.length > 0 ? new Set(provinces.flatMap((p) => provinceAtoms(p.code))) : null;
}

/**
 * The footprint of several 2023 provinces (a former province's successors).
 *
 * @example
 * footprintOfProvinces(['94', '84']) // Set {'P94', 'P84'}
 */
export function footprintOfProvinces(codes: readonly string[]): Footprint {
  return new Set(codes.flatMap(provinceAtoms));
}

/**
 * The footprint of a resolved place: its 2023 commune when it has one, else its 2025 unit when that
 * is a commune-level unit (a 2025 name), else its 2023 district or province, else its 2025 province
 * (Minh Hải and other former provinces). Null when unresolved.
 *
 * @example
 * footprintOf({ code: '958', code2025: '31900', level: 'commune' }) // Set {'31900', '31903'}
 */
export function footprintOf(place: PlaceCodes): Footprint | null {
  if (place.level === null) return null;
  const { code, code2025 } = place;
  if (code && code.length === 5) return footprintOfCode2023(code);
  if (code2025 && code2025.length === 5) return footprintOfCode2025(code2025);
  if (code) return footprintOfCode2023(code);
  return code2025 ? footprintOfCode2025(code2025) : null;
}

/**
 * How footprint `a` relates to footprint `b`.
 *
 * @example
 * relate(new Set(['31825']), new Set(['31825', '31813'])) // 'within'
 */
export function relate(a: Footprint, b: Footprint): Relation {
  let shared = 0;
  for (const atom of a) if (b.has(atom)) shared++;
  if (shared === 0) return 'disjoint';
  if (shared === a.size && shared === b.size) return 'equal';
  if (shared === a.size) return 'within';
  if (shared === b.size) return 'contains';
  return 'overlap';
}
