/**
 * The fake's in-memory workbook: what Excel holds after each applied statement. Only queued
 * statements change it, and only when `context.sync()` runs them (see context.ts).
 */
import type { CellValue } from '../../src/core/workbook/snapshot';
import {
  type Box,
  boxAddress,
  cols,
  containsBox,
  intersect,
  MAX_COLS,
  MAX_ROWS,
  parseAddress,
  rows,
  sameBox,
  subtract,
} from './boxes';
import { Codes, statementError } from './errors';

export interface CellFormat {
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  fill?: string;
  wrap?: boolean;
  horizontal?: string;
  vertical?: string;
  borders?: Record<string, string>;
}

export interface CellModel {
  /** The value Excel shows; for a formula cell what it was given (the fake does not calculate). */
  value: CellValue;
  formula?: string;
  /** Written with a leading apostrophe: text, never parsed. */
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: CellFormat;
}

export interface ConditionalFormatModel {
  id: number;
  ranges: Box[];
  type: 'Custom';
  formula?: string;
  fill?: string;
  fontColor?: string;
  bold?: boolean;
  italic?: boolean;
  stopIfTrue?: boolean;
}

export interface DataValidationModel {
  ranges: Box[];
  rule: unknown;
  errorAlert?: unknown;
  prompt?: unknown;
  ignoreBlanks?: boolean;
}

export interface SheetModel {
  id: number;
  name: string;
  visibility: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor: string;
  cells: Map<number, CellModel>;
  /** Column widths in points, by 1-based column number. */
  columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number };
  /** In priority order: index 0 is applied first. */
  conditionalFormats: ConditionalFormatModel[];
  validations: DataValidationModel[];
}

export interface TableModel {
  id: number;
  name: string;
  sheetId: number;
  /** Full range, header row included. */
  box: Box;
  style: string;
  /** Calculated columns: column offset in the table → the formula every body cell holds. */
  calculated: Map<number, string>;
}

export const cellKey = (row: number, col: number): number => row * (MAX_COLS + 1) + col;
export const keyRow = (key: number): number => Math.floor(key / (MAX_COLS + 1));
export const keyCol = (key: number): number => key % (MAX_COLS + 1);

const ERROR_LITERALS = [
  '#NULL!',
  '#DIV/0!',
  '#VALUE!',
  '#REF!',
  '#NAME?',
  '#NUM!',
  '#N/A',
  '#GETTING_DATA',
  '#SPILL!',
  '#CALC!',
  '#FIELD!',
  '#BLOCKED!',
  '#CONNECT!',
  '#BUSY!',
  '#UNKNOWN!',
];

export class WorkbookModel {
  sheets: SheetModel[] = [];
  tables: TableModel[] = [];
  activeSheetId = 0;
  selection: { sheetId: number; box: Box } | null = null;
  private nextId = 1;

  newId(): number {
    return this.nextId++;
  }

  // ---- sheets -------------------------------------------------------------------------------

