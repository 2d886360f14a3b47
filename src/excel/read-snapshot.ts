/**
 * Reads the workbook into the core's WorkbookSnapshot in two `context.sync()` calls, whatever its
 * size (SPEC §8):
 *   sync 1 — worksheets (name, visibility) and tables (name, sheet, showHeaders);
 *   sync 2 — each sheet's used range (address, values, formulas, valueTypes) and each table's
 *            range address and header texts.
 *
 * `getUsedRangeOrNullObject(true)`: values only. The core reads values; with formatted cells
 * counted, a column formatted to the bottom of the sheet would make the used range a million
 * rows. The origin comes from the address, so dropping leading formatted-but-empty cells is
 * harmless. `valueTypes` tells an error (#N/A …) from text that looks like one.
 *
 * Excel on the web refuses a response over 5 MB. If sync 2's response is too large, the sheets
 * are read again in row blocks, one sync per block (the only case with more than two syncs).
 */
import { parseRange, rangeAddress, type RangeBox } from '../core/workbook/a1';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';

const RESPONSE_TOO_LARGE = 'ResponsePayloadSizeLimitExceeded';
/** Cells per block when reading in blocks: 20 000 cells × three arrays stays near 2 MB. */
const BLOCK_CELLS = 20_000;

interface TableParts {
  table: Excel.Table;
  range: Excel.Range;
  header: Excel.Range | null;
}

export async function readSnapshot(ctx: Excel.RequestContext): Promise<WorkbookSnapshot> {
  const worksheets = ctx.workbook.worksheets.load('items/name,items/visibility');
  const tables = ctx.workbook.tables.load('items/name,items/showHeaders,items/worksheet/name');
  await ctx.sync();

  const sheets = worksheets.items;
  const parts = queueTableParts(tables.items);
  const used = sheets.map((ws) =>
    ws.getUsedRangeOrNullObject(true).load('address,values,formulas,valueTypes'),
  );
  try {
    await ctx.sync();
  } catch (e) {
    if (codeOf(e) !== RESPONSE_TOO_LARGE) throw e;
    return readInBlocks(ctx, sheets, tables.items);
  }

  return {
    sheets: sheets.map((ws, i) => {
      const r = used[i];
      if (r.isNullObject) return emptySheet(ws);
      return sheetSnapshot(ws, parseRange(r.address), r.values, r.formulas, r.valueTypes);
    }),
    tables: parts.map(tableSnapshot),
  };
}

function queueTableParts(tables: Excel.Table[]): TableParts[] {
  return tables.map((table) => ({
    table,
    range: table.getRange().load('address'),
    header: table.showHeaders ? table.getHeaderRowRange().load('values') : null,
  }));
}

function tableSnapshot(p: TableParts): TableSnapshot {
  return {
    name: p.table.name,
    sheet: p.table.worksheet.name,
    address: localAddress(p.range.address),
    headers: p.header ? p.header.values[0].map((h) => String(h)) : [],
  };
}

/** "'Risk & V'!A3:K69" → "A3:K69". */
function localAddress(address: string): string {
  return rangeAddress(parseRange(address));
}

function emptySheet(ws: Excel.Worksheet): SheetSnapshot {
  return {
    name: ws.name,
    values: [],
    formulas: [],
    origin: { row: 1, col: 1 },
    visible: ws.visibility === 'Visible',
  };
}

function sheetSnapshot(
  ws: Excel.Worksheet,
  box: RangeBox,
  values: unknown[][],
  formulas: unknown[][],
  types: string[][],
): SheetSnapshot {
  const v: CellValue[][] = values.map((row, i) => row.map((x, j) => cellValue(x, types[i][j])));
  const f: (string | null)[][] = formulas.map((row, i) =>
    row.map((x, j) => cellFormula(x, values[i][j], types[i][j])),
  );
  return {
    name: ws.name,
    values: v,
    formulas: f,
    origin: { row: box.top, col: box.left },
    visible: ws.visibility === 'Visible',
  };
}

/** Office.js gives "" for an empty cell and the error's text (with valueType Error) for an error. */
export function cellValue(x: unknown, type: string): CellValue {
  if (type === 'Error') return { error: String(x) };
  if (type === 'Empty' || x === '' || x === null || x === undefined) return null;
  if (typeof x === 'number' || typeof x === 'string' || typeof x === 'boolean') return x;
  return String(x);
}

/**
 * `formulas` holds the value for a constant. A text constant that starts with "=" (written with
 * an apostrophe) reads back equal to its value; a real formula never equals its own result.
 */
export function cellFormula(f: unknown, value: unknown, type: string): string | null {
  if (typeof f !== 'string' || !f.startsWith('=') || f.length < 2) return null;
  if (type === 'String' && value === f) return null;
  return f;
}

function codeOf(e: unknown): string | undefined {
  return typeof e === 'object' && e !== null ? (e as { code?: string }).code : undefined;
}

/** The large-workbook path: addresses first, then the used ranges in row blocks. */
async function readInBlocks(
  ctx: Excel.RequestContext,
  sheets: Excel.Worksheet[],
  tables: Excel.Table[],
): Promise<WorkbookSnapshot> {
  const parts = queueTableParts(tables);
  const used = sheets.map((ws) => ws.getUsedRangeOrNullObject(true).load('address'));
  await ctx.sync();

  const out: SheetSnapshot[] = [];
  for (let i = 0; i < sheets.length; i++) {
    const ws = sheets[i];
    if (used[i].isNullObject) {
      out.push(emptySheet(ws));
      continue;
    }
    const box = parseRange(used[i].address);
    const width = box.right - box.left + 1;
    const blockRows = Math.max(1, Math.floor(BLOCK_CELLS / width));
    const values: unknown[][] = [];
    const formulas: unknown[][] = [];
    const types: string[][] = [];
    for (let top = box.top; top <= box.bottom; top += blockRows) {
      const block = { ...box, top, bottom: Math.min(box.bottom, top + blockRows - 1) };
      const r = ws.getRange(rangeAddress(block)).load('values,formulas,valueTypes');
      // One sync per block is the point here: each response must stay under Excel's limit.
      await ctx.sync();
      values.push(...r.values);
      formulas.push(...r.formulas);
      types.push(...r.valueTypes);
    }
    out.push(sheetSnapshot(ws, box, values, formulas, types));
  }
  return { sheets: out, tables: parts.map(tableSnapshot) };
}
