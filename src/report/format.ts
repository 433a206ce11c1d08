import { formatNumber, formatPercent } from '../vn/numbers.js';
import type { Language } from './labels.js';

/**
 * A count written the way readers of the language expect: Vietnamese groups thousands with dots.
 *
 * @example
 * formatCount(1179085, 'vi'); // '1.179.085'
 * formatCount(1179085, 'en'); // '1,179,085'
 */
export function formatCount(n: number, language: Language): string {
  return formatNumber(n, language);
}

/**
 * `part` as a share of `whole`, one decimal at most, Vietnamese decimal comma; '–' when `whole` is 0.
 *
 * @example
 * formatShare(985, 1000, 'vi'); // '98,5%'
 */
export function formatShare(part: number, whole: number, language: Language): string {
  if (!whole) return '–';
  return formatPercent(part / whole, language, 1);
}

/**
 * A signed change between two counts, for "since the previous run" ('+1.204', '−37', '0').
 *
 * @example
 * formatDelta(1204, 'vi'); // '+1.204'
 */
export function formatDelta(delta: number, language: Language): string {
  if (delta === 0) return '0';
  return (delta > 0 ? '+' : '−') + formatNumber(Math.abs(delta), language);
}
