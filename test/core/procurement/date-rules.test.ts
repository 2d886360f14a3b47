import {
  frameworkOver4Years,
  lastDayOfFourYears,
} from '../../../src/core/rules/procurement/framework-over-4-years';
import { periodBeforeStart } from '../../../src/core/rules/procurement/period-before-start';
import { periodInvalid } from '../../../src/core/rules/procurement/period-invalid';
import { periodReversed } from '../../../src/core/rules/procurement/period-reversed';
import { startInvalid } from '../../../src/core/rules/procurement/start-invalid';
import { startOutsidePlanYear } from '../../../src/core/rules/procurement/start-outside-plan-year';
import { serialToIso } from '../../../src/core/parse/excel-date';
import { row, serial } from './builders';
import { run } from './run';

describe('start-invalid', () => {
  test('empty or unparseable start', () => {
    const found = run(startInvalid, [
      row({ row: 10, start: null }),
      row({ row: 11, start: { bad: 'våren 2021' } }),
    ]);
    expect(found).toMatchObject([
      {
        rule: 'start-invalid',
        severity: 'error',
        row: 10,
        cell: 'D10',
        column: 'Planerat startdatum för upphandling',
        brief: 'saknas',
      },
      { rule: 'start-invalid', row: 11, cell: 'D11', brief: '"våren 2021" är inget datum' },
    ]);
  });
  test('a date is fine', () => {
    expect(run(startInvalid, [row({ start: '2021-06-30' })])).toEqual([]);
  });
});

describe('start-outside-plan-year', () => {
  test('first and last day of the plan year are inside, the days around are not', () => {
    const rs = [
      row({ row: 10, start: '2021-01-01', from: '2021-01-01' }),
      row({ row: 11, start: '2021-12-31', from: '2022-01-01', to: '2022-12-31' }),
      row({ row: 12, start: '2020-12-31' }),
      row({ row: 13, start: '2022-01-01', from: '2022-01-01', to: '2022-12-31' }),
    ];
    const found = run(startOutsidePlanYear, rs, { planYear: 2021 });
    expect(found.map((f) => f.row)).toEqual([12, 13]);
    expect(found[0].message).toContain('2020-12-31 ligger inte i planåret 2021');
  });
  test('skipped without a plan year, and for invalid starts', () => {
    expect(run(startOutsidePlanYear, [row({ start: '2019-01-01' })], { planYear: null })).toEqual([]);
    expect(run(startOutsidePlanYear, [row({ start: { bad: 'x' } })])).toEqual([]);
  });
});

describe('period-invalid', () => {
  test('a one-sided combined period is one finding on the combined cell', () => {
    const [f, ...rest] = run(periodInvalid, [row({ row: 10, from: '2021-01-01', to: null })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'period-invalid',
      severity: 'error',
      column: 'Avtalsperiod (fr.o.m - t.o.m) inkl förlängningsoptioner',
      cell: 'E10',
      brief: 't.o.m saknas',
    });
  });
  test('an empty period, an unsplittable cell and a bad end', () => {
    const found = run(periodInvalid, [
      row({ row: 10, from: null, to: null }),
      row({ row: 11, from: { bad: 'tills vidare' }, to: { bad: 'tills vidare' } }),
      row({ row: 12, from: '2021-01-01', to: { bad: '2021-13-01' } }),
    ]);
    expect(found.map((f) => f.brief)).toEqual([
      'saknas',
      '"tills vidare" är ingen period',
      't.o.m "2021-13-01" är inget datum',
    ]);
  });
  test('separate columns: one finding per offending cell', () => {
    const found = run(periodInvalid, [row({ row: 10, from: null, to: { bad: 'x' } }, 'separate')], {
      layout: 'separate',
    });
    expect(found).toMatchObject([
      { column: 'Avtalsperiod fr.o.m', cell: 'E10', brief: 'fr.o.m saknas' },
      { column: 'Avtalsperiod t.o.m', cell: 'F10', brief: 't.o.m "x" är inget datum' },
    ]);
  });
  test('both ends valid is fine', () => {
    expect(run(periodInvalid, [row()])).toEqual([]);
  });
});

describe('period-reversed', () => {
  test('to before from', () => {
    const [f] = run(periodReversed, [row({ row: 10, from: '2021-12-31', to: '2021-01-01' })]);
    expect(f).toMatchObject({
      rule: 'period-reversed',
      severity: 'error',
      cell: 'E10',
      brief: 't.o.m 2021-01-01 före fr.o.m 2021-12-31',
    });
  });
  test('a one-day period and a normal one are fine', () => {
    expect(run(periodReversed, [row({ from: '2021-05-05', to: '2021-05-05' }), row()])).toEqual([]);
  });
  test('in separate columns it points at t.o.m', () => {
    const [f] = run(periodReversed, [row({ row: 10, from: '2021-12-31', to: '2021-01-01' }, 'separate')], {
      layout: 'separate',
    });
    expect(f.cell).toBe('F10');
  });
});

