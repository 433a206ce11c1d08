import { canonicalName } from '../vn/index.js';
import { toggleFinalTone } from '../vn/tone-placement.js';
import type { Rng } from './rng.js';

/**
 * Harmless variants: differences a correct engine must not report (Unicode form, tone-mark placement,
 * the "Ð" look-alike, letter case, spacing). Each is kept only if the shared canonical form of
 * `src/vn` still gives the same name, so "harmless" is checked, not assumed.
 */
export type VariantKind = 'nfd' | 'tone_placement' | 'd_lookalike' | 'case' | 'spaces' | 'unit_2025' | 'unit_historic' | 'date_format';

/**
 * Moves the tone mark of a final "oa", "oe", "uy" to the other vowel ("Hòa" <-> "Hoà", "Thủy" <-> "Thuỷ").
 *
 * @example
 * toggleTonePlacement('Hòa Bình'); // 'Hoà Bình'
 */
export function toggleTonePlacement(text: string): string {
  return text.split(' ').map(toggleFinalTone).join(' ');
}

/**
 * Applies one harmless variant to a name.
 *
 * @example
 * applyNameVariant('d_lookalike', 'Đặng Văn An', rng); // 'Ðặng Văn An' (U+00D0)
 */
export function applyNameVariant(kind: VariantKind, name: string, rng: Rng): string {
  switch (kind) {
    case 'nfd':
      return name.normalize('NFD');
    case 'tone_placement':
      return toggleTonePlacement(name);
    case 'd_lookalike':
      return name.replace(/Đ/g, '\u00d0');
    case 'case':
      return rng.chance(0.85) ? name.toUpperCase() : name.toLowerCase();
    case 'spaces': {
      const words = name.split(' ');
      const i = rng.int(words.length);
      return rng.chance(0.5) ? words.map((w, j) => (j === i && j > 0 ? ' ' + w : w)).join(' ') : name + ' ';
    }
    default:
      return name;
  }
}

/** Name variants with their probabilities, for the registry and for the population extract. */
export const REGISTRY_NAME_VARIANTS: [VariantKind, number][] = [
  ['tone_placement', 0.05], ['d_lookalike', 0.006], ['case', 0.02], ['spaces', 0.015],
];
export const POPULATION_NAME_VARIANTS: [VariantKind, number][] = [
  ['tone_placement', 0.05], ['d_lookalike', 0.004], ['spaces', 0.01],
];

/**
 * Applies each listed variant with its probability when it changes the text harmlessly; returns the
 * text and reports each kind applied to `applied`.
 *
 * @example
 * varyName(rng, 'Lê Thị Hòa', REGISTRY_NAME_VARIANTS, () => true, (k) => kinds.push(k));
 */
export function varyName(rng: Rng, name: string, table: [VariantKind, number][], allowed: (k: VariantKind) => boolean, applied: (k: VariantKind) => void): string {
  let out = name;
  for (const [kind, p] of table) {
    // draw first, so that a legacy encoding (which forbids some kinds) keeps the same random stream
    if (!rng.chance(p) || !allowed(kind)) continue;
    const next = applyNameVariant(kind, out, rng);
    if (next !== out && canonicalName(next) === canonicalName(name)) {
      out = next;
      applied(kind);
    }
  }
  return out;
}
