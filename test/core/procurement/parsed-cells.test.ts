/**
 * The rules on results of the real cell parsers (src/core/parse): amounts with no-break spaces,
 * periods with en and em dashes, a one-sided period.
 */
import type { ProcurementRow } from '../../../src/core/model/procurement';
import { parseAmount } from '../../../src/core/parse/amount';
import { parseDate, parsePeriod } from '../../../src/core/parse/date';
import { validateProcurementRows } from '../../../src/core/procurement/validate';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { row, table } from './builders';

function parsedRow(
  n: number,
  cells: { value?: string | number; period?: string; start?: string | number },
): ProcurementRow {
  const base = row({ row: n });
  const p = parsePeriod(cells.period ?? '2021-01-01 - 2021-12-31');
  return {
    ...base,
    start: parseDate(cells.start ?? '2021-01-01'),
    periodFrom: p.from,
    periodTo: p.to,
    value: parseAmount(cells.value ?? '3 000 000 kr'),
  };
}

function rulesOf(cells: Parameters<typeof parsedRow>[1]): string[] {
  const r = validateProcurementRows(table([parsedRow(10, cells)]), DEFAULT_SETTINGS, 2021);
  return r.findings.map((f) => f.rule);
}

function briefsOf(cells: Parameters<typeof parsedRow>[1]): string[] {
  const r = validateProcurementRows(table([parsedRow(10, cells)]), DEFAULT_SETTINGS, 2021);
  return r.perRow.get(10)!.map((f) => f.brief);
}

describe('amounts as Swedish Excel writes them', () => {
  test.each([
    '1\u00a0000\u00a0000 kr',
    '1\u202f000\u202f000 kr',
    '1 000 000 kr',
    '1000000',
    1_000_000,
    '1 mkr',
  ])('%j is not over the threshold', (value) => {
    expect(rulesOf({ value })).toEqual(['value-under-threshold']);
  });
  test.each(['1\u00a0000\u00a0001 kr', '3,5 mnkr', '18 miljoner kr', 3_000_000])('%j is over', (value) => {
    expect(rulesOf({ value })).toEqual([]);
  });
  test('text that is no amount', () => {
    expect(rulesOf({ value: 'ca en miljon' })).toEqual(['value-invalid']);
  });
});

describe('periods with -, – and —', () => {
  test.each(['2021-01-01 - 2021-12-31', '2021-01-01 – 2021-12-31', '2021-01-01—2021-12-31'])(
    '%j is valid',
    (period) => {
      expect(rulesOf({ period })).toEqual([]);
    },
  );
  test('a one-sided period is invalid: the end is missing', () => {
    expect(briefsOf({ period: '2021-01-01 -' })).toEqual(['t.o.m saknas']);
    expect(briefsOf({ period: '2021-01-01' })).toEqual(['t.o.m saknas']);
  });
  test('reversed with an en dash', () => {
    expect(rulesOf({ period: '2021-12-31 – 2021-01-01' })).toEqual(['period-reversed']);
  });
  test('a period before the planned start', () => {
    expect(rulesOf({ start: '2021-03-01', period: '2021-02-01 – 2021-12-31' })).toEqual([
      'period-before-start',
    ]);
  });
  test('a start that is no date', () => {
    expect(rulesOf({ start: 'våren 2021' })).toEqual(['start-invalid']);
  });
});
