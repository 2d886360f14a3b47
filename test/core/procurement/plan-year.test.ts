import { detectPlanYear, majorityStartYear, yearFromTitle } from '../../../src/core/procurement/plan-year';
import { date } from './builders';

const starts = (...isos: (string | null)[]) => isos.map((s) => ({ start: date(s) }));

describe('detectPlanYear: precedence option > setting > title > majority', () => {
  const rows = starts('2021-01-01', '2021-11-01');

  test('--year wins over everything', () => {
    expect(
      detectPlanYear({ title: 'PLAN FÖR UPPHANDLING 2021', settingYear: 2022, optionYear: 2023, rows }),
    ).toMatchObject({
      year: 2023,
      source: 'option',
    });
  });

  test('the workbook setting wins over the title', () => {
    const r = detectPlanYear({
      title: 'PLAN FÖR UPPHANDLING 2021',
      settingYear: 2022,
      optionYear: null,
      rows,
    });
    expect(r).toMatchObject({ year: 2022, source: 'setting' });
    expect(r.note).toBe(
      'Planåret 2022 (från inställningen) skiljer sig från rubrikens 2021. Startdatum kontrolleras mot 2022.',
    );
  });

  test('no note when the explicit year agrees with the title', () => {
    expect(
      detectPlanYear({ title: 'PLAN FÖR UPPHANDLING 2021', settingYear: null, optionYear: 2021, rows }).note,
    ).toBeNull();
  });

  test('the title, when nothing explicit is given', () => {
    expect(
      detectPlanYear({ title: 'PLAN FÖR UPPHANDLING 2021', settingYear: null, optionYear: null, rows: [] }),
    ).toEqual({
      year: 2021,
      source: 'title',
      note: null,
    });
  });

  test('invalid explicit years are ignored', () => {
    expect(
      detectPlanYear({ title: 'Plan för upphandling 2021', settingYear: 21, optionYear: Number.NaN, rows })
        .source,
    ).toBe('title');
  });

  test('failing those, the year most planned starts fall in, with a note saying it was guessed', () => {
    const r = detectPlanYear({
      title: null,
      settingYear: null,
      optionYear: null,
      rows: starts('2022-01-01', '2021-03-01', '2022-06-01', null),
    });
    expect(r).toMatchObject({ year: 2022, source: 'majority' });
    expect(r.note).toContain('Planåret 2022 är gissat: 2 av 3 planerade startdatum ligger 2022.');
    const en = detectPlanYear({
      title: 'Planerade upphandlingar',
      settingYear: null,
      optionYear: null,
      rows: starts('2022-01-01'),
      lang: 'en',
    });
    expect(en.note).toContain('The plan year 2022 is a guess');
  });

  test('ties go to the earliest year', () => {
    expect(majorityStartYear(starts('2023-01-01', '2022-05-01', '2023-02-01', '2022-07-01'))).toEqual({
      year: 2022,
      count: 2,
      of: 4,
    });
  });

  test('no year at all', () => {
    const r = detectPlanYear({
      title: 'Planerade upphandlingar',
      settingYear: null,
      optionYear: null,
      rows: starts(null),
    });
    expect(r.year).toBeNull();
    expect(r.source).toBe('none');
    expect(r.note).toContain('kunde inte bestämmas');
  });
});

describe('yearFromTitle', () => {
  test.each([
    ['PLAN FÖR UPPHANDLING 2021', 2021],
    ['Plan för upphandling – 2022 (reviderad)', 2022],
    ['Upphandlingsplan 2024-2025', 2024],
    ['PLAN FÖR UPPHANDLING', null],
    ['Ärende 120211', null],
    [null, null],
  ])('%j → %j', (title, year) => {
    expect(yearFromTitle(title)).toBe(year);
  });
});
