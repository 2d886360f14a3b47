/**
 * One ExcelJS worksheet → what the preview's read-only sheet view draws: the used range from A1,
 * each cell's text as Excel would show it, its fill, font and alignment, merged cells, column
 * widths. It only reads: nothing here creates a row, a cell or a column in the workbook (getCell
 * and getColumn would, and the download would then differ from what the commands wrote).
 */
import type ExcelJS from 'exceljs';
import type { Lang } from '../core/findings/finding';
import { serialToDate, serialToIso } from '../core/parse/excel-date';
import { cellAddress, parseRange, type RangeBox } from '../core/workbook/a1';
import { tableBox, tablesOf } from '../xlsx/table-model';
import type { CellLook } from './calculated-looks';

export interface GridCellStyle {
  fill?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  align?: 'left' | 'center' | 'right';
  valign?: 'top' | 'middle' | 'bottom';
  /** Points, when not Excel's default 11. */
  fontSize?: number;
  wrap?: boolean;
  /** A table's header row (Excel draws those in the table style). */
  tableHeader?: boolean;
}

export interface GridCell {
  address: string;
  text: string;
  /** "=F5*G5" when the cell holds a formula. */
  formula: string | null;
  /** The text was worked out by the preview (calculated-looks.ts), not read from the file. */
  computed: boolean;
  style: GridCellStyle;
  colSpan: number;
  rowSpan: number;
}

export interface GridRow {
  row: number;
  /** One entry per column from A; null where a merged cell covers it. */
  cells: (GridCell | null)[];
}

export interface Grid {
  sheet: string;
  columns: number;
  /** Column widths in CSS pixels, from A. */
  widths: number[];
  rows: GridRow[];
  /** Rows in the used range; more than rows.length when the view is cut off. */
  totalRows: number;
}

export interface GridOptions {
  lang: Lang;
  looks?: Map<string, CellLook>;
  /** At most this many rows are drawn (more only to reach `include`). */
  maxRows: number;
  /** A cell that must be inside the drawn range (the selection), even when it is empty. */
  include?: { row: number; col: number };
}

/** Wider sheets are cut off: the view is for looking, Excel for working. */
const MAX_COLUMNS = 60;
/** Excel's default column width (8.43 characters) is 64 pixels. */
const DEFAULT_WIDTH_PX = 64;

export function sheetGrid(ws: ExcelJS.Worksheet, options: GridOptions): Grid {
  const totalRows = ws.rowCount;
  const lastRow = Math.max(Math.min(totalRows, options.maxRows), options.include?.row ?? 0);
  const columns = Math.min(MAX_COLUMNS, Math.max(ws.columnCount, options.include?.col ?? 0));
  const merges = mergesOf(ws);
  const covered = new Set<string>();
  for (const m of merges.values()) {
    for (let r = m.top; r <= m.bottom; r++)
      for (let c = m.left; c <= m.right; c++) if (r !== m.top || c !== m.left) covered.add(cellAddress(r, c));
  }
  const headerCells = tableHeaderCells(ws);

  const rows: GridRow[] = [];
  for (let r = 1; r <= lastRow; r++) {
    const row = ws.findRow(r);
    const cells: (GridCell | null)[] = [];
    for (let c = 1; c <= columns; c++) {
      const address = cellAddress(r, c);
      if (covered.has(address)) {
        cells.push(null);
        continue;
      }
      const merge = merges.get(address);
      const cell = gridCell(row?.findCell(c), address, options);
      if (headerCells.has(address)) cell.style = { bold: true, ...cell.style, tableHeader: true };
      if (merge) {
        cell.colSpan = Math.min(merge.right, columns) - merge.left + 1;
        cell.rowSpan = Math.min(merge.bottom, lastRow) - merge.top + 1;
      }
      cells.push(cell);
    }
    rows.push({ row: r, cells });
  }
  return { sheet: ws.name, columns, widths: columnWidths(ws, columns), rows, totalRows };
}

function gridCell(cell: ExcelJS.Cell | undefined, address: string, options: GridOptions): GridCell {
  const look = options.looks?.get(address);
  const formula = cell ? formulaOf(cell) : null;
  const value = cell ? valueOf(cell) : null;
  const uncalculated = formula !== null && (value === null || value === undefined);
  const computed = uncalculated && look?.text !== undefined;
  const style = cell ? styleOf(cell, value) : {};
  if (look?.fill) style.fill = look.fill;
  if (look?.font) style.color = look.font;
  if (computed && style.align === undefined && /^-?\d/.test(look?.text ?? '')) style.align = 'right';
  return {
    address,
    text: computed ? (look?.text ?? '') : uncalculated ? '' : displayText(value, cell?.numFmt, options.lang),
    formula,
    computed,
    style,
    colSpan: 1,
    rowSpan: 1,
  };
}

/** ExcelJS's merges: master address → the box it covers. */
function mergesOf(ws: ExcelJS.Worksheet): Map<string, RangeBox> {
  const raw = (ws as unknown as { _merges?: Record<string, RangeBox> })._merges ?? {};
  const merges = new Map<string, RangeBox>();
  for (const m of Object.values(raw)) {
    if (m)
      merges.set(cellAddress(m.top, m.left), { top: m.top, left: m.left, bottom: m.bottom, right: m.right });
  }
  return merges;
}

function tableHeaderCells(ws: ExcelJS.Worksheet): Set<string> {
  const cells = new Set<string>();
  for (const t of tablesOf(ws)) {
    if (t.headerRow === false) continue;
    let box: RangeBox;
    try {
      box = tableBox(t);
    } catch {
      continue;
    }
    for (let c = box.left; c <= box.right; c++) cells.add(cellAddress(box.top, c));
  }
  return cells;
}

