import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { cellAt, findSheet, formulaAt } from '../../src/core/workbook/cells';
import { readXlsxBuffer } from '../../src/xlsx/read-workbook';
import { toBuffer } from '../../src/xlsx/write-workbook';
import { likeExcel, roundTrip, tableXmls } from './helpers';

async function snapshotOfSheet(build: (ws: ExcelJS.Worksheet) => void) {
  const wb = new ExcelJS.Workbook();
  build(wb.addWorksheet('Blad1'));
  const { snapshot } = await roundTrip(wb);
  const sheet = findSheet(snapshot, 'Blad1');
  if (!sheet) throw new Error('sheet missing');
  return { snapshot, sheet };
}

describe('readXlsxBuffer: cell values', () => {
  test('strings, numbers, booleans and text that looks like a formula', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = 'Text';
      ws.getCell('B1').value = 3.5;
      ws.getCell('C1').value = true;
      ws.getCell('D1').value = '=SUM(A1)';
    });
    expect(cellAt(sheet, 1, 1)).toBe('Text');
    expect(cellAt(sheet, 1, 2)).toBe(3.5);
    expect(cellAt(sheet, 1, 3)).toBe(true);
    expect(cellAt(sheet, 1, 4)).toBe('=SUM(A1)');
    expect(formulaAt(sheet, 1, 4)).toBeNull();
  });

  test('date cells become Excel serial numbers', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = new Date(Date.UTC(2021, 0, 1));
      ws.getCell('A2').value = new Date(Date.UTC(2021, 0, 1, 12));
      ws.getCell('A3').value = new Date(Date.UTC(1900, 0, 1));
    });
    expect(cellAt(sheet, 1, 1)).toBe(44197);
    expect(cellAt(sheet, 2, 1)).toBe(44197.5);
    expect(cellAt(sheet, 3, 1)).toBe(1);
  });

  test('error values become CellError, as constants and as formula results', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = { error: '#N/A' } as ExcelJS.CellErrorValue;
      ws.getCell('A2').value = { formula: '1/0', result: { error: '#DIV/0!' } } as ExcelJS.CellFormulaValue;
      ws.getCell('A3').value = {
        formula: 'Blad9!A1',
        result: { error: '#REF!' },
      } as ExcelJS.CellFormulaValue;
    });
    expect(cellAt(sheet, 1, 1)).toEqual({ error: '#N/A' });
    expect(cellAt(sheet, 2, 1)).toEqual({ error: '#DIV/0!' });
    expect(formulaAt(sheet, 2, 1)).toBe('=1/0');
    expect(cellAt(sheet, 3, 1)).toEqual({ error: '#REF!' });
  });

  test('rich text and hyperlinks give their plain text', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = { richText: [{ text: 'Hej ' }, { font: { bold: true }, text: 'där' }] };
      ws.getCell('A2').value = { text: 'Stockholm', hyperlink: 'https://start.stockholm' };
    });
    expect(cellAt(sheet, 1, 1)).toBe('Hej där');
    expect(cellAt(sheet, 2, 1)).toBe('Stockholm');
  });

  test('formulas: cached result as value, formula text with "=", null value without a result', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = 3;
      ws.getCell('B1').value = 4;
      ws.getCell('C1').value = { formula: 'A1*B1', result: 12 } as ExcelJS.CellFormulaValue;
      ws.getCell('D1').value = {
        formula: 'IF(C1>=12,"IKP","VoR")',
        result: 'IKP',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('E1').value = { formula: 'A1+B1' } as ExcelJS.CellFormulaValue;
    });
    expect(cellAt(sheet, 1, 3)).toBe(12);
    expect(formulaAt(sheet, 1, 3)).toBe('=A1*B1');
    expect(cellAt(sheet, 1, 4)).toBe('IKP');
    expect(cellAt(sheet, 1, 5)).toBeNull();
    expect(formulaAt(sheet, 1, 5)).toBe('=A1+B1');
    expect(formulaAt(sheet, 1, 1)).toBeNull();
  });

  test('shared formulas resolve to each cell’s own formula text', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      [1, 2, 3].forEach((v, i) => (ws.getCell(`A${i + 2}`).value = v));
      ws.getCell('B2').value = {
        formula: 'A2*2',
        result: 2,
        shareType: 'shared',
        ref: 'B2:B4',
      } as ExcelJS.CellFormulaValue;
      ws.getCell('B3').value = { sharedFormula: 'B2', result: 4 } as ExcelJS.CellSharedFormulaValue;
      ws.getCell('B4').value = { sharedFormula: 'B2', result: 6 } as ExcelJS.CellSharedFormulaValue;
    });
    expect(formulaAt(sheet, 2, 2)).toBe('=A2*2');
    expect(formulaAt(sheet, 3, 2)).toBe('=A3*2');
    expect(formulaAt(sheet, 4, 2)).toBe('=A4*2');
    expect(cellAt(sheet, 4, 2)).toBe(6);
  });

  test('merged cells: the master holds the value, the other cells are empty', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('A1').value = 'PLAN FÖR UPPHANDLING 2021';
      ws.mergeCells('A1:C2');
      ws.getCell('A3').value = 'x';
    });
    expect(cellAt(sheet, 1, 1)).toBe('PLAN FÖR UPPHANDLING 2021');
    expect(cellAt(sheet, 1, 2)).toBeNull();
    expect(cellAt(sheet, 2, 1)).toBeNull();
    expect(cellAt(sheet, 3, 1)).toBe('x');
  });

  test('hidden rows are listed and still read; origin is the used range’s corner', async () => {
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.getCell('C3').value = 'a';
      ws.getCell('D4').value = 'b';
      ws.getCell('C6').value = 'c';
      ws.getRow(4).hidden = true;
    });
    expect(sheet.origin).toEqual({ row: 3, col: 3 });
    expect(sheet.hiddenRows).toEqual([4]);
    expect(cellAt(sheet, 4, 4)).toBe('b');
    expect(cellAt(sheet, 6, 3)).toBe('c');
    expect(cellAt(sheet, 5, 3)).toBeNull();
    expect(sheet.values).toHaveLength(4);
  });

  test('sheets in tab order with their visibility', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Första').getCell('A1').value = 1;
    wb.addWorksheet('Dold', { state: 'hidden' }).getCell('A1').value = 2;
    const { snapshot } = await roundTrip(wb);
    expect(snapshot.sheets.map((s) => [s.name, s.visible])).toEqual([
      ['Första', true],
      ['Dold', false],
    ]);
  });

  test('reads from an ArrayBuffer as the browser hands one over', async () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('Blad1').getCell('B2').value = 'från webbläsaren';
    const buf = await toBuffer(wb);
    const arrayBuffer = buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
    const { snapshot } = await readXlsxBuffer(arrayBuffer);
    expect(cellAt(snapshot.sheets[0], 2, 2)).toBe('från webbläsaren');
  });

  test('an empty sheet gives an empty grid', async () => {
    const { sheet } = await snapshotOfSheet(() => undefined);
    expect(sheet.values).toEqual([]);
  });

  test('50 000 rows are read completely', async () => {
    const rows = 50_000;
    const { sheet } = await snapshotOfSheet((ws) => {
      ws.addRow(['Nr', 'Händelse', 'S', 'K', 'RV']);
      for (let i = 1; i <= rows; i++) {
        ws.addRow([i, `Händelse ${i}`, (i % 5) + 1, ((i * 3) % 5) + 1, { formula: `C${i + 1}*D${i + 1}` }]);
      }
    });
    expect(sheet.values).toHaveLength(rows + 1);
    expect(cellAt(sheet, rows + 1, 1)).toBe(rows);
    expect(cellAt(sheet, rows + 1, 2)).toBe(`Händelse ${rows}`);
    expect(formulaAt(sheet, rows + 1, 5)).toBe(`=C${rows + 1}*D${rows + 1}`);
  });
});

