import type ExcelJS from 'exceljs';
import { isCellError } from '../core/workbook/snapshot';
import { cellValue } from './cell-value';

/** The text of a header cell as Excel names a table column after it ('' when empty). */
export function headerText(ws: ExcelJS.Worksheet, row: number, col: number): string {
  const cell = ws.findCell(row, col);
  if (!cell) return '';
  const value = cellValue(cell);
  if (value === null) return '';
  if (isCellError(value)) return value.error;
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  return String(value);
}
