/**
 * A write plan as an ordered list of Office.js operations, each with an estimate of the bytes it
 * adds to a request, so render-plan.ts can pack them into as few syncs as the request limit
 * allows. Large grids (writes, calculated columns, number formats) are split into row blocks
 * here. Nothing is decided about the domain: the plan says what; this says how in Office.js.
 */
import type { Lang } from '../core/findings/finding';
import type {
  CellStyle,
  ConditionalFormat,
  ListValidation,
  SheetPlan,
  TablePlan,
} from '../core/plan/write-plan';
import { parseRange, rangeAddress, type RangeBox } from '../core/workbook/a1';
import { structuredFormula, toFormulaInput } from './cell-input';
import { ExcelHostError } from './run-excel';

export interface Op {
  /** Estimated request bytes: the JSON of the arguments plus a fixed allowance for the statement. */
  bytes: number;
  queue(ctx: Excel.RequestContext): void;
  /**
   * Ops of one group (one sheet of the plan) go in one request whenever they fit in one, so a
   * failed request never leaves a sheet half-written — emptied but not yet filled again.
   */
  group?: number;
}

/** Allowance per statement for the object path, action and framing of Office.js's request JSON. */
export const STATEMENT_BYTES = 512;
/** Bytes of a request before any statement. */
export const REQUEST_BASE_BYTES = 1024;

export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

const jsonBytes = (v: unknown): number => utf8Bytes(JSON.stringify(v));

const sheetOf = (ctx: Excel.RequestContext, sheet: string): Excel.Worksheet =>
  ctx.workbook.worksheets.getItem(sheet);

function op(bytes: number, queue: Op['queue']): Op {
  return { bytes: bytes + STATEMENT_BYTES, queue };
}

/**
 * A 2-D grid set on a range (formulas or numberFormat), split into row blocks of at most
 * `maxBytes` each. Row blocks keep every block rectangular.
 */
export function gridOps(
  sheet: string,
  top: number,
  left: number,
  grid: unknown[][],
  maxBytes: number,
  set: (range: Excel.Range, block: unknown[][]) => void,
): Op[] {
  const width = grid.reduce((w, r) => Math.max(w, r.length), 0);
  if (grid.length === 0 || width === 0) return [];
  const budget = maxBytes - STATEMENT_BYTES - REQUEST_BASE_BYTES;
  const ops: Op[] = [];
  let start = 0;
  let bytes = 2;
  const flush = (end: number) => {
    const block = grid
      .slice(start, end)
      .map((r) => (r.length < width ? [...r, ...Array(width - r.length).fill(null)] : r));
    const address = rangeAddress({
      top: top + start,
      left,
      bottom: top + end - 1,
      right: left + width - 1,
    });
    ops.push(op(bytes + utf8Bytes(address), (ctx) => set(sheetOf(ctx, sheet).getRange(address), block)));
  };
  for (let i = 0; i < grid.length; i++) {
    const rowBytes = jsonBytes(grid[i]) + 1 + (width - grid[i].length) * 5;
    if (rowBytes > budget) {
      throw new ExcelHostError(
        'InvalidPlan',
        `Row ${top + i} of sheet "${sheet}" alone exceeds the request limit (${rowBytes} bytes).`,
      );
    }
    if (i > start && bytes + rowBytes > budget) {
      flush(i);
      start = i;
      bytes = 2;
    }
    bytes += rowBytes;
  }
  flush(grid.length);
  return ops;
}

export function writeOps(plan: SheetPlan, maxBytes: number): Op[] {
  return plan.writes.flatMap((w) => {
    const at = parseRange(w.address);
    const grid = w.rows.map((r) => r.map(toFormulaInput));
    return gridOps(plan.sheet, at.top, at.left, grid, maxBytes, (range, block) => {
      range.formulas = block;
    });
  });
}

/** The body of a table column: below the header; a header-only table gets one body row. */
export function bodyBox(t: TablePlan, column: string): RangeBox {
  const box = parseRange(t.address);
  const i = t.headers.findIndex((h) => h.toLowerCase() === column.toLowerCase());
  if (i < 0) throw new RangeError(`Table "${t.name}" has no column "${column}".`);
  const col = box.left + i;
  return { top: box.top + 1, left: col, bottom: Math.max(box.bottom, box.top + 1), right: col };
}

