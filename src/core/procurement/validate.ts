/**
 * Validating a procurement plan (SPEC §7): every rule on every data row and on the contact
 * block, findings ordered as a reader scans the sheet, the Status text per row and the
 * summary of SPEC §9.
 */
import type { Finding, Lang } from '../findings/finding';
import type { ProcurementTable } from '../model/procurement';
import type { Settings } from '../settings/settings';
import { PROCUREMENT_RULES, type ProcurementContext, type ProcurementFinding } from '../rules/procurement';
import { statusText } from './status-text';

export interface ProcurementSummary {
  /** Data rows (group rows and the contact block are not rows). */
  rows: number;
  ok: number;
  /** Rows with warnings and no error. */
  warnings: number;
  /** Rows with at least one error. */
  errors: number;
}

export interface ProcurementValidation {
  /** Every finding as plain Finding (the JSON of SPEC §9): contact block first, then by row. */
  findings: Finding[];
  /** Excel row → that row's findings, errors first then in rule order; [] for a clean row. */
  perRow: Map<number, ProcurementFinding[]>;
  /** Findings on the contact block above the table. */
  contactFindings: ProcurementFinding[];
  /** Excel row → the Status cell text (`OK`, `Fel: …`, `Varning: …`). */
  status: Map<number, string>;
  summary: ProcurementSummary;
}

const RULE_ORDER = new Map(PROCUREMENT_RULES.map((r, i) => [r.id, i]));

function byColumnThenRule(table: ProcurementTable) {
  return (a: ProcurementFinding, b: ProcurementFinding): number => {
    if (a.severity !== b.severity) return a.severity === 'error' ? -1 : 1;
    return (
      (RULE_ORDER.get(a.rule) ?? 0) - (RULE_ORDER.get(b.rule) ?? 0) ||
      columnIndex(table, a) - columnIndex(table, b)
    );
  };
}

function columnIndex(table: ProcurementTable, f: Finding): number {
  const i = f.column === null ? -1 : table.location.headers.indexOf(f.column);
  return i < 0 ? Number.MAX_SAFE_INTEGER : i;
}

/** A Finding without the Status-only `brief`, so JSON output has exactly the Finding fields. */
export function plainFinding(f: ProcurementFinding): Finding {
  return {
    rule: f.rule,
    severity: f.severity,
    sheet: f.sheet,
    row: f.row,
    column: f.column,
    cell: f.cell,
    message: f.message,
  };
}

export function validateProcurementRows(
  table: ProcurementTable,
  settings: Settings,
  planYear: number | null,
  lang: Lang = 'sv',
): ProcurementValidation {
  const ctx: ProcurementContext = { table, settings, planYear, lang };
  const all = PROCUREMENT_RULES.flatMap((rule) => rule.check(ctx));

  const dataRows = new Set(table.rows.map((r) => r.row));
  const perRow = new Map<number, ProcurementFinding[]>(table.rows.map((r) => [r.row, []]));
  const contactFindings: ProcurementFinding[] = [];
  for (const f of all) {
    if (f.rule !== 'contact-missing' && f.row !== null && dataRows.has(f.row)) perRow.get(f.row)!.push(f);
    else contactFindings.push(f);
  }
  const order = byColumnThenRule(table);
  for (const list of perRow.values()) list.sort(order);
  contactFindings.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));

  const status = new Map<number, string>();
  const summary: ProcurementSummary = { rows: table.rows.length, ok: 0, warnings: 0, errors: 0 };
  for (const [row, list] of perRow) {
    status.set(row, statusText(list, lang));
    if (list.some((f) => f.severity === 'error')) summary.errors++;
    else if (list.length > 0) summary.warnings++;
    else summary.ok++;
  }

  const rowsInOrder = [...perRow.keys()].sort((a, b) => a - b);
  const findings = [...contactFindings, ...rowsInOrder.flatMap((r) => perRow.get(r)!)].map(plainFinding);
  return { findings, perRow, contactFindings, status, summary };
}
