import ExcelJS from 'exceljs';
import type { SheetPlan, TablePlan, WritePlan } from '../../src/core/plan/write-plan';
import { cellAt, findSheet } from '../../src/core/workbook/cells';
import { isValidTableName } from '../../src/xlsx/check-plan';
import { XlsxPlanError } from '../../src/xlsx/plan-error';
import { readXlsxBuffer } from '../../src/xlsx/read-workbook';
import { renderPlan } from '../../src/xlsx/render-plan';
import { toBuffer } from '../../src/xlsx/write-workbook';
import { sheetPlan } from './helpers';

function table(extra: Partial<TablePlan> = {}): TablePlan {
  return {
    name: 'T',
    address: 'A1:B3',
    headers: ['A', 'B'],
    mode: 'create',
    style: 'TableStyleLight9',
    calculated: [],
    ...extra,
  };
}

function withTable(sheet: string, t: TablePlan, extra: Partial<SheetPlan> = {}): SheetPlan {
  const box = /^([A-Z]+)(\d+)/.exec(t.address);
  return sheetPlan(sheet, 'generated', {
    writes: [{ address: box ? `${box[1]}${box[2]}` : 'A1', rows: [t.headers, t.headers.map(() => 1)] }],
    tables: [t],
    ...extra,
  });
}

function render(plan: WritePlan, wb = new ExcelJS.Workbook()): ExcelJS.Workbook {
  renderPlan(wb, plan);
  return wb;
}

function errorOf(fn: () => unknown): XlsxPlanError {
  try {
    fn();
  } catch (e) {
    if (e instanceof XlsxPlanError) return e;
    throw e;
  }
  throw new Error('no error thrown');
}

describe('renderPlan refuses what Excel would repair', () => {
  test('table names Excel rejects', () => {
    for (const bad of ['Min tabell', 'A1', 'Tbl2024', 'R1C1', 'c', '1Tabell', '', 'Tabell-1'])
      expect(isValidTableName(bad)).toBe(false);
    for (const good of ['Internkontrollplan', 'RiskVasentlighet', 'Åtgärder', '_T.1', 'Tabell2024']) {
      expect(isValidTableName(good)).toBe(true);
    }
    const e = errorOf(() => render({ sheets: [withTable('S', table({ name: 'Min tabell' }))] }));
    expect(e.message).toContain('Min tabell');
    expect(e.text.en).toContain('cannot be an Excel table name');
  });

  test('a table name used on another sheet', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Annat').addTable({ name: 'T', ref: 'A1', columns: [{ name: 'X' }], rows: [[1]] });
    const e = errorOf(() => render({ sheets: [withTable('S', table())] }, wb));
    expect(e.message).toContain('Annat');
  });

  test('the same table name twice in one plan, empty or repeated headers, wrong width', () => {
    expect(() => render({ sheets: [withTable('S', table()), withTable('U', table())] })).toThrow(
      XlsxPlanError,
    );
    expect(() => render({ sheets: [withTable('S', table({ headers: ['A', 'a'] }))] })).toThrow(/rubrik/);
    expect(() => render({ sheets: [withTable('S', table({ headers: ['A', ' '] }))] })).toThrow(/rubrik/);
    expect(() => render({ sheets: [withTable('S', table({ headers: ['A', 'B', 'C'] }))] })).toThrow(
      /3 rubriker/,
    );
  });

  test('overlapping tables on one sheet', () => {
    const plan = withTable('S', table());
    plan.tables.push(table({ name: 'U', address: 'B2:C4', headers: ['X', 'Y'] }));
    plan.writes.push({ address: 'B2', rows: [['X', 'Y']] });
    expect(() => render({ sheets: [plan] })).toThrow(/överlappar/);
  });

  test('a header cell that differs from the table’s column name', () => {
    const plan = sheetPlan('S', 'generated', {
      writes: [
        {
          address: 'A1',
          rows: [
            ['A', 'B'],
            [1, 2],
          ],
        },
      ],
      tables: [table({ mode: 'create' })],
    });
    // ExcelJS writes the header row itself on create; on keep the cells must already match.
    const wb = render({ sheets: [plan] });
    wb.getWorksheet('S')!.getCell('B1').value = 'Annat';
    const keep = sheetPlan('S', 'user', { tables: [table({ mode: 'keep' })] });
    expect(errorOf(() => render({ sheets: [keep] }, wb)).message).toContain('S!B1');
  });

  test('a user sheet or a kept table that does not exist', () => {
    expect(errorOf(() => render({ sheets: [sheetPlan('Finns inte', 'user')] })).message).toContain(
      'Finns inte',
    );
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S');
    expect(() =>
      render({ sheets: [sheetPlan('S', 'user', { tables: [table({ mode: 'keep' })] })] }, wb),
    ).toThrow(/finns inte/);
  });

  test('a calculated column that names an unknown column', () => {
    const t = table({ calculated: [{ column: 'B', template: '={A}*{Saknas}' }] });
    expect(errorOf(() => render({ sheets: [withTable('S', t)] })).text.en).toContain('{Saknas}');
  });

  test('an inline list over 255 characters, or an entry with a comma', () => {
    const long = Array.from({ length: 30 }, (_v, i) => `Alternativ nummer ${i}`);
    const v = (list: string[]) => ({
      sheets: [sheetPlan('S', 'generated', { validations: [{ address: 'A2:A9', list, strict: true }] })],
    });
    expect(errorOf(() => render(v(long))).text.en).toMatch(/at most 255/);
    expect(errorOf(() => render(v(['Ja', 'Nej, endast VoR']))).text.en).toMatch(/comma/);
    expect(() => render(v(['Ja', 'Nej']))).not.toThrow();
  });

  test('a table name that is already a defined name', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Inst').getCell('A1').name = 'T';
    expect(errorOf(() => render({ sheets: [withTable('S', table())] }, wb)).text.en).toContain(
      'defined name',
    );
  });

  test('a sheet name Excel rejects, and a number Excel cannot hold', () => {
    expect(() => render({ sheets: [sheetPlan('Risk/Väsentlighet', 'generated')] })).toThrow(/bladnamn/);
    expect(() => render({ sheets: [sheetPlan('x'.repeat(32), 'generated')] })).toThrow(/bladnamn/);
    const nan = sheetPlan('S', 'generated', { writes: [{ address: 'B2', rows: [[1, Number.NaN]] }] });
    expect(errorOf(() => render({ sheets: [nan] })).message).toContain('S!C2');
  });

  test('a bad colour', () => {
    expect(() => render({ sheets: [sheetPlan('S', 'generated', { tabColor: 'red' })] })).toThrow(/färg/);
  });
});

