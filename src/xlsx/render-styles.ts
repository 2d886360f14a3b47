/** Cell styles, column widths and frozen panes of a sheet plan. */
import type ExcelJS from 'exceljs';
import type { CellStyle, SheetPlan } from '../core/plan/write-plan';
import { cellAddress, columnNumber, parseRange } from '../core/workbook/a1';
import { argb } from './sheet-setup';

const THIN: Partial<ExcelJS.Border> = { style: 'thin' };

/** Excel's default body font, as ExcelJS writes it for a new workbook. */
const BODY_FONT: Partial<ExcelJS.Font> = { name: 'Calibri', size: 11, family: 2, scheme: 'minor' };

/**
 * ExcelJS shares one style object between all cells loaded with the same style id, so a style is
 * never changed in place: each cell gets a new object built from its old one. Cells that shared a
 * style before share the derived one after, which keeps a 50 000-cell range cheap.
 */
export function renderStyles(ws: ExcelJS.Worksheet, styles: CellStyle[]): void {
  for (const s of styles) {
    const derived = new Map<Partial<ExcelJS.Style>, Partial<ExcelJS.Style>>();
    let fromEmpty: Partial<ExcelJS.Style> | undefined;
    const box = parseRange(s.address);
    for (let r = box.top; r <= box.bottom; r++) {
      const row = ws.getRow(r);
      for (let c = box.left; c <= box.right; c++) {
        const cell = row.getCell(c);
        const old = cell.style ?? {};
        if (Object.keys(old).length === 0) {
          fromEmpty ??= applyStyle({}, s);
          cell.style = fromEmpty;
          continue;
        }
        let next = derived.get(old);
        if (!next) {
          next = applyStyle(old, s);
          derived.set(old, next);
        }
        cell.style = next;
      }
    }
  }
}

export function applyStyle(old: Partial<ExcelJS.Style>, s: CellStyle): Partial<ExcelJS.Style> {
  const next: Partial<ExcelJS.Style> = { ...old };
  if (s.bold !== undefined || s.italic !== undefined || s.fontColor || s.fontSize) {
    // A font without a name is written as one (`<font><b/></font>`): LibreOffice then draws
    // the cell in a serif fallback. A cell that had none gets the workbook's body font: the
    // theme's minor font (scheme), Calibri where the theme is not read.
    const font: Partial<ExcelJS.Font> = old.font?.name ? { ...old.font } : { ...BODY_FONT, ...old.font };
    if (s.bold !== undefined) font.bold = s.bold;
    if (s.italic !== undefined) font.italic = s.italic;
    if (s.fontColor) font.color = { argb: argb(s.fontColor) };
    if (s.fontSize) font.size = s.fontSize;
    next.font = font;
  }
  if (s.wrap !== undefined || s.horizontal || s.vertical) {
    const alignment: Partial<ExcelJS.Alignment> = { ...old.alignment };
    if (s.wrap !== undefined) alignment.wrapText = s.wrap;
    if (s.horizontal) alignment.horizontal = s.horizontal;
    if (s.vertical) alignment.vertical = s.vertical;
    next.alignment = alignment;
  }
  if (s.fill) next.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(s.fill) } };
  if (s.border) next.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
  if (s.numberFormat) next.numFmt = s.numberFormat;
  return next;
}

export function renderColumnWidths(ws: ExcelJS.Worksheet, widths: SheetPlan['columnWidths']): void {
  for (const [letter, width] of Object.entries(widths)) ws.getColumn(columnNumber(letter)).width = width;
}

export function renderFreeze(ws: ExcelJS.Worksheet, freeze: SheetPlan['freeze']): void {
  if (!freeze) return;
  const { rows, columns } = freeze;
  const views = ws.views ?? []; // null on some sheets read from a file
  const base = { ...(views[0] ?? {}) } as Record<string, unknown>;
  delete base.topLeftCell;
  delete base.xSplit;
  delete base.ySplit;
  delete base.activePane;
  const view =
    rows > 0 || columns > 0
      ? {
          ...base,
          state: 'frozen',
          xSplit: columns,
          ySplit: rows,
          topLeftCell: cellAddress(rows + 1, columns + 1),
        }
      : { ...base, state: 'normal' };
  ws.views = [view as Partial<ExcelJS.WorksheetView>, ...views.slice(1)];
}
