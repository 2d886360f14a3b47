/**
 * Row heights for a generated sheet that asks for them (SheetPlan.fitRowHeights: the
 * Riskmatris). Excel grows a row that has no stored height to fit its wrapped text; LibreOffice
 * does not: it keeps the default 15 pt and draws the further lines over the rows below (seen in
 * the Riskmatris, whose cells list event numbers — test/e2e/libreoffice.e2e.ts). So the xlsx
 * renderer stores a height for each row whose text needs more than one line (or a larger
 * font), estimated from the text, the column width and the font size, as Excel would fit it.
 *
 * The estimate errs on the tall side: a stored height stops Excel from fitting the row itself,
 * and a row a little too tall reads better than a line cut off. Rows that fit on one line get
 * no height and stay Excel's and LibreOffice's to size.
 */
import type ExcelJS from 'exceljs';

/** Excel's default column width in characters, for columns the plan gives no width. */
const DEFAULT_WIDTH = 8.43;
/** Excel's default font size, and the height of one line of it with the cell's margins. */
const DEFAULT_SIZE = 11;
const LINE_PER_POINT = 1.3;
const PADDING = 2;
/** Excel's largest row height, in points. */
const MAX_HEIGHT = 409;

/**
 * Width of a character in widths of the digit 0 (the unit of a column width): narrow
 * punctuation and spaces about half, capitals and wide letters a quarter more.
 */
function charWidth(ch: string): number {
  if (/[\s.,:;!|'()iljtf]/.test(ch)) return 0.5;
  if (/[A-ZÅÄÖmw@%]/.test(ch)) return 1.25;
  return 1;
}

function textWidth(text: string): number {
  let w = 0;
  for (const ch of text) w += charWidth(ch);
  return w;
}

/** Lines `text` takes when wrapped at word boundaries into `capacity` digit widths. */
export function wrappedLines(text: string, capacity: number): number {
  let lines = 0;
  for (const paragraph of text.split(/\r?\n/)) {
    let line = 0;
    let count = 1;
    for (const word of paragraph.split(' ').filter((w) => w !== '')) {
      const w = textWidth(word);
      const needed = line === 0 ? w : line + 0.5 + w;
      if (needed <= capacity) {
        line = needed;
        continue;
      }
      if (line > 0) count++;
      // A word wider than the column is broken across lines.
      count += Math.max(0, Math.ceil(w / capacity) - 1);
      line = w - (Math.ceil(w / capacity) - 1) * capacity;
    }
    lines += count;
  }
  return lines;
}

function cellText(cell: ExcelJS.Cell): string | null {
  const v = cell.value;
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return String(v);
  if (v && typeof v === 'object' && 'richText' in v) return v.richText.map((r) => r.text).join('');
  return null; // formulas, dates, booleans: their shown text is not known here
}

/** The height (points) `cell` needs, or 0 when it needs no more than the default. */
function neededHeight(ws: ExcelJS.Worksheet, cell: ExcelJS.Cell): number {
  const text = cellText(cell);
  if (text === null || text.trim() === '') return 0;
  const size = cell.font?.size ?? DEFAULT_SIZE;
  const scale = (size / DEFAULT_SIZE) * (cell.font?.bold ? 1.1 : 1);
  const width = ws.getColumn(Number(cell.col)).width ?? DEFAULT_WIDTH;
  // A column width is the number of digits that fit between the cell's margins.
  const capacity = Math.max(1, width / scale);
  const lines = cell.alignment?.wrapText ? wrappedLines(text, capacity) : 1;
  if (lines <= 1 && size <= DEFAULT_SIZE) return 0;
  return lines * size * LINE_PER_POINT + PADDING;
}

/** Stores a height on each row of the sheet that needs more than one default line. */
export function fitRowHeights(ws: ExcelJS.Worksheet): void {
  ws.eachRow((row) => {
    let height = 0;
    row.eachCell((cell) => {
      if (cell.isMerged && cell.master !== cell) return;
      height = Math.max(height, neededHeight(ws, cell));
    });
    if (height > (row.height ?? 0)) row.height = Math.min(MAX_HEIGHT, Math.ceil(height));
  });
}
