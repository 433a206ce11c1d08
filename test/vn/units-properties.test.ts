import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { communes2023Of2025, communeTo2025, foldPlace, resolvePlace, samePlace, units } from '../../src/vn/units/index.js';

/** How a register may write an official name: case, diacritics, Unicode form, tone placement, abbreviations, spacing. */
interface Writing {
  caseMode: 'keep' | 'lower' | 'upper' | 'mixed';
  flips: boolean[];
  stripMarks: boolean;
  nfd: boolean;
  oldTonePlacement: boolean;
  abbreviate: boolean[];
  doubleSpaces: boolean;
}

const writing = fc.record<Writing>({
  caseMode: fc.constantFrom('keep', 'lower', 'upper', 'mixed'),
  flips: fc.array(fc.boolean(), { minLength: 120, maxLength: 120 }),
  stripMarks: fc.boolean(),
  nfd: fc.boolean(),
  oldTonePlacement: fc.boolean(),
  abbreviate: fc.array(fc.boolean(), { minLength: 3, maxLength: 3 }),
  doubleSpaces: fc.boolean(),
});

const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/^Thành phố /, 'TP. '], [/^Thị xã /, 'TX. '], [/^Thị trấn /, 'TT. '], [/^Phường /, 'P.'], [/^Huyện /, 'H. '], [/^Tỉnh /, 'T.'], [/^Xã /, 'X. '],
];
// "òa" (new placement) <-> "oà" (old placement), and the same for the other tones and for "uy".
const TONES: Array<[string, string]> = [['òa', 'oà'], ['óa', 'oá'], ['ỏa', 'oả'], ['õa', 'oã'], ['ọa', 'oạ'], ['úy', 'uý'], ['ùy', 'uỳ'], ['ủy', 'uỷ'], ['ũy', 'uỹ'], ['ụy', 'uỵ']];

function write(parts: string[], w: Writing): string {
  let text = parts
    .map((part, i) => (w.abbreviate[i % 3] ? ABBREVIATIONS.reduce((s, [re, short]) => s.replace(re, short), part) : part))
    .join(w.doubleSpaces ? ' ,  ' : ', ');
  if (w.oldTonePlacement) for (const [now, old] of TONES) text = text.replaceAll(now, old).replaceAll(now.toUpperCase(), old.toUpperCase());
  else for (const [now, old] of TONES) text = text.replaceAll(old, now);
  if (w.stripMarks) text = text.normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  if (w.caseMode === 'lower') text = text.toLowerCase();
  if (w.caseMode === 'upper') text = text.toUpperCase();
  if (w.caseMode === 'mixed') text = [...text].map((ch, i) => (w.flips[i % w.flips.length] ? ch.toUpperCase() : ch.toLowerCase())).join('');
  return w.nfd ? text.normalize('NFD') : text.normalize('NFC');
}

const data = units();
const districtName = (code: string) => data.districtByCode.get(code)!.name;
const province = data.provinceByCode.get('95')!.name;

describe('resolvePlace over every official name, however written', () => {
  it('a 2023 commune with its district and province gives its code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.communes), writing, (c, w) => {
        const raw = write([c.name, districtName(c.districtCode), province], w);
        const place = resolvePlace(raw);
        return place.communeCode === c.code && place.code2025 === c.code2025 && place.generation === '2023' && !place.ambiguous;
      }),
      { numRuns: 600 },
    );
  });

  // Names that alone fit two places: the two Phường 1; xã Phước Long and xã Phong Thạnh, whose names
  // the 2025 list gives to other places.
  const sharedNames = new Set(['31825', '31942', '31876', '31960']);

  it('a 2023 commune with a name of its own gives its code without district', () => {
    const alone = data.communes.filter((c) => !sharedNames.has(c.code));
    expect(alone).toHaveLength(60);
    fc.assert(
      fc.property(fc.constantFrom(...alone), writing, (c, w) => resolvePlace(write([c.name], w)).communeCode === c.code),
      { numRuns: 400 },
    );
  });

  it('a name of 2004-2021 with the district of its time gives the commune', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.history), writing, (h, w) => {
        const place = resolvePlace(write([h.name, h.districtName, province], w));
        return place.communeCode === h.code;
      }),
      { numRuns: 400 },
    );
  });

  it('a 2025 unit with its province gives its new code and covers its 2023 communes', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.units2025), writing, (u, w) => {
        const place = resolvePlace(write([u.name, 'Tỉnh Cà Mau'], w));
        return (
          place.code2025 === u.code &&
          place.generation === '2025' &&
          place.communeCode === null &&
          u.communes2023.every((c) => samePlace(place, resolvePlace(c)) === true)
        );
      }),
      { numRuns: 300 },
    );
  });

  it('a district gives its code', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.districts), writing, (d, w) => resolvePlace(write([d.name, province], w)).districtCode === d.code),
      { numRuns: 200 },
    );
  });

  it('a province gives its code and its 2025 province', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.provinces), writing, (p, w) => {
        const place = resolvePlace(write([p.name], w));
        return place.level === 'province' && place.provinceCode === p.code && place.code2025 === p.code2025;
      }),
      { numRuns: 400 },
    );
  });
});

describe('the 2025 mapping', () => {
  it('sends every 2023 commune to exactly one 2025 unit, which lists it back', () => {
    for (const c of data.communes) {
      const next = communeTo2025(c.code)!;
      expect(communes2023Of2025(next.code), c.code).toContain(c.code);
      const holders = data.units2025.filter((u) => communes2023Of2025(u.code).includes(c.code));
      expect(holders.map((u) => u.code), c.code).toEqual([next.code]);
    }
    const all = data.units2025.flatMap((u) => communes2023Of2025(u.code)).sort();
    expect(all).toEqual(data.communes.map((c) => c.code).sort());
  });
});

describe('samePlace', () => {
  const places = [
    ...data.communes.map((c) => c.code),
    ...data.districts.map((d) => d.code),
    ...data.units2025.map((u) => `${u.name}, Tỉnh Cà Mau`),
    'Minh Hải', 'Bạc Liêu', 'Cà Mau', 'Sóc Trăng', 'Phường 1', 'không rõ',
  ].map(resolvePlace);

  it('is symmetric, and reflexive on resolved places', () => {
    fc.assert(
      fc.property(fc.constantFrom(...places), fc.constantFrom(...places), (a, b) => {
        return samePlace(a, b) === samePlace(b, a) && (a.level === null ? samePlace(a, a) === null : samePlace(a, a) === true);
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the 2025 mapping for every 2023 commune against every 2025 unit', () => {
    for (const c of data.communes) {
      for (const u of data.units2025) {
        const expected = u.code === c.code2025;
        expect(samePlace(resolvePlace(c.code), { code: null, code2025: u.code, level: 'commune' }), `${c.code} ~ ${u.code}`).toBe(expected);
      }
    }
  });
});

describe('foldPlace', () => {
  it('is idempotent, ASCII, and blind to Unicode form and case', () => {
    fc.assert(
      fc.property(fc.constantFrom(...data.communes.map((c) => c.name), ...data.provinces.map((p) => p.name)), writing, (name, w) => {
        const folded = foldPlace(write([name], w));
        return foldPlace(folded) === folded && /^[\x20-\x7e]*$/.test(folded) && folded === foldPlace(write([name], { ...w, nfd: !w.nfd }));
      }),
      { numRuns: 300 },
    );
  });
});
