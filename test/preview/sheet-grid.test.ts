/** The sheet view's model of a worksheet (src/preview/sheet-grid.ts) and what Excel would show. */
import ExcelJS from 'exceljs';
import { createPreviewHost } from '../../src/preview/preview-session';
import { displayText, isDateFormat, sheetGrid, type Grid } from '../../src/preview/sheet-grid';
import { workbookLooks } from '../../src/preview/workbook-looks';
import { storeWithExample } from './example';

function cell(grid: Grid, address: string) {
  for (const row of grid.rows) for (const c of row.cells) if (c?.address === address) return c;
  return undefined;
}

function sample(): ExcelJS.Worksheet {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Blad1');
  ws.getCell('A1').value = 'Rubrik';
  ws.getCell('A1').font = { bold: true, size: 14 };
  ws.mergeCells('A1:C1');
  ws.getCell('A3').value = 3000000;
  ws.getCell('A3').numFmt = '#,##0 "kr"';
  ws.getCell('B3').value = 44197;
  ws.getCell('B3').numFmt = 'yyyy-mm-dd';
  ws.getCell('C3').value = new Date(Date.UTC(2021, 3, 1));
  ws.getCell('D3').value = { formula: 'A3*2' };
  ws.getCell('E3').value = { formula: 'A3*3', result: 9000000 };
  ws.getCell('F3').value = true;
  ws.getCell('A4').value = 2.5;
  ws.getCell('B4').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF7A1230' } };
  ws.getColumn(2).width = 20;
  return ws;
}

test('text as Swedish Excel shows it: amounts, dates, formulas, booleans, decimals', () => {
  const grid = sheetGrid(sample(), { lang: 'sv', maxRows: 100 });
  expect(cell(grid, 'A3')?.text).toBe('3\u00a0000\u00a0000 kr');
  expect(cell(grid, 'B3')?.text).toBe('2021-01-01');
  expect(cell(grid, 'C3')?.text).toBe('2021-04-01');
  expect(cell(grid, 'D3')).toMatchObject({ text: '', formula: '=A3*2', computed: false });
  expect(cell(grid, 'E3')).toMatchObject({ formula: '=A3*3', computed: false });
  expect(cell(grid, 'F3')?.text).toBe('SANT');
  expect(cell(grid, 'A4')?.text).toBe('2,5');
  expect(sheetGrid(sample(), { lang: 'en', maxRows: 100 }).rows[3].cells[0]?.text).toBe('2.5');
});

test('merged cells span, fills and fonts carry over, column widths follow the sheet', () => {
  const grid = sheetGrid(sample(), { lang: 'sv', maxRows: 100 });
  expect(cell(grid, 'A1')).toMatchObject({
    text: 'Rubrik',
    colSpan: 3,
    rowSpan: 1,
    style: { bold: true, fontSize: 14 },
  });
  expect(grid.rows[0].cells[1]).toBeNull();
  expect(cell(grid, 'B4')?.style.fill).toBe('#7A1230');
  expect(grid.widths[1]).toBe(145);
  expect(grid.widths[0]).toBe(64);
  expect(grid.columns).toBe(6);
});

test('the grid only reads: no row, cell or column is created in the workbook', async () => {
  const ws = sample();
  const before = await ws.workbook.xlsx.writeBuffer();
  sheetGrid(ws, { lang: 'sv', maxRows: 100, include: { row: 40, col: 12 } });
  expect(ws.findRow(40)).toBeUndefined();
  expect(Buffer.from(await ws.workbook.xlsx.writeBuffer()).length).toBe(Buffer.from(before).length);
});

test('rows are cut off at maxRows but always reach the selected cell', () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Lång');
  for (let r = 1; r <= 50; r++) ws.getCell(r, 1).value = r;
  expect(sheetGrid(ws, { lang: 'sv', maxRows: 10 })).toMatchObject({ totalRows: 50 });
  expect(sheetGrid(ws, { lang: 'sv', maxRows: 10 }).rows).toHaveLength(10);
  expect(sheetGrid(ws, { lang: 'sv', maxRows: 10, include: { row: 30, col: 3 } }).rows).toHaveLength(30);
});

test('date formats are told from number formats', () => {
  expect(isDateFormat('yyyy-mm-dd')).toBe(true);
  expect(isDateFormat('[$-41D]d mmmm yyyy')).toBe(true);
  expect(isDateFormat('#,##0 "kr"')).toBe(false);
  expect(isDateFormat('"dag" 0')).toBe(false);
  expect(isDateFormat('General')).toBe(false);
  expect(displayText({ richText: [{ text: 'a' }, { text: 'b' }] }, undefined, 'sv')).toBe('ab');
  expect(displayText({ error: '#N/A' }, undefined, 'sv')).toBe('#N/A');
});

test('after generating, the VoR shows RV and Riskklass as Excel will compute them, coloured by band', async () => {
  const store = await storeWithExample();
  const workbook = store.getState().workbook as ExcelJS.Workbook;
  // Before: no formulas, no heat-map formats, so nothing is computed or coloured.
  expect(workbookLooks(workbook).get('Risk & Väsentlighet')?.size ?? 0).toBe(0);

  await createPreviewHost(store, 'sv').generateIkp();
  const vor = workbook.getWorksheet('Risk & Väsentlighet') as ExcelJS.Worksheet;
  const grid = sheetGrid(vor, { lang: 'sv', maxRows: 100, looks: workbookLooks(workbook).get(vor.name) });
  const header = grid.rows[2].cells.map((c) => c?.text);
  const rv = header.indexOf('RV');
  const riskClass = header.indexOf('Riskklass');
  const row31 = grid.rows[30].cells; // event 27: 3. Möjlig × 4. Allvarlig
  expect(row31[rv]).toMatchObject({
    text: '12',
    computed: true,
    style: { fill: '#7A1230', color: '#FFFFFF' },
  });
  expect(row31[riskClass]).toMatchObject({ text: 'IKP', computed: true });
  expect(grid.rows[3].cells[rv]).toMatchObject({ text: '6', style: { fill: '#FFEC40' } }); // event 1: 2 × 3
  // The likelihood and consequence cells share the row's colour (SPEC §5).
  expect(row31[rv - 1]?.style.fill).toBe('#7A1230');
});