  sheetByName(name: string): SheetModel | undefined {
    const n = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === n);
  }

  sheetById(id: number): SheetModel | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  requireSheet(name: string): SheetModel {
    const s = this.sheetByName(name);
    if (!s)
      throw statementError(Codes.itemNotFound, `The requested resource doesn't exist: worksheet "${name}".`);
    return s;
  }

  addSheet(name: string): SheetModel {
    validateSheetName(name);
    if (this.sheetByName(name)) {
      throw statementError(
        Codes.itemAlreadyExists,
        `The resource being created already exists: worksheet "${name}".`,
      );
    }
    const sheet: SheetModel = {
      id: this.newId(),
      name,
      visibility: 'Visible',
      tabColor: '',
      cells: new Map(),
      columnWidths: new Map(),
      freeze: { rows: 0, columns: 0 },
      conditionalFormats: [],
      validations: [],
    };
    this.sheets.push(sheet);
    if (this.activeSheetId === 0) this.activeSheetId = sheet.id;
    return sheet;
  }

  renameSheet(sheet: SheetModel, name: string): void {
    validateSheetName(name);
    const other = this.sheetByName(name);
    if (other && other !== sheet)
      throw statementError(Codes.itemAlreadyExists, `A worksheet named "${name}" exists.`);
    sheet.name = name;
  }

  moveSheet(sheet: SheetModel, position: number): void {
    if (!Number.isInteger(position) || position < 0 || position >= this.sheets.length) {
      throw statementError(Codes.invalidArgument, `Worksheet position ${position} is out of range.`);
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    this.sheets.splice(position, 0, sheet);
  }

  setVisibility(sheet: SheetModel, v: string): void {
    if (v !== 'Visible' && v !== 'Hidden' && v !== 'VeryHidden') {
      throw statementError(Codes.invalidArgument, `Invalid visibility "${v}".`);
    }
    if (
      v !== 'Visible' &&
      this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0
    ) {
      throw statementError(Codes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    sheet.visibility = v;
    if (v !== 'Visible' && this.activeSheetId === sheet.id) {
      this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
    }
  }

  deleteSheet(sheet: SheetModel): void {
    if (this.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
      throw statementError(Codes.invalidOperation, 'A workbook must contain at least one visible worksheet.');
    }
    this.tables = this.tables.filter((t) => t.sheetId !== sheet.id);
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    if (this.activeSheetId === sheet.id)
      this.activeSheetId = this.sheets.find((s) => s.visibility === 'Visible')!.id;
  }

  activate(sheet: SheetModel): void {
    if (sheet.visibility !== 'Visible')
      throw statementError(Codes.invalidOperation, `Cannot activate hidden worksheet "${sheet.name}".`);
    this.activeSheetId = sheet.id;
  }

  // ---- cells --------------------------------------------------------------------------------

  cell(sheet: SheetModel, row: number, col: number): CellModel | undefined {
    return sheet.cells.get(cellKey(row, col));
  }

  /** Bounding box of the cells holding a value or formula (valuesOnly) or anything at all. */
  usedBox(sheet: SheetModel, valuesOnly: boolean): Box | null {
    let top = Infinity;
    let left = Infinity;
    let bottom = -Infinity;
    let right = -Infinity;
    for (const [key, c] of sheet.cells) {
      if (valuesOnly ? !hasContent(c) : isBlankCell(c)) continue;
      const r = keyRow(key);
      const k = keyCol(key);
      if (r < top) top = r;
      if (r > bottom) bottom = r;
      if (k < left) left = k;
      if (k > right) right = k;
    }
    return top === Infinity ? null : { top, left, bottom, right };
  }

  /** Writes `values`/`formulas` input (2-D array, or one value for every cell) the way Excel parses it. */
  writeInput(sheet: SheetModel, box: Box, input: unknown, kind: 'values' | 'formulas'): void {
    const grid = expandInput(box, input, kind);
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        const raw = grid[i][j];
        if (raw === null || raw === undefined) continue; // Office.js: null leaves the cell unchanged
        const row = box.top + i;
        const col = box.left + j;
        const parsed = parseInput(raw, kind);
        this.checkStructuredRefs(sheet, row, col, parsed.formula);
        const key = cellKey(row, col);
        const old = sheet.cells.get(key);
        const next: CellModel = { ...(old ?? {}), value: parsed.value };
        delete next.formula;
        delete next.quotePrefix;
        if (parsed.formula !== undefined) next.formula = parsed.formula;
        if (parsed.quotePrefix) next.quotePrefix = true;
        if (next.value === null && next.formula === undefined && isBlankCell(next)) sheet.cells.delete(key);
        else sheet.cells.set(key, next);
      }
    }
    this.recordCalculatedColumns(sheet, box, grid);
  }

  writeNumberFormat(sheet: SheetModel, box: Box, input: unknown): void {
    const grid = expandInput(box, input, 'numberFormat');
    for (let i = 0; i < grid.length; i++) {
      for (let j = 0; j < grid[i].length; j++) {
        const f = grid[i][j];
        if (f === null || f === undefined) continue;
        if (typeof f !== 'string')
          throw statementError(Codes.invalidArgument, 'A number format must be text.');
        const key = cellKey(box.top + i, box.left + j);
        const c = sheet.cells.get(key) ?? { value: null };
        if (f === '' || f === 'General') delete c.numberFormat;
        else c.numberFormat = f;
        this.putOrDrop(sheet, key, c);
      }
    }
  }

  formatCells(sheet: SheetModel, box: Box, change: (f: CellFormat) => void): void {
    if (rows(box) * cols(box) > 5_000_000)
      throw statementError(Codes.invalidArgument, 'The fake formats at most 5,000,000 cells at a time.');
    for (let r = box.top; r <= box.bottom; r++) {
      for (let c = box.left; c <= box.right; c++) {
        const key = cellKey(r, c);
        const cell = sheet.cells.get(key) ?? { value: null };
        const f: CellFormat = { ...(cell.format ?? {}) };
        change(f);
        cell.format = f;
        this.putOrDrop(sheet, key, cell);
      }
    }
  }

  clear(sheet: SheetModel, box: Box, applyTo: string): void {
    if (!['All', 'Formats', 'Contents'].includes(applyTo))
      throw statementError(Codes.invalidArgument, `clear("${applyTo}") is not supported by the fake.`);
    for (const [key, c] of [...sheet.cells]) {
      const r = keyRow(key);
      const k = keyCol(key);
      if (r < box.top || r > box.bottom || k < box.left || k > box.right) continue;
      if (applyTo === 'All') sheet.cells.delete(key);
      else if (applyTo === 'Contents') {
        c.value = null;
        delete c.formula;
        delete c.quotePrefix;
        this.putOrDrop(sheet, key, c);
      } else {
        delete c.format;
        delete c.numberFormat;
        this.putOrDrop(sheet, key, c);
      }
    }
    // Excel's "Clear All"/"Clear Formats" also removes conditional formats from the cells.
    if (applyTo !== 'Contents') this.clearConditionalFormats(sheet, box);
  }

  private putOrDrop(sheet: SheetModel, key: number, c: CellModel): void {
    if (c.value === null && c.formula === undefined && isBlankCell(c)) sheet.cells.delete(key);
    else sheet.cells.set(key, c);
  }

  // ---- conditional formats and data validation --------------------------------------------

  clearConditionalFormats(sheet: SheetModel, box: Box): void {
    sheet.conditionalFormats = sheet.conditionalFormats
      .map((cf) => ({ ...cf, ranges: cf.ranges.flatMap((r) => subtract(r, box)) }))
      .filter((cf) => cf.ranges.length > 0);
  }

  addConditionalFormat(sheet: SheetModel, box: Box, type: string): ConditionalFormatModel {
    if (type !== 'Custom')
      throw statementError(
        Codes.notImplemented,
        `Fake Excel: conditional format type "${type}" is not implemented.`,
      );
    const cf: ConditionalFormatModel = { id: this.newId(), ranges: [box], type: 'Custom' };
    // ConditionalFormatCollection.add puts the new format at the top priority.
    sheet.conditionalFormats.unshift(cf);
    return cf;
  }

  conditionalFormatById(id: number): ConditionalFormatModel {
    for (const s of this.sheets) {
      const cf = s.conditionalFormats.find((c) => c.id === id);
      if (cf) return cf;
    }
    throw statementError(Codes.itemNotFound, 'The conditional format no longer exists.');
  }

  clearValidation(sheet: SheetModel, box: Box): void {
    sheet.validations = sheet.validations
      .map((v) => ({ ...v, ranges: v.ranges.flatMap((r) => subtract(r, box)) }))
      .filter((v) => v.ranges.length > 0);
  }

  setValidationRule(sheet: SheetModel, box: Box, rule: unknown): void {
    checkValidationRule(rule);
    this.clearValidation(sheet, box);
    sheet.validations.push({ ranges: [box], rule: structuredClone(rule) });
  }

  /** errorAlert / prompt / ignoreBlanks belong to the validation covering exactly this range. */
  setValidationPart(
    sheet: SheetModel,
    box: Box,
    part: 'errorAlert' | 'prompt' | 'ignoreBlanks',
    value: unknown,
  ): void {
    const v = sheet.validations.find((x) => x.ranges.length === 1 && sameBox(x.ranges[0], box));
    if (!v)
      throw statementError(
        Codes.invalidOperation,
        `No data validation rule on ${boxAddress(box)}: set the rule first.`,
      );
    (v as unknown as Record<string, unknown>)[part] = structuredClone(value);
  }

  // ---- tables -------------------------------------------------------------------------------

  tableByName(name: string): TableModel | undefined {
    const n = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === n);
  }

  tableById(id: number): TableModel | undefined {
    return this.tables.find((t) => t.id === id);
  }

  requireTable(name: string): TableModel {
    const t = this.tableByName(name);
    if (!t)
      throw statementError(Codes.itemNotFound, `The requested resource doesn't exist: table "${name}".`);
    return t;
  }

  /** Header texts as Excel keeps them: the header cells, "ColumnN" where one is empty. */
  headers(t: TableModel): string[] {
    const sheet = this.sheetById(t.sheetId)!;
    const out: string[] = [];
    for (let c = t.box.left; c <= t.box.right; c++) {
      const v = this.cell(sheet, t.box.top, c)?.value;
      out.push(v === null || v === undefined || v === '' ? `Column${c - t.box.left + 1}` : cellText(v));
    }
    return out;
  }

  addTable(sheet: SheetModel, box: Box, hasHeaders: boolean): TableModel {
    if (!hasHeaders)
      throw statementError(
        Codes.notImplemented,
        'Fake Excel: tables.add(address, false) is not implemented.',
      );
    if (box.bottom === MAX_ROWS || box.right === MAX_COLS)
      throw statementError(Codes.invalidArgument, 'A table cannot span whole rows or columns.');
    // A table always has a body row: a header-only range gets one empty row below it.
    const full = rows(box) === 1 ? { ...box, bottom: box.bottom + 1 } : box;
    this.checkNoOverlap(sheet, full, null);
    let n = 1;
    while (this.tableByName(`Table${n}`)) n++;
    const t: TableModel = {
      id: this.newId(),
      name: `Table${n}`,
      sheetId: sheet.id,
      box: full,
      style: 'TableStyleMedium2',
      calculated: new Map(),
    };
    // Excel turns the header cells into unique texts.
    const seen = new Set<string>();
    for (let c = full.left; c <= full.right; c++) {
      const key = cellKey(full.top, c);
      const cell = sheet.cells.get(key);
      let name =
        cell && cell.value !== null && cell.value !== ''
          ? cellText(cell.value)
          : `Column${c - full.left + 1}`;
      const base = name;
      let k = 2;
      while (seen.has(name.toLowerCase())) name = `${base}${k++}`;
      seen.add(name.toLowerCase());
      const next: CellModel = { ...(cell ?? {}), value: name };
      delete next.formula;
      delete next.quotePrefix;
      sheet.cells.set(key, next);
    }
    this.tables.push(t);
    return t;
  }

  renameTable(t: TableModel, name: string): void {
    if (
      !/^[A-Za-z_\\][A-Za-z0-9_.\\]*$/.test(name) ||
      /^[A-Za-z]{1,3}\d+$/.test(name) ||
      /^[rRcC]$/.test(name)
    ) {
      throw statementError(Codes.invalidArgument, `"${name}" is not a valid table name.`);
    }
    const other = this.tableByName(name);
    if (other && other !== t)
      throw statementError(Codes.itemAlreadyExists, `A table named "${name}" already exists.`);
    t.name = name;
  }

  resizeTable(t: TableModel, box: Box): void {
    const sheet = this.sheetById(t.sheetId)!;
    if (box.top !== t.box.top)
      throw statementError(
        Codes.invalidArgument,
        'The header row of a resized table must stay in the same row.',
      );
    if (!intersect(box, t.box))
      throw statementError(Codes.invalidArgument, 'The new table range must overlap the old one.');
    if (rows(box) < 2)
      throw statementError(Codes.invalidArgument, 'A table needs a header row and at least one body row.');
    this.checkNoOverlap(sheet, box, t);
    const old = t.box;
    // Columns that leave the table lose their calculated status; offsets left of `box.left` shift.
    const shift = box.left - old.left;
    const calc = new Map<number, string>();
    for (const [off, f] of t.calculated) {
      const col = old.left + off;
      if (col >= box.left && col <= box.right) calc.set(off - shift, f);
    }
    t.calculated = calc;
    t.box = box;
    // Excel fills calculated columns into the rows a table gains.
    for (const [off, f] of t.calculated) {
      for (let r = Math.max(old.bottom + 1, box.top + 1); r <= box.bottom; r++) {
        const key = cellKey(r, box.left + off);
        const c = sheet.cells.get(key);
        if (!c || (c.value === null && c.formula === undefined))
          sheet.cells.set(key, { ...(c ?? {}), value: null, formula: f });
      }
    }
    // New header cells get names.
    const hs = this.headers(t);
    for (let c = box.left; c <= box.right; c++) {
      const key = cellKey(box.top, c);
      const cell = sheet.cells.get(key);
      if (!cell || cell.value === null || cell.value === '')
        sheet.cells.set(key, { ...(cell ?? {}), value: hs[c - box.left] });
    }
  }

  deleteTable(t: TableModel): void {
    const sheet = this.sheetById(t.sheetId)!;
    this.clear(sheet, t.box, 'All');
    this.tables.splice(this.tables.indexOf(t), 1);
  }

  /** Appends a column at the right edge (index null) — the only form the fake offers. */
  addTableColumn(t: TableModel, index: unknown, values: unknown, name: unknown): void {
    if (index !== null && index !== undefined && index !== -1) {
      throw statementError(
        Codes.notImplemented,
        'Fake Excel: table.columns.add with an index is not implemented; pass null to append.',
      );
    }
    const sheet = this.sheetById(t.sheetId)!;
    const col = t.box.right + 1;
    const box = { ...t.box, left: col, right: col };
    this.checkNoOverlap(sheet, box, t);
    t.box = { ...t.box, right: col };
    if (values !== undefined && values !== null) this.writeInput(sheet, box, values, 'values');
    if (typeof name === 'string') this.writeInput(sheet, { ...box, bottom: box.top }, [[name]], 'values');
    const key = cellKey(box.top, col);
    if (!sheet.cells.get(key) || sheet.cells.get(key)!.value === null)
      sheet.cells.set(key, { value: `Column${col - t.box.left + 1}` });
  }

  private checkNoOverlap(sheet: SheetModel, box: Box, self: TableModel | null): void {
    for (const o of this.tables) {
      if (o === self || o.sheetId !== sheet.id) continue;
      if (intersect(o.box, box)) {
        throw statementError(Codes.invalidOperation, `A table can't overlap another table ("${o.name}").`);
      }
    }
  }

  private tableAt(sheet: SheetModel, row: number, col: number): TableModel | undefined {
    return this.tables.find(
      (t) =>
        t.sheetId === sheet.id &&
        row >= t.box.top &&
        row <= t.box.bottom &&
        col >= t.box.left &&
        col <= t.box.right,
    );
  }

  /** A structured reference must name a column of the table the formula is written into. */
  private checkStructuredRefs(
    sheet: SheetModel,
    row: number,
    col: number,
    formula: string | undefined,
  ): void {
    if (!formula || !formula.includes('[')) return;
    const refs = structuredRefNames(formula);
    if (refs.length === 0) return;
    const t = this.tableAt(sheet, row, col);
    if (!t || row === t.box.top) {
      throw statementError(
        Codes.invalidArgument,
        `The formula ${formula} uses [@…] outside a table body (${boxAddress({ top: row, left: col, bottom: row, right: col })}).`,
      );
    }
    const hs = this.headers(t).map((h) => h.toLowerCase());
    for (const r of refs) {
      if (!hs.includes(r.toLowerCase())) {
        throw statementError(
          Codes.invalidArgument,
          `The formula ${formula} names column "${r}", which table "${t.name}" does not have.`,
        );
      }
    }
  }

  /** A uniform formula written over a whole table body column makes it a calculated column. */
  private recordCalculatedColumns(sheet: SheetModel, box: Box, grid: unknown[][]): void {
    for (const t of this.tables) {
      if (t.sheetId !== sheet.id) continue;
      const body: Box = { ...t.box, top: t.box.top + 1 };
      const o = intersect(box, body);
      if (!o) continue;
      const fullBody = o.top === body.top && o.bottom === body.bottom;
      for (let c = o.left; c <= o.right; c++) {
        const off = c - t.box.left;
        if (!fullBody) continue;
        let uniform: string | null = null;
        let ok = true;
        for (let r = o.top; r <= o.bottom && ok; r++) {
          const cell = this.cell(sheet, r, c);
          const raw = grid[r - box.top][c - box.left];
          if (raw === null || raw === undefined) {
            ok = false;
            break;
          }
          const f = cell?.formula;
          if (f === undefined) ok = false;
          else if (uniform === null) uniform = f;
          else if (uniform !== f) ok = false;
        }
        if (ok && uniform !== null) t.calculated.set(off, uniform);
        else t.calculated.delete(off);
      }
    }
  }

  /** Rectangles of the sheet that a table covers (for checks by the tests). */
  tableBoxes(sheet: SheetModel): Box[] {
    return this.tables.filter((t) => t.sheetId === sheet.id).map((t) => t.box);
  }

  covers(outer: Box, inner: Box): boolean {
    return containsBox(outer, inner);
  }
}

