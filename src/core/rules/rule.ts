/**
 * What every rule of SPEC §4 and §6 shares: its input, the shape of its output, and how a
 * finding names the sheet, row, column and cell (SPEC §8: "a clear message naming the sheet,
 * row and column, in Swedish (English when Office runs in English)").
 */
import type { Finding, Lang, Localized, RuleId, Severity } from '../findings/finding';
import type { LocatedTable } from '../model/columns';
import type { Settings } from '../settings/settings';
import { cellAddress } from '../workbook/a1';

export interface RuleContext<T> {
  table: T;
  settings: Settings;
  lang: Lang;
}

export type Rule<T> = (ctx: RuleContext<T>) => Finding[];

/** The header text of an Excel column as written in the sheet ('' outside the table). */
export function headerAt(loc: LocatedTable<string>, col: number): string {
  return loc.headers[col - loc.firstCol] ?? '';
}

/** `Blad "Risk & Väsentlighet", rad 12, kolumn "Sannolikhet" (F12)` and its English twin. */
export function whereText(loc: LocatedTable<string>, row: number, col: number, lang: Lang): string {
  const cell = cellAddress(row, col);
  const header = headerAt(loc, col);
  return lang === 'sv'
    ? `Blad "${loc.sheet}", rad ${row}, kolumn "${header}" (${cell})`
    : `Sheet "${loc.sheet}", row ${row}, column "${header}" (${cell})`;
}

/** A finding on one cell; the message is prefixed with where the cell is. */
export function cellFinding(
  loc: LocatedTable<string>,
  rule: RuleId,
  severity: Severity,
  row: number,
  col: number,
  message: Localized,
  lang: Lang,
): Finding {
  return {
    rule,
    severity,
    sheet: loc.sheet,
    row,
    column: headerAt(loc, col),
    cell: cellAddress(row, col),
    message: `${whereText(loc, row, col, lang)}: ${message[lang]}`,
  };
}

/** Excel column of a field, or undefined when the table has no such column. */
export function columnOf<F extends string>(loc: LocatedTable<F>, field: F): number | undefined {
  return loc.columns[field];
}

/** A long event text shortened for a message. */
export function shorten(text: string, max = 80): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= max ? t : `${t.slice(0, max - 1).trimEnd()}…`;
}

/** A cell value as the user would read it in a message. */
export function shown(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'object' && 'error' in (value as object))
    return String((value as { error: string }).error);
  return String(value);
}

/**
 * Findings in reading order: sheets in the order they first appear, then by row (whole-table
 * findings first), then by column; rules keep their order within a cell.
 */
export function sortFindings(findings: Finding[]): Finding[] {
  const sheetOrder = new Map<string, number>();
  for (const f of findings) if (!sheetOrder.has(f.sheet)) sheetOrder.set(f.sheet, sheetOrder.size);
  const colKey = (f: Finding) => (f.cell ? f.cell.replace(/\d+$/, '') : '');
  return findings
    .map((f, i) => ({ f, i }))
    .sort((a, b) => {
      const sa = sheetOrder.get(a.f.sheet) ?? 0;
      const sb = sheetOrder.get(b.f.sheet) ?? 0;
      if (sa !== sb) return sa - sb;
      const ra = a.f.row ?? 0;
      const rb = b.f.row ?? 0;
      if (ra !== rb) return ra - rb;
      const ca = colKey(a.f);
      const cb = colKey(b.f);
      if (ca.length !== cb.length) return ca.length - cb.length;
      if (ca !== cb) return ca < cb ? -1 : 1;
      return a.i - b.i;
    })
    .map((x) => x.f);
}
