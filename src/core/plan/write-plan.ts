/**
 * The declarative write plan: everything a command wants written into a workbook, per sheet.
 * The domain core builds it; src/excel (Office.js) and src/xlsx (ExcelJS) render it. Neither
 * adapter decides anything about the domain: what to write, where and in which format is here.
 *
 * Addresses are A1 strings relative to the sheet ("B3", "B3:H40"). Formulas are A1 formulas
 * starting with "=" (English function names, comma separators — the form both Office.js
 * `range.formulas` and the xlsx file format take).
 */
import type { CellValue } from '../workbook/snapshot';

/** A cell to write: a constant, or a formula. Text starting with "=" in a constant is text. */
export type PlanCell = CellValue | { formula: string };

export function isFormulaCell(c: PlanCell): c is { formula: string } {
  return typeof c === 'object' && c !== null && typeof (c as { formula?: unknown }).formula === 'string';
}

/** A rectangular block of cells written in one bulk range write. */
export interface RangeWrite {
  /** Top-left cell, e.g. "B4". The block spans rows.length × rows[0].length cells. */
  address: string;
  rows: PlanCell[][];
}

/**
 * A table column whose every body cell holds the same formula (an Excel calculated column).
 * `template` names other columns of the same table in braces: `{Sannolikhet}` — Office.js renders
 * it as `[@[Sannolikhet]]`, the xlsx writer as the same-row A1 reference (`F5`).
 */
export interface CalculatedColumn {
  column: string;
  template: string;
}

export interface TablePlan {
  name: string;
  /** Full range including the header row after the write, e.g. "A3:K69". */
  address: string;
  /** Header texts left to right; they match the header cells the plan writes. */
  headers: string[];
  /**
   * create: make a new table over `address` (its cells are written by the sheet's `writes`);
   * keep: the table exists already under this name: resize it to `address` if it grew (new
   * columns appended on the right), and never touch cells the plan does not write.
   */
  mode: 'create' | 'keep';
  /** Table name it had before, when the plan renames or converts (mode keep). */
  existingName?: string;
  style: string;
  calculated: CalculatedColumn[];
}

/** A data-validation dropdown on a range (a table body column). */
export interface ListValidation {
  address: string;
  list: string[];
  /**
   * When set, the dropdown's entries come from this range instead (absolute, with the sheet:
   * `'Inställningar'!$D$2:$D$3`). Needed when an entry holds a comma (`Nej, endast VoR`), which
   * an inline list cannot carry. `list` still names the entries.
   */
  source?: string;
  /** An entry outside the list is rejected (true) or only warned about (false). */
  strict: boolean;
  prompt?: string;
}

/** A conditional format whose rule is a formula, relative to the range's top-left cell. */
export interface ConditionalFormat {
  address: string;
  formula: string;
  fill: string; // "#RRGGBB"
  fontColor?: string;
  bold?: boolean;
  stopIfTrue?: boolean;
}

export interface CellStyle {
  address: string;
  bold?: boolean;
  italic?: boolean;
  wrap?: boolean;
  fill?: string;
  fontColor?: string;
  fontSize?: number;
  horizontal?: 'left' | 'center' | 'right';
  vertical?: 'top' | 'middle' | 'bottom';
  border?: boolean;
  numberFormat?: string;
}

export interface SheetPlan {
  sheet: string;
  /**
   * generated: the add-in owns the whole sheet (Internkontrollplan, Riskmatris, export); it is
   * created if missing and its previous contents are replaced by `writes`.
   * user: the sheet belongs to the user; only the cells in `writes` are written, nothing else.
   */
  kind: 'generated' | 'user';
  /** Where a new generated sheet goes: after this sheet (else at the end). */
  after?: string;
  tabColor?: string;
  /** A generated sheet the user need not see (the settings sheet). */
  hidden?: boolean;
  writes: RangeWrite[];
  tables: TablePlan[];
  validations: ListValidation[];
  /**
   * Conditional formats the add-in owns on this sheet. Rendering replaces the add-in's earlier
   * formats on the same ranges, so running a command twice leaves one set.
   */
  conditionalFormats: ConditionalFormat[];
  styles: CellStyle[];
  /** Column widths in characters, by column letter. */
  columnWidths: Record<string, number>;
  freeze?: { rows: number; columns: number };
  /** How a generated sheet prints; absent: the workbook's defaults (portrait, 100 %). */
  print?: SheetPrint;
  /**
   * Give each row of this generated sheet a height that shows all of its wrapped text. Excel
   * fits a row without a stored height by itself; LibreOffice does not and draws the further
   * lines over the rows below. A stored height also stops Excel from refitting the row when a
   * cell is edited later, so only sheets nobody types in (the Riskmatris) ask for it. The xlsx
   * renderer stores estimated heights (src/xlsx/row-heights.ts); in Excel the add-in's writes
   * are fitted by Excel itself.
   */
  fitRowHeights?: boolean;
}

/**
 * Print setup of a generated sheet. Without it a sheet wider than the paper is printed (and
 * exported to PDF) in vertical strips, e.g. the Riskmatris' last three columns on a page of
 * their own (seen in LibreOffice, test/e2e/libreoffice.e2e.ts).
 */
export interface SheetPrint {
  landscape?: boolean;
  /** Scaled to one page wide, as many pages tall as the rows need. */
  fitToWidth?: boolean;
}

export interface WritePlan {
  sheets: SheetPlan[];
  /** Sheet to show after the command (e.g. the new Internkontrollplan). */
  activate?: string;
}

export function emptySheetPlan(sheet: string, kind: SheetPlan['kind']): SheetPlan {
  return {
    sheet,
    kind,
    writes: [],
    tables: [],
    validations: [],
    conditionalFormats: [],
    styles: [],
    columnWidths: {},
  };
}