export function hasContent(c: CellModel): boolean {
  return c.formula !== undefined || (c.value !== null && c.value !== '');
}

function isBlankCell(c: CellModel): boolean {
  return (
    c.formula === undefined &&
    (c.value === null || c.value === '') &&
    c.numberFormat === undefined &&
    (c.format === undefined || Object.keys(c.format).length === 0)
  );
}

export function cellText(v: CellValue): string {
  if (v === null) return '';
  if (typeof v === 'object') return v.error;
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  return String(v);
}

/** Sheet names: 1–31 characters, none of : \ / ? * [ ], not starting or ending with '. */
function validateSheetName(name: string): void {
  if (
    typeof name !== 'string' ||
    name.length === 0 ||
    name.length > 31 ||
    /[:\\/?*[\]]/.test(name) ||
    name.startsWith("'") ||
    name.endsWith("'")
  ) {
    throw statementError(Codes.invalidArgument, `"${String(name)}" is not a valid worksheet name.`);
  }
}

/** One value for all cells, or a 2-D array of exactly the range's size (Office.js's rule). */
function expandInput(box: Box, input: unknown, what: string): unknown[][] {
  const h = rows(box);
  const w = cols(box);
  if (!Array.isArray(input)) {
    if (h * w > 5_000_000) throw statementError(Codes.invalidArgument, 'Too many cells.');
    return Array.from({ length: h }, () => Array.from({ length: w }, () => input));
  }
  if (input.length !== h || input.some((r) => !Array.isArray(r) || r.length !== w)) {
    throw statementError(
      Codes.invalidArgument,
      `The number of rows or columns in the input array doesn't match the size or dimensions of the range (${what}: range ${h}×${w}).`,
    );
  }
  return input as unknown[][];
}

