/** Which list of units a resolved name comes from. */
export type Generation = '2023' | 'historic' | '2025' | 'minh_hai';

/** How precise a resolved place is. */
export type Level = 'commune' | 'district' | 'province';

/**
 * A place written in a register, resolved to official units. Codes are 2023 codes (5-digit commune,
 * 3-digit district, 2-digit province) except `code2025`, the unit after the 1/7/2025 merger.
 */
export interface ResolvedPlace {
  level: Level | null;
  /** 2023 commune code; null when the text names no single 2023 commune. */
  communeCode: string | null;
  districtCode: string | null;
  /** 2-digit province code in the 2023 list. */
  provinceCode: string | null;
  /** The most precise 2023 code that can be said (commune, else district, else province). */
  code: string | null;
  /** The unit after 1/7/2025: the new commune for Bạc Liêu communes, else the new province (96 for a Bạc Liêu district). */
  code2025: string | null;
  generation: Generation | null;
  /** True when the text fits several places that are not one inside the other. */
  ambiguous: boolean;
}

/** The part of a resolved place that `samePlace` compares. */
export type PlaceCodes = Pick<ResolvedPlace, 'code' | 'code2025' | 'level'>;

/** A commune of Bạc Liêu in the 2023 list, with the unit it went into on 1/7/2025. */
export interface Commune2023 {
  code: string;
  name: string;
  type: string;
  districtCode: string;
  provinceCode: string;
  code2025: string;
  name2025: string;
  type2025: string;
}

export interface District2023 {
  code: string;
  name: string;
  type: string;
  provinceCode: string;
}

/** A province of the 2004-2025 list (63), with the province it belongs to from 1/7/2025. */
export interface Province {
  code: string;
  name: string;
  type: string;
  code2025: string;
  name2025: string;
}

/** A province that no longer exists (Minh Hải, Hà Tây...), with the 2023 provinces that cover it. */
export interface HistoricProvince {
  name: string;
  generation: Generation;
  formerCode: string | null;
  successors: string[];
  code2025: string;
}

/** One row of the 2004-2021 history: a commune under a name, type and district it once had. */
export interface CommuneHistoryName {
  code: string;
  name: string;
  type: string;
  districtCode: string;
  districtName: string;
  /** yyyymmdd of the snapshot that shows this name. */
  since: string;
}

/** A Bạc Liêu unit of the 2025 list (commune level, in the new Tỉnh Cà Mau). */
export interface Unit2025 {
  code: string;
  name: string;
  type: string;
  communes2023: string[];
}
