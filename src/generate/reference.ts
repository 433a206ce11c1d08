import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'csv-parse/sync';

/**
 * Reads one reference CSV of `src/vn/data/` as objects keyed by header.
 *
 * @example
 * readReferenceCsv('bac_lieu_units_2023.csv').length; // 64
 */
export function readReferenceCsv(relativePath: string): Record<string, string>[] {
  const path = fileURLToPath(new URL(`../vn/data/${relativePath}`, import.meta.url));
  return parse(readFileSync(path, 'utf8'), { columns: true, skip_empty_lines: true, bom: true }) as Record<string, string>[];
}

/** A commune of Bạc Liêu (2023 list) with its history and its unit after the 2025 merger. */
export interface CommuneRef {
  code: string;
  name: string; // e.g. 'Xã Vĩnh Trạch'
  type: string; // 'Xã' | 'Phường' | 'Thị trấn'
  districtCode: string;
  districtName: string; // e.g. 'Thành phố Bạc Liêu'
  /** Names in force from a day on (day numbers ascending); the first applies to all earlier dates. */
  history: { fromDay: number; communeName: string; districtName: string }[];
  code2025: string;
  name2025: string; // e.g. 'Phường Bạc Liêu'
}
