import { locateTables } from '../../../src/core/tables/locate';
import type { CellValue } from '../../../src/core/workbook/snapshot';
import { fixtureRows, snapshotFrom } from '../../helpers/tsv-workbook';

const vor = () => fixtureRows('vor-2021');
const TITLE = ['Väsentlighets- och riskanalys 2024'];

describe('locateTables finds a table (SPEC §2)', () => {
  test('by its table name, wherever it is', () => {
    const wb = snapshotFrom([
      { name: 'Blad1', rows: [] },
      { name: 'Blad2', rows: [TITLE, [], ...vor()], table: 'RiskVasentlighet', tableAt: 2 },
    ]);
    const { vor: loc, ikp, procurement } = locateTables(wb);
    expect(loc).toMatchObject({
      kind: 'vor',
      sheet: 'Blad2',
      tableName: 'RiskVasentlighet',
      foundBy: 'table',
      headerRow: 3,
      firstCol: 1,
      lastCol: 9,
      lastRow: 69,
    });
    expect(loc?.columns).toMatchObject({ event: 5, likelihood: 6, consequence: 7, rv: 8, decision: 9 });
    expect(ikp).toBeNull();
    expect(procurement).toBeNull();
  });

  test('by its sheet name: a plain range on "Risk & Väsentlighet"', () => {
    const wb = snapshotFrom([{ name: 'Risk & Väsentlighet', rows: [TITLE, ...vor()] }]);
    expect(locateTables(wb).vor).toMatchObject({
      foundBy: 'sheet',
      tableName: null,
      headerRow: 2,
      lastRow: 68,
    });
  });

  test('by its sheet name: a table with another name on "Internkontrollplan"', () => {
    const wb = snapshotFrom([
      { name: 'Internkontrollplan', rows: fixtureRows('ikp-2021'), table: 'Tabell1' },
    ]);
    expect(locateTables(wb).ikp).toMatchObject({
      foundBy: 'sheet',
      tableName: 'Tabell1',
      headerRow: 1,
      lastRow: 29,
    });
  });

  test('by scanning: a plain range under a title row on a sheet named "VoR 2024"', () => {
    const wb = snapshotFrom([
      {
        name: 'Instruktioner',
        rows: [['Så här fyller du i analysen'], ['Risk, Sannolikhet och Konsekvens i en mening']],
      },
      { name: 'VoR 2024', rows: [TITLE, [], ...vor()] },
    ]);
    const loc = locateTables(wb).vor;
    expect(loc).toMatchObject({
      sheet: 'VoR 2024',
      foundBy: 'scan',
      tableName: null,
      headerRow: 3,
      firstCol: 1,
      lastCol: 9,
      lastRow: 69,
    });
    expect(loc?.headers).toEqual(vor()[0]);
  });

  test('a plain range away from A1 (the snapshot has an origin)', () => {
    const wb = snapshotFrom([{ name: 'VoR 2024', rows: [TITLE, [], ...vor()], origin: { row: 4, col: 3 } }]);
    expect(locateTables(wb).vor).toMatchObject({
      headerRow: 6,
      firstCol: 3,
      lastCol: 11,
      lastRow: 72,
      columns: { goal: 3, event: 7 },
    });
  });

  test('a plain range extends from its first to its last header and down to its last non-blank row', () => {
    const rows: CellValue[][] = [
      [null, 'Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'Kommentar', null],
      [null, '1', 'A', '3', '3', null, 'note outside the table'],
      [],
      [null, '2', 'B', '2', '2'],
      [null, null, null, null, null, 'sista'],
      [],
      [null, null, null, null, null, null, 'outside'],
    ];
    const loc = locateTables(snapshotFrom([{ name: 'Analys', rows }])).vor;
    expect(loc).toMatchObject({ headerRow: 1, firstCol: 2, lastCol: 6, lastRow: 5 });
    expect(loc?.headers).toEqual(['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'Kommentar']);
    // Unknown columns are kept in headers, not mapped.
    expect(Object.values(loc?.columns ?? {})).not.toContain(6);
  });

  test('the three tables told apart by their columns, 2014 IKP included', () => {
    const wb = snapshotFrom([
      { name: 'Upphandling', rows: [['PLAN FÖR UPPHANDLING 2021'], [], ...fixtureRows('upphandling-2021')] },
      { name: 'IKP 2014', rows: fixtureRows('ikp-2014') },
      { name: 'RV 2014', rows: fixtureRows('rv-processer-2014') },
    ]);
    const found = locateTables(wb);
    expect(found.procurement).toMatchObject({
      sheet: 'Upphandling',
      foundBy: 'scan',
      headerRow: 3,
      lastRow: 11,
    });
    expect(found.ikp).toMatchObject({ sheet: 'IKP 2014', foundBy: 'scan', lastRow: 15 });
    expect(found.vor).toMatchObject({ sheet: 'RV 2014', foundBy: 'scan', lastRow: 46 });
    expect(found.problems).toEqual([]);
  });

  test('a header row below the first 30 rows is not scanned', () => {
    const filler: CellValue[][] = Array.from({ length: 30 }, (_, i) => [`rad ${i + 1}`]);
    const wb = snapshotFrom([{ name: 'VoR 2024', rows: [...filler, ...vor()] }]);
    expect(locateTables(wb).vor).toBeNull();
  });
});

describe('choosing between candidates', () => {
  test('table name beats sheet name beats scan order; the others are reported', () => {
    const wb = snapshotFrom([
      { name: 'VoR 2023', rows: vor() },
      { name: 'Risk & Väsentlighet', rows: vor() },
      { name: 'Gammal', rows: vor(), table: 'Tabell3' },
    ]);
    const found = locateTables(wb);
    expect(found.vor).toMatchObject({ sheet: 'Risk & Väsentlighet', foundBy: 'sheet' });
    expect(found.problems.filter((p) => p.type === 'ignored-candidate').map((p) => p.sheet)).toEqual([
      'VoR 2023',
      'Gammal',
    ]);

    const named = snapshotFrom([
      ...wb.sheets.map((s) => ({ name: s.name, rows: s.values })),
      { name: 'Ny', rows: vor(), table: 'RiskVasentlighet' },
    ]);
    expect(locateTables(named).vor).toMatchObject({ sheet: 'Ny', foundBy: 'table' });
  });

  test('scan order is workbook order', () => {
    const wb = snapshotFrom([
      { name: 'B', rows: vor() },
      { name: 'A', rows: vor() },
    ]);
    expect(locateTables(wb).vor?.sheet).toBe('B');
  });

  test('one table is never used for two kinds', () => {
    const wb = snapshotFrom([{ name: 'Internkontrollplan', rows: vor(), table: 'RiskVasentlighet' }]);
    const found = locateTables(wb);
    expect(found.vor?.tableName).toBe('RiskVasentlighet');
    expect(found.ikp).toBeNull();
  });
});

describe('problems as data', () => {
  test('a VoR on its named sheet without Konsekvens is found and reported column-missing', () => {
    const rows = vor().map((r) => [...r.slice(0, 6), ...r.slice(7)]);
    const found = locateTables(snapshotFrom([{ name: 'Risk & Väsentlighet', rows }]));
    expect(found.vor).toMatchObject({ foundBy: 'sheet', headerRow: 1 });
    expect(found.problems).toEqual([
      {
        type: 'column-missing',
        kind: 'vor',
        sheet: 'Risk & Väsentlighet',
        headerRow: 1,
        field: 'consequence',
        header: 'Konsekvens',
      },
    ]);
  });

  test('a named VoR table without an event column is reported', () => {
    const rows = [
      ['Nr', 'Sannolikhet', 'Konsekvens'],
      ['1', '3', '3'],
    ];
    const found = locateTables(snapshotFrom([{ name: 'X', rows, table: 'RiskVasentlighet' }]));
    expect(found.problems).toEqual([
      {
        type: 'column-missing',
        kind: 'vor',
        sheet: 'X',
        headerRow: 1,
        field: 'event',
        header: 'Oönskad händelse',
      },
    ]);
  });

  test('duplicate header columns: the first is mapped, no crash', () => {
    const rows = [
      ['Nr', 'Oönskad händelse', 'Risk', 'Sannolikhet', 'Konsekvens'],
      ['1', 'A', 'B', '3', '3'],
    ];
    const found = locateTables(snapshotFrom([{ name: 'VoR', rows }]));
    expect(found.vor?.columns.event).toBe(2);
    expect(found.problems).toEqual([
      {
        type: 'duplicate-column',
        kind: 'vor',
        sheet: 'VoR',
        headerRow: 1,
        field: 'event',
        header: 'Risk',
        col: 3,
        usedCol: 2,
      },
    ]);
  });

  test('an empty workbook, an empty sheet and a table with a broken address give nothing, no throw', () => {
    expect(locateTables({ sheets: [], tables: [] })).toEqual({
      vor: null,
      ikp: null,
      procurement: null,
      problems: [],
    });
    const wb = snapshotFrom([{ name: 'Tom', rows: [] }]);
    wb.tables.push({ name: 'RiskVasentlighet', sheet: 'Tom', address: 'nonsense', headers: [] });
    expect(locateTables(wb).vor).toBeNull();
  });
});
