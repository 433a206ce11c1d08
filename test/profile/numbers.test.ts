import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { formatNumber, formatPercent } from '../../src/vn/numbers.js';

describe('Vietnamese number formats', () => {
  it('groups thousands with dots and writes decimals with a comma', () => {
    expect(formatNumber(1179085)).toBe('1.179.085');
    expect(formatNumber(771276, 'vi')).toBe('771.276');
    expect(formatNumber(1179085, 'en')).toBe('1,179,085');
    expect(formatNumber(2.5, 'vi', 1)).toBe('2,5');
    expect(formatNumber(-1234.5, 'vi', 1)).toBe('-1.234,5');
    expect(formatNumber(999.96, 'vi', 1)).toBe('1.000');
    expect(formatNumber(3, 'vi', 2, { fixed: true })).toBe('3,00');
    expect(formatNumber(NaN)).toBe('–');
  });
  it('writes shares as percentages', () => {
    expect(formatPercent(0.985)).toBe('98,5%');
    expect(formatPercent(0.985, 'en')).toBe('98.5%');
    expect(formatPercent(1)).toBe('100%');
    expect(formatPercent(0)).toBe('0%');
    expect(formatPercent(0.0004)).toBe('<0,1%');
    expect(formatPercent(0.9997)).toBe('>99,9%');
    expect(formatPercent(0.9997, 'en', 2)).toBe('99.97%');
    expect(formatPercent(0.99997, 'en', 2)).toBe('>99.99%');
    expect(formatPercent(0.99997, 'vi', 0)).toBe('>99%');
    expect(formatPercent(Infinity)).toBe('–');
    expect(formatPercent(0.98, 'vi', 1, { fixed: true })).toBe('98,0%');
    expect(formatPercent(1, 'en', 1, { fixed: true })).toBe('100.0%');
  });
  it('never rounds a share short of 1 up to 100%, nor a positive one down to 0%', () => {
    fc.assert(
      fc.property(fc.double({ min: 0, max: 1, noNaN: true }), fc.integer({ min: 0, max: 3 }), (share, digits) => {
        const text = formatPercent(share, 'vi', digits);
        if (share < 1) expect(text).not.toBe('100%');
        if (share > 0) expect(text).not.toBe('0%');
        expect(text).toMatch(/^[<>]?\d{1,3}(,\d+)?%$/);
      }),
    );
  });

  it('reads back to the rounded number in both languages', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: 0, max: 3 }), (cents, digits) => {
        const n = cents / 1000;
        const vi = formatNumber(n, 'vi', digits);
        const en = formatNumber(n, 'en', digits);
        const back = (s: string, group: string, decimal: string) => Number(s.split(group).join('').replace(decimal, '.'));
        expect(back(vi, '.', ',')).toBeCloseTo(Number(n.toFixed(digits)), digits);
        expect(back(en, ',', '.')).toBe(back(vi, '.', ','));
        expect(vi).toMatch(/^-?\d{1,3}(\.\d{3})*(,\d+)?$/);
      }),
    );
  });
});
