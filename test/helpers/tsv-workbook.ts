/**
 * Test helper: WorkbookSnapshots built from the fixture TSVs (test/data, transcribed from the
 * published plans), so any test can put a fixture table on a sheet — as a real Excel table or
 * as a plain range under a title row, at any position.
 *
 *   const wb = snapshotFrom([{ name: 'VoR 2024', rows: [['Väsentlighets- och riskanalys'], [], ...fixtureRows('vor-2021')] }]);
 *   const wb = snapshotFrom([{ name: 'Risk & Väsentlighet', rows: fixtureRows('vor-2021'), table: 'RiskVasentlighet' }]);
 */
import { readFileSync } from 'fs';
import { join } from 'path';
import { rangeAddress } from '../../src/core/workbook/a1';
import type {
  CellValue,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from '../../src/core/workbook/snapshot';

export const DATA_DIR = join(__dirname, '..', 'data');

/** test/data/<name>.tsv */
export function fixturePath(name: string): string {
  return join(DATA_DIR, name.endsWith('.tsv') ? name : `${name}.tsv`);
}

/** The rows of a TSV file as text, cells as written (trailing empty cells kept). */
export function tsvToRows(path: string): string[][] {
  const text = readFileSync(path, 'utf8').replace(/^\uFEFF/, '');
  const lines = text.split(/\r?\n/);
  if (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
  return lines.map((line) => line.split('\t'));
}

/** A fixture's rows, header first: fixtureRows('vor-2021'). */
export function fixtureRows(name: string): string[][] {
  return tsvToRows(fixturePath(name));
}

/**
 * The 2021 procurement plan as seed 003 lays it out: title, the contact block with the
 * coordinator's line unanswered (fixtures/README.md, finding 4), a subtitle, then the table
 * (header at index 9, Excel row 10 when placed at A1).
 */
export function plan2021Rows(): string[][] {
  return [
    ['PLAN FÖR UPPHANDLING 2021'],
    [],
    ['Kontaktuppgift förvaltningen, mailadress och telefonnummer'],
    ['Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500'],
    ['Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer'],
    ['Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'],
    ['Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer'],
    [],
    ['Planerade upphandlingar'],
    ...fixtureRows('upphandling-2021'),
  ];
}

const PLAIN_NUMBER = /^-?\d+(?:\.\d+)?$/;

/**
 * What a cell typed into Excel becomes: '' → empty, a plain number ("8", "12") → a number,
 * anything else (`3. Möjlig`, `3 000 000 kr`, `2021-01-01`) stays text.
 */
export function toCell(v: CellValue | undefined): CellValue {
  if (v === undefined) return null;
  if (typeof v !== 'string') return v;
  if (v === '') return null;
  return PLAIN_NUMBER.test(v) ? Number(v) : v;
}

export interface SheetSpec {
  name: string;
  /** Rows from `origin` down; strings are converted by toCell. */
  rows: (CellValue | undefined)[][];
  /** Excel row/column of rows[0][0]; default A1. */
  origin?: { row: number; col: number };
  /** Make a real table of this name: its header is rows[tableAt], its body the rows below. */
  table?: string;
  /** Index into rows of the table's header row (default 0). */
  tableAt?: number;
  /** Formulas at the same positions as rows ("=F2*G2"), null where none. */
  formulas?: (string | null)[][];
}

function tableFor(spec: SheetSpec, values: CellValue[][]): TableSnapshot {
  const o = spec.origin ?? { row: 1, col: 1 };
  const at = spec.tableAt ?? 0;
  const header = values[at] ?? [];
  let width = header.length;
  while (width > 0 && (header[width - 1] === null || header[width - 1] === '')) width--;
  let last = values.length - 1;
  while (last > at && values[last].every((v) => v === null)) last--;
  return {
    name: spec.table as string,
    sheet: spec.name,
    address: rangeAddress({
      top: o.row + at,
      left: o.col,
      bottom: o.row + last,
      right: o.col + Math.max(width, 1) - 1,
    }),
    headers: header.slice(0, width).map((v) => (v === null ? '' : String(v))),
  };
}

export function snapshotFrom(sheets: SheetSpec[]): WorkbookSnapshot {
  const tables: TableSnapshot[] = [];
  const out: SheetSnapshot[] = sheets.map((spec) => {
    const values = spec.rows.map((r) => r.map(toCell));
    if (spec.table) tables.push(tableFor(spec, values));
    const sheet: SheetSnapshot = { name: spec.name, values };
    if (spec.origin) sheet.origin = spec.origin;
    if (spec.formulas) sheet.formulas = spec.formulas;
    return sheet;
  });
  return { sheets: out, tables };
}

/** A one-sheet workbook with a fixture as a real table (header at `origin`). */
export function fixtureWorkbook(name: string, sheet: string, table?: string): WorkbookSnapshot {
  return snapshotFrom([{ name: sheet, rows: fixtureRows(name), table }]);
}