/**
 * A calculated column: the same structured formula in every body cell. Excel makes a table
 * column whose body holds one uniform formula a calculated column, which it then fills into
 * rows people add. The formula is set as ONE value on the whole body range — Office.js applies a
 * single (non-array) value to every cell of the range — so the request stays a few hundred bytes
 * whatever the row count (the RV formula is long; 10 000 copies of it would be megabytes).
 */
export function calculatedOps(sheet: string, t: TablePlan): Op[] {
  return t.calculated.map((c) => {
    const body = bodyBox(t, c.column);
    const formula = structuredFormula(c.template, t.headers);
    return op(utf8Bytes(formula) + 64, (ctx) => {
      // The typings only know 2-D arrays; Excel takes a single value for the whole range.
      sheetOf(ctx, sheet).getRange(rangeAddress(body)).formulas = formula as unknown as string[][];
    });
  });
}

export function createTableOp(sheet: string, t: TablePlan): Op {
  return op(utf8Bytes(t.address + t.name + t.style) * 2, (ctx) => {
    const table = sheetOf(ctx, sheet).tables.add(t.address, true);
    table.name = t.name;
    table.style = t.style;
  });
}

/** A kept table grows to the plan's address (ExcelApi 1.13) and takes the plan's name. */
export function keepTableOp(t: TablePlan): Op {
  const current = t.existingName ?? t.name;
  return op(utf8Bytes(t.address + t.name + current) * 2, (ctx) => {
    const table = ctx.workbook.tables.getItem(current);
    table.resize(t.address);
    if (current !== t.name) table.name = t.name;
  });
}

export function deleteTableOp(name: string): Op {
  return op(utf8Bytes(name), (ctx) => ctx.workbook.tables.getItem(name).delete());
}

const ALERT_TEXT = {
  sv: {
    title: 'Ogiltigt värde',
    message: 'Välj ett av värdena i listan: ',
    prompt: 'Välj i listan',
  },
  en: {
    title: 'Invalid value',
    message: 'Choose one of the values in the list: ',
    prompt: 'Choose from the list',
  },
};

function limit(s: string, n: number): string {
  return s.length <= n ? s : `${s.slice(0, n - 1)}…`;
}

/** The list's source: a range reference when the plan gives one, else the entries inline. */
export function listSource(v: ListValidation): string {
  if (v.source) return v.source.startsWith('=') ? v.source : `=${v.source}`;
  return v.list.join(',');
}

export function validationOp(sheet: string, v: ListValidation, lang: Lang): Op {
  const text = ALERT_TEXT[lang];
  const source = listSource(v);
  const alert = {
    showAlert: true,
    style: v.strict ? 'Stop' : 'Warning',
    title: text.title,
    message: limit(text.message + v.list.join(', '), 255),
  } as Excel.DataValidationErrorAlert;
  const prompt = v.prompt
    ? ({
        showPrompt: true,
        title: text.prompt,
        message: limit(v.prompt, 255),
      } as Excel.DataValidationPrompt)
    : null;
  return op(jsonBytes([v.address, source, alert, prompt]), (ctx) => {
    const dv = sheetOf(ctx, sheet).getRange(v.address).dataValidation;
    dv.clear();
    dv.rule = { list: { inCellDropDown: true, source } };
    dv.errorAlert = alert;
    if (prompt) dv.prompt = prompt;
  });
}

/**
 * The plan's conditional formats replace the add-in's earlier ones: every range the plan formats
 * is cleared first, so rendering twice leaves one set. ConditionalFormatCollection.add puts a
 * new format at the top priority, so they are added last-first to keep the plan's order as
 * Excel's priority order.
 */
export function conditionalFormatOps(sheet: string, cfs: ConditionalFormat[]): Op[] {
  const addresses = [...new Set(cfs.map((c) => c.address))];
  const clears = addresses.map((a) =>
    op(utf8Bytes(a), (ctx) => sheetOf(ctx, sheet).getRange(a).conditionalFormats.clearAll()),
  );
  const adds = [...cfs].reverse().map((c) =>
    op(jsonBytes(c) * 2, (ctx) => {
      const cf = sheetOf(ctx, sheet).getRange(c.address).conditionalFormats.add('Custom');
      cf.custom.rule.formula = c.formula;
      cf.custom.format.fill.color = c.fill;
      if (c.fontColor) cf.custom.format.font.color = c.fontColor;
      if (c.bold !== undefined) cf.custom.format.font.bold = c.bold;
      if (c.stopIfTrue !== undefined) cf.stopIfTrue = c.stopIfTrue;
    }),
  );
  return [...clears, ...adds];
}

