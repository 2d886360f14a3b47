import ExcelJS from 'exceljs';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { cellAt, findSheet, formulaAt } from '../../src/core/workbook/cells';
import { readXlsxBuffer } from '../../src/xlsx/read-workbook';
import { renderPlan } from '../../src/xlsx/render-plan';
import { toBuffer } from '../../src/xlsx/write-workbook';
import { plainExcelJsRead, sheetPlan, sheetXml, tableXmls } from './helpers';

const HEADERS = ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV', 'Riskklass', 'Status'];

function ikpPlan(): WritePlan {
  return {
    activate: 'Internkontrollplan',
    sheets: [
      sheetPlan('Internkontrollplan', 'generated', {
        after: 'Risk & Väsentlighet',
        tabColor: '#1F4E79',
        writes: [
          { address: 'A1', rows: [['Internkontrollplan 2024']] },
          {
            address: 'A3',
            rows: [
              HEADERS,
              [1, 'Felaktiga utbetalningar', 4, 3, null, null, 'Pågår'],
              [2, '=inte en formel', 2, 2, null, null, null],
              [3, 'Jäv vid upphandling', 5, 5, null, null, 'Klar'],
            ],
          },
        ],
        tables: [
          {
            name: 'Internkontrollplan',
            address: 'A3:G6',
            headers: HEADERS,
            mode: 'create',
            style: 'TableStyleMedium2',
            calculated: [
              { column: 'RV', template: '={Sannolikhet}*{Konsekvens}' },
              { column: 'Riskklass', template: '=IF({RV}>=12,"IKP",IF({RV}>=9,"Åtgärd","VoR"))' },
            ],
          },
        ],
        validations: [
          { address: 'G4:G6', list: ['Ej påbörjad', 'Pågår', 'Klar'], strict: true, prompt: 'Välj status' },
        ],
        conditionalFormats: [
          { address: 'E4:E6', formula: '=AND($E4>=1,$E4<=4)', fill: '#1A9850', fontColor: '#FFFFFF' },
          { address: 'E4:E6', formula: '=AND($E4>=5,$E4<=8)', fill: '#FEE08B' },
          { address: 'E4:E6', formula: '=AND($E4>=9,$E4<=11)', fill: '#FC8D59' },
          { address: 'E4:E6', formula: '=$E4>=12', fill: '#D73027', fontColor: '#FFFFFF', bold: true },
        ],
        styles: [
          { address: 'A1', bold: true, fontSize: 14 },
          { address: 'A3:G3', wrap: true, vertical: 'top' },
          { address: 'E4:E6', border: true, numberFormat: '0', horizontal: 'center' },
        ],
        columnWidths: { A: 6, B: 40 },
        freeze: { rows: 3, columns: 0 },
      }),
    ],
  };
}

function vorWorkbook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Risk & Väsentlighet').getCell('A1').value = 'VoR';
  wb.addWorksheet('Planerade upphandlingar').getCell('A1').value = 'PLAN FÖR UPPHANDLING 2024';
  return wb;
}

async function rendered(): Promise<Buffer> {
  const wb = vorWorkbook();
  renderPlan(wb, ikpPlan());
  return toBuffer(wb);
}

