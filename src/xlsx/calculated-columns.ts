/**
 * Calculated columns in an xlsx file: every body cell of the column gets the template with each
 * `{Header}` replaced by the same-row A1 reference (`{Sannolikhet}` → `G5`), as write-plan.ts
 * specifies for this writer.
 *
 * ExcelJS 4.4 cannot write the table's <calculatedColumnFormula> (its table-column writer emits
 * a bare element), so Excel sees ordinary formulas in a table column: it shows and evaluates
 * them, but does not fill the formula into rows a person adds below the table by itself.
 */
import type ExcelJS from 'exceljs';
import type { TablePlan } from '../core/plan/write-plan';
import { cellAddress, type RangeBox } from '../core/workbook/a1';
import { planError } from './plan-error';
import { stripEquals } from './render-writes';

const PLACEHOLDER = /\{([^{}]+)\}/g;
/** `{1,2,3}`, `{"a","b"}`: an Excel array constant inside a template, left as it is. */
const ARRAY_CONSTANT =
  /^\s*(?:-?\d+(?:\.\d+)?|"(?:[^"]|"")*"|TRUE|FALSE)\s*(?:[,;]\s*(?:-?\d+(?:\.\d+)?|"(?:[^"]|"")*"|TRUE|FALSE)\s*)*$/i;

/** Column index (0-based) of a header, exact match first, then ignoring case. */
export function headerIndex(headers: string[], name: string): number {
  const exact = headers.indexOf(name);
  if (exact >= 0) return exact;
  const key = name.toLowerCase();
  return headers.findIndex((h) => h.toLowerCase() === key);
}

/** The template for one row; throws on a placeholder that names no column of the table. */
export function formulaForRow(plan: TablePlan, template: string, left: number, row: number): string {
  return stripEquals(template).replace(PLACEHOLDER, (whole: string, name: string) => {
    const j = headerIndex(plan.headers, name);
    if (j < 0 && ARRAY_CONSTANT.test(name)) return whole;
    if (j < 0) {
      throw planError(
        `Formeln för kolumnen i tabellen ${plan.name} nämner {${name}}, som inte är en kolumn i tabellen.`,
        `The formula for a column of table ${plan.name} names {${name}}, which is not a column of the table.`,
      );
    }
    return cellAddress(row, left + j);
  });
}

export function writeCalculatedColumns(
  ws: ExcelJS.Worksheet,
  plan: TablePlan,
  box: RangeBox,
  hasTotalsRow: boolean,
): void {
  const lastBodyRow = hasTotalsRow ? box.bottom - 1 : box.bottom;
  for (const calc of plan.calculated) {
    const j = headerIndex(plan.headers, calc.column);
    if (j < 0) {
      throw planError(
        `Tabellen ${plan.name} har ingen kolumn ${calc.column} att räkna ut.`,
        `Table ${plan.name} has no column ${calc.column} to calculate.`,
      );
    }
    // One shared formula per column: the first body cell carries the text, every other cell
    // refers to it (<f t="shared"/>). Excel and LibreOffice translate it per row exactly as the
    // same-row A1 formula; the file stays small however long the column (the RV formula is
    // long, and a 50 000-row VoR would otherwise carry it 50 000 times).
    const first = box.top + 1;
    if (lastBodyRow < first) continue;
    const col = box.left + j;
    const master = cellAddress(first, col);
    ws.getRow(first).getCell(col).value = {
      formula: formulaForRow(plan, calc.template, box.left, first),
      ...(lastBodyRow > first
        ? { shareType: 'shared', ref: `${master}:${cellAddress(lastBodyRow, col)}` }
        : {}),
    } as ExcelJS.CellFormulaValue;
    for (let r = first + 1; r <= lastBodyRow; r++) {
      ws.getRow(r).getCell(col).value = { sharedFormula: master } as ExcelJS.CellSharedFormulaValue;
    }
  }
}
