/**
 * A cell as a corpus case describes it, and the one way both paths under test receive it: the
 * fake Excel (values as Office.js reads them) and an .xlsx written with ExcelJS (real formulas,
 * date cells, error cells, merges, hidden rows). Comparison of what a workbook holds before and
 * after a command goes through `CellMap`, the same shape for both paths.
 */
import type { CellValue } from '../../../src/core/workbook/snapshot';
import { isCellError } from '../../../src/core/workbook/snapshot';
import { ymdToSerial } from '../../../src/core/parse/excel-date';

/** A formula with the result Excel cached for it ("=1+2" → 3). */
export interface FormulaSpec {
  formula: string;
  result: CellValue;
}

/** A real date cell (ExcelJS writes a Date; Office.js reads it as its serial). */
export interface DateSpec {
  date: string;
}

export type CellSpec = CellValue | FormulaSpec | DateSpec;

export function isFormulaSpec(c: CellSpec): c is FormulaSpec {
  return typeof c === 'object' && c !== null && typeof (c as FormulaSpec).formula === 'string';
}

export function isDateSpec(c: CellSpec): c is DateSpec {
  return typeof c === 'object' && c !== null && typeof (c as DateSpec).date === 'string';
}

export const formula = (f: string, result: CellValue): FormulaSpec => ({ formula: f, result });
export const date = (iso: string): DateSpec => ({ date: iso });
export const err = (code: string): CellValue => ({ error: code });

function ymd(iso: string): { year: number; month: number; day: number } {
  const [year, month, day] = iso.split('-').map(Number);
  return { year, month, day };
}

export function dateSerial(iso: string): number {
  return ymdToSerial(ymd(iso));
}

/** What Office.js reads from the cell: its value (a formula's result, a date's serial). */
export function officeValue(c: CellSpec): CellValue {
  if (c === null || c === undefined) return null;
  if (isFormulaSpec(c)) return c.result;
  if (isDateSpec(c)) return dateSerial(c.date);
  return c;
}

export function officeFormula(c: CellSpec): string | null {
  return isFormulaSpec(c) ? c.formula : null;
}

/** What ExcelJS is given for the cell. */
export function excelJsValue(c: CellSpec): unknown {
  if (c === null || c === undefined) return null;
  if (isFormulaSpec(c)) {
    const result = isCellError(c.result) ? { error: c.result.error } : c.result;
    return { formula: c.formula.replace(/^=/, ''), result: result ?? undefined };
  }
  if (isDateSpec(c)) {
    const { year, month, day } = ymd(c.date);
    return new Date(Date.UTC(year, month - 1, day));
  }
  if (isCellError(c)) return { error: c.error };
  return c;
}

/** One cell as compared before and after: the value's canonical JSON and the formula. */
export interface NormCell {
  value: string;
  formula: string | null;
}

/** sheet name → A1 address → cell; blank cells are absent. */
export type CellMap = Map<string, Map<string, NormCell>>;

export function normValue(v: unknown): string {
  if (v instanceof Date) return JSON.stringify({ date: v.toISOString() });
  return JSON.stringify(v ?? null);
}

export function isBlankNorm(c: NormCell | undefined): boolean {
  return c === undefined || (c.formula === null && (c.value === 'null' || c.value === '""'));
}
