/**
 * SPEC §8: "The add-in owns only RV, Riskklass and Status (and the sheets it generates); in the
 * IKP decision column it only fills a blank cell with `Ja` for a mandatory event. Everything else
 * is the user's: never overwritten, never deleted."
 *
 * `userCellChanges` compares two CellMaps and lists every cell the user owns that differs. It is
 * written from the spec, not from the code under test: the owned cells are found by the header
 * texts of the tables the case says are there, in the sheet as it is afterwards.
 *
 * One change to a user cell is allowed, and docs/reliability.md states it: when a plain range
 * becomes a real Excel table, a blank header cell gets a name and a repeated header a suffix
 * (`Sannolikhet (2)`), because Excel requires unique, non-blank table headers.
 */
import { parseCell } from '../../../src/core/workbook/a1';
import type { OwnedTable } from '../corpus';
import {
  type CellMap,
  type CellSpec,
  type NormCell,
  isBlankNorm,
  isFormulaSpec,
  normValue,
  officeValue,
} from './cells';

export interface Ownership {
  owned: readonly OwnedTable[];
  /** Sheets of the input the add-in owns (an IKP it generated earlier). */
  generated: readonly string[];
}

export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const VOR_OWNED = new Set(['rv', 'riskvarde', 'riskklass']);
const VOR_DECISION = new Set(['ikp', 'internkontrollplan', 'ingar i ikp', 'ikp beslut', 'beslut ikp']);
const PROCUREMENT_OWNED = new Set(['status']);

function text(c: NormCell | undefined): string {
  if (!c) return '';
  const v: unknown = JSON.parse(c.value);
  return typeof v === 'string' ? v : v === null ? '' : String(v);
}

function same(a: NormCell | undefined, b: NormCell | undefined): boolean {
  if (isBlankNorm(a) && isBlankNorm(b)) return true;
  return !!a && !!b && a.value === b.value && a.formula === b.formula;
}

function headerAt(sheet: Map<string, NormCell> | undefined, row: number, col: number): string {
  if (!sheet) return '';
  for (const [addr, c] of sheet) {
    const p = parseCell(addr);
    if (p.row === row && p.col === col) return text(c);
  }
  return '';
}

function headerRow(sheet: Map<string, NormCell> | undefined, row: number): Map<number, string> {
  const out = new Map<number, string>();
  for (const [addr, c] of sheet ?? []) {
    const p = parseCell(addr);
    if (p.row === row) out.set(p.col, text(c));
  }
  return out;
}

/** True when the header in `col` repeats one to its left (so Excel needs it renamed). */
function repeatsEarlier(headers: Map<number, string>, col: number): boolean {
  const mine = fold(headers.get(col) ?? '');
  for (const [c, h] of headers) if (c < col && fold(h) === mine) return true;
  return false;
}

function allowed(
  t: OwnedTable,
  row: number,
  col: number,
  b: NormCell | undefined,
  a: NormCell | undefined,
  before: Map<string, NormCell> | undefined,
  after: Map<string, NormCell> | undefined,
): boolean {
  if (row === t.headerRow) {
    if (isBlankNorm(b)) return true;
    const old = text(b);
    return (
      repeatsEarlier(headerRow(before, row), col) && a?.formula === null && text(a).startsWith(`${old} (`)
    );
  }
  if (row < t.headerRow) return false;
  const header = fold(headerAt(after, t.headerRow, col));
  if (t.kind === 'vor' && VOR_OWNED.has(header)) return true;
  if (t.kind === 'procurement' && PROCUREMENT_OWNED.has(header)) return true;
  if (t.kind === 'vor' && VOR_DECISION.has(header) && isBlankNorm(b))
    return a?.value === '"Ja"' && a.formula === null;
  return false;
}

/** Each user cell that changed, as "Sheet!A1: before → after"; empty when none did. */
export function userCellChanges(before: CellMap, after: CellMap, own: Ownership): string[] {
  const generated = new Set(own.generated.map((s) => s.toLowerCase()));
  const out: string[] = [];
  for (const [sheet, cellsBefore] of before) {
    if (generated.has(sheet.toLowerCase())) continue;
    const cellsAfter = after.get(sheet);
    if (!cellsAfter) {
      out.push(`${sheet}: the sheet is gone`);
      continue;
    }
    const tables = own.owned.filter((t) => t.sheet === sheet);
    const addresses = new Set([...cellsBefore.keys(), ...cellsAfter.keys()]);
    for (const addr of addresses) {
      const b = cellsBefore.get(addr);
      const a = cellsAfter.get(addr);
      if (same(b, a)) continue;
      const { row, col } = parseCell(addr);
      if (tables.some((t) => allowed(t, row, col, b, a, cellsBefore, cellsAfter))) continue;
      const show = (c: NormCell | undefined) =>
        c ? `${c.formula ?? ''}${c.formula ? ' ' : ''}${c.value.slice(0, 60)}` : '(blank)';
      out.push(`${sheet}!${addr}: ${show(b)} → ${show(a)}`);
    }
  }
  return out;
}

/**
 * Every typed value of `wanted` that is no longer anywhere on the sheet: a constant by its value,
 * a formula by its text (a written formula has no cached result until Excel computes it).
 */
export function missingValues(cells: CellMap, sheet: string, wanted: readonly CellSpec[]): string[] {
  const present = new Set<string>();
  for (const c of cells.get(sheet)?.values() ?? []) {
    present.add(c.value);
    if (c.formula) present.add(`formula:${c.formula}`);
  }
  const key = (w: CellSpec) => (isFormulaSpec(w) ? `formula:${w.formula}` : normValue(officeValue(w)));
  return wanted.map(key).filter((k) => !present.has(k));
}
