import ExcelJS from 'exceljs';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { cellAt, findSheet, formulaAt } from '../../src/core/workbook/cells';
import { readXlsxBuffer, type ReadWorkbook } from '../../src/xlsx/read-workbook';
import { renderPlan } from '../../src/xlsx/render-plan';
import { toBuffer } from '../../src/xlsx/write-workbook';
import { cellFingerprint, likeExcel, plainExcelJsRead, sheetPlan, tableXmls } from './helpers';

const SHEET = 'Risk & Väsentlighet';
const USER_HEADERS = ['Nr', 'KF:s mål', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'Kommentar'];
const ALL_HEADERS = [...USER_HEADERS, 'RV', 'Riskklass'];

/** A VoR workbook as a person keeps it, saved by Excel. */
async function userWorkbook(calculated: Record<string, string> = {}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const other = wb.addWorksheet('Uppföljning');
  other.addTable({
    name: 'Uppfoljning',
    ref: 'B2',
    columns: ['Nr', 'Poäng', 'Status', 'Kommentar'].map((name) => ({ name, filterButton: true })),
    rows: [
      [1, { formula: 'B3*2', result: 2 }, 'Klar', 'ok'],
      [2, { formula: 'B4*2', result: 4 }, 'Pågår', null],
    ],
  });
  const ws = wb.addWorksheet(SHEET);
  ws.getCell('A1').value = 'Väsentlighets- och riskanalys 2024';
  ws.getCell('A1').font = { bold: true, size: 16 };
  ws.getCell('A1').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDDEBF7' } };
  ws.mergeCells('A1:F1');
  ws.addTable({
    name: 'RiskVasentlighet',
    ref: 'A3',
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: USER_HEADERS.map((name) => ({ name, filterButton: true })),
    rows: [
      [1, '1.1 Ekonomi i balans', 'Felaktiga utbetalningar', 4, 3, 'Se rapport'],
      [2, null, 'Jäv vid upphandling', '3 - Möjlig', 5, null],
      [3, '2.1 Trygghet', 'Brister i informationssäkerhet', 2, 2, 'Ny 2024'],
    ],
  });
  ws.getCell('D5').font = { italic: true };
  ws.getCell('D5').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFFF00' } };
  ws.getCell('C4').note = 'Granskad av controller';
  ws.getCell('J1').value = { formula: 'COUNTA(A4:A6)', result: 3 } as ExcelJS.CellFormulaValue;
  ws.getCell('J2').value = new Date(Date.UTC(2024, 2, 15));
  ws.getCell('J2').numFmt = 'yyyy-mm-dd';
  ws.getColumn('C').width = 50;
  ws.addConditionalFormatting({
    ref: 'A4:A6',
    rules: [{ type: 'expression', priority: 1, formulae: ['$A4>2'], style: { font: { italic: true } } }],
  });
  for (const a of ['D4', 'D5', 'D6']) {
    ws.getCell(a).dataValidation = { type: 'whole', operator: 'between', allowBlank: true, formulae: [1, 5] };
  }
  return likeExcel(await toBuffer(wb), calculated);
}

function plan(): WritePlan {
  const bands = [
    { formula: '=AND($G4>=1,$G4<=4)', fill: '#1A9850' },
    { formula: '=AND($G4>=5,$G4<=8)', fill: '#FEE08B' },
    { formula: '=AND($G4>=9,$G4<=11)', fill: '#FC8D59' },
    { formula: '=$G4>=12', fill: '#D73027', fontColor: '#FFFFFF' },
  ];
  return {
    sheets: [
      sheetPlan(SHEET, 'user', {
        writes: [{ address: 'G3', rows: [['RV', 'Riskklass']] }],
        tables: [
          {
            name: 'RiskVasentlighet',
            address: 'A3:H6',
            headers: ALL_HEADERS,
            mode: 'keep',
            style: 'TableStyleMedium2',
            calculated: [
              { column: 'RV', template: '={Sannolikhet}*{Konsekvens}' },
              { column: 'Riskklass', template: '=IF({RV}>=12,"IKP",IF({RV}>=9,"Åtgärd","VoR"))' },
            ],
          },
        ],
        conditionalFormats: bands.map((b) => ({ address: 'G4:G6', ...b })),
      }),
      sheetPlan('Internkontrollplan', 'generated', {
        writes: [
          {
            address: 'A1',
            rows: [
              ['Nr', 'RV'],
              [1, 12],
            ],
          },
        ],
        tables: [
          {
            name: 'Internkontrollplan',
            address: 'A1:B2',
            headers: ['Nr', 'RV'],
            mode: 'create',
            style: 'TableStyleMedium2',
            calculated: [],
          },
        ],
      }),
    ],
  };
}