function columnWidths(ws: ExcelJS.Worksheet, columns: number): number[] {
  // The `columns` getter only hands out the column definitions the sheet has.
  const defined = (ws.columns as (Partial<ExcelJS.Column> | undefined)[] | null) ?? [];
  const widths: number[] = [];
  for (let c = 1; c <= columns; c++) {
    const chars = defined[c - 1]?.width;
    // Excel: pixels = characters × 7 + 5 (Calibri 11); kept readable, never a wall.
    widths.push(chars ? Math.min(480, Math.max(24, Math.round(chars * 7 + 5))) : DEFAULT_WIDTH_PX);
  }
  return widths;
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  if (cell.type !== (6 as ExcelJS.ValueType)) return null; // ValueType.Formula
  const f = cell.formula;
  return f ? `=${f}` : null;
}

/** The value to show: a formula's cached result, a merged cell's own value. */
function valueOf(cell: ExcelJS.Cell): unknown {
  if (cell.type === (6 as ExcelJS.ValueType)) return cell.result ?? null;
  return cell.value;
}

function styleOf(cell: ExcelJS.Cell, value: unknown): GridCellStyle {
  const style: GridCellStyle = {};
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (fill?.type === 'pattern' && fill.pattern === 'solid') style.fill = rgb(fill.fgColor?.argb);
  const font = cell.font;
  if (font?.bold) style.bold = true;
  if (font?.italic) style.italic = true;
  if (font?.color?.argb) style.color = rgb(font.color.argb);
  if (font?.size && font.size !== 11) style.fontSize = font.size;
  const horizontal = cell.alignment?.horizontal;
  if (horizontal === 'left' || horizontal === 'center' || horizontal === 'right') style.align = horizontal;
  else if (typeof value === 'number' || value instanceof Date) style.align = 'right';
  const vertical = cell.alignment?.vertical;
  if (vertical === 'top' || vertical === 'bottom') style.valign = vertical;
  else if (vertical === 'middle' || vertical === 'distributed' || vertical === 'justify')
    style.valign = 'middle';
  if (cell.alignment?.wrapText) style.wrap = true;
  if (style.fill === undefined) delete style.fill;
  if (style.color === undefined) delete style.color;
  return style;
}

/** "FF7A1230" → "#7A1230"; undefined for a missing or transparent colour. */
function rgb(argb: string | undefined): string | undefined {
  if (!argb || !/^[0-9A-Fa-f]{8}$/.test(argb) || argb.slice(0, 2) === '00') return undefined;
  return `#${argb.slice(2).toUpperCase()}`;
}

/** A cell's value as text, roughly as Swedish (or English) Excel would show it. */
export function displayText(value: unknown, numFmt: string | undefined, lang: Lang): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value, numFmt ?? '', lang);
  if (typeof value === 'boolean')
    return lang === 'en' ? (value ? 'TRUE' : 'FALSE') : value ? 'SANT' : 'FALSKT';
  if (value instanceof Date) return dateText(value);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.error === 'string') return o.error;
    if (Array.isArray(o.richText))
      return (o.richText as { text?: string }[]).map((run) => run.text ?? '').join('');
    if ('text' in o) return displayText(o.text, numFmt, lang);
    if ('result' in o) return displayText(o.result, numFmt, lang);
  }
  return '';
}

function numberText(n: number, numFmt: string, lang: Lang): string {
  if (!Number.isFinite(n)) return '';
  if (isDateFormat(numFmt)) return serialText(n, numFmt);
  if (numFmt.includes('%')) return `${formatNumber(n * 100, 0, false, lang)} %`;
  const decimals =
    /0\.(0+)/.exec(numFmt)?.[1].length ?? (Number.isInteger(n) ? 0 : Math.min(10, decimalsOf(n)));
  const grouped = /#[,\s\u00a0]##0/.test(numFmt);
  const text = formatNumber(n, decimals, grouped, lang);
  return /"?kr"?/.test(numFmt) ? `${text} kr` : text;
}

function decimalsOf(n: number): number {
  const s = String(n);
  const dot = s.indexOf('.');
  return dot < 0 || s.includes('e') ? 0 : s.length - dot - 1;
}

function formatNumber(n: number, decimals: number, grouped: boolean, lang: Lang): string {
  const [int, frac] = Math.abs(n).toFixed(decimals).split('.');
  const intText = grouped ? int.replace(/\B(?=(\d{3})+(?!\d))/g, lang === 'en' ? ',' : '\u00a0') : int;
  const sign = n < 0 ? '-' : '';
  return frac ? `${sign}${intText}${lang === 'en' ? '.' : ','}${frac}` : `${sign}${intText}`;
}

/** A number format that shows a date: d or y outside quotes, escapes and [colour]/[locale] sections. */
export function isDateFormat(numFmt: string): boolean {
  if (/^\s*(general|standard)\s*$/i.test(numFmt)) return false;
  const bare = numFmt
    .replace(/"[^"]*"/g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/\\./g, '');
  return /[dy]/i.test(bare);
}

function serialText(serial: number, numFmt: string): string {
  const text = serialToIso(Math.floor(serial));
  const showsTime = /h/i.test(numFmt.replace(/"[^"]*"/g, ''));
  return showsTime ? dateText(serialToDate(serial)) : text;
}

/** ExcelJS gives dates as UTC instants of the local date and time written in the cell. */
function dateText(d: Date): string {
  if (Number.isNaN(d.getTime())) return '';
  const date = d.toISOString().slice(0, 10);
  const time = d.toISOString().slice(11, 16);
  return time === '00:00' ? date : `${date} ${time}`;
}

/** The cells of `address` ("E22" or "B3:D4"), or null when it is not an A1 address. */
export function selectionBox(address: string): RangeBox | null {
  try {
    return parseRange(address);
  } catch {
    return null;
  }
}
