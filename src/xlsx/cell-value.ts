/**
 * One ExcelJS cell → the plain value the core sees (snapshot.ts): dates as Excel serials, rich
 * text and hyperlinks as their text, errors as CellError, formulas as their cached result.
 */
import type ExcelJS from 'exceljs';
import { dateToSerial } from '../core/parse/excel-date';
import type { CellValue } from '../core/workbook/snapshot';

/** ExcelJS's ValueType numbers (its enum is declared, not exported as a TypeScript const). */
const T = {
  Null: 0,
  Merge: 1,
  Number: 2,
  String: 3,
  Date: 4,
  Hyperlink: 5,
  Formula: 6,
  SharedString: 7,
  RichText: 8,
  Boolean: 9,
  Error: 10,
} as const;

interface RichTextLike {
  richText: { text: string }[];
}

function isRichText(v: unknown): v is RichTextLike {
  return typeof v === 'object' && v !== null && Array.isArray((v as RichTextLike).richText);
}

function richTextString(v: RichTextLike): string {
  return v.richText.map((run) => run.text ?? '').join('');
}

/** A value as ExcelJS hands it over (constants and formula results alike). */
export function plainValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'string':
    case 'boolean':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : null;
    case 'object':
      break;
    default:
      return null;
  }
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : dateToSerial(v);
  const o = v as Record<string, unknown>;
  if (typeof o.error === 'string') return { error: o.error };
  if (isRichText(o)) return richTextString(o);
  // A hyperlink: its text may itself be rich text.
  if ('text' in o) return isRichText(o.text) ? richTextString(o.text) : plainValue(o.text);
  if ('formula' in o || 'sharedFormula' in o) return plainValue(o.result);
  return null;
}

/** The value the core sees: the cached result for a formula, null for a merged range's other cells. */
export function cellValue(cell: ExcelJS.Cell): CellValue {
  switch (cell.type as number) {
    case T.Null:
    case T.Merge: // a merged range's value lives in its master cell only
      return null;
    case T.Formula:
      return plainValue(cell.result);
    default:
      return plainValue(cell.value);
  }
}

/** "=F5*G5" when the cell holds a formula (a shared formula resolved to this cell's own text). */
export function cellFormula(cell: ExcelJS.Cell): string | null {
  if ((cell.type as number) !== T.Formula) return null;
  const f = cell.formula;
  return f ? `=${f}` : null;
}
