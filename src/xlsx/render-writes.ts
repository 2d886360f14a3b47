/** The plan's cell writes: constants as constants (text stays text, even "=…"), formulas as formulas. */
import type ExcelJS from 'exceljs';
import { isFormulaCell, type PlanCell, type RangeWrite } from '../core/plan/write-plan';
import { isCellError } from '../core/workbook/snapshot';
import { cellAddress, parseCell } from '../core/workbook/a1';
import { planError } from './plan-error';

/** The value ExcelJS stores for a plan cell. */
export function excelValue(c: PlanCell): ExcelJS.CellValue {
  if (isFormulaCell(c)) return { formula: stripEquals(c.formula) } as ExcelJS.CellFormulaValue;
  if (isCellError(c)) return { error: c.error } as ExcelJS.CellErrorValue;
  return c;
}

/** ExcelJS keeps formulas without their leading "=" (the xlsx <f> element has none). */
export function stripEquals(formula: string): string {
  return formula.startsWith('=') ? formula.slice(1) : formula;
}

/**
 * Writes each block cell by cell. A null clears a cell that exists; on a fresh sheet (or where
 * no cell exists yet) it creates nothing, so large sparse blocks stay cheap.
 */
export function renderWrites(ws: ExcelJS.Worksheet, writes: RangeWrite[]): void {
  for (const w of writes) {
    const { row, col } = parseCell(w.address);
    w.rows.forEach((cells, i) => {
      const excelRow = ws.getRow(row + i);
      cells.forEach((c, j) => {
        if (c === undefined) return;
        if (c === null) {
          const existing = excelRow.findCell(col + j);
          if (existing) existing.value = null;
          return;
        }
        if (typeof c === 'number' && !Number.isFinite(c)) {
          // ExcelJS would write "NaN" into the file, which Excel cannot open without repair.
          const where = `${ws.name}!${cellAddress(row + i, col + j)}`;
          throw planError(
            `Ogiltigt tal för ${where}: ${c}`,
            `Not a number Excel can hold for ${where}: ${c}`,
          );
        }
        excelRow.getCell(col + j).value = excelValue(c);
      });
    });
  }
}
