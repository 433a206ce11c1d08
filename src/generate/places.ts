import { dayNumber } from './dates.js';
import { hash32 } from './rng.js';
import type { CommuneRef } from './reference.js';
import { communeAt, loadCommunes, namesAt } from './units.js';

/** A place as the generator knows it; text forms are produced per extract and date. */
export type Place =
  | { kind: 'commune'; code: string }
  | { kind: 'facility'; name: string }
  | { kind: 'outside'; text: string; province: string };

/** How a place is written: as of a date (registry), with 2023 names, or with 2025 names. */
export type PlaceStyle = 'dated' | 'current' | 'merged2025';

/** Provinces that people of Bạc Liêu come from (pid province code, a district-level place). */
export const OUTSIDE_PLACES: { text: string; province: string; weight: number; khmer?: boolean }[] = [
  { text: 'Thành phố Sóc Trăng, Tỉnh Sóc Trăng', province: '094', weight: 5 },
  { text: 'Huyện Mỹ Xuyên, Tỉnh Sóc Trăng', province: '094', weight: 4, khmer: true },
  { text: 'Thị xã Vĩnh Châu, Tỉnh Sóc Trăng', province: '094', weight: 4, khmer: true },
  { text: 'Huyện Thạnh Trị, Tỉnh Sóc Trăng', province: '094', weight: 3, khmer: true },
  { text: 'Thành phố Cà Mau, Tỉnh Cà Mau', province: '096', weight: 6 },
  { text: 'Huyện Thới Bình, Tỉnh Cà Mau', province: '096', weight: 4 },
  { text: 'Huyện Trần Văn Thời, Tỉnh Cà Mau', province: '096', weight: 3 },
  { text: 'Thành phố Rạch Giá, Tỉnh Kiên Giang', province: '091', weight: 3 },
  { text: 'Huyện An Minh, Tỉnh Kiên Giang', province: '091', weight: 2 },
  { text: 'Huyện Vĩnh Thuận, Tỉnh Kiên Giang', province: '091', weight: 2 },
  { text: 'Quận 8, Thành phố Hồ Chí Minh', province: '079', weight: 3 },
  { text: 'Quận Bình Tân, Thành phố Hồ Chí Minh', province: '079', weight: 2 },
  { text: 'Quận Ninh Kiều, Thành phố Cần Thơ', province: '092', weight: 2 },
  { text: 'Thành phố Vị Thanh, Tỉnh Hậu Giang', province: '093', weight: 2 },
  { text: 'Huyện Long Mỹ, Tỉnh Hậu Giang', province: '093', weight: 2 },
  { text: 'Huyện Cầu Ngang, Tỉnh Trà Vinh', province: '084', weight: 1, khmer: true },
  { text: 'Huyện Giồng Trôm, Tỉnh Bến Tre', province: '083', weight: 1 },
  { text: 'Thành phố Long Xuyên, Tỉnh An Giang', province: '089', weight: 1 },
  { text: 'Huyện Kiến Xương, Tỉnh Thái Bình', province: '034', weight: 1 },
  { text: 'Huyện Hải Hậu, Tỉnh Nam Định', province: '036', weight: 1 },
  { text: 'Huyện Nghi Lộc, Tỉnh Nghệ An', province: '040', weight: 1 },
  { text: 'Huyện Bình Sơn, Tỉnh Quảng Ngãi', province: '051', weight: 1 },
];

/** Where children were born when not at home: the provincial hospitals and district health centres. */
export const PROVINCIAL_HOSPITAL = 'Bệnh viện Đa khoa tỉnh Bạc Liêu';
export const MATERNITY_HOSPITAL = 'Bệnh viện Sản Nhi tỉnh Bạc Liêu';
export const MATERNITY_OPENED = dayNumber(2019, 1, 1);
/** District health centres by 2023 district code (the names they have carried since 2018). */
export const DISTRICT_HEALTH_CENTRES: Record<string, string> = {
  '954': 'Trung tâm Y tế thành phố Bạc Liêu',
  '956': 'Trung tâm Y tế huyện Hồng Dân',
  '957': 'Trung tâm Y tế huyện Phước Long',
  '958': 'Trung tâm Y tế huyện Vĩnh Lợi',
  '959': 'Trung tâm Y tế thị xã Giá Rai',
  '960': 'Trung tâm Y tế huyện Đông Hải',
  '961': 'Trung tâm Y tế huyện Hòa Bình',
};

// Khmer communities: Vĩnh Trạch and Vĩnh Trạch Đông (TP Bạc Liêu), most of Vĩnh Lợi, parts of Hồng Dân,
// Phước Long and Hòa Bình. Hoa: the wards of TP Bạc Liêu and the towns.
const KHMER_HEAVY = new Set(['31834', '31837', '31906', '31909', '31912', '31903', '31894', '31897', '31863', '31864', '31855', '31888', '31885', '31861', '31858', '31921']);
const KHMER_SOME = new Set(['31840', '31900', '31852', '31846', '31849', '31873', '31882', '31936', '31927', '31930', '31891']);
const HOA_HEAVY = new Set(['31813', '31816', '31819', '31822', '31825', '31828']);

/** A commune with the weight of its population and its ethnic mix, for the generator. */
export interface CommuneProfile extends CommuneRef {
  districtIndex: number;
  weight: number;
  khmerShare: number;
  hoaShare: number;
}

let profiles: CommuneProfile[] | undefined;

