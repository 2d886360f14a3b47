import { readSnapshot } from '../../src/excel/read-snapshot';
import type { CellValue } from '../../src/core/workbook/snapshot';
import { cellAt, formulaAt } from '../../src/core/workbook/cells';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { cellKey } from '../fake-excel/model';

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const HEADERS = ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV'];

function vorRows(n: number): { values: CellValue[][]; formulas: (string | null)[][] } {
  const values: CellValue[][] = [['Risk & Väsentlighet 2024'], [], HEADERS];
  const formulas: (string | null)[][] = [[], [], []];
  for (let i = 1; i <= n; i++) {
    const s = (i % 5) + 1;
    const k = ((i * 3) % 5) + 1;
    values.push([i, `Händelse ${i}`, s, k, s * k]);
    formulas.push([null, null, null, null, `=C${i + 3}*D${i + 3}`]);
  }
  return { values, formulas };
}

test('reads sheets, values, formulas, errors and tables in exactly 2 syncs (10 rows)', async () => {
  const { values, formulas } = vorRows(10);
  values[5][2] = { error: '#N/A' };
  values[6][1] = '=inte en formel';
  fake = createFakeExcel({
    sheets: [
      { name: 'Risk & Väsentlighet', values, formulas },
      { name: 'Inställningar', values: [[null, 'år', 2024]], visible: false },
      { name: 'Tom' },
      { name: 'Datum', values: [[44197, 'text']], origin: { row: 4, col: 3 } },
    ],
    tables: [{ name: 'RiskVasentlighet', sheet: 'Risk & Väsentlighet', address: 'A3:E13' }],
  });
  // The apostrophe-written text of the fixture: a constant that starts with "=".
  fake.model.sheets[0].cells.get(cellKey(7, 2))!.quotePrefix = true;

  const snap = await Excel.run((ctx) => readSnapshot(ctx));

  expect(fake.syncCount).toBe(2);
  expect(snap.sheets.map((s) => [s.name, s.visible])).toEqual([
    ['Risk & Väsentlighet', true],
    ['Inställningar', false],
    ['Tom', true],
    ['Datum', true],
  ]);
  const vor = snap.sheets[0];
  expect(vor.origin).toEqual({ row: 1, col: 1 });
  expect(cellAt(vor, 1, 1)).toBe('Risk & Väsentlighet 2024');
  expect(cellAt(vor, 2, 1)).toBeNull(); // empty row: "" from Office.js is null
  expect(cellAt(vor, 4, 5)).toBe(2 * 4);
  expect(formulaAt(vor, 4, 5)).toBe('=C4*D4');
  expect(formulaAt(vor, 4, 4)).toBeNull();
  expect(cellAt(vor, 6, 3)).toEqual({ error: '#N/A' });
  expect(cellAt(vor, 7, 2)).toBe('=inte en formel');
  expect(formulaAt(vor, 7, 2)).toBeNull();

  const settings = snap.sheets[1];
  expect(settings.origin).toEqual({ row: 1, col: 2 }); // values only: A1 is empty
  expect(settings.values).toEqual([['år', 2024]]);
  expect(snap.sheets[2]).toEqual({
    name: 'Tom',
    values: [],
    formulas: [],
    origin: { row: 1, col: 1 },
    visible: true,
  });
  expect(snap.sheets[3].origin).toEqual({ row: 4, col: 3 });
  expect(cellAt(snap.sheets[3], 4, 3)).toBe(44197); // a date is its serial number

  expect(snap.tables).toEqual([
    { name: 'RiskVasentlighet', sheet: 'Risk & Väsentlighet', address: 'A3:E13', headers: HEADERS },
  ]);
});

test('10 000 rows still take exactly 2 syncs', async () => {
  const { values, formulas } = vorRows(10_000);
  fake = createFakeExcel({
    sheets: [
      { name: 'VoR', values, formulas },
      { name: 'IKP', values: [['Nr'], [1]] },
    ],
    tables: [{ name: 'RiskVasentlighet', sheet: 'VoR', address: 'A3:E10003' }],
  });
  const snap = await Excel.run((ctx) => readSnapshot(ctx));
  expect(fake.syncCount).toBe(2);
  expect(snap.sheets[0].values).toHaveLength(10_003);
  expect(cellAt(snap.sheets[0], 10_003, 2)).toBe('Händelse 10000');
  expect(formulaAt(snap.sheets[0], 10_003, 5)).toBe('=C10003*D10003');
  expect(snap.tables[0].address).toBe('A3:E10003');
});

test('a response too large for Excel on the web is read again in row blocks, with the same result', async () => {
  const { values, formulas } = vorRows(30_000);
  const init = {
    sheets: [{ name: 'VoR', values, formulas }],
    tables: [{ name: 'Risk', sheet: 'VoR', address: 'A3:E30003' }],
  };
  fake = createFakeExcel(init);
  const expected = await Excel.run((ctx) => readSnapshot(ctx));
  fake.uninstall();

  fake = createFakeExcel(init, { responseLimitBytes: 2 * 1024 * 1024 });
  const snap = await Excel.run((ctx) => readSnapshot(ctx));
  expect(snap).toEqual(expected);
  expect(fake.syncs[1].failed).toBe('ResponsePayloadSizeLimitExceeded');
  expect(fake.syncCount).toBeGreaterThan(3);
  expect(fake.syncs.slice(2).every((s) => !s.failed && s.responseBytes <= 2 * 1024 * 1024)).toBe(true);
});

test('other errors of the second sync are not swallowed', async () => {
  fake = createFakeExcel({ sheets: [{ name: 'VoR', values: [[1]] }] });
  fake.failSync(2, 'GeneralException');
  await expect(Excel.run((ctx) => readSnapshot(ctx))).rejects.toMatchObject({
    code: 'GeneralException',
  });
});
