import { dayNumber } from './dates.js';
import { readReferenceCsv, type CommuneRef } from './reference.js';

let cache: CommuneRef[] | undefined;

/**
 * The 64 communes of Bạc Liêu with their names through time (history 2004-2021, merger of 2025).
 *
 * @example
 * loadCommunes().find((c) => c.code === '31942')?.history[0].communeName; // 'Thị trấn Giá Rai'
 */
export function loadCommunes(): CommuneRef[] {
  if (cache) return cache;
  const units = readReferenceCsv('bac_lieu_units_2023.csv');
  const history = readReferenceCsv('bac_lieu_units_history_2004_2021.csv');
  const mapping = new Map(readReferenceCsv('bac_lieu_units_2025_mapping.csv').map((r) => [r.old_commune_code, r]));
  cache = units.map((u) => {
    const steps = history
      .filter((h) => h.commune_code === u.commune_code)
      .map((h) => ({
        fromDay: dayNumber(Number(h.snapshot_key.slice(0, 4)), Number(h.snapshot_key.slice(4, 6)), Number(h.snapshot_key.slice(6, 8))),
        communeName: h.after_name,
        districtName: h.after_district.replace(/^\d+\s+/, ''),
      }))
      .sort((a, b) => a.fromDay - b.fromDay);
    const merged = mapping.get(u.commune_code);
    if (!merged) throw new Error(`no 2025 mapping for commune ${u.commune_code}`);
    return {
      code: u.commune_code,
      name: u.commune_name,
      type: u.commune_type,
      districtCode: u.district_code,
      districtName: u.district_name,
      history: steps.length > 0 ? steps : [{ fromDay: -1e9, communeName: u.commune_name, districtName: u.district_name }],
      code2025: merged.new_commune_code,
      name2025: merged.new_commune_name,
    };
  });
  return cache;
}

/**
 * Communes created in 2008 did not exist before: earlier events there were registered by the
 * commune they were split from.
 */
export const SPLIT_FROM: Record<string, { parent: string; fromDay: number }> = {
  '31863': { parent: '31864', fromDay: dayNumber(2008, 8, 16) },
  '31985': { parent: '31981', fromDay: dayNumber(2008, 8, 16) },
  '31988': { parent: '31987', fromDay: dayNumber(2008, 8, 16) },
};

/**
 * The commune code that registered an event at `day` for people living in `code` today.
 *
 * @example
 * communeAt('31863', dayNumber(2005, 1, 1)); // '31864' (Ninh Thạnh Lợi A did not exist yet)
 */
export function communeAt(code: string, day: number): string {
  const split = SPLIT_FROM[code];
  return split && day < split.fromDay ? split.parent : code;
}

/**
 * The names of a commune and its district in force at `day`.
 *
 * @example
 * namesAt(commune, dayNumber(2010, 1, 1)).districtName; // e.g. 'Huyện Giá Rai'
 */
export function namesAt(commune: CommuneRef, day: number): { communeName: string; districtName: string } {
  let current = commune.history[0];
  for (const step of commune.history) if (step.fromDay <= day) current = step;
  return current;
}
