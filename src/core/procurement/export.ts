/**
 * The export for the city's central purchasing unit (SPEC §7): a clean copy of the rows that
 * pass — no errors; warnings pass, they are for the committee to judge — with the contact block,
 * and the list of rows left out and why. Numbers are numbers, dates Excel serials (the sheet
 * writer gives them a date format; the CSV writes them as ISO dates), the period split in two.
 * Headers are the template's Swedish ones whatever the UI language: the purchasing unit merges
 * plans from every committee and needs the same columns from all of them.
 */
import type { Finding, Lang, RuleId } from '../findings/finding';
import type { ContactLine, ProcurementRow, ProcurementTable } from '../model/procurement';
import { CONTACT_KEYS, CONTACT_LABELS } from '../rules/procurement/contact-missing';
import { parseContractType } from '../rules/procurement/contract-type';
import { collapseSpace } from '../rules/procurement/text';

export type ExportColumnKind = 'text' | 'date' | 'amount';

export interface ExportColumn {
  header: string;
  kind: ExportColumnKind;
}

export const EXPORT_COLUMNS: readonly ExportColumn[] = [
  { header: 'Verksamhet', kind: 'text' },
  { header: 'Kategorifamilj', kind: 'text' },
  { header: 'Beskrivning', kind: 'text' },
  { header: 'Planerat startdatum', kind: 'date' },
  { header: 'Avtalsperiod fr.o.m', kind: 'date' },
  { header: 'Avtalsperiod t.o.m', kind: 'date' },
  { header: 'Uppskattat kontraktsvärde (kr)', kind: 'amount' },
  { header: 'Kontraktstyp', kind: 'text' },
];

/** text → string, date → Excel serial (whole days), amount → number in kr; null when empty. */
export type ExportCell = string | number | null;

export interface ExportRow {
  /** The Excel row in the plan it was copied from. */
  sourceRow: number;
  /** One cell per EXPORT_COLUMNS entry. */
  cells: ExportCell[];
}

export interface ExportContactLine {
  key: ContactLine['key'];
  /** The template's question, e.g. "Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer". */
  label: string;
  /** The answer as given ('' when none). */
  answer: string;
}

export interface ExcludedRow {
  /** Excel row in the plan. */
  row: number;
  /** The row's first error (errors are ordered as in SPEC §7's table). */
  rule: RuleId;
  column: string | null;
  /** That error's message, in the requested language. */
  reason: string;
  /** How many errors the row has in all. */
  errorCount: number;
}

export interface ProcurementExport {
  /** The plan's sheet. */
  sheet: string;
  columns: readonly ExportColumn[];
  rows: ExportRow[];
  contact: ExportContactLine[];
  excluded: ExcludedRow[];
}

function serial(r: ProcurementRow['start']): number | null {
  return r.kind === 'ok' ? Math.floor(r.value) : null;
}

function text(s: string): string | null {
  const t = collapseSpace(s);
  return t === '' ? null : t;
}

function exportRow(row: ProcurementRow): ExportRow {
  return {
    sourceRow: row.row,
    cells: [
      text(row.unit),
      text(row.category),
      text(row.description),
      serial(row.start),
      serial(row.periodFrom),
      serial(row.periodTo),
      row.value.kind === 'ok' ? row.value.value : null,
      parseContractType(row.type) ?? text(row.type),
    ],
  };
}

/**
 * @param perRow the validation's findings by Excel row (ProcurementValidation.perRow); a row
 *   absent from it counts as clean.
 */
export function buildProcurementExport(
  table: ProcurementTable,
  perRow: ReadonlyMap<number, readonly Finding[]>,
): ProcurementExport {
  const rows: ExportRow[] = [];
  const excluded: ExcludedRow[] = [];
  for (const row of table.rows) {
    const errors = (perRow.get(row.row) ?? []).filter((f) => f.severity === 'error');
    if (errors.length === 0) {
      rows.push(exportRow(row));
      continue;
    }
    const first = errors[0];
    excluded.push({
      row: row.row,
      rule: first.rule,
      column: first.column,
      reason: first.message,
      errorCount: errors.length,
    });
  }
  const contact = CONTACT_KEYS.map((key) => ({
    key,
    label: CONTACT_LABELS[key],
    answer: collapseSpace(table.contact.find((l) => l.key === key)?.answer ?? ''),
  }));
  return { sheet: table.location.sheet, columns: EXPORT_COLUMNS, rows, contact, excluded };
}

/**
 * What to tell the user after an export: how many rows went out and which were left out.
 * "4 rader exporterades. 2 rader med fel exporterades inte: rad 9, rad 12."
 */
export function exportSummary(exp: ProcurementExport, lang: Lang = 'sv'): string {
  const n = exp.rows.length;
  const m = exp.excluded.length;
  const list = exp.excluded.map((e) => `${lang === 'sv' ? 'rad' : 'row'} ${e.row}`).join(', ');
  if (lang === 'sv') {
    const done = `${n} ${n === 1 ? 'rad' : 'rader'} exporterades.`;
    return m === 0 ? done : `${done} ${m} ${m === 1 ? 'rad' : 'rader'} med fel exporterades inte: ${list}.`;
  }
  const done = `${n} ${n === 1 ? 'row was' : 'rows were'} exported.`;
  return m === 0
    ? done
    : `${done} ${m} ${m === 1 ? 'row' : 'rows'} with errors ${m === 1 ? 'was' : 'were'} not exported: ${list}.`;
}