describe('period-before-start (warning)', () => {
  test('contract starting before the procurement', () => {
    const [f] = run(periodBeforeStart, [row({ row: 10, start: '2021-03-01', from: '2021-02-28' })]);
    expect(f).toMatchObject({ rule: 'period-before-start', severity: 'warning', cell: 'E10' });
    expect(f.message).toContain('2021-02-28');
    expect(f.message).toContain('2021-03-01');
  });
  test('Handledning, (procurement 2021-01-01, contract 2021-04-01) and same-day starts are fine', () => {
    expect(
      run(periodBeforeStart, [
        row({ description: 'Handledning,', start: '2021-01-01', from: '2021-04-01', to: '2025-03-31' }),
        row({ start: '2021-01-01', from: '2021-01-01' }),
        row({ start: null, from: '2020-01-01' }),
      ]),
    ).toEqual([]);
  });
});

describe('framework-over-4-years (warning, LOU 7 kap. 3 §)', () => {
  const fw = (from: string, to: string, description = 'Ramavtal yrkesutbildningar') =>
    row({ description, start: from, from, to });

  test('the last day of four years', () => {
    expect(serialToIso(lastDayOfFourYears(serial('2021-04-01')))).toBe('2025-03-31');
    expect(serialToIso(lastDayOfFourYears(serial('2021-01-01')))).toBe('2024-12-31');
    expect(serialToIso(lastDayOfFourYears(serial('2020-03-01')))).toBe('2024-02-29');
    expect(serialToIso(lastDayOfFourYears(serial('2021-03-01')))).toBe('2025-02-28');
    expect(serialToIso(lastDayOfFourYears(serial('2020-02-29')))).toBe('2024-02-28');
    expect(serialToIso(lastDayOfFourYears(serial('2096-02-29')))).toBe('2100-02-28');
  });

  test('exactly four years is at the limit, one day more is over', () => {
    expect(run(frameworkOver4Years, [fw('2021-04-01', '2025-03-31')])).toEqual([]);
    const [f] = run(frameworkOver4Years, [{ ...fw('2021-04-01', '2025-04-01'), row: 20 }]);
    expect(f).toMatchObject({
      rule: 'framework-over-4-years',
      severity: 'warning',
      row: 20,
      cell: 'E20',
      brief: 'ramavtal längre än 4 år',
    });
    expect(f.message).toContain('2025-03-31');
  });

  test('leap-day edges', () => {
    expect(run(frameworkOver4Years, [fw('2020-03-01', '2024-02-29')])).toEqual([]);
    expect(run(frameworkOver4Years, [fw('2020-03-01', '2024-03-01')])).toHaveLength(1);
    expect(run(frameworkOver4Years, [fw('2020-02-29', '2024-02-28')])).toEqual([]);
    expect(run(frameworkOver4Years, [fw('2020-02-29', '2024-02-29')])).toHaveLength(1);
    expect(run(frameworkOver4Years, [fw('2021-03-01', '2025-02-28')])).toEqual([]);
    expect(run(frameworkOver4Years, [fw('2021-03-01', '2025-03-01')])).toHaveLength(1);
  });

  test('3 years (Ramavtal yrkesutbildningar 2021-11-01 … 2024-10-31) is fine', () => {
    expect(run(frameworkOver4Years, [fw('2021-11-01', '2024-10-31')])).toEqual([]);
  });

  test('"ramavtal" in any case, anywhere in the description; not without it', () => {
    expect(run(frameworkOver4Years, [fw('2021-01-01', '2026-12-31', 'Nytt RAMAVTAL för städ')])).toHaveLength(
      1,
    );
    expect(run(frameworkOver4Years, [fw('2021-01-01', '2026-12-31', 'Avrop från ramavtalet')])).toHaveLength(
      1,
    );
    expect(run(frameworkOver4Years, [fw('2021-01-01', '2026-12-31', 'Hyresavtal lokaler')])).toEqual([]);
  });

  test('not judged when the period is invalid or reversed', () => {
    expect(
      run(frameworkOver4Years, [
        row({ description: 'Ramavtal', from: '2021-01-01', to: null }),
        row({ description: 'Ramavtal', from: '2030-01-01', to: '2021-01-01' }),
      ]),
    ).toEqual([]);
  });
});
