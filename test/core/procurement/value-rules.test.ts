import { valueInvalid } from '../../../src/core/rules/procurement/value-invalid';
import { valueMissing } from '../../../src/core/rules/procurement/value-missing';
import { valueUnderThreshold } from '../../../src/core/rules/procurement/value-under-threshold';
import { row } from './builders';
import { run } from './run';

describe('value-under-threshold (SPEC §7: over 1 000 000 kr)', () => {
  test('exactly 1 000 000 kr is not over the threshold', () => {
    const [f, ...rest] = run(valueUnderThreshold, [row({ row: 9, value: 1_000_000 })]);
    expect(rest).toHaveLength(0);
    expect(f).toMatchObject({
      rule: 'value-under-threshold',
      severity: 'error',
      sheet: 'Planerade upphandlingar',
      row: 9,
      column: 'Uppskattat kontraktsvärde',
      cell: 'F9',
      brief: 'inte över 1 000 000 kr',
    });
    expect(f.message).toBe(
      'Blad "Planerade upphandlingar", rad 9, kolumn "Uppskattat kontraktsvärde" (F9): Uppskattat kontraktsvärde 1 000 000 kr är inte över 1 000 000 kr. ' +
        'Bara upphandlingar över gränsen ska redovisas — ta bort raden eller rätta värdet.',
    );
  });

  test('one krona over passes; under, zero and negative do not', () => {
    expect(run(valueUnderThreshold, [row({ value: 1_000_001 })])).toEqual([]);
    expect(run(valueUnderThreshold, [row({ value: 1_000_000.5 })])).toEqual([]);
    for (const v of [999_999, 400_000, 0, -3_000_000]) {
      expect(run(valueUnderThreshold, [row({ value: v })]).map((f) => f.rule)).toEqual([
        'value-under-threshold',
      ]);
    }
  });

  test('the threshold follows Settings.procurementThreshold', () => {
    const settings = { procurementThreshold: 2_000_000 };
    const found = run(
      valueUnderThreshold,
      [row({ value: 2_000_000 }), row({ value: 1_500_000 }), row({ value: 2_000_001 })],
      {
        settings,
      },
    );
    expect(found).toHaveLength(2);
    expect(found[0].message).toContain('2 000 000 kr är inte över 2 000 000 kr');
    expect(found[1].message).toContain('1 500 000 kr är inte över 2 000 000 kr');
  });

  test('English message', () => {
    const [f] = run(valueUnderThreshold, [row({ row: 9, value: 1_000_000 })], { lang: 'en' });
    expect(f.message).toBe(
      'Sheet "Planerade upphandlingar", row 9, column "Uppskattat kontraktsvärde" (F9): Uppskattat kontraktsvärde 1,000,000 kr is not over 1,000,000 kr. ' +
        'Only procurements over the threshold are reported — remove the row or correct the value.',
    );
    expect(f.brief).toBe('not over 1,000,000 kr');
  });

  test('missing or invalid values are other rules’ business', () => {
    expect(run(valueUnderThreshold, [row({ value: null }), row({ value: { bad: 'ca 1 mkr' } })])).toEqual([]);
  });
});

describe('value-missing and value-invalid', () => {
  test('an empty value cell is value-missing only', () => {
    const r = [row({ row: 12, value: null })];
    expect(run(valueMissing, r)).toMatchObject([
      { rule: 'value-missing', row: 12, cell: 'F12', brief: 'saknas' },
    ]);
    expect(run(valueInvalid, r)).toEqual([]);
  });

  test('an unparseable value is value-invalid, quoting what was written', () => {
    const r = [row({ row: 12, value: { bad: 'ca en miljon' } })];
    const [f] = run(valueInvalid, r);
    expect(f).toMatchObject({ rule: 'value-invalid', severity: 'error', cell: 'F12' });
    expect(f.message).toContain('"ca en miljon" är inget belopp');
    expect(run(valueMissing, r)).toEqual([]);
  });

  test('a valid value (parsed from "3 000 000 kr" with no-break spaces) is neither', () => {
    const r = [row({ value: 3_000_000, raw: { value: '3\u00a0000\u00a0000 kr' } })];
    expect(run(valueMissing, r)).toEqual([]);
    expect(run(valueInvalid, r)).toEqual([]);
    expect(run(valueUnderThreshold, r)).toEqual([]);
  });

  test('without a value column the finding names the field and has no cell', () => {
    const [f] = run(valueMissing, [row({ value: null })], { without: ['value'] });
    expect(f.column).toBeNull();
    expect(f.cell).toBeNull();
    expect(f.brief).toBe('Uppskattat kontraktsvärde saknas');
  });
});
