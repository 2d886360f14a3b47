/**
 * What LibreOffice needed from the xlsx writer (test/e2e/libreoffice.e2e.ts): a print setup for
 * the Riskmatris (one landscape page wide), stored row heights for its wrapped cells, and a font
 * name on every styled cell. These are the file-level checks; the e2e test looks at LibreOffice.
 */
import ExcelJS from 'exceljs';
import type { WritePlan } from '../../src/core/plan/write-plan';
import { renderPlan } from '../../src/xlsx/render-plan';
import { wrappedLines } from '../../src/xlsx/row-heights';
import { toBuffer } from '../../src/xlsx/write-workbook';
import { sheetPlan, sheetXml } from './helpers';

const LONG = '12: 1, 13, 19, 20, 22, 26, 32, 48, 56, 61, 64, 65, 66, 67, 68, 69, 70, 71, 72, 73';

function matrixLikePlan(extra: Parameters<typeof sheetPlan>[2] = {}): WritePlan {
  return {
    sheets: [
      sheetPlan('Riskmatris', 'generated', {
        writes: [{ address: 'A1', rows: [['Riskmatris'], ['1: 31'], [LONG]] }],
        styles: [
          { address: 'A1', bold: true, fontSize: 14 },
          { address: 'A2:A3', wrap: true, fill: '#26B886' },
        ],
        columnWidths: { A: 20 },
        ...extra,
      }),
    ],
  };
}

function render(plan: WritePlan): ExcelJS.Worksheet {
  const wb = new ExcelJS.Workbook();
  renderPlan(wb, plan);
  const ws = wb.getWorksheet('Riskmatris');
  if (!ws) throw new Error('no sheet');
  return ws;
}

describe('wrappedLines', () => {
  test('wraps at word boundaries into the column width', () => {
    expect(wrappedLines('1: 31', 20)).toBe(1);
    // 25 digits and 24 narrow characters: two lines of a 20-digit column, as LibreOffice draws it.
    expect(wrappedLines('12: 1, 13, 19, 20, 22, 26, 32, 48, 56, 61, 64, 65', 20)).toBe(2);
    expect(wrappedLines(LONG, 20)).toBeGreaterThanOrEqual(3);
  });

  test('counts line breaks, and breaks a word wider than the column', () => {
    expect(wrappedLines('a\nb\nc', 20)).toBe(3);
    expect(wrappedLines('0'.repeat(45), 20)).toBe(3);
    expect(wrappedLines('', 20)).toBe(1);
  });
});

describe('fitRowHeights', () => {
  test('a sheet that asks for it stores heights on rows with wrapped or large text only', () => {
    const ws = render(matrixLikePlan({ fitRowHeights: true }));
    expect(ws.getRow(1).height).toBeGreaterThanOrEqual(18); // 14 pt title
    expect(ws.getRow(2).height).toBeUndefined(); // one line: left to Excel and LibreOffice
    const h = ws.getRow(3).height ?? 0;
    expect(h).toBeGreaterThanOrEqual(3 * 14);
    expect(h).toBeLessThanOrEqual(409);
  });

  test('without it no row gets a height (Excel keeps fitting them itself)', () => {
    const ws = render(matrixLikePlan());
    expect([1, 2, 3].map((r) => ws.getRow(r).height)).toEqual([undefined, undefined, undefined]);
  });

  test('a user sheet never gets heights, even when asked', () => {
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('VoR').getCell('A1').value = 'x';
    renderPlan(wb, {
      sheets: [
        sheetPlan('VoR', 'user', {
          writes: [{ address: 'A2', rows: [[LONG]] }],
          styles: [{ address: 'A2', wrap: true }],
          fitRowHeights: true,
        }),
      ],
    });
    expect(wb.getWorksheet('VoR')?.getRow(2).height).toBeUndefined();
  });
});

describe('print setup', () => {
  test('landscape, one page wide and as many tall as needed, in the file', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlan(wb, matrixLikePlan({ print: { landscape: true, fitToWidth: true } }));
    const xml = await sheetXml(await toBuffer(wb), 'Riskmatris');
    expect(xml).toMatch(/<pageSetUpPr[^>]*fitToPage="1"/);
    const setup = /<pageSetup [^>]*>/.exec(xml)?.[0] ?? '';
    expect(setup).toContain('orientation="landscape"');
    expect(setup).toContain('fitToWidth="1"');
    expect(setup).toContain('fitToHeight="0"');
  });

  test('absent: the sheet keeps the defaults', async () => {
    const wb = new ExcelJS.Workbook();
    renderPlan(wb, matrixLikePlan());
    const xml = await sheetXml(await toBuffer(wb), 'Riskmatris');
    expect(xml).not.toMatch(/fitToPage="1"/);
    expect(xml).not.toContain('orientation="landscape"');
  });
});

describe('styled cells name their font', () => {
  test('a cell with no font before gets the body font, with the style on top', () => {
    const ws = render(matrixLikePlan());
    expect(ws.getCell('A1').font).toMatchObject({ name: 'Calibri', scheme: 'minor', bold: true, size: 14 });
  });

  test("a cell's own font is kept", () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('VoR');
    ws.getCell('A1').value = 'Rubrik';
    ws.getCell('A1').font = { name: 'Arial', size: 10 };
    renderPlan(wb, { sheets: [sheetPlan('VoR', 'user', { styles: [{ address: 'A1', bold: true }] })] });
    expect(ws.getCell('A1').font).toEqual({ name: 'Arial', size: 10, bold: true });
  });
});
