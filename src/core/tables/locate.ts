/**
 * Finding the VoR, the IKP and the procurement plan in a workbook (SPEC §2): by table name,
 * else by sheet name, else by scanning the first 30 rows of every sheet for a header row, and
 * telling them apart by their columns (classify.ts).
 *
 * When several candidates fit one kind the choice is deterministic: table name beats sheet
 * name beats scan order (sheets in workbook order, real tables of a sheet before its plain
 * ranges); the ones not chosen are reported as 'ignored-candidate'. A real table with another
 * name, recognised by its columns, is foundBy 'scan' (with its tableName) and read by its own
 * address; a plain range spans its header row's first to last non-blank cell, down to the
 * last row with anything in those columns (blank rows inside are the readers' to skip).
 */
import type { IkpField, LocatedTable, ProcurementField, TableKind, VorField } from '../model/columns';
import { parseRange } from '../workbook/a1';
import { cellAt } from '../workbook/cells';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { cellText, foldKey, isBlank } from '../parse/text';
import { classifyHeaders, headerScore } from './classify';
import { DEFAULT_NAMES, REQUIRED_FIELDS, headerOf, mapHeaders, type FieldOf } from './headers';

/** How many rows of each sheet are searched for a header row. */
export const SCAN_ROWS = 30;

export type LocateProblem =
  /** A required column (SPEC §4 'column-missing') is not in the table. */
  | {
      type: 'column-missing';
      kind: TableKind;
      sheet: string;
      headerRow: number;
      field: string;
      header: string;
    }
  /** A second column names a field already mapped; it is left unmapped. */
  | {
      type: 'duplicate-column';
      kind: TableKind;
      sheet: string;
      headerRow: number;
      field: string;
      header: string;
      col: number;
      usedCol: number;
    }
  /** Another table that also looks like this kind; `usedSheet` holds the one chosen. */
  | {
      type: 'ignored-candidate';
      kind: TableKind;
      sheet: string;
      headerRow: number;
      tableName: string | null;
      usedSheet: string;
    };

export interface LocatedTables {
  vor: LocatedTable<VorField> | null;
  ikp: LocatedTable<IkpField> | null;
  procurement: LocatedTable<ProcurementField> | null;
  problems: LocateProblem[];
}

interface Candidate {
  sheet: SheetSnapshot;
  tableName: string | null;
  headerRow: number;
  firstCol: number;
  lastCol: number;
  lastRow: number;
  headers: string[];
  kind: TableKind | null;
}

const KINDS: readonly TableKind[] = ['vor', 'ikp', 'procurement'];

function originOf(sheet: SheetSnapshot): { row: number; col: number } {
  return sheet.origin ?? { row: 1, col: 1 };
}

function rowValues(sheet: SheetSnapshot, row: number): readonly CellValue[] {
  return sheet.values[row - originOf(sheet).row] ?? [];
}

/** Last row at or below `headerRow` with a non-blank cell in firstCol..lastCol. */
function lastDataRow(sheet: SheetSnapshot, headerRow: number, firstCol: number, lastCol: number): number {
  const o = originOf(sheet);
  for (let i = sheet.values.length - 1; i >= 0 && o.row + i > headerRow; i--) {
    const cells = sheet.values[i];
    const from = Math.max(0, firstCol - o.col);
    const to = Math.min(cells.length - 1, lastCol - o.col);
    for (let c = from; c <= to; c++) if (!isBlank(cells[c])) return o.row + i;
  }
  return headerRow;
}

/**
 * A header row of a plain range: its extent is its first to last non-blank cell. The data end
 * (a scan from the sheet's bottom) is only computed for a row that is kept.
 */
function plainCandidate(
  sheet: SheetSnapshot,
  row: number,
  accept: (c: Candidate) => boolean,
): Candidate | null {
  const cells = rowValues(sheet, row);
  let first = -1;
  let last = -1;
  cells.forEach((v, i) => {
    if (isBlank(v)) return;
    if (first < 0) first = i;
    last = i;
  });
  if (first < 0) return null;
  const o = originOf(sheet);
  const headers = cells.slice(first, last + 1).map((v) => cellText(v));
  const c: Candidate = {
    sheet,
    tableName: null,
    headerRow: row,
    firstCol: o.col + first,
    lastCol: o.col + last,
    lastRow: row,
    headers,
    kind: classifyHeaders(headers),
  };
  if (!accept(c)) return null;
  c.lastRow = lastDataRow(sheet, row, c.firstCol, c.lastCol);
  return c;
}

function tableCandidate(sheet: SheetSnapshot, table: TableSnapshot): Candidate | null {
  let box;
  try {
    box = parseRange(table.address);
  } catch {
    return null; // an address we cannot read is no table we can use
  }
  const headers: string[] = [];
  for (let c = box.left; c <= box.right; c++) {
    const fromTable = table.headers[c - box.left];
    headers.push(fromTable !== undefined ? fromTable.trim() : cellText(cellAt(sheet, box.top, c)));
  }
  return {
    sheet,
    tableName: table.name,
    headerRow: box.top,
    firstCol: box.left,
    lastCol: box.right,
    lastRow: box.bottom,
    headers,
    kind: classifyHeaders(headers),
  };
}

interface SheetCandidates {
  sheet: SheetSnapshot;
  tables: Candidate[];
  /** The first header row outside the tables, when one classifies. */
  plain: Candidate | null;
  /** Rows searched for a header, outside tables (for the sheet-name fallback). */
  scanRows: number[];
}

