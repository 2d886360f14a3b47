/**
 * Row access shared by the table readers: one pass over the located rows, cells by column,
 * blank rows skipped (SPEC §2: blank rows inside a plain range are not data).
 */
import type { LocatedTable } from '../model/columns';
import { formulaAt } from '../workbook/cells';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellText, isBlank } from '../parse/text';

export function sheetOf(wb: WorkbookSnapshot, loc: LocatedTable<string>): SheetSnapshot {
  return wb.sheets.find((s) => s.name === loc.sheet) ?? { name: loc.sheet, values: [] };
}

/**
 * One non-blank data row of a located table. The visitor gets the same object for every row
 * (a 100 000-row table should not cost 100 000 sets of closures): read it during the visit,
 * keep `cells` if needed (it is a fresh array per row), never the row object itself.
 */
export class TableRow<F extends string> {
  /** Excel row number. */
  row = 0;
  /** Cells firstCol..lastCol, index 0 = firstCol. */
  cells: readonly CellValue[] = [];

  constructor(
    private readonly sheet: SheetSnapshot,
    private readonly loc: LocatedTable<F>,
  ) {}

  /** The cell of a mapped field (null when the table has no such column or the cell is empty). */
  value(field: F): CellValue {
    const col = (this.loc.columns as Partial<Record<F, number>>)[field];
    return col === undefined ? null : (this.cells[col - this.loc.firstCol] ?? null);
  }

  /** The trimmed text of a mapped field's cell ('' when none). */
  text(field: F): string {
    return cellText(this.value(field));
  }

  /** The formula in a mapped field's cell, null when none. */
  formula(field: F): string | null {
    const col = (this.loc.columns as Partial<Record<F, number>>)[field];
    return col === undefined ? null : formulaAt(this.sheet, this.row, col);
  }

  /** The formula of cells[index], null when none. */
  formulaAtIndex(index: number): string | null {
    return formulaAt(this.sheet, this.row, this.loc.firstCol + index);
  }
}

/** Calls `visit` for every non-blank row below the header, top to bottom. */
export function forEachDataRow<F extends string>(
  sheet: SheetSnapshot,
  loc: LocatedTable<F>,
  visit: (r: TableRow<F>) => void,
): void {
  const o = sheet.origin ?? { row: 1, col: 1 };
  const width = loc.lastCol - loc.firstCol + 1;
  const current = new TableRow(sheet, loc);
  for (let row = loc.headerRow + 1; row <= loc.lastRow; row++) {
    const source = sheet.values[row - o.row];
    if (!source) continue;
    const cells: CellValue[] = new Array<CellValue>(width);
    let blank = true;
    for (let i = 0; i < width; i++) {
      const v = source[loc.firstCol + i - o.col];
      cells[i] = v === undefined ? null : v;
      if (blank && !isBlank(cells[i])) blank = false;
    }
    if (blank) continue;
    current.row = row;
    current.cells = cells;
    visit(current);
  }
}
