import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { damerauLevenshtein, jaroWinkler, levenshtein } from '../../src/vn/distance.js';
import { foldText } from '../../src/vn/text.js';
import { vietnameseName } from './arbitraries.js';

const text = fc.oneof(fc.string({ unit: 'binary', maxLength: 12 }), vietnameseName, fc.string({ unit: fc.constantFrom('a', 'ă', 'â', 'ễ', '😀', 'b'), maxLength: 8 }));

describe('levenshtein', () => {
  it.each([
    ['ễ', 'e', 1],
    ['Nguyễn', 'Nguyen', 1],
    ['😀a', 'a', 1], // one astral code point, not two UTF-16 units
    ['😀', '😁', 1],
    ['kitten', 'sitting', 3],
    ['', 'abc', 3],
    ['Hòa', 'Hoà', 2], // different normal placement counts: canonicalise first
  ])('%j vs %j = %i', (a, b, d) => {
    expect(levenshtein(a, b)).toBe(d);
  });

  it('is a metric: symmetric, zero only for equal strings, triangle inequality', () => {
    fc.assert(fc.property(text, text, (a, b) => levenshtein(a, b) === levenshtein(b, a) && (levenshtein(a, b) === 0) === (a === b)));
    fc.assert(fc.property(text, text, text, (a, b, c) => levenshtein(a, c) <= levenshtein(a, b) + levenshtein(b, c)));
  });

  it('is bounded by the longer length in code points', () => {
    fc.assert(fc.property(text, text, (a, b) => levenshtein(a, b) <= Math.max([...a].length, [...b].length) && levenshtein(a, b) >= Math.abs([...a].length - [...b].length)));
  });
});

describe('damerauLevenshtein (optimal string alignment)', () => {
  it.each([
    ['Thanh', 'Tahnh', 1],
    ['ab', 'ba', 1],
    ['CA', 'ABC', 3], // OSA, not unrestricted Damerau (which gives 2)
    ['ễ', 'e', 1],
    ['😀b', 'b😀', 1],
  ])('%j vs %j = %i', (a, b, d) => {
    expect(damerauLevenshtein(a, b)).toBe(d);
  });

  it('is symmetric, zero only for equal strings, never above levenshtein', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const d = damerauLevenshtein(a, b);
      return d === damerauLevenshtein(b, a) && (d === 0) === (a === b) && d <= levenshtein(a, b);
    }));
  });
});

describe('jaroWinkler', () => {
  it('matches the textbook values', () => {
    expect(jaroWinkler('martha', 'marhta')).toBeCloseTo(0.9611, 4);
    expect(jaroWinkler('dixon', 'dicksonx')).toBeCloseTo(0.8133, 4);
    expect(jaroWinkler('abc', 'xyz')).toBe(0);
    expect(jaroWinkler('', '')).toBe(1);
    expect(jaroWinkler('a', '')).toBe(0);
  });

  it('counts code points', () => {
    expect(jaroWinkler('ễa', 'ễa')).toBe(1);
    expect(jaroWinkler('😀bc', '😀bd')).toBeCloseTo(jaroWinkler('xbc', 'xbd'), 10);
  });

  it('is in [0, 1], symmetric, and 1 only for equal strings', () => {
    fc.assert(fc.property(text, text, (a, b) => {
      const s = jaroWinkler(a, b);
      return s >= 0 && s <= 1 && Math.abs(s - jaroWinkler(b, a)) < 1e-12 && (s === 1) === (a === b);
    }), { numRuns: 2000 });
  });

  it('scores a one-letter typo of a folded name at least 0.85', () => {
    fc.assert(fc.property(vietnameseName, (a) => {
      const fa = foldText(a);
      const typo = fa.slice(0, -1) + (fa.endsWith('x') ? 'y' : 'x');
      return jaroWinkler(fa, typo) >= 0.85 && jaroWinkler(fa, typo) < 1;
    }));
  });
});
