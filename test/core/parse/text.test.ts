import fc from 'fast-check';
import {
  cellText,
  foldKey,
  isBlank,
  numberText,
  plainDecimal,
  startsLowercase,
} from '../../../src/core/parse/text';
import type { CellValue } from '../../../src/core/workbook/snapshot';

describe('cellText', () => {
  test.each<[CellValue, string]>([
    [null, ''],
    ['  Handledning, ', 'Handledning,'],
    [12, '12'],
    [0.1 + 0.2, '0.3'],
    [1e21, '1000000000000000000000'],
    [1e-7, '0.0000001'],
    [-2.5, '-2.5'],
    [true, 'TRUE'],
    [false, 'FALSE'],
    [{ error: '#N/A' }, '#N/A'],
  ])('%p → %p', (v, text) => {
    expect(cellText(v)).toBe(text);
  });
});

test('isBlank', () => {
  expect(isBlank(null)).toBe(true);
  expect(isBlank('')).toBe(true);
  expect(isBlank(' \u00a0\t')).toBe(true);
  expect(isBlank(0)).toBe(false);
  expect(isBlank(false)).toBe(false);
  expect(isBlank('x')).toBe(false);
  expect(isBlank({ error: '#N/A' })).toBe(false);
});

test('numberText of non-finite numbers', () => {
  expect(numberText(Number.NaN)).toBe('NaN');
});

test('plainDecimal round-trips every double without an exponent', () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      const s = plainDecimal(x);
      expect(s).not.toMatch(/e/i);
      expect(Number(s) === x).toBe(true);
    }),
  );
});

test('foldKey ignores case, diacritics and punctuation', () => {
  expect(foldKey('KF:s mål för verksamhetsområdet')).toBe('kf s mal for verksamhetsomradet');
  expect(foldKey('  Avtalsperiod (fr.o.m - t.o.m) ')).toBe('avtalsperiod fr o m t o m');
  expect(foldKey('Oönskad\nhändelse')).toBe('oonskad handelse');
});

test('startsLowercase', () => {
  expect(startsLowercase('förvaltningens ansvar')).toBe(true);
  expect(startsLowercase('Styra')).toBe(false);
  expect(startsLowercase('3. Möjlig')).toBe(false);
  expect(startsLowercase('')).toBe(false);
});