describe('readXlsxBuffer: tables', () => {
  function workbookWithTable(): ExcelJS.Workbook {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('Risk & Väsentlighet');
    ws.getCell('A1').value = 'Väsentlighets- och riskanalys';
    ws.addTable({
      name: 'RiskVasentlighet',
      ref: 'A3',
      headerRow: true,
      columns: [
        { name: 'Nr' },
        { name: 'Sannolikhet' },
        { name: 'Konsekvens' },
        { name: 'RV' },
        { name: 'Kommentar' },
      ],
      rows: [
        [1, 3, 4, { formula: 'B4*C4', result: 12 }, 'a'],
        [2, 2, 2, { formula: 'B5*C5', result: 4 }, 'b'],
      ],
    });
    return wb;
  }

  test('a table written by ExcelJS is found with its name, range and headers', async () => {
    const { snapshot } = await roundTrip(workbookWithTable());
    expect(snapshot.tables).toEqual([
      {
        name: 'RiskVasentlighet',
        sheet: 'Risk & Väsentlighet',
        address: 'A3:E5',
        headers: ['Nr', 'Sannolikhet', 'Konsekvens', 'RV', 'Kommentar'],
      },
    ]);
  });

  test('a table as Excel writes it (calculated column, default header row) keeps all columns', async () => {
    const excelFile = await likeExcel(await toBuffer(workbookWithTable()), {
      RV: 'RiskVasentlighet[[#This Row],[Sannolikhet]]*RiskVasentlighet[[#This Row],[Konsekvens]]',
    });
    expect(await (await JSZip.loadAsync(excelFile)).file('xl/tables/table1.xml')?.async('string')).toContain(
      '<calculatedColumnFormula>',
    );
    const { workbook, snapshot } = await readXlsxBuffer(excelFile);
    expect(snapshot.tables[0].headers).toEqual(['Nr', 'Sannolikhet', 'Konsekvens', 'RV', 'Kommentar']);
    expect(snapshot.tables[0].address).toBe('A3:E5');

    // Writing it back keeps a header row, every column and the filter buttons.
    const [table] = await tableXmls(await toBuffer(workbook));
    expect(table.ref).toBe('A3:E5');
    expect(table.headerRowCount).not.toBe('0');
    expect(table.columns).toEqual(['Nr', 'Sannolikhet', 'Konsekvens', 'RV', 'Kommentar']);
    const xml = (await JSZip.loadAsync(await toBuffer(workbook))).file('xl/tables/table1.xml');
    expect(await xml?.async('string')).not.toContain('hiddenButton="1"');
  });
});
