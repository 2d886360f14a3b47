/**
 * What every procurement rule (SPEC §7) receives and returns, and how a finding names its
 * sheet, row, column and cell (SPEC §8: "a clear message naming the sheet, row and column").
 */
import type {
  Finding,
  Lang,
  Localized,
  ProcurementRuleId as SpecRuleId,
  Severity,
} from '../../findings/finding';

/** The procurement rules of SPEC §7, and the error value found in one of its text cells (§8). */
export type ProcurementRuleId = SpecRuleId | 'cell-error-value';
import type { ProcurementField } from '../../model/columns';
import type { ProcurementRow, ProcurementTable } from '../../model/procurement';
import type { Settings } from '../../settings/settings';
import { cellAddress } from '../../workbook/a1';

export interface ProcurementContext {
  table: ProcurementTable;
  settings: Settings;
  /** The plan year (see src/core/procurement/plan-year.ts); null skips start-outside-plan-year. */
  planYear: number | null;
  lang: Lang;
}

/**
 * A Finding plus the short text the Status cell shows after the bracketed header
 * ("inte över 1 000 000 kr"). The JSON of SPEC §9 carries plain Findings; `brief` is for
 * src/core/procurement/status-text.ts.
 */
export interface ProcurementFinding extends Finding {
  rule: ProcurementRuleId;
  brief: string;
}

export interface ProcurementRule {
  id: ProcurementRuleId;
  severity: Severity;
  check(ctx: ProcurementContext): ProcurementFinding[];
}

/** A column of the table: its header as written in the sheet and its Excel column number. */
export interface ColumnRef {
  header: string;
  col: number;
}

/** Canonical names, used in messages when the table has no such column. */
export const FIELD_NAMES: Record<ProcurementField, Localized> = {
  unit: { sv: 'Verksamhet', en: 'Verksamhet (unit)' },
  category: { sv: 'Kategorifamilj', en: 'Kategorifamilj (category family)' },
  description: { sv: 'Beskrivning', en: 'Beskrivning (description)' },
  start: { sv: 'Planerat startdatum för upphandling', en: 'Planerat startdatum (planned start)' },
  period: { sv: 'Avtalsperiod', en: 'Avtalsperiod (contract period)' },
  periodFrom: { sv: 'Avtalsperiod fr.o.m', en: 'Avtalsperiod fr.o.m (from)' },
  periodTo: { sv: 'Avtalsperiod t.o.m', en: 'Avtalsperiod t.o.m (to)' },
  value: { sv: 'Uppskattat kontraktsvärde', en: 'Uppskattat kontraktsvärde (estimated value)' },
  type: { sv: 'Kontraktstyp', en: 'Kontraktstyp (contract type)' },
  status: { sv: 'Status', en: 'Status' },
};

export function columnRef(table: ProcurementTable, field: ProcurementField): ColumnRef | null {
  const col = table.location.columns[field];
  if (col === undefined) return null;
  const header = table.location.headers[col - table.location.firstCol] ?? FIELD_NAMES[field].sv;
  return { header, col };
}

/**
 * The column holding one end of a row's period: the combined "Avtalsperiod (fr.o.m - t.o.m)"
 * cell when the row's period came from it, else the fr.o.m or t.o.m column.
 */
export function periodColumn(
  table: ProcurementTable,
  row: ProcurementRow,
  end: 'from' | 'to',
): { field: ProcurementField; ref: ColumnRef | null } {
  const own: ProcurementField = end === 'from' ? 'periodFrom' : 'periodTo';
  if (row.periodCombined)
    return { field: 'period', ref: columnRef(table, 'period') ?? columnRef(table, own) };
  const ref = columnRef(table, own);
  if (ref) return { field: own, ref };
  return { field: 'period', ref: columnRef(table, 'period') };
}

/** The name of a column in a message or the Status cell: the header, else the canonical name. */
export function columnName(field: ProcurementField, ref: ColumnRef | null, lang: Lang): string {
  return ref ? ref.header : FIELD_NAMES[field][lang];
}

export interface RowFindingInput {
  rule: ProcurementRuleId;
  severity: Severity;
  row: ProcurementRow;
  field: ProcurementField;
  ref: ColumnRef | null;
  /** What is wrong and what to do; the location prefix is added here. */
  text: Localized;
  /** Short text for the Status cell, without the column name. */
  brief: Localized;
}

/**
 * Location prefix, in the same form as the VoR rules' (src/core/rules/rule.ts):
 * `Blad "Planerade upphandlingar", rad 9, kolumn "Uppskattat kontraktsvärde" (E9): ` and
 * `Sheet "…", row 9, column "…" (E9): `; parts without a value are left out.
 */
export function locationPrefix(
  sheet: string,
  row: number | null,
  column: string | null,
  cell: string | null,
  lang: Lang,
): string {
  const sv = lang === 'sv';
  let s = sv ? `Blad "${sheet}"` : `Sheet "${sheet}"`;
  if (row !== null) s += sv ? `, rad ${row}` : `, row ${row}`;
  if (column !== null) s += sv ? `, kolumn "${column}"` : `, column "${column}"`;
  if (cell !== null) s += ` (${cell})`;
  return `${s}: `;
}

/** A finding on one cell of a data row. */
export function rowFinding(ctx: ProcurementContext, input: RowFindingInput): ProcurementFinding {
  const { table, lang } = ctx;
  const sheet = table.location.sheet;
  const cell = input.ref ? cellAddress(input.row.row, input.ref.col) : null;
  // Without a column there is nothing to put in brackets: name the field in the brief instead.
  const brief = input.ref ? input.brief[lang] : `${FIELD_NAMES[input.field][lang]} ${input.brief[lang]}`;
  return {
    rule: input.rule,
    severity: input.severity,
    sheet,
    row: input.row.row,
    column: input.ref ? input.ref.header : null,
    cell,
    message:
      locationPrefix(sheet, input.row.row, input.ref ? input.ref.header : null, cell, lang) +
      input.text[lang],
    brief,
  };
}

/** Runs `check` on every data row and flattens the findings. */
export function eachRow(
  ctx: ProcurementContext,
  check: (row: ProcurementRow) => ProcurementFinding | ProcurementFinding[] | null,
): ProcurementFinding[] {
  const out: ProcurementFinding[] = [];
  for (const row of ctx.table.rows) {
    const r = check(row);
    if (r === null) continue;
    if (Array.isArray(r)) out.push(...r);
    else out.push(r);
  }
  return out;
}

/** "abc" in quotes for messages, with the cell's whitespace made visible enough. */
export function quoted(text: string): string {
  return `"${text}"`;
}