describe('renderPlan: a generated sheet', () => {
  test('is created after the named sheet, with its tab colour, and is the active tab', async () => {
    const buf = await rendered();
    const wb = await plainExcelJsRead(buf);
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      'Risk & Väsentlighet',
      'Internkontrollplan',
      'Planerade upphandlingar',
    ]);
    const ws = wb.getWorksheet('Internkontrollplan');
    expect(ws?.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
    expect(wb.views[0].activeTab).toBe(1);
    // Exactly one selected tab (ExcelJS does not read tabSelected back, so look at the XML).
    const selected = await Promise.all(
      wb.worksheets.map(async (w) => /tabSelected="1"/.test(await sheetXml(buf, w.name))),
    );
    expect(selected).toEqual([false, true, false]);
  });

  test('holds the table with its range, headers and calculated columns as A1 formulas', async () => {
    const { snapshot } = await readXlsxBuffer(await rendered());
    expect(snapshot.tables).toEqual([
      { name: 'Internkontrollplan', sheet: 'Internkontrollplan', address: 'A3:G6', headers: HEADERS },
    ]);
    const sheet = findSheet(snapshot, 'Internkontrollplan');
    if (!sheet) throw new Error('sheet missing');
    expect(formulaAt(sheet, 4, 5)).toBe('=C4*D4');
    expect(formulaAt(sheet, 6, 5)).toBe('=C6*D6');
    expect(formulaAt(sheet, 5, 6)).toBe('=IF(E5>=12,"IKP",IF(E5>=9,"Åtgärd","VoR"))');
    expect(cellAt(sheet, 1, 1)).toBe('Internkontrollplan 2024');
    expect(cellAt(sheet, 4, 2)).toBe('Felaktiga utbetalningar');
  });

  test('writes text that starts with "=" as text, not as a formula', async () => {
    const buf = await rendered();
    const { snapshot } = await readXlsxBuffer(buf);
    const sheet = findSheet(snapshot, 'Internkontrollplan');
    if (!sheet) throw new Error('sheet missing');
    expect(cellAt(sheet, 5, 2)).toBe('=inte en formel');
    expect(formulaAt(sheet, 5, 2)).toBeNull();
    expect(await sheetXml(buf, 'Internkontrollplan')).toMatch(/<c r="B5"[^>]*t="s"[^>]*>(?!<f>)/);
  });

  test('table XML: one table, ref and autoFilter match, columns equal the header cells', async () => {
    const tables = await tableXmls(await rendered());
    expect(tables).toHaveLength(1);
    const [t] = tables;
    expect(t.tableCount).toBe(1);
    expect(t.name).toBe('Internkontrollplan');
    expect(t.ref).toBe('A3:G6');
    expect(t.autoFilterRef).toBe('A3:G6');
    expect(t.headerRowCount).toBe('1');
    expect(t.columns).toEqual(HEADERS);
    expect(t.columnIds).toEqual(HEADERS.map((_h, i) => String(i + 1)));
  });

  test('has the dropdown on the status column', async () => {
    const buf = await rendered();
    const ws = (await plainExcelJsRead(buf)).getWorksheet('Internkontrollplan') as ExcelJS.Worksheet;
    for (const a of ['G4', 'G5', 'G6']) {
      expect(ws.getCell(a).dataValidation).toMatchObject({
        type: 'list',
        formulae: ['"Ej påbörjad,Pågår,Klar"'],
        allowBlank: true,
        showErrorMessage: true,
        prompt: 'Välj status',
      });
    }
    expect(ws.getCell('G7').dataValidation).toBeUndefined();
    const xml = await sheetXml(buf, 'Internkontrollplan');
    expect(xml.match(/<dataValidation\s/g)).toHaveLength(1);
    expect(xml).toMatch(/<dataValidation[^>]*sqref="G4:G6"/);
  });

  test('has the heat-map as four formula rules on the RV column', async () => {
    const ws = (await plainExcelJsRead(await rendered())).getWorksheet(
      'Internkontrollplan',
    ) as ExcelJS.Worksheet;
    const cfs = (
      ws as unknown as {
        conditionalFormattings: { ref: string; rules: ExcelJS.ConditionalFormattingRule[] }[];
      }
    ).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(cfs[0].ref).toBe('E4:E6');
    const rules = cfs[0].rules as ExcelJS.ExpressionRuleType[];
    expect(rules.map((r) => r.type)).toEqual(['expression', 'expression', 'expression', 'expression']);
    expect(rules.map((r) => r.formulae?.[0])).toEqual([
      'AND($E4>=1,$E4<=4)',
      'AND($E4>=5,$E4<=8)',
      'AND($E4>=9,$E4<=11)',
      '$E4>=12',
    ]);
    expect(new Set(rules.map((r) => r.priority)).size).toBe(4);
    expect(rules[3].style?.fill).toMatchObject({ bgColor: { argb: 'FFD73027' } });
    expect(rules[3].style?.font).toMatchObject({ bold: true, color: { argb: 'FFFFFFFF' } });
  });

  test('styles, column widths and frozen header rows', async () => {
    const ws = (await plainExcelJsRead(await rendered())).getWorksheet(
      'Internkontrollplan',
    ) as ExcelJS.Worksheet;
    expect(ws.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell('C3').alignment).toMatchObject({ wrapText: true, vertical: 'top' });
    expect(ws.getCell('E5').numFmt).toBe('0');
    expect(ws.getCell('E5').border?.left).toMatchObject({ style: 'thin' });
    expect(ws.getCell('E5').alignment).toMatchObject({ horizontal: 'center' });
    expect(ws.getCell('D5').border?.left).toBeUndefined();
    expect(ws.getColumn('A').width).toBe(6);
    expect(ws.getColumn('B').width).toBe(40);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
  });

  test('rendering again replaces the sheet: same content, one table, one set of formats', async () => {
    const first = await readXlsxBuffer(await rendered());
    renderPlan(first.workbook, ikpPlan());
    const again = await readXlsxBuffer(await toBuffer(first.workbook));
    expect(again.snapshot).toEqual(first.snapshot);
    const ws = again.workbook.getWorksheet('Internkontrollplan') as ExcelJS.Worksheet;
    const cfs = (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings;
    expect(cfs).toHaveLength(1);
    expect(again.workbook.worksheets.map((w) => w.name)).toEqual([
      'Risk & Väsentlighet',
      'Internkontrollplan',
      'Planerade upphandlingar',
    ]);
    expect(await tableXmls(await toBuffer(again.workbook))).toHaveLength(1);
  });

  test('rendering drops whatever the generated sheet held before', async () => {
    const wb = vorWorkbook();
    const old = wb.addWorksheet('Internkontrollplan');
    old.getCell('Z99').value = 'gammalt';
    old.mergeCells('J1:K2');
    old.addTable({ name: 'Gammal', ref: 'M1', columns: [{ name: 'X' }], rows: [[1]] });
    renderPlan(wb, ikpPlan());
    const { workbook, snapshot } = await readXlsxBuffer(await toBuffer(wb));
    const sheet = findSheet(snapshot, 'Internkontrollplan');
    if (!sheet) throw new Error('sheet missing');
    expect(cellAt(sheet, 99, 26)).toBeNull();
    expect(snapshot.tables.map((t) => t.name)).toEqual(['Internkontrollplan']);
    expect(workbook.worksheets.map((w) => w.name)).toEqual([
      'Risk & Väsentlighet',
      'Planerade upphandlingar',
      'Internkontrollplan',
    ]);
  });

  test('a hidden settings sheet and a list taken from it (an entry with a comma)', async () => {
    const wb = vorWorkbook();
    renderPlan(wb, {
      sheets: [
        sheetPlan('Inställningar', 'generated', {
          hidden: true,
          writes: [{ address: 'A1', rows: [['IKP-beslut'], ['Ja'], ['Nej, endast VoR']] }],
        }),
        sheetPlan('Risk & Väsentlighet', 'user', {
          validations: [
            {
              address: 'E4:E9',
              list: ['Ja', 'Nej, endast VoR'],
              source: "='Inställningar'!$A$2:$A$3",
              strict: false,
            },
          ],
        }),
      ],
    });
    const read = await plainExcelJsRead(await toBuffer(wb));
    expect(read.getWorksheet('Inställningar')?.state).toBe('hidden');
    expect(read.getWorksheet('Risk & Väsentlighet')?.getCell('E9').dataValidation).toMatchObject({
      type: 'list',
      formulae: ["'Inställningar'!$A$2:$A$3"],
      errorStyle: 'warning',
    });
    // The hidden sheet is never the active tab.
    expect(read.worksheets[read.views[0].activeTab].name).toBe('Risk & Väsentlighet');
  });

  test('a table with only a header row gets one empty body row', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlan(wb, {
      sheets: [
        sheetPlan('Tom', 'generated', {
          writes: [{ address: 'B2', rows: [['A', 'B']] }],
          tables: [
            {
              name: 'Tom',
              address: 'B2:C2',
              headers: ['A', 'B'],
              mode: 'create',
              style: 'TableStyleLight9',
              calculated: [],
            },
          ],
        }),
      ],
    });
    const [t] = await tableXmls(await toBuffer(wb));
    expect(t.ref).toBe('B2:C3');
  });

  test('a header with a line break is escaped in the table XML the way Excel does', async () => {
    const wb = new ExcelJS.Workbook();
    const headers = ['Nr', 'Uppskattat\nkontraktsvärde'];
    renderPlan(wb, {
      sheets: [
        sheetPlan('P', 'generated', {
          writes: [{ address: 'A1', rows: [headers, [1, 2_000_000]] }],
          tables: [
            {
              name: 'P',
              address: 'A1:B2',
              headers,
              mode: 'create',
              style: 'TableStyleLight9',
              calculated: [],
            },
          ],
        }),
      ],
    });
    const buf = await toBuffer(wb);
    expect((await tableXmls(buf))[0].columns).toEqual(['Nr', 'Uppskattat_x000a_kontraktsvärde']);
    expect((await readXlsxBuffer(buf)).snapshot.tables[0].headers).toEqual(headers);
  });
});