/** How Excel takes a typed entry: formulas, quote-prefixed text, numbers, booleans, errors, text. */
export function parseInput(
  raw: unknown,
  kind: 'values' | 'formulas',
): { value: CellValue; formula?: string; quotePrefix?: boolean } {
  void kind; // Excel parses `values` and `formulas` input the same way for these cases.
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) throw statementError(Codes.invalidArgument, 'Numbers must be finite.');
    return { value: raw };
  }
  if (typeof raw === 'boolean') return { value: raw };
  if (typeof raw !== 'string')
    throw statementError(Codes.invalidArgument, `Cannot write a ${typeof raw} into a cell.`);
  if (raw === '') return { value: null };
  if (raw.startsWith("'")) return { value: raw.slice(1) === '' ? null : raw.slice(1), quotePrefix: true };
  if (raw.startsWith('=') && raw.length > 1) return { value: null, formula: raw };
  const t = raw.trim();
  if (/^[+-]?(\d+([.]\d*)?|[.]\d+)([eE][+-]?\d+)?$/.test(t)) return { value: Number(t) };
  if (/^[+-]?(\d+([.]\d*)?|[.]\d+)%$/.test(t)) return { value: Number(t.slice(0, -1)) / 100 };
  if (/^(true|false)$/i.test(t)) return { value: t.toLowerCase() === 'true' };
  const err = ERROR_LITERALS.find((e) => e === t.toUpperCase());
  if (err) return { value: { error: err } };
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
  if (iso) {
    const ms = Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3]));
    return { value: Math.round(ms / 86_400_000) + 25_569 };
  }
  // "+x", "-x" and "@x" are taken as formulas when typed into Excel.
  if (/^[+\-@]/.test(raw) && raw.length > 1) return { value: null, formula: `=${raw}` };
  return { value: raw };
}