const HORIZONTAL = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VERTICAL = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

export function styleOps(sheet: string, s: CellStyle, maxBytes: number): Op[] {
  const ops: Op[] = [
    op(jsonBytes(s) * 3, (ctx) => {
      const f = sheetOf(ctx, sheet).getRange(s.address).format;
      if (s.bold !== undefined) f.font.bold = s.bold;
      if (s.italic !== undefined) f.font.italic = s.italic;
      if (s.fontColor) f.font.color = s.fontColor;
      if (s.fontSize !== undefined) f.font.size = s.fontSize;
      if (s.fill) f.fill.color = s.fill;
      if (s.wrap !== undefined) f.wrapText = s.wrap;
      if (s.horizontal) f.horizontalAlignment = HORIZONTAL[s.horizontal];
      if (s.vertical) f.verticalAlignment = VERTICAL[s.vertical];
      if (s.border) {
        const box = parseRange(s.address);
        const edges: Excel.BorderIndex[] = [
          'EdgeTop',
          'EdgeBottom',
          'EdgeLeft',
          'EdgeRight',
        ] as Excel.BorderIndex[];
        if (box.bottom > box.top) edges.push('InsideHorizontal' as Excel.BorderIndex);
        if (box.right > box.left) edges.push('InsideVertical' as Excel.BorderIndex);
        for (const e of edges) f.borders.getItem(e).style = 'Continuous';
      }
    }),
  ];
  if (s.numberFormat !== undefined) {
    const box = parseRange(s.address);
    const row = Array(box.right - box.left + 1).fill(s.numberFormat);
    const grid = Array.from({ length: box.bottom - box.top + 1 }, () => row);
    ops.push(
      ...gridOps(sheet, box.top, box.left, grid, maxBytes, (range, block) => {
        range.numberFormat = block;
      }),
    );
  }
  return ops;
}

/**
 * Column widths come in characters (what Excel's UI shows); Office.js takes points. One
 * character of the default font (Calibri 11) is 7 pixels, plus 5 pixels of cell padding, and a
 * pixel is 0.75 points at 96 dpi: 10 characters → 75 px → 56.25 pt.
 */
export function charactersToPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}

export function columnWidthOps(sheet: string, widths: Record<string, number>): Op[] {
  return Object.entries(widths).map(([letter, chars]) =>
    op(24, (ctx) => {
      sheetOf(ctx, sheet).getRange(`${letter}:${letter}`).format.columnWidth = charactersToPoints(chars);
    }),
  );
}

export function freezeOp(sheet: string, freeze: SheetPlan['freeze']): Op {
  return op(32, (ctx) => {
    const panes = sheetOf(ctx, sheet).freezePanes;
    const rows = freeze?.rows ?? 0;
    const columns = freeze?.columns ?? 0;
    if (rows > 0 && columns > 0)
      panes.freezeAt(rangeAddress({ top: 1, left: 1, bottom: rows, right: columns }));
    else if (rows > 0) panes.freezeRows(rows);
    else if (columns > 0) panes.freezeColumns(columns);
    else panes.unfreeze();
  });
}

/** A generated sheet that exists: its contents, formats, formats rules and dropdowns go. */
export function clearSheetOps(sheet: string): Op[] {
  return [
    op(16, (ctx) => {
      const all = sheetOf(ctx, sheet).getRange();
      all.clear('All');
      all.conditionalFormats.clearAll();
      all.dataValidation.clear();
    }),
  ];
}

export function addSheetOp(sheet: string, position: number | null): Op {
  return op(utf8Bytes(sheet) + 16, (ctx) => {
    const ws = ctx.workbook.worksheets.add(sheet);
    if (position !== null) ws.position = position;
  });
}

export function sheetPropsOp(
  sheet: string,
  props: { tabColor?: string; visibility?: 'Visible' | 'Hidden' },
): Op {
  return op(48, (ctx) => {
    const ws = sheetOf(ctx, sheet);
    if (props.tabColor !== undefined) ws.tabColor = props.tabColor;
    if (props.visibility !== undefined) ws.visibility = props.visibility;
  });
}

export function activateOp(sheet: string): Op {
  return op(utf8Bytes(sheet), (ctx) => sheetOf(ctx, sheet).activate());
}
