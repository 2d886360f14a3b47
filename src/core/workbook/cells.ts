import type { CellValue, SheetSnapshot, WorkbookSnapshot } from './snapshot';

/** The value at an Excel row/column (1-based) of a sheet snapshot, null outside the grid. */
export function cellAt(sheet: SheetSnapshot, row: number, col: number): CellValue {
  const o = sheet.origin ?? { row: 1, col: 1 };
  const r = sheet.values[row - o.row];
  if (!r) return null;
  const v = r[col - o.col];
  return v === undefined ? null : v;
}

/** The formula at an Excel row/column, null when the cell holds none. */
export function formulaAt(sheet: SheetSnapshot, row: number, col: number): string | null {
  if (!sheet.formulas) return null;
  const o = sheet.origin ?? { row: 1, col: 1 };
  const f = sheet.formulas[row - o.row]?.[col - o.col];
  return typeof f === 'string' && f.startsWith('=') ? f : null;
}

/** Last row and column (1-based) the snapshot covers. */
export function sheetExtent(sheet: SheetSnapshot): { lastRow: number; lastCol: number } {
  const o = sheet.origin ?? { row: 1, col: 1 };
  let width = 0;
  for (const r of sheet.values) if (r.length > width) width = r.length;
  return { lastRow: o.row + sheet.values.length - 1, lastCol: o.col + width - 1 };
}

export function findSheet(wb: WorkbookSnapshot, name: string): SheetSnapshot | undefined {
  return wb.sheets.find((s) => s.name === name);
}
