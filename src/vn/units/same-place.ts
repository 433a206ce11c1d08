import { footprintOf, relate } from './footprint.js';
import type { PlaceCodes } from './types.js';

/**
 * Whether two resolved places are the same place, whatever generation of names each was written in.
 * Places are compared by the area they cover: equal, or one inside the other (a district and a
 * commune in it, Minh Hải and Bạc Liêu, a 2025 unit and a 2023 commune that went into it) -> true;
 * no common area -> false; null when either is unresolved or the areas only partly overlap (a
 * district and a 2025 unit made of communes of two districts).
 *
 * @example
 * samePlace(resolvePlace('Thị trấn Giá Rai'), resolvePlace('Phường Giá Rai, Cà Mau')) // true
 * samePlace(resolvePlace('Xã Phước Long, huyện Phước Long'), resolvePlace('Xã Phước Long, tỉnh Cà Mau')) // false
 * samePlace(resolvePlace('Minh Hải'), resolvePlace('Cà Mau')) // true
 */
export function samePlace(a: PlaceCodes, b: PlaceCodes): boolean | null {
  const fa = footprintOf(a);
  const fb = footprintOf(b);
  if (!fa || !fb) return null;
  const relation = relate(fa, fb);
  if (relation === 'overlap') return null;
  return relation !== 'disjoint';
}
