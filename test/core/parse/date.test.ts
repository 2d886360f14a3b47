import fc from 'fast-check';
import { formatDate, formatPeriod, parseDate, parsePeriod } from '../../../src/core/parse/date';
import type { CellValue } from '../../../src/core/workbook/snapshot';

const JAN_1_2021 = 44197;
const DEC_31_2021 = 44561;
const ok = (value: number) => ({ kind: 'ok', value });
const bad = (raw: string) => ({ kind: 'error', error: 'date-invalid', raw });

describe('parseDate', () => {
  test.each<[CellValue, number]>([
    ['2021-01-01', JAN_1_2021],
    [' 2021-01-01 ', JAN_1_2021],
    ['2021-1-1', JAN_1_2021],
    ['2021-12-31', DEC_31_2021],
    ['2024-02-29', 45351],
    ['2021-01-01 00:00:00', JAN_1_2021],
    ['2021-01-01T08:30', JAN_1_2021],
    [JAN_1_2021, JAN_1_2021],
    [JAN_1_2021 + 0.75, JAN_1_2021],
    [1, 1],
    [2958465, 2958465],
  ])('%p → %p', (input, serial) => {
    expect(parseDate(input)).toEqual(ok(serial));
  });

  test.each<[CellValue, string]>([
    ['2021-02-29', '2021-02-29'],
    ['2024-13-01', '2024-13-01'],
    ['2021-04-31', '2021-04-31'],
    ['2021-00-10', '2021-00-10'],
    ['1899-12-31', '1899-12-31'],
    ['2021-01-01 25:00', '2021-01-01 25:00'],
    ['01/01/2021', '01/01/2021'],
    ['1 januari 2021', '1 januari 2021'],
    ['20210101', '20210101'],
    ['44197', '44197'],
    ['Q1 2021', 'Q1 2021'],
    [0, '0'],
    [-5, '-5'],
    [2958466, '2958466'],
    [3_000_000, '3000000'],
    [Number.NaN, 'NaN'],
    [true, 'TRUE'],
    [{ error: '#REF!' }, '#REF!'],
  ])('%p is date-invalid', (input, raw) => {
    expect(parseDate(input)).toEqual(bad(raw));
  });

  test('blank is empty', () => {
    expect(parseDate(null)).toEqual({ kind: 'empty' });
    expect(parseDate(' ')).toEqual({ kind: 'empty' });
  });
});

describe('parsePeriod reads the combined Avtalsperiod cell', () => {
  test.each<[string]>([
    ['2021-01-01 - 2021-12-31'],
    ['2021-01-01-2021-12-31'],
    ['2021-01-01 -2021-12-31'],
    ['2021-01-01- 2021-12-31'],
    ['2021-01-01 – 2021-12-31'],
    ['2021-01-01–2021-12-31'],
    ['2021-01-01 — 2021-12-31'],
    ['2021-01-01—2021-12-31'],
    ['  2021-01-01   -   2021-12-31  '],
  ])('%p', (input) => {
    expect(parsePeriod(input)).toEqual({ from: ok(JAN_1_2021), to: ok(DEC_31_2021) });
  });

  test('one-sided periods: the missing end is an error with raw ""', () => {
    expect(parsePeriod('2021-01-01 -')).toEqual({ from: ok(JAN_1_2021), to: bad('') });
    expect(parsePeriod('2021-01-01 – ')).toEqual({ from: ok(JAN_1_2021), to: bad('') });
    expect(parsePeriod('- 2021-12-31')).toEqual({ from: bad(''), to: ok(DEC_31_2021) });
    expect(parsePeriod('2021-01-01')).toEqual({ from: ok(JAN_1_2021), to: bad('') });
    expect(parsePeriod(JAN_1_2021)).toEqual({ from: ok(JAN_1_2021), to: bad('') });
  });

  test('an impossible date is an error on its own end', () => {
    expect(parsePeriod('2021-02-29 - 2021-12-31')).toEqual({ from: bad('2021-02-29'), to: ok(DEC_31_2021) });
    expect(parsePeriod('2021-01-01 - 2024-13-01')).toEqual({ from: ok(JAN_1_2021), to: bad('2024-13-01') });
  });

  test('garbage is an error on both ends', () => {
    expect(parsePeriod('tills vidare')).toEqual({ from: bad('tills vidare'), to: bad('tills vidare') });
    expect(parsePeriod('ett år - två år')).toEqual({ from: bad('ett år'), to: bad('två år') });
    expect(parsePeriod({ error: '#N/A' })).toEqual({ from: bad('#N/A'), to: bad('#N/A') });
  });

  test('blank is empty on both ends', () => {
    expect(parsePeriod(null)).toEqual({ from: { kind: 'empty' }, to: { kind: 'empty' } });
  });
});

describe('formatDate', () => {
  test('ISO text of a serial', () => {
    expect(formatDate(JAN_1_2021)).toBe('2021-01-01');
    expect(formatDate(DEC_31_2021 + 0.5)).toBe('2021-12-31');
    expect(formatPeriod(JAN_1_2021, DEC_31_2021)).toBe('2021-01-01 - 2021-12-31');
  });

  test('no date → empty text, never a throw', () => {
    expect(formatDate(Number.NaN)).toBe('');
    expect(formatDate(0)).toBe('');
    expect(formatDate(1e9)).toBe('');
  });

  test('parseDate(formatDate(s)) === s for every day Excel knows (from 1900-03-01)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 61, max: 2958465 }), (s) => {
        expect(parseDate(formatDate(s))).toEqual(ok(s));
      }),
    );
  });
});

test('parseDate and parsePeriod never throw', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)) as fc.Arbitrary<CellValue>,
      (v) => {
        expect(['ok', 'empty', 'error']).toContain(parseDate(v).kind);
        const p = parsePeriod(v);
        expect(['ok', 'empty', 'error']).toContain(p.from.kind);
      },
    ),
  );
});
