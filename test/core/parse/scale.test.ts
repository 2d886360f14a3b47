import fc from 'fast-check';
import { formatScale, parseScale, scaleLabel, scaleLabels } from '../../../src/core/parse/scale';
import type { CellValue } from '../../../src/core/workbook/snapshot';

const ok = (value: number) => ({ kind: 'ok', value });
const err = (error: string, raw: string) => ({ kind: 'error', error, raw });

describe('parseScale accepts every form of SPEC §3', () => {
  test.each<[CellValue, number]>([
    [3, 3],
    [3.0, 3],
    ['3', 3],
    [' 3 ', 3],
    ['3,0', 3],
    ['3.0', 3],
    ['3 - Möjlig', 3],
    ['3 – Möjlig', 3],
    ['3 — Möjlig', 3],
    ['3-Möjlig', 3],
    ['3. Möjlig', 3],
    ['3.Möjlig', 3],
    ['3 Möjlig', 3],
    ['3: Möjlig', 3],
    ['3) Möjlig', 3],
    ['3 -', 3],
    ['Möjlig', 3],
    ['  möjlig  ', 3],
    ['MÖJLIG', 3],
    ['Mojlig', 3],
    ['1 - Osannolikt', 1],
    ['2. Mindre sannolikt', 2],
    ['2.  mindre   SANNOLIKT', 2],
    ['4 - Sannolikt', 4],
    ['5. Mycket sannolikt', 5],
    ['Rare', 1],
    ['unlikely', 2],
    ['Possible', 3],
    ['Likely', 4],
    ['Almost certain', 5],
    ['5 - Almost certain', 5],
  ])('likelihood %p → %p', (input, n) => {
    expect(parseScale(input, 'likelihood')).toEqual(ok(n));
  });

  test.each<[CellValue, number]>([
    ['1. Försumbar', 1],
    ['2 - Lindrig', 2],
    ['3. Kännbar', 3],
    ['4. Allvarlig', 4],
    ['4. Allvarig', 4],
    ['Allvarig', 4],
    ['5. Mycket allvarlig', 5],
    ['5. Mycket allvarig', 5],
    ['mycket allvarig', 5],
    ['Negligible', 1],
    ['Minor', 2],
    ['Moderate', 3],
    ['Major', 4],
    ['Severe', 5],
    [5, 5],
  ])('consequence %p → %p', (input, n) => {
    expect(parseScale(input, 'consequence')).toEqual(ok(n));
  });
});

describe('parseScale rejects, naming the error', () => {
  test.each<[CellValue, string, string]>([
    ['2 - Möjlig', 'scale-label-mismatch', '2 - Möjlig'],
    ['5. Osannolikt', 'scale-label-mismatch', '5. Osannolikt'],
    ['1 - Almost certain', 'scale-label-mismatch', '1 - Almost certain'],
    [0, 'scale-out-of-range', '0'],
    [6, 'scale-out-of-range', '6'],
    [2.5, 'scale-out-of-range', '2.5'],
    [-1, 'scale-out-of-range', '-1'],
    ['6', 'scale-out-of-range', '6'],
    ['2,5', 'scale-out-of-range', '2,5'],
    ['0 - Osannolikt', 'scale-out-of-range', '0 - Osannolikt'],
    ['6. Möjlig', 'scale-out-of-range', '6. Möjlig'],
    ['Kanske', 'scale-invalid', 'Kanske'],
    ['3 - Kännbar', 'scale-invalid', '3 - Kännbar'],
    ['Kännbar', 'scale-invalid', 'Kännbar'],
    ['hög', 'scale-invalid', 'hög'],
    ['3 Möjlig extra', 'scale-invalid', '3 Möjlig extra'],
    [true, 'scale-invalid', 'TRUE'],
    [{ error: '#N/A' }, 'scale-invalid', '#N/A'],
    [Number.NaN, 'scale-invalid', 'NaN'],
  ])('likelihood %p → %s', (input, error, raw) => {
    expect(parseScale(input, 'likelihood')).toEqual(err(error, raw));
  });

  test('consequence labels are not likelihood labels and back', () => {
    expect(parseScale('Möjlig', 'consequence')).toEqual(err('scale-invalid', 'Möjlig'));
    expect(parseScale('Allvarig', 'likelihood')).toEqual(err('scale-invalid', 'Allvarig'));
  });

  test.each<[CellValue]>([[null], [''], ['   '], ['\u00a0']])('blank %p is empty', (input) => {
    expect(parseScale(input, 'likelihood')).toEqual({ kind: 'empty' });
  });
});

describe('formatScale and scaleLabels', () => {
  test('canonical form is "3 - Möjlig"', () => {
    expect(formatScale(3, 'likelihood')).toBe('3 - Möjlig');
    expect(formatScale(4, 'consequence')).toBe('4 - Allvarlig');
    expect(scaleLabel(5, 'consequence')).toBe('Mycket allvarlig');
    expect(formatScale(7, 'likelihood')).toBe('7');
  });

  test('dropdown lists of SPEC §3', () => {
    expect(scaleLabels('likelihood')).toEqual([
      '1 - Osannolikt',
      '2 - Mindre sannolikt',
      '3 - Möjlig',
      '4 - Sannolikt',
      '5 - Mycket sannolikt',
    ]);
    expect(scaleLabels('consequence')).toEqual([
      '1 - Försumbar',
      '2 - Lindrig',
      '3 - Kännbar',
      '4 - Allvarlig',
      '5 - Mycket allvarlig',
    ]);
  });

  test('every canonical form reads back as its number', () => {
    for (const kind of ['likelihood', 'consequence'] as const) {
      scaleLabels(kind).forEach((label, i) => expect(parseScale(label, kind)).toEqual(ok(i + 1)));
    }
  });
});

test('parseScale never throws, whatever the cell', () => {
  const cell = fc.oneof(
    fc.string(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.record({ error: fc.string() }),
  ) as fc.Arbitrary<CellValue>;
  fc.assert(
    fc.property(cell, fc.constantFrom('likelihood' as const, 'consequence' as const), (v, kind) => {
      const r = parseScale(v, kind);
      expect(['ok', 'empty', 'error']).toContain(r.kind);
    }),
  );
});
