import { units } from './data.js';
import type { Generation } from './types.js';

/**
 * The unit a 2023 Bạc Liêu commune went into on 1/7/2025; null for a code not in the 2023 list.
 *
 * @example
 * communeTo2025('31876') // { code: '31876', name: 'Xã Vĩnh Phước' } (not the new Xã Phước Long)
 */
export function communeTo2025(code2023: string): { code: string; name: string } | null {
  const commune = units().communeByCode.get(code2023);
  return commune ? { code: commune.code2025, name: commune.name2025 } : null;
}

/**
 * The 2023 communes that make up a unit of the 2025 list (empty for an unknown code).
 *
 * @example
 * communes2023Of2025('31849') // ['31846', '31849'] (Xã Ninh Quới + Xã Ninh Quới A)
 */
export function communes2023Of2025(code2025: string): string[] {
  return [...(units().unit2025ByCode.get(code2025)?.communes2023 ?? [])];
}

/**
 * The 2023 district code of a 2023 commune, or null.
 *
 * @example
 * districtOf('31915') // '961' (Minh Diệu, in Hòa Bình since 2005)
 */
export function districtOf(communeCode: string): string | null {
  return units().communeByCode.get(communeCode)?.districtCode ?? null;
}

/**
 * The official name of a commune code: its 2023 name by default, the 2025 unit's name with
 * generation '2025' (codes of both lists overlap), its first name since 2004 with 'historic'.
 * Also answers for district (3-digit) and province (2-digit) codes in the 2023 list.
 *
 * @example
 * communeName('31825')         // 'Phường 1'
 * communeName('31825', '2025') // 'Phường Bạc Liêu'
 * communeName('31942', 'historic') // 'Thị trấn Giá Rai'
 */
export function communeName(code: string, generation: Generation = '2023'): string | null {
  const data = units();
  if (generation === '2025') return data.unit2025ByCode.get(code)?.name ?? data.provinces.find((p) => p.code2025 === code)?.name2025 ?? null;
  if (generation === 'historic') {
    const first = data.history.find((h) => h.code === code);
    if (first) return first.name;
  }
  return data.communeByCode.get(code)?.name ?? data.districtByCode.get(code)?.name ?? data.provinceByCode.get(code)?.name ?? null;
}

/** "Thành phố Bạc Liêu" -> "TP Bạc Liêu", "Thị xã Giá Rai" -> "TX Giá Rai", "Huyện Hồng Dân" -> "Hồng Dân". */
function shortDistrict(name: string): string {
  return name.replace(/^Thành phố /, 'TP ').replace(/^Thị xã /, 'TX ').replace(/^(Huyện|Quận) /, '');
}

/**
 * A name that tells units apart in reports: a 2023 commune with its district ("Phường 1 (TP Bạc
 * Liêu)" vs "Phường 1 (TX Giá Rai)"); a district or province by its name; with generation '2025',
 * the unit of the 2025 list. Unknown codes come back as they are.
 *
 * @example
 * unitLabel('31825') // 'Phường 1 (TP Bạc Liêu)'
 * unitLabel('31849', '2025') // 'Xã Ninh Quới (2025)'
 */
export function unitLabel(code: string, generation: '2023' | '2025' = '2023'): string {
  const data = units();
  if (generation === '2025') {
    const name = communeName(code, '2025');
    return name ? `${name} (2025)` : code;
  }
  const commune = data.communeByCode.get(code);
  if (commune) return `${commune.name} (${shortDistrict(data.districtByCode.get(commune.districtCode)!.name)})`;
  return communeName(code) ?? code;
}