/** Column names in [@Name] and [@[Name]] references, with ' escapes removed. */
export function structuredRefNames(formula: string): string[] {
  const out: string[] = [];
  const re = /\[@\[((?:'.|[^'\]])*)\]\]|\[@([^[\]]+)\]/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(formula))) {
    const name = m[1] !== undefined ? m[1].replace(/'(.)/g, '$1') : m[2];
    out.push(name);
  }
  return out;
}

function checkValidationRule(rule: unknown): void {
  if (typeof rule !== 'object' || rule === null)
    throw statementError(Codes.invalidArgument, 'A data validation rule must be an object.');
  const keys = Object.keys(rule);
  if (keys.length !== 1)
    throw statementError(Codes.invalidArgument, 'A data validation rule holds exactly one criterion.');
  if (keys[0] !== 'list')
    throw statementError(
      Codes.notImplemented,
      `Fake Excel: data validation "${keys[0]}" is not implemented.`,
    );
  const list = (rule as { list: { source?: unknown; inCellDropDown?: unknown } }).list;
  if (typeof list?.source !== 'string' || list.source === '')
    throw statementError(Codes.invalidArgument, 'A list validation needs a source.');
  if (!list.source.startsWith('=') && list.source.length > 255) {
    throw statementError(Codes.invalidArgument, 'An inline list source is limited to 255 characters.');
  }
  if (list.source.startsWith('=')) parseAddress(list.source.slice(1));
}