function collectSheet(wb: WorkbookSnapshot, sheet: SheetSnapshot): SheetCandidates {
  const tables = wb.tables
    .filter((t) => t.sheet === sheet.name)
    .map((t) => tableCandidate(sheet, t))
    .filter((c): c is Candidate => c !== null);
  const o = originOf(sheet);
  const scanRows: number[] = [];
  let plain: Candidate | null = null;
  for (let i = 0; i < Math.min(SCAN_ROWS, sheet.values.length); i++) {
    const row = o.row + i;
    if (tables.some((t) => row >= t.headerRow && row <= t.lastRow)) continue;
    scanRows.push(row);
    if (!plain) plain = plainCandidate(sheet, row, (c) => c.kind !== null);
  }
  return { sheet, tables, plain, scanRows };
}

/** On a sheet named for a kind: a table or header row not clearly of another kind. */
function bySheetName(s: SheetCandidates, kind: TableKind, taken: Set<Candidate>): Candidate | null {
  const fits = (c: Candidate | null): c is Candidate =>
    c !== null && !taken.has(c) && (c.kind === kind || c.kind === null);
  const table = s.tables.find(fits);
  if (table) return table;
  if (fits(s.plain) && s.plain.kind === kind) return s.plain;
  // No row classifies: take the first row naming two or more of the kind's columns, so that a
  // VoR missing its Konsekvens column is still found and reported as 'column-missing'.
  for (const row of s.scanRows) {
    const c = plainCandidate(s.sheet, row, (h) => h.kind === null && headerScore(kind, h.headers) >= 2);
    if (c) return c;
  }
  return null;
}

function sheetNameMatches(kind: TableKind, sheetName: string): boolean {
  const key = foldKey(sheetName);
  const names = DEFAULT_NAMES[kind];
  return [names.sheet, ...names.otherSheets].some((n) => foldKey(n) === key);
}

function toLocated<K extends TableKind>(
  kind: K,
  c: Candidate,
  foundBy: LocatedTable<string>['foundBy'],
  problems: LocateProblem[],
): LocatedTable<FieldOf<K>> {
  const { columns, duplicates } = mapHeaders(kind, c.headers, c.firstCol);
  const base = { kind, sheet: c.sheet.name, headerRow: c.headerRow };
  for (const d of duplicates) {
    problems.push({
      type: 'duplicate-column',
      ...base,
      field: d.field,
      header: c.headers[d.col - c.firstCol],
      col: d.col,
      usedCol: d.usedCol,
    });
  }
  for (const field of REQUIRED_FIELDS[kind] as readonly FieldOf<K>[]) {
    if (columns[field] === undefined) {
      problems.push({ type: 'column-missing', ...base, field, header: headerOf(kind, field) });
    }
  }
  return {
    kind,
    sheet: c.sheet.name,
    tableName: c.tableName,
    foundBy,
    headerRow: c.headerRow,
    firstCol: c.firstCol,
    lastCol: c.lastCol,
    lastRow: c.lastRow,
    headers: c.headers,
    columns,
  };
}

/**
 * A table found by its name must also look like its kind: classified so, or (like a header row
 * on a sheet named for the kind) naming two or more of its columns, so that a VoR missing a
 * column is still found and reported. A user's own table that merely took the name
 * ("Internkontrollplan" over a list of weeks) is not the plan: adopting it would write the
 * add-in's columns into it (SPEC §8).
 */
function namedFits(kind: TableKind, c: Candidate): boolean {
  return c.kind === kind || (c.kind === null && headerScore(kind, c.headers) >= 2);
}

/** Finds the three tables. Never throws; a table not found is null. */
export function locateTables(wb: WorkbookSnapshot): LocatedTables {
  const sheets = wb.sheets.map((s) => collectSheet(wb, s));
  const inScanOrder = sheets.flatMap((s) => (s.plain ? [...s.tables, s.plain] : s.tables));
  const chosen = new Map<TableKind, { c: Candidate; foundBy: LocatedTable<string>['foundBy'] }>();
  const taken = new Set<Candidate>();
  const choose = (
    kind: TableKind,
    c: Candidate | null | undefined,
    foundBy: LocatedTable<string>['foundBy'],
  ): void => {
    if (!c || chosen.has(kind) || taken.has(c)) return;
    chosen.set(kind, { c, foundBy });
    taken.add(c);
  };

  for (const kind of KINDS) {
    const name = foldKey(DEFAULT_NAMES[kind].table);
    choose(
      kind,
      inScanOrder.find((c) => c.tableName !== null && foldKey(c.tableName) === name && namedFits(kind, c)),
      'table',
    );
  }
  for (const kind of KINDS) {
    if (chosen.has(kind)) continue;
    for (const s of sheets) {
      if (sheetNameMatches(kind, s.sheet.name)) choose(kind, bySheetName(s, kind, taken), 'sheet');
    }
  }
  for (const kind of KINDS) {
    choose(
      kind,
      inScanOrder.find((c) => c.kind === kind && !taken.has(c)),
      'scan',
    );
  }

  const problems: LocateProblem[] = [];
  const located = <K extends TableKind>(kind: K): LocatedTable<FieldOf<K>> | null => {
    const pick = chosen.get(kind);
    if (!pick) return null;
    for (const c of inScanOrder) {
      if (c.kind === kind && !taken.has(c)) {
        problems.push({
          type: 'ignored-candidate',
          kind,
          sheet: c.sheet.name,
          headerRow: c.headerRow,
          tableName: c.tableName,
          usedSheet: pick.c.sheet.name,
        });
      }
    }
    return toLocated(kind, pick.c, pick.foundBy, problems);
  };
  return { vor: located('vor'), ikp: located('ikp'), procurement: located('procurement'), problems };
}
