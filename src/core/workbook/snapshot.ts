/**
 * What the core sees of a workbook: plain values, never an Office.js or ExcelJS object.
 * Both adapters (src/excel for Office.js, src/xlsx for ExcelJS) produce this shape.
 */

/** An Excel error value (#N/A, #REF!, #DIV/0! …). */
export interface CellError {
  error: string;
}

/**
 * A cell value as the core sees it. Dates arrive as Excel serial numbers (adapters convert
 * date cells to serials), text as string, empty cells as null.
 */
export type CellValue = string | number | boolean | null | CellError;

export function isCellError(v: unknown): v is CellError {
  return typeof v === 'object' && v !== null && typeof (v as CellError).error === 'string';
}

export interface SheetSnapshot {
  name: string;
  /** Values of the used range, row by row, starting at `origin`. Ragged rows are allowed. */
  values: CellValue[][];
  /**
   * Formulas of the same cells, where a cell holds one ("=F5*G5"); null or missing otherwise.
   * May be omitted entirely when the adapter did not read formulas.
   */
  formulas?: (string | null)[][];
  /** 1-based Excel row and column of values[0][0]. Defaults to { row: 1, col: 1 }. */
  origin?: { row: number; col: number };
  /** 1-based Excel row numbers that are hidden (informational; hidden rows are still read). */
  hiddenRows?: number[];
  visible?: boolean;
}

/** A real Excel table (ListObject). */
export interface TableSnapshot {
  name: string;
  sheet: string;
  /** Full range including the header row, e.g. "A3:J69". */
  address: string;
  /** Header texts, left to right. */
  headers: string[];
}

export interface WorkbookSnapshot {
  sheets: SheetSnapshot[];
  tables: TableSnapshot[];
}
