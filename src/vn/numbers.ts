/** Output language of figures: Vietnamese writes 1.179.085 and 98,5%; English 1,179,085 and 98.5%. */
export type NumberLanguage = 'vi' | 'en';

const SEPARATORS: Record<NumberLanguage, { group: string; decimal: string }> = {
  vi: { group: '.', decimal: ',' },
  en: { group: ',', decimal: '.' },
};

/**
 * Formats a number with the language's thousands and decimal separators, rounded to `digits`
 * decimals (trailing zeros of the decimals dropped unless `fixed`). Not-a-number prints as '–'.
 * Hand-written rather than Intl so output does not depend on the ICU data Node was built with.
 *
 * @example
 * formatNumber(1179085);          // '1.179.085'
 * formatNumber(1179085, 'en');    // '1,179,085'
 * formatNumber(2.5, 'vi', 1);     // '2,5'
 */
export function formatNumber(n: number, lang: NumberLanguage = 'vi', digits = 0, options: { fixed?: boolean } = {}): string {
  if (!Number.isFinite(n)) return '–';
  const { group, decimal } = SEPARATORS[lang];
  const rounded = Number(n.toFixed(digits));
  const negative = rounded < 0;
  const [whole, fraction = ''] = Math.abs(rounded).toFixed(digits).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  const decimals = options.fixed ? fraction : fraction.replace(/0+$/, '');
  return (negative ? '-' : '') + grouped + (decimals ? decimal + decimals : '');
}

/**
 * Formats a share (0..1) as a percentage with `digits` decimals, trailing zeros dropped unless
 * `fixed` (columns of a table read better with the same number of decimals). A share short of 1
 * never prints as 100% (nor a positive one as 0%): '>99,9%' and '<0,1%' say "almost", honestly.
 *
 * @example
 * formatPercent(0.985);                           // '98,5%'
 * formatPercent(0.985, 'en');                     // '98.5%'
 * formatPercent(1);                               // '100%'
 * formatPercent(0.9997);                          // '>99,9%'
 * formatPercent(0.98, 'vi', 1, { fixed: true });  // '98,0%'
 */
export function formatPercent(share: number, lang: NumberLanguage = 'vi', digits = 1, options: { fixed?: boolean } = {}): string {
  if (!Number.isFinite(share)) return '–';
  const step = 10 ** -digits;
  const rounded = Number((share * 100).toFixed(digits));
  if (share < 1 && rounded >= 100) return '>' + formatNumber(100 - step, lang, digits, options) + '%';
  if (share > 0 && rounded <= 0) return '<' + formatNumber(step, lang, digits, options) + '%';
  return formatNumber(share * 100, lang, digits, options) + '%';
}
