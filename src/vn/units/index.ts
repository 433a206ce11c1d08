// Administrative units: Bạc Liêu communes (2023, their names since 2004, their 2025 units), the 63
// provinces and their 2025 merger, and the resolution of free-text places to official codes.
export type { ResolvedPlace, PlaceCodes, Generation, Level, Commune2023, District2023, Province, HistoricProvince, Unit2025 } from './types.js';
export { units, type UnitsData } from './data.js';
export { resolvePlace } from './resolve.js';
export { samePlace } from './same-place.js';
export { communeTo2025, communes2023Of2025, districtOf, communeName, unitLabel } from './lookup.js';
export { loadUnitsTable } from './table.js';
export { foldPlace } from './fold.js';
