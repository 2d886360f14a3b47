import fc from 'fast-check';
import { formatAmount, parseAmount } from '../../../src/core/parse/amount';
import type { CellValue } from '../../../src/core/workbook/snapshot';

describe('parseAmount accepts the forms of SPEC §3', () => {
  test.each<[CellValue, number]>([
    ['3 000 000 kr', 3_000_000],
    ['3\u00a0000\u00a0000 kr', 3_000_000],
    ['3\u202f000\u202f000 kr', 3_000_000],
    ['3\u202f000\u202f000\u00a0kr', 3_000_000],
    ['3000000', 3_000_000],
    ['3000000 kr', 3_000_000],
    ['3 000 000', 3_000_000],
    ['3 000 000 SEK', 3_000_000],
    ['3 000 000:-', 3_000_000],
    ['3 000 000 kronor', 3_000_000],
    [3_000_000, 3_000_000],
    [1e15, 1e15],
    ['3,5 mnkr', 3_500_000],
    ['3,5 mkr', 3_500_000],
    ['3,5 Mkr', 3_500_000],
    ['3,5 milj. kr', 3_500_000],
    ['1,1 mkr', 1_100_000],
    ['18 miljoner kr', 18_000_000],
    ['18 miljoner', 18_000_000],
    ['1 miljon kr', 1_000_000],
    ['400 000 kr', 400_000],
    ['400 tkr', 400_000],
    ['2 mdkr', 2_000_000_000],
    ['1 000 000,50 kr', 1_000_000.5],
    ['0,5 kr', 0.5],
    ['-3 000 000 kr', -3_000_000],
    ['\u22122 000 kr', -2000],
    [-5, -5],
    ['  18 000 000 kr  ', 18_000_000],
  ])('%p → %p', (input, value) => {
    expect(parseAmount(input)).toEqual({ kind: 'ok', value });
  });
});

describe('parseAmount rejects anything else as value-invalid', () => {
  test.each<[CellValue, string]>([
    ['3.000.000 kr', '3.000.000 kr'],
    ['3.5 mkr', '3.5 mkr'],
    ['3 00 000 kr', '3 00 000 kr'],
    ['3000 000 kr', '3000 000 kr'],
    ['ca 3 mkr', 'ca 3 mkr'],
    ['3 000 000 €', '3 000 000 €'],
    ['3 000 000 %', '3 000 000 %'],
    ['kr', 'kr'],
    ['tre miljoner', 'tre miljoner'],
    ['1e15', '1e15'],
    ['3,5,5 kr', '3,5,5 kr'],
    [true, 'TRUE'],
    [{ error: '#VALUE!' }, '#VALUE!'],
    [Number.POSITIVE_INFINITY, 'Infinity'],
    [Number.NaN, 'NaN'],
  ])('%p', (input, raw) => {
    expect(parseAmount(input)).toEqual({ kind: 'error', error: 'value-invalid', raw });
  });

  test.each<[CellValue]>([[null], [''], ['  ']])('blank %p is empty', (input) => {
    expect(parseAmount(input)).toEqual({ kind: 'empty' });
  });
});

describe('formatAmount', () => {
  test('writes plain spaces between thousands and a decimal comma', () => {
    expect(formatAmount(3_000_000)).toBe('3 000 000 kr');
    expect(formatAmount(400_000)).toBe('400 000 kr');
    expect(formatAmount(999)).toBe('999 kr');
    expect(formatAmount(1000)).toBe('1 000 kr');
    expect(formatAmount(1_000_000.5)).toBe('1 000 000,5 kr');
    expect(formatAmount(-2500)).toBe('-2 500 kr');
    expect(formatAmount(0)).toBe('0 kr');
    expect(formatAmount(1e21)).toBe('1 000 000 000 000 000 000 000 kr');
  });

  test('parseAmount(formatAmount(x)) === x for every finite x', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
        const back = parseAmount(formatAmount(x));
        expect(back.kind).toBe('ok');
        if (back.kind === 'ok') expect(back.value === x).toBe(true);
      }),
    );
  });

  test('and for whole kronor', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), (x) => {
        expect(parseAmount(formatAmount(x))).toEqual({ kind: 'ok', value: x });
      }),
    );
  });
});

test('parseAmount never throws', () => {
  fc.assert(
    fc.property(
      fc.oneof(fc.string(), fc.double(), fc.boolean(), fc.constant(null)) as fc.Arbitrary<CellValue>,
      (v) => {
        expect(['ok', 'empty', 'error']).toContain(parseAmount(v).kind);
      },
    ),
  );
});
