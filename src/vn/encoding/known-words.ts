// Words of Vietnamese personal names, from the name statistics shipped in src/vn/data/names. Used to
// choose between two readings of a mis-decoded name that are both made of possible syllables: the
// reading with more words people are actually named wins ("Hòa" over "Hịa", "Thị" over "Thò").

import { canonicalName } from '../text.js';
import { readDataCsv } from '../units/csv.js';

let known: Set<string> | null = null;

function knownWords(): Set<string> {
  if (known) return known;
  const words = new Set<string>();
  const add = (text: string) => {
    for (const w of wordsOf(text)) words.add(w);
  };
  for (const row of readDataCsv('names/vn_surname_freq.csv', ['surname'])) add(row.surname);
  for (const row of readDataCsv('names/vn_middle_given_freq.csv', ['value'])) add(row.value);
  for (const row of readDataCsv('names/vn_given_names_by_gender.csv', ['given_name_with_middle'])) add(row.given_name_with_middle);
  known = words;
  return words;
}

/**
 * How many words of `text` are words of Vietnamese personal names (case, Unicode form and tone placement ignored).
 *
 * @example
 * knownNameWords('Bùi Thành Hòa') // 3
 * knownNameWords('Bùi Thành Hịa') // 2
 */
export function knownNameWords(text: string): number {
  const words = knownWords();
  let n = 0;
  for (const w of wordsOf(text)) if (words.has(w)) n++;
  return n;
}

/** Canonical (tone placement, Unicode form) and lower case, so "Hoà" and "Hòa" are one word. */
function wordsOf(text: string): string[] {
  return canonicalName(text).toLowerCase().split(' ').filter(Boolean);
}