/**
 * Communes with plausible (not official) population weights and ethnic mixes; wards of the city and
 * the district towns are denser. Weights are stable per commune code, independent of the seed.
 *
 * @example
 * communeProfiles().length; // 64
 */
export function communeProfiles(): CommuneProfile[] {
  if (profiles) return profiles;
  const districts = [...new Set(loadCommunes().map((c) => c.districtCode))].sort();
  profiles = loadCommunes().map((c) => {
    const jitter = 0.65 + (hash32(`weight:${c.code}`) % 1000) / 1000; // 0.65 .. 1.65
    const base = c.type === 'Phường' ? (c.districtCode === '954' ? 1.0 : 1.1) : c.type === 'Thị trấn' ? 1.3 : 1.0;
    const khmer = KHMER_HEAVY.has(c.code) ? 0.18 : KHMER_SOME.has(c.code) ? 0.06 : 0.01;
    const hoa = HOA_HEAVY.has(c.code) ? 0.08 : c.type !== 'Xã' ? 0.035 : 0.008;
    return { ...c, districtIndex: districts.indexOf(c.districtCode), weight: base * jitter, khmerShare: khmer, hoaShare: hoa };
  });
  return profiles;
}

/**
 * The text of a Bạc Liêu commune as written at `day` (historic names; Minh Hải before 1997).
 *
 * @example
 * communeTextAt(commune('31942'), dayNumber(1990, 1, 1)); // 'Thị trấn Giá Rai, Huyện Giá Rai, Tỉnh Minh Hải'
 */
export function communeTextAt(commune: CommuneRef, day: number): string {
  const names = namesAt(commune, day);
  const province = day < dayNumber(1997, 1, 1) ? 'Tỉnh Minh Hải' : 'Tỉnh Bạc Liêu';
  return `${names.communeName}, ${names.districtName}, ${province}`;
}

/**
 * The text of a commune with its 2023 names.
 *
 * @example
 * communeText2023(commune('31942')); // 'Phường 1, Thị xã Giá Rai, Tỉnh Bạc Liêu'
 */
export function communeText2023(commune: CommuneRef): string {
  return `${commune.name}, ${commune.districtName}, Tỉnh Bạc Liêu`;
}

/**
 * The text of the unit a commune went into on 1/7/2025.
 *
 * @example
 * communeText2025(commune('31942')); // 'Phường Giá Rai, Tỉnh Cà Mau'
 */
export function communeText2025(commune: CommuneRef): string {
  return `${commune.name2025}, Tỉnh Cà Mau`;
}

const byCode = (): Map<string, CommuneProfile> => new Map(communeProfiles().map((c) => [c.code, c]));
let codeIndex: Map<string, CommuneProfile> | undefined;

/**
 * The commune profile of a 2023 code.
 *
 * @example
 * commune('31825').districtCode; // '954'
 */
export function commune(code: string): CommuneProfile {
  codeIndex ??= byCode();
  const c = codeIndex.get(code);
  if (!c) throw new Error(`unknown commune ${code}`);
  return c;
}

/**
 * The text of a place in a given style; `day` matters for dated (registry) texts.
 *
 * @example
 * placeText({ kind: 'commune', code: '31942' }, dayNumber(2010, 1, 1), 'dated');
 * // 'Thị trấn Giá Rai, Huyện Giá Rai, Tỉnh Bạc Liêu'
 */
export function placeText(place: Place, day: number, style: PlaceStyle): string {
  if (place.kind === 'facility') return place.name;
  if (place.kind === 'outside') return place.text;
  const texts = textsOf(style === 'dated' ? communeAt(place.code, day) : place.code);
  if (style === 'merged2025') return texts.merged2025;
  if (style === 'current') return texts.current;
  let text = texts.dated[0].text;
  for (const step of texts.dated) if (step.fromDay <= day) text = step.text;
  return text;
}

interface CommuneTexts {
  current: string;
  merged2025: string;
  /** The text in force from each day on (names only change at a few dates). */
  dated: { fromDay: number; text: string }[];
}
const textCache = new Map<string, CommuneTexts>();
const MINH_HAI_ENDS = dayNumber(1997, 1, 1);

/** Every text of a commune, computed once (rows are written millions of times, names change rarely). */
function textsOf(code: string): CommuneTexts {
  let t = textCache.get(code);
  if (t) return t;
  const c = commune(code);
  const days = [...new Set([-1, MINH_HAI_ENDS, ...c.history.map((h) => h.fromDay).filter((d) => d > 0)])].sort((a, b) => a - b);
  t = { current: communeText2023(c), merged2025: communeText2025(c), dated: days.map((d) => ({ fromDay: d, text: communeTextAt(c, Math.max(d, 0)) })) };
  textCache.set(code, t);
  return t;
}

/**
 * Whether two place texts name the same place for a perfect engine: communes compare by 2023 code,
 * or by 2025 unit when either side is written with 2025 names; other places by identity.
 *
 * @example
 * samePlace(communePlace('31813'), communePlace('31816'), true); // true: both in Phường Bạc Liêu since 2025
 */
export function samePlace(a: Place, b: Place, either2025: boolean): boolean {
  if (a.kind === 'commune' && b.kind === 'commune') {
    if (a.code === b.code) return true;
    return either2025 && commune(a.code).code2025 === commune(b.code).code2025;
  }
  if (a.kind === 'facility' && b.kind === 'facility') return a.name === b.name;
  if (a.kind === 'outside' && b.kind === 'outside') return a.text === b.text;
  return false;
}
