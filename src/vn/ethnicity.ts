// Ethnicity, nationality and marital status: free text in the registers ("Khơ-me", "Kh'mer",
// "Hoa (Trung Quốc)", "VN"), a short key in the contract tables. Keys are folded text, so an unknown
// value still compares equal to itself across sources.

import { foldText } from './text.js';

/** The 54 ethnic groups of Viet Nam (General Statistics Office list), folded key -> official name. */
export const ETHNIC_GROUPS: Readonly<Record<string, string>> = {
  'kinh': 'Kinh', 'tay': 'Tày', 'thai': 'Thái', 'hoa': 'Hoa', 'khmer': 'Khmer', 'muong': 'Mường', 'nung': 'Nùng',
  'mong': 'Mông', 'dao': 'Dao', 'gia rai': 'Gia Rai', 'ngai': 'Ngái', 'e de': 'Ê Đê', 'ba na': 'Ba Na',
  'xo dang': 'Xơ Đăng', 'san chay': 'Sán Chay', 'co ho': 'Cơ Ho', 'cham': 'Chăm', 'san diu': 'Sán Dìu', 'hre': 'Hrê',
  'mnong': 'Mnông', 'raglai': 'Raglai', 'xtieng': 'Xtiêng', 'bru van kieu': 'Bru-Vân Kiều', 'tho': 'Thổ',
  'giay': 'Giáy', 'co tu': 'Cơ Tu', 'gie trieng': 'Gié Triêng', 'ma': 'Mạ', 'kho mu': 'Khơ Mú', 'co': 'Co',
  'ta oi': 'Tà Ôi', 'cho ro': 'Chơ Ro', 'khang': 'Kháng', 'xinh mun': 'Xinh Mun', 'ha nhi': 'Hà Nhì',
  'chu ru': 'Chu Ru', 'lao': 'Lào', 'la chi': 'La Chí', 'la ha': 'La Ha', 'phu la': 'Phù Lá', 'la hu': 'La Hủ',
  'lu': 'Lự', 'lo lo': 'Lô Lô', 'chut': 'Chứt', 'mang': 'Mảng', 'pa then': 'Pà Thẻn', 'co lao': 'Cơ Lao',
  'cong': 'Cống', 'bo y': 'Bố Y', 'si la': 'Si La', 'pu peo': 'Pu Péo', 'brau': 'Brâu', 'o du': 'Ơ Đu',
  'ro mam': 'Rơ Măm',
};

const ETHNIC_ALIASES: Record<string, string> = {
  'viet': 'kinh', 'kinh viet': 'kinh', 'viet kinh': 'kinh',
  'han': 'hoa', 'tau': 'hoa', 'trung quoc': 'hoa', 'trung hoa': 'hoa', 'hoa kieu': 'hoa', 'trieu chau': 'hoa', 'quang dong': 'hoa', 'phuc kien': 'hoa',
  'kho me': 'khmer', 'khome': 'khmer', 'kh me': 'khmer', 'khme': 'khmer', 'khomer': 'khmer', 'khmer krom': 'khmer', 'kho me krom': 'khmer', 'mien': 'khmer', 'cur': 'khmer', 'cul': 'khmer',
  'hmong': 'mong', 'hmoong': 'mong', 'h mong': 'mong', 'meo': 'mong',
  'giarai': 'gia rai', 'jrai': 'gia rai', 'ede': 'e de', 'rade': 'e de', 'ra de': 'e de', 'bana': 'ba na', 'bahnar': 'ba na',
  'xodang': 'xo dang', 'sedang': 'xo dang', 'cao lan': 'san chay', 'koho': 'co ho', 'k ho': 'co ho', 'champa': 'cham', 'cham pa': 'cham',
  'h re': 'hre', 'm nong': 'mnong', 'ra glai': 'raglai', 'x tieng': 'xtieng', 'stieng': 'xtieng', 'van kieu': 'bru van kieu', 'bru': 'bru van kieu',
  'katu': 'co tu', 'khmu': 'kho mu', 'kmu': 'kho mu', 'taoi': 'ta oi', 'choro': 'cho ro', 'churu': 'chu ru',
};

const PREFIXES = ['dan toc ', 'nguoi ', 'toc '];

/**
 * Folded key of an ethnicity: one of the 54 keys of `ETHNIC_GROUPS` ('kinh', 'khmer', 'hoa', ...) when
 * recognised, else the folded text itself; null when blank.
 *
 * @example
 * canonicalEthnicity("Kh'mer")           // 'khmer'
 * canonicalEthnicity('Khơ-me')           // 'khmer'
 * canonicalEthnicity('Hoa (Trung Quốc)') // 'hoa'
 * canonicalEthnicity('Dân tộc Kinh')     // 'kinh'
 */
