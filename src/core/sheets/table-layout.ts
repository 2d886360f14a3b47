/**
 * Turning a located table (a ListObject or a plain range under a title) into the table the
 * add-in renders: the same cells, plus the owned columns it appends on the right when they are
 * missing. A plain range becomes a real table over exactly its cells (SPEC §2: "real workbooks are
 * often plain ranges"); nothing the user typed moves.
 */
import type { LocatedTable, TableKind } from '../model/columns';
import type { RangeWrite, TablePlan } from '../plan/write-plan';
import { cellAddress, columnLetter, rangeAddress } from '../workbook/a1';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { cellAt, findSheet } from '../workbook/cells';
import { foldKey } from '../parse/text';

export interface TableLayout {
  table: TablePlan;
  /** Header cells to write: appended columns, and names for blank or repeated headers. */
  headerWrites: RangeWrite[];
  /** Header text → Excel column, after the appends. */
  columnOf: (header: string) => number;
  headers: string[];
  /** First and last body rows (a header-only table gets one empty body row). */
  firstBodyRow: number;
  lastBodyRow: number;
  /** Body range of a column: "I4:I69". */
  bodyOf: (col: number) => string;
}

/** A table name not used by any other table of the workbook (SPEC: "a table name already taken"). */
export function uniqueTableName(wb: WorkbookSnapshot, wanted: string, own: string | null): string {
  const taken = new Set(wb.tables.filter((t) => t.name !== own).map((t) => t.name.toLowerCase()));
  if (!taken.has(wanted.toLowerCase())) return wanted;
  for (let i = 2; ; i++) if (!taken.has(`${wanted}${i}`.toLowerCase())) return `${wanted}${i}`;
}

/**
 * Excel tables need a non-blank, unique header in every column. Blank or repeated headers of a
 * plain range get "Kolumn N" / "Header (2)" — the only user cells the conversion writes.
 */
function tableHeaders(headers: readonly string[]): { headers: string[]; renamed: number[] } {
  const seen = new Set<string>();
  const out: string[] = [];
  const renamed: number[] = [];
  headers.forEach((h, i) => {
    let name = h.trim() === '' ? `Kolumn ${i + 1}` : h;
    if (seen.has(foldKey(name)) || name !== h) {
      let n = 2;
      const base = name;
      while (seen.has(foldKey(name))) name = `${base} (${n++})`;
      renamed.push(i);
    }
    seen.add(foldKey(name));
    out.push(name);
  });
  return { headers: out, renamed };
}

/**
 * The header texts exactly as typed: the locator trims them, but spaces around a header are part
 * of the cell, and of the column name Excel gives the table. Writing the trimmed text would
 * change the user's cell, and a formula naming the trimmed column would not find it.
 */
function typedHeaders(wb: WorkbookSnapshot, loc: LocatedTable<string>): string[] {
  const sheet = findSheet(wb, loc.sheet);
  return loc.headers.map((h, i) => {
    const v = sheet ? cellAt(sheet, loc.headerRow, loc.firstCol + i) : null;
    return typeof v === 'string' && v !== h && v.trim() === h ? v : h;
  });
}

export function layoutTable(
  wb: WorkbookSnapshot,
  loc: LocatedTable<string>,
  kind: TableKind,
  defaultName: string,
  appends: readonly string[],
  style = 'TableStyleMedium2',
): TableLayout {
  const { headers: base, renamed } = tableHeaders(typedHeaders(wb, loc));
  const headerWrites: RangeWrite[] = renamed.map((i) => ({
    address: cellAddress(loc.headerRow, loc.firstCol + i),
    rows: [[base[i]]],
  }));
  const headers = [...base];
  for (const a of appends) {
    headers.push(a);
    headerWrites.push({
      address: cellAddress(loc.headerRow, loc.firstCol + headers.length - 1),
      rows: [[a]],
    });
  }
  const lastCol = loc.firstCol + headers.length - 1;
  const firstBodyRow = loc.headerRow + 1;
  const lastBodyRow = Math.max(loc.lastRow, firstBodyRow);
  const name = loc.tableName ?? uniqueTableName(wb, defaultName, null);
  const table: TablePlan = {
    name,
    address: rangeAddress({ top: loc.headerRow, left: loc.firstCol, bottom: lastBodyRow, right: lastCol }),
    headers,
    mode: loc.tableName ? 'keep' : 'create',
    ...(loc.tableName ? { existingName: loc.tableName } : {}),
    style,
    calculated: [],
  };
  const index = new Map(headers.map((h, i) => [h, loc.firstCol + i] as const));
  const columnOf = (header: string): number => {
    const c = index.get(header);
    if (c === undefined) throw new Error(`${kind}: no column ${header}`);
    return c;
  };
  const bodyOf = (col: number): string =>
    `${columnLetter(col)}${firstBodyRow}:${columnLetter(col)}${lastBodyRow}`;
  return { table, headerWrites, columnOf, headers, firstBodyRow, lastBodyRow, bodyOf };
}

/** The header text of a mapped field as written in the sheet (after renames). */
export function headerAt(
  layout: TableLayout,
  loc: LocatedTable<string>,
  col: number | undefined,
): string | null {
  if (col === undefined) return null;
  return layout.headers[col - loc.firstCol] ?? null;
}
