import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, formatDateVi, parseDate } from '../../src/vn/dates.js';

const today = new Date(2026, 10, 15); // 15/11/2026
const opts = { today };
const pad = (n: number, w = 2) => String(n).padStart(w, '0');

const realDate = fc.date({ min: new Date(Date.UTC(1880, 0, 1)), max: new Date(Date.UTC(2026, 10, 15)), noInvalidDate: true }).map((d) => ({ y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate() }));

describe('parseDate', () => {
  it.each([
    ['05/03/2019', 2019, 3, 5, 'day'],
    ['5/3/2019', 2019, 3, 5, 'day'],
    ['05-03-2019', 2019, 3, 5, 'day'],
    ['05.03.2019', 2019, 3, 5, 'day'],
    ['05 / 03 / 2019', 2019, 3, 5, 'day'],
    ['2019-03-05', 2019, 3, 5, 'day'],
    ['2019-03-05T10:20:00Z', 2019, 3, 5, 'day'],
    ['2019-03-05 00:00:00', 2019, 3, 5, 'day'],
    ['05/03/2019 12:00:00 AM', 2019, 3, 5, 'day'],
    ['20190305', 2019, 3, 5, 'day'],
    ['05032019', 2019, 3, 5, 'day'],
    ['ngày 05 tháng 3 năm 2019', 2019, 3, 5, 'day'],
    ['03/2019', 2019, 3, null, 'month'],
    ['3/2019', 2019, 3, null, 'month'],
    ['2019-03', 2019, 3, null, 'month'],
    ['tháng 3/2019', 2019, 3, null, 'month'],
    ['2019', 2019, null, null, 'year'],
    ['năm 2019', 2019, null, null, 'year'],
    ['43831', 2020, 1, 1, 'day'], // Excel serial
    ['29/02/2024', 2024, 2, 29, 'day'],
    ['29/02/2000', 2000, 2, 29, 'day'],
  ])('%j', (raw, year, month, day, precision) => {
    const p = parseDate(raw, opts);
    expect([p.year, p.month, p.day, p.precision, p.issue]).toEqual([year, month, day, precision, null]);
    expect(p.iso).toBe(`${year}-${pad(month ?? 1)}-${pad(day ?? 1)}`);
  });

  it.each([
    ['31/02/2020', 'impossible_date'],
    ['29/02/2023', 'impossible_date'],
    ['29/02/1900', 'impossible_date'],
    ['00/01/2000', 'impossible_date'],
    ['00/00/1985', 'impossible_date'],
    ['31/04/2020', 'impossible_date'],
    ['13/13/2000', 'impossible_date'],
    ['05/13/2020', 'impossible_date'], // mm/dd is never guessed
    ['13/2020', 'impossible_date'],
    ['12/05/85', 'unreadable'], // two-digit year
    ['abc', 'unreadable'],
    ['1/2/3', 'unreadable'],
    ['12345678', 'unreadable'],
    ['20191305', 'unreadable'],
  ])('%j -> %s', (raw, issue) => {
    const p = parseDate(raw, opts);
    expect(p).toEqual({ year: null, month: null, day: null, precision: null, iso: null, placeholder: false, issue });
  });

  it('reads eight digits as yyyymmdd or ddmmyyyy, whichever is a real date', () => {
    expect(parseDate('20011205', opts)).toMatchObject({ year: 2001, month: 12, day: 5 });
    expect(parseDate('01022003', opts)).toMatchObject({ year: 2003, month: 2, day: 1 });
    fc.assert(fc.property(realDate, ({ y, m, d }) => {
      const a = parseDate(`${y}${pad(m)}${pad(d)}`, opts);
      const b = parseDate(`${pad(d)}${pad(m)}${y}`, opts);
      return [a.year, a.month, a.day, b.year, b.month, b.day].join() === [y, m, d, y, m, d].join();
    }));
  });

  it('keeps future and very old dates but flags them', () => {
    expect(parseDate('16/11/2026', opts)).toMatchObject({ year: 2026, month: 11, day: 16, issue: 'future_date' });
    expect(parseDate('15/11/2026', opts).issue).toBeNull();
    expect(parseDate('12/2026', opts).issue).toBe('future_date');
    expect(parseDate('11/2026', opts).issue).toBeNull();
    expect(parseDate('2027', opts).issue).toBe('future_date');
    expect(parseDate('1850', opts)).toMatchObject({ year: 1850, issue: 'too_old' });
    expect(parseDate('1850', { today, minYear: 1800 }).issue).toBeNull();
  });

  it('marks 01/01/yyyy as a placeholder at day precision', () => {
    expect(parseDate('01/01/1990', opts)).toMatchObject({ precision: 'day', placeholder: true, iso: '1990-01-01' });
    expect(parseDate('1990', opts).placeholder).toBe(false);
    expect(parseDate('02/01/1990', opts).placeholder).toBe(false);
  });

  it('treats a blank value as missing, not as an issue', () => {
    for (const raw of ['', '  ', null, undefined]) expect(parseDate(raw, opts)).toMatchObject({ precision: null, issue: null });
  });

  it('reads back every real date in every format', () => {
    fc.assert(
      fc.property(realDate, ({ y, m, d }) => {
        const forms = [`${pad(d)}/${pad(m)}/${y}`, `${d}/${m}/${y}`, `${pad(d)}-${pad(m)}-${y}`, `${pad(d)}.${pad(m)}.${y}`, `${y}-${pad(m)}-${pad(d)}`, `${y}-${pad(m)}-${pad(d)}T00:00:00`];
        return forms.every((f) => {
          const p = parseDate(f, opts);
          return p.year === y && p.month === m && p.day === d && p.precision === 'day' && p.issue === null && p.placeholder === (d === 1 && m === 1);
        });
      }),
    );
  });

  it('round-trips through formatDateVi at every precision', () => {
    fc.assert(
      fc.property(realDate, fc.constantFrom('day', 'month', 'year'), ({ y, m, d }, precision) => {
        const raw = precision === 'day' ? `${pad(d)}/${pad(m)}/${y}` : precision === 'month' ? `${pad(m)}/${y}` : `${y}`;
        return formatDateVi(parseDate(raw, opts)) === raw && parseDate(raw, opts).precision === precision;
      }),
    );
  });

  it('rejects every day past the end of its month', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1900, max: 2025 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 3 }), (y, m, extra) => {
        const d = daysInMonth(y, m) + extra;
        return d > 31 || parseDate(`${pad(d)}/${pad(m)}/${y}`, opts).issue === 'impossible_date';
      }),
    );
  });
});

describe('daysInMonth', () => {
  it('agrees with the JavaScript calendar', () => {
    fc.assert(fc.property(fc.integer({ min: 1000, max: 2400 }), fc.integer({ min: 1, max: 12 }), (y, m) => daysInMonth(y, m) === new Date(Date.UTC(y, m, 0)).getUTCDate()));
  });
});

describe('formatDateVi', () => {
  it('writes each precision and nothing for no date', () => {
    expect(formatDateVi(parseDate('2019-03-05', opts))).toBe('05/03/2019');
    expect(formatDateVi(parseDate('2019-03', opts))).toBe('03/2019');
    expect(formatDateVi(parseDate('2019', opts))).toBe('2019');
    expect(formatDateVi(parseDate('31/02/2019', opts))).toBe('');
  });
});
