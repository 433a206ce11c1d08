import type { NameIndex, UnitEntry } from './entries.js';
import { placeTokens } from './fold.js';

/** A unit name found in the text, with the type word written before it (if any) and what it may be. */
export interface Mention {
  /** Folded type written before the name ('xa', 'huyen', ...), null when the name stands bare. */
  typeKey: string | null;
  candidates: UnitEntry[];
  /** True when the written type fits none of the units of that name, so all of them are candidates. */
  typeMismatch: boolean;
}

/** Type words and their abbreviations in registers, as folded token sequences. */
const TYPE_PHRASES: ReadonlyArray<[string, string]> = [
  ['thanh pho', 'thanh pho'], ['tp', 'thanh pho'],
  ['thi tran', 'thi tran'], ['tt', 'thi tran'],
  ['thi xa', 'thi xa'], ['tx', 'thi xa'],
  ['phuong', 'phuong'], ['ph', 'phuong'], ['p', 'phuong'], ['f', 'phuong'],
  ['huyen', 'huyen'], ['h', 'huyen'],
  ['quan', 'quan'], ['q', 'quan'],
  ['tinh', 'tinh'], ['t', 'tinh'],
  ['xa', 'xa'], ['x', 'xa'],
];

/** Words before names of hamlets, streets and houses: a unit name right after them is not a unit. */
const LOCAL_PHRASES = ['so nha', 'khu pho', 'khu vuc', 'kp', 'khom', 'ap', 'thon', 'xom', 'to', 'duong', 'hem', 'so'];

const TYPES = new Map(TYPE_PHRASES);
const LONGEST_PHRASE = 2;

/** Length in tokens of the phrase of `phrases` starting at `i`, or 0. */
function phraseAt(tokens: string[], i: number, has: (phrase: string) => boolean): { length: number; phrase: string } {
  for (let n = Math.min(LONGEST_PHRASE, tokens.length - i); n > 0; n--) {
    const phrase = tokens.slice(i, i + n).join(' ');
    if (has(phrase)) return { length: n, phrase };
  }
  return { length: 0, phrase: '' };
}

/** The longest unit name starting at `i`; numbers ("1" of "Phường 1") only right after "phường". */
function nameAt(tokens: string[], i: number, index: NameIndex, numbersAllowed: boolean): { length: number; entries: UnitEntry[] } | null {
  for (let n = Math.min(index.maxTokens, tokens.length - i); n > 0; n--) {
    const key = tokens.slice(i, i + n).join(' ');
    const entries = index.byName.get(key);
    if (entries && (numbersAllowed || !/^\d+$/.test(key))) return { length: n, entries };
  }
  return null;
}

function mentionOf(typeKey: string | null, entries: UnitEntry[]): Mention | null {
  if (typeKey === null) return { typeKey, candidates: entries, typeMismatch: false };
  const typed = entries.filter((e) => e.typeKey === typeKey);
  if (typed.length > 0) return { typeKey, candidates: typed, typeMismatch: false };
  // A numbered name never falls back: "Quận 1" is not "Phường 1".
  return entries.some((e) => /\d/.test(e.name)) ? null : { typeKey, candidates: entries, typeMismatch: true };
}

/**
 * The unit names in the folded parts of a place (see `placeSegments`), left to right. A name right
 * after a hamlet or street word ("ấp Phước Long") is skipped.
 *
 * @example
 * findMentions(['p 1', 'tx gia rai', 'bl'], nameIndex()).map((m) => m.candidates.length) // [2, 1, 1]
 */
export function findMentions(segments: string[], index: NameIndex): Mention[] {
  const mentions: Mention[] = [];
  for (const segment of segments) {
    const tokens = placeTokens(segment);
    let i = 0;
    while (i < tokens.length) {
      const local = phraseAt(tokens, i, (p) => LOCAL_PHRASES.includes(p));
      const type = phraseAt(tokens, i, (p) => TYPES.has(p));
      if (local.length > 0 && type.length === 0) {
        const skipped = nameAt(tokens, i + local.length, index, true);
        i += local.length + (skipped?.length ?? 0);
        continue;
      }
      const typeKey = type.length > 0 ? TYPES.get(type.phrase)! : null;
      const name = nameAt(tokens, i + type.length, index, typeKey === 'phuong');
      const mention = name ? mentionOf(typeKey, name.entries) : null;
      if (name && mention) {
        mentions.push(mention);
        i += type.length + name.length;
      } else {
        i += Math.max(type.length, 1);
      }
    }
  }
  return mentions;
}