function fingerprints(wb: ExcelJS.Workbook): Map<string, unknown> {
  const out = new Map<string, unknown>();
  wb.getWorksheet(SHEET)?.eachRow({ includeEmpty: true }, (row) =>
    row.eachCell({ includeEmpty: true }, (cell) => out.set(cell.address, cellFingerprint(cell))),
  );
  return out;
}

function cfsOf(wb: ExcelJS.Workbook) {
  const ws = wb.getWorksheet(SHEET) as unknown as {
    conditionalFormattings: { ref: string; rules: unknown[] }[];
  };
  return ws.conditionalFormattings;
}

async function renderAndReread(
  input: Buffer,
): Promise<{ before: ReadWorkbook; after: ReadWorkbook; out: Buffer }> {
  const before = await readXlsxBuffer(input);
  const working = await readXlsxBuffer(input);
  renderPlan(working.workbook, plan());
  const out = await toBuffer(working.workbook);
  return { before, after: await readXlsxBuffer(out), out };
}

describe('renderPlan: columns appended to the user’s table', () => {
  test('every cell the user had is identical afterwards: values, formulas, styles, notes', async () => {
    const { before, after } = await renderAndReread(await userWorkbook());
    const was = fingerprints(before.workbook);
    const now = fingerprints(after.workbook);
    expect(was.size).toBeGreaterThan(30);
    for (const [address, print] of was) {
      if (/^[GH]([3-6])$/.test(address)) continue; // the cells the plan writes
      expect({ address, print: now.get(address) }).toEqual({ address, print });
    }
  });

  test('nothing but the new columns changes in the sheet’s values', async () => {
    const { before, after } = await renderAndReread(await userWorkbook());
    const grid = (r: ReadWorkbook) => {
      const sheet = findSheet(r.snapshot, SHEET);
      if (!sheet) throw new Error('sheet missing');
      const cells: Record<string, unknown> = {};
      for (let row = 1; row <= 12; row++) {
        for (let col = 1; col <= 12; col++) {
          if (col === 7 || col === 8) continue; // G, H: the new columns
          cells[`${row},${col}`] = [cellAt(sheet, row, col), formulaAt(sheet, row, col)];
        }
      }
      return cells;
    };
    expect(grid(after)).toEqual(grid(before));
  });

  test('the table grows to the new columns, which hold the calculated formulas', async () => {
    const { after, out } = await renderAndReread(await userWorkbook());
    const table = after.snapshot.tables.find((t) => t.name === 'RiskVasentlighet');
    expect(table).toEqual({ name: 'RiskVasentlighet', sheet: SHEET, address: 'A3:H6', headers: ALL_HEADERS });
    const sheet = findSheet(after.snapshot, SHEET);
    if (!sheet) throw new Error('sheet missing');
    expect(formulaAt(sheet, 4, 7)).toBe('=D4*E4');
    expect(formulaAt(sheet, 6, 7)).toBe('=D6*E6');
    expect(formulaAt(sheet, 5, 8)).toBe('=IF(G5>=12,"IKP",IF(G5>=9,"Åtgärd","VoR"))');
    expect(formulaAt(sheet, 7, 7)).toBeNull();

    const xml = (await tableXmls(out)).find((t) => t.name === 'RiskVasentlighet');
    expect(xml?.ref).toBe('A3:H6');
    expect(xml?.autoFilterRef).toBe('A3:H6');
    expect(xml?.headerRowCount).not.toBe('0');
    expect(xml?.columns).toEqual(ALL_HEADERS);
  });

  test('the user’s table style, merges, widths, validation and own conditional format stay', async () => {
    const { after, out } = await renderAndReread(await userWorkbook());
    const ws = after.workbook.getWorksheet(SHEET) as ExcelJS.Worksheet;
    expect(ws.getColumn('C').width).toBe(50);
    expect(ws.getCell('B1').isMerged).toBe(true);
    expect(ws.getCell('D6').dataValidation).toMatchObject({ type: 'whole', formulae: [1, 5] });
    const cfs = cfsOf(after.workbook);
    expect(cfs.map((cf) => cf.ref).sort()).toEqual(['A4:A6', 'G4:G6']);
    expect(cfs.find((cf) => cf.ref === 'G4:G6')?.rules).toHaveLength(4);
    const xmls = await tableXmls(out);
    expect(xmls.find((t) => t.name === 'RiskVasentlighet')).toBeDefined();
    const files = await (await import('./helpers')).zipFiles(out);
    const vorTable = Object.values(files).find((x) => x.includes('name="RiskVasentlighet"'));
    expect(vorTable).toContain('name="TableStyleLight9"');
  });

  test('table ids and names are unique across the workbook, one table per file', async () => {
    const { out } = await renderAndReread(await userWorkbook());
    const xmls = await tableXmls(out);
    expect(xmls.map((t) => t.name).sort()).toEqual(['Internkontrollplan', 'RiskVasentlighet', 'Uppfoljning']);
    expect(new Set(xmls.map((t) => t.id)).size).toBe(3);
    expect(xmls.every((t) => t.tableCount === 1)).toBe(true);
  });

  test('rendering the same plan twice gives the same workbook', async () => {
    const { after: once } = await renderAndReread(await userWorkbook());
    const onceBuf = await toBuffer(once.workbook);
    const twice = await readXlsxBuffer(onceBuf);
    renderPlan(twice.workbook, plan());
    const out = await toBuffer(twice.workbook);
    const reread = await readXlsxBuffer(out);
    expect(reread.snapshot).toEqual(once.snapshot);
    expect(cfsOf(reread.workbook).map((cf) => [cf.ref, cf.rules.length])).toEqual(
      cfsOf(once.workbook).map((cf) => [cf.ref, cf.rules.length]),
    );
    expect(await tableXmls(out)).toEqual(await tableXmls(onceBuf));
  });

  test('a table with a calculated column in Excel’s form keeps every column', async () => {
    // ExcelJS alone loses the columns after the first <calculatedColumnFormula>.
    const input = await userWorkbook({
      Sannolikhet: 'RiskVasentlighet[[#This Row],[Nr]]',
      Poäng: 'Uppfoljning[[#This Row],[Nr]]*2',
    });
    const { after, out } = await renderAndReread(input);
    expect(after.snapshot.tables.find((t) => t.name === 'RiskVasentlighet')?.headers).toEqual(ALL_HEADERS);
    const xmls = await tableXmls(out);
    expect(xmls.find((t) => t.name === 'RiskVasentlighet')?.columns).toEqual(ALL_HEADERS);
    // The table the plan does not mention comes through whole, header row and all.
    const untouched = xmls.find((t) => t.name === 'Uppfoljning');
    expect(untouched?.columns).toEqual(['Nr', 'Poäng', 'Status', 'Kommentar']);
    expect(untouched?.ref).toBe('B2:E4');
    expect(untouched?.headerRowCount).not.toBe('0');
    const plain = await plainExcelJsRead(out);
    expect(plain.getWorksheet(SHEET)?.getCell('F4').value).toBe('Se rapport');
  });
});
