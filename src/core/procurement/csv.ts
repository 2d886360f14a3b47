/**
 * The export as CSV for the central purchasing unit (SPEC §7): UTF-8 with BOM (so Excel reads
 * å, ä, ö right), semicolon-separated (Swedish Excel's list separator), CRLF line ends, fields
 * quoted per RFC 4180 when they hold `;`, `"`, CR or LF.
 *
 * Dates are ISO yyyy-mm-dd; amounts are plain numbers in kr with a decimal comma when
 * fractional (3000000, 1500000,5), which Swedish Excel reads as numbers.
 *
 * Formula injection (OWASP "CSV injection"): a TEXT cell starting with `=`, `+`, `-`, `@`, TAB
 * or CR gets a leading apostrophe, so Excel shows it as text instead of running it. Amounts and
 * dates are numbers we format ourselves, never text: a negative amount stays `-5000` (a number,
 * not a formula — and it could not pass value-under-threshold anyway).
 *
 * The contact block: by default the CSV holds only the header row and the data rows, so that
 * Excel's "From Text/CSV" (Power Query) promotes the first line to headers and the purchasing
 * unit can append the files of every committee into one table. The contact details are in the
 * export sheet. `includeContact` puts them first (label;answer lines, then an empty line) for a
 * reader who wants one self-contained file.
 */
import { serialToIso } from '../parse/excel-date';
import type { ExportCell, ExportColumnKind, ProcurementExport } from './export';

export const CSV_BOM = '\uFEFF';
export const CSV_SEPARATOR = ';';
export const CSV_EOL = '\r\n';

export interface CsvOptions {
  includeContact?: boolean;
}

/** Leading apostrophe for text Excel would take as a formula (or that hides one after a TAB/CR). */
export function neutraliseFormula(text: string): string {
  return /^[=+\-@\t\r]/u.test(text) ? `'${text}` : text;
}

/** Quotes a field when it holds the separator, a quote, CR or LF (RFC 4180). */
export function csvQuote(field: string): string {
  return /[;"\r\n]/u.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

export function formatCsvAmount(amount: number): string {
  if (Number.isInteger(amount)) return amount.toFixed(0);
  return String(Math.round(amount * 100) / 100).replace('.', ',');
}

/** One cell as CSV field text (quoted when needed). */
export function csvCell(value: ExportCell, kind: ExportColumnKind): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    if (kind === 'date') return serialToIso(value);
    return formatCsvAmount(value);
  }
  return csvQuote(neutraliseFormula(value));
}

function line(fields: string[]): string {
  return fields.join(CSV_SEPARATOR) + CSV_EOL;
}

export function procurementCsv(exp: ProcurementExport, options: CsvOptions = {}): string {
  let out = CSV_BOM;
  if (options.includeContact) {
    for (const c of exp.contact) out += line([csvCell(c.label, 'text'), csvCell(c.answer, 'text')]);
    out += CSV_EOL;
  }
  out += line(exp.columns.map((c) => csvCell(c.header, 'text')));
  for (const row of exp.rows) out += line(row.cells.map((v, i) => csvCell(v, exp.columns[i].kind)));
  return out;
}