export function canonicalEthnicity(raw: string | null | undefined): string | null {
  return lookup(raw, (f) => (f in ETHNIC_GROUPS ? f : ETHNIC_ALIASES[f]), PREFIXES);
}

const NATIONALITIES: Record<string, string> = {
  'viet nam': 'viet nam', 'vietnam': 'viet nam', 'vn': 'viet nam', 'vnm': 'viet nam', 'viet': 'viet nam', 'vietnamese': 'viet nam',
  'chxhcn viet nam': 'viet nam', 'nuoc chxhcn viet nam': 'viet nam', 'cong hoa xa hoi chu nghia viet nam': 'viet nam', 'socialist republic of viet nam': 'viet nam',
  'campuchia': 'campuchia', 'cam pu chia': 'campuchia', 'cambodia': 'campuchia', 'kampuchea': 'campuchia',
  'trung quoc': 'trung quoc', 'china': 'trung quoc', 'lao': 'lao', 'laos': 'lao', 'dai loan': 'dai loan', 'taiwan': 'dai loan',
  'han quoc': 'han quoc', 'korea': 'han quoc', 'south korea': 'han quoc', 'hoa ky': 'hoa ky', 'my': 'hoa ky', 'usa': 'hoa ky', 'united states': 'hoa ky',
  'thai lan': 'thai lan', 'thailand': 'thai lan', 'nhat ban': 'nhat ban', 'japan': 'nhat ban',
};

/**
 * Folded key of a nationality: 'viet nam' for "Việt Nam", "VN", "Vietnam"...; a few neighbours and
 * frequent countries by their Vietnamese name ('campuchia', 'trung quoc', 'hoa ky'...); else the
 * folded text; null when blank.
 *
 * @example
 * canonicalNationality('Việt Nam') // 'viet nam'
 * canonicalNationality('VN')       // 'viet nam'
 * canonicalNationality('Cambodia') // 'campuchia'
 */
export function canonicalNationality(raw: string | null | undefined): string | null {
  return lookup(raw, (f) => NATIONALITIES[f], ['quoc tich ', 'nuoc ']);
}

function lookup(raw: string | null | undefined, find: (folded: string) => string | undefined, prefixes: string[]): string | null {
  if (raw == null) return null;
  const folded = foldText(raw);
  if (folded === '') return null;
  const candidates = [folded];
  const open = raw.indexOf('(');
  if (open > 0) {
    candidates.push(foldText(raw.slice(0, open)));
    candidates.push(foldText(raw.slice(open + 1).replace(')', '')));
  }
  for (const c of candidates) {
    const hit = find(c) ?? find(stripPrefix(c, prefixes));
    if (hit) return hit;
  }
  return folded;
}

function stripPrefix(s: string, prefixes: string[]): string {
  for (const p of prefixes) if (s.startsWith(p)) return s.slice(p.length);
  return s;
}

export type MaritalStatus = 'single' | 'married' | 'divorced' | 'widowed';

const MARITAL: Record<string, MaritalStatus> = {
  'chua ket hon': 'single', 'doc than': 'single', 'chua co vo': 'single', 'chua co chong': 'single', 'chua co vo chong': 'single',
  'chua lap gia dinh': 'single', 'chua co gia dinh': 'single', 'single': 'single', 'never married': 'single', 'unmarried': 'single',
  'da ket hon': 'married', 'ket hon': 'married', 'co vo': 'married', 'co chong': 'married', 'co vo chong': 'married', 'dang co vo': 'married',
  'dang co chong': 'married', 'dang co vo chong': 'married', 'co gia dinh': 'married', 'da co gia dinh': 'married', 'da lap gia dinh': 'married', 'married': 'married',
  'ly hon': 'divorced', 'da ly hon': 'divorced', 'ly di': 'divorced', 'da ly di': 'divorced', 'divorced': 'divorced',
  'goa': 'widowed', 'da goa': 'widowed', 'goa vo': 'widowed', 'goa chong': 'widowed', 'vo chet': 'widowed', 'chong chet': 'widowed',
  'vo mat': 'widowed', 'chong mat': 'widowed', 'vo da chet': 'widowed', 'chong da chet': 'widowed', 'qua phu': 'widowed',
  'widowed': 'widowed', 'widow': 'widowed', 'widower': 'widowed',
};

/**
 * Reads a marital status (Vietnamese or English words): 'single' | 'married' | 'divorced' | 'widowed',
 * or null when blank or not recognised. "Ly thân" (separated) is not one of the four: null.
 *
 * @example
 * parseMaritalStatus('Chưa kết hôn') // 'single'
 * parseMaritalStatus('Có vợ/chồng')  // 'married'
 * parseMaritalStatus('Góa')          // 'widowed'
 */
export function parseMaritalStatus(raw: string | null | undefined): MaritalStatus | null {
  if (raw == null) return null;
  return MARITAL[foldText(raw)] ?? null;
}