describe('renderPlan: details', () => {
  test('a style on one cell does not leak to cells that shared its style in the file', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    for (const a of ['A1', 'A2', 'A3']) {
      ws.getCell(a).value = a;
      ws.getCell(a).font = { color: { argb: 'FF0000FF' } };
    }
    const { workbook } = await readXlsxBuffer(await toBuffer(wb));
    render(
      { sheets: [sheetPlan('S', 'user', { styles: [{ address: 'A2', bold: true, fill: '#FFFF00' }] })] },
      workbook,
    );
    const read = (await readXlsxBuffer(await toBuffer(workbook))).workbook.getWorksheet('S')!;
    expect(read.getCell('A2').font).toMatchObject({ bold: true, color: { argb: 'FF0000FF' } });
    expect(read.getCell('A2').fill).toMatchObject({ fgColor: { argb: 'FFFFFF00' } });
    expect(read.getCell('A1').font?.bold).toBeFalsy();
    expect(read.getCell('A3').font?.bold).toBeFalsy();
    expect((read.getCell('A3').fill as ExcelJS.FillPattern | undefined)?.fgColor).toBeUndefined();
  });

  test('null clears a user cell but keeps its style; untouched cells stay', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('B2').value = 'Fel: värde saknas';
    ws.getCell('B2').font = { bold: true };
    ws.getCell('C2').value = 'behåll';
    render({ sheets: [sheetPlan('S', 'user', { writes: [{ address: 'B2', rows: [[null]] }] })] }, wb);
    const { workbook, snapshot } = await readXlsxBuffer(await toBuffer(wb));
    const sheet = findSheet(snapshot, 'S')!;
    expect(cellAt(sheet, 2, 2)).toBeNull();
    expect(cellAt(sheet, 2, 3)).toBe('behåll');
    expect(workbook.getWorksheet('S')!.getCell('B2').font).toMatchObject({ bold: true });
  });

  test('an error value and a boolean are written as such', async () => {
    const wb = render({
      sheets: [
        sheetPlan('S', 'generated', { writes: [{ address: 'A1', rows: [[{ error: '#N/A' }, false, 0]] }] }),
      ],
    });
    const sheet = findSheet((await readXlsxBuffer(await toBuffer(wb))).snapshot, 'S')!;
    expect(sheet.values[0]).toEqual([{ error: '#N/A' }, false, 0]);
  });

  test('a kept table can be renamed', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('S').addTable({
      name: 'Tabell1',
      ref: 'A1',
      columns: [{ name: 'A' }, { name: 'B' }],
      rows: [[1, 2]],
    });
    const { workbook } = await readXlsxBuffer(await toBuffer(wb));
    render(
      {
        sheets: [
          sheetPlan('S', 'user', {
            tables: [table({ name: 'Risker', existingName: 'Tabell1', address: 'A1:B2', mode: 'keep' })],
          }),
        ],
      },
      workbook,
    );
    const { snapshot } = await readXlsxBuffer(await toBuffer(workbook));
    expect(snapshot.tables.map((t) => [t.name, t.address])).toEqual([['Risker', 'A1:B2']]);
  });

  test('a generated sheet whose `after` is missing goes last; activate names the tab', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ett');
    wb.addWorksheet('Två');
    render({ activate: 'Ny', sheets: [sheetPlan('Ny', 'generated', { after: 'Saknas' })] }, wb);
    const read = (await readXlsxBuffer(await toBuffer(wb))).workbook;
    expect(read.worksheets.map((w) => w.name)).toEqual(['Ett', 'Två', 'Ny']);
    expect(read.views[0].activeTab).toBe(2);
  });

  test('without `activate` the tab that was active stays active, also when a sheet is inserted before it', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Ett');
    wb.addWorksheet('Två');
    wb.views = [
      { x: 0, y: 0, width: 10000, height: 20000, firstSheet: 0, activeTab: 1, visibility: 'visible' },
    ];
    render({ sheets: [sheetPlan('Mitt', 'generated', { after: 'Ett' })] }, wb);
    const read = (await readXlsxBuffer(await toBuffer(wb))).workbook;
    expect(read.worksheets.map((w) => w.name)).toEqual(['Ett', 'Mitt', 'Två']);
    expect(read.worksheets[read.views[0].activeTab].name).toBe('Två');
  });

  test('an earlier run’s formats on a range that has since grown are replaced, the user’s own stay', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.addConditionalFormatting({
      ref: 'C2:C5',
      rules: [{ type: 'expression', priority: 1, formulae: ['$C2>=12'], style: {} }],
    });
    ws.addConditionalFormatting({
      ref: 'C2:C5',
      rules: [{ type: 'expression', priority: 2, formulae: ['$C2<0'], style: {} }],
    });
    ws.addConditionalFormatting({
      ref: 'A:A',
      rules: [{ type: 'expression', priority: 3, formulae: ['A1=""'], style: {} }],
    });
    const { workbook } = await readXlsxBuffer(await toBuffer(wb));
    render(
      {
        sheets: [
          sheetPlan('S', 'user', {
            conditionalFormats: [{ address: 'C2:C9', formula: '=$C2>=12', fill: '#D73027' }],
          }),
        ],
      },
      workbook,
    );
    const cfs = (
      workbook.getWorksheet('S') as unknown as {
        conditionalFormattings: { ref: string; rules: { formulae: string[]; priority: number }[] }[];
      }
    ).conditionalFormattings;
    expect(cfs.map((cf) => [cf.ref, cf.rules.map((r) => r.formulae[0])])).toEqual([
      ['C2:C5', ['$C2<0']],
      ['A:A', ['A1=""']],
      ['C2:C9', ['$C2>=12']],
    ]);
    expect(cfs[2].rules[0].priority).toBeGreaterThan(cfs[1].rules[0].priority);
  });

  test('a validation replaces the one that covered the same cells before', async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('S');
    ws.getCell('A2').dataValidation = { type: 'list', formulae: ['"x,y"'] };
    ws.getCell('B2').dataValidation = { type: 'list', formulae: ['"keep"'] };
    const { workbook } = await readXlsxBuffer(await toBuffer(wb));
    render(
      {
        sheets: [
          sheetPlan('S', 'user', { validations: [{ address: 'A2:A4', list: ['Ja', 'Nej'], strict: true }] }),
        ],
      },
      workbook,
    );
    const read = (await readXlsxBuffer(await toBuffer(workbook))).workbook.getWorksheet('S')!;
    expect(read.getCell('A2').dataValidation?.formulae).toEqual(['"Ja,Nej"']);
    expect(read.getCell('A4').dataValidation?.formulae).toEqual(['"Ja,Nej"']);
    expect(read.getCell('B2').dataValidation?.formulae).toEqual(['"keep"']);
  });

  test('a 20 000-row table with two calculated columns renders and reads back', async () => {
    const n = 20_000;
    const headers = ['Nr', 'S', 'K', 'RV', 'Klass'];
    const rows = [
      headers,
      ...Array.from({ length: n }, (_v, i) => [i + 1, (i % 5) + 1, ((i * 7) % 5) + 1, null, null]),
    ];
    const wb = render({
      sheets: [
        sheetPlan('Stor', 'generated', {
          writes: [{ address: 'A1', rows }],
          tables: [
            table({
              name: 'Stor',
              address: `A1:E${n + 1}`,
              headers,
              calculated: [
                { column: 'RV', template: '={S}*{K}' },
                { column: 'Klass', template: '=IF({RV}>=12,"IKP","VoR")' },
              ],
            }),
          ],
          validations: [{ address: `B2:C${n + 1}`, list: ['1', '2', '3', '4', '5'], strict: true }],
          styles: [{ address: `D2:D${n + 1}`, horizontal: 'center' }],
        }),
      ],
    });
    const { snapshot } = await readXlsxBuffer(await toBuffer(wb));
    const sheet = findSheet(snapshot, 'Stor')!;
    expect(sheet.formulas?.[n]?.[4]).toBe(`=IF(D${n + 1}>=12,"IKP","VoR")`);
    expect(snapshot.tables[0].address).toBe(`A1:E${n + 1}`);
  });
});
