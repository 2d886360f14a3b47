/**
 * What the domain core computes for a workbook the CLI wrote: the same file read back with the
 * core (readXlsxFile → locateTables → readVor), RV = S × K and Riskklass by the workbook's own
 * thresholds (its Inställningar sheet). The e2e tests hold LibreOffice's results against this.
 */
import type { VorField, LocatedTable } from '../../../src/core/model/columns';
import { riskClass } from '../../../src/core/risk';
import { readSettings } from '../../../src/core/settings/settings-sheet';
import { locateTables } from '../../../src/core/tables/locate';
import { readIkp } from '../../../src/core/tables/read-ikp';
import { readVor } from '../../../src/core/tables/read-vor';
import { formulaAt, findSheet } from '../../../src/core/workbook/cells';
import { readXlsxFile } from '../../../src/xlsx/read-file';

export interface ExpectedRow {
  /** Excel row number. */
  row: number;
  nr: string | null;
  /** null: a goal or process row without an event. */
  event: string | null;
  /** RV as LibreOffice must show it: the number, or '' where the domain has none. */
  rv: string;
  riskClass: string;
  /** The formulas the CLI wrote into the RV and Riskklass cells (null when none). */
  rvFormula: string | null;
  riskClassFormula: string | null;
  /**
   * The file holds a computed value next to the RV or Riskklass formula. The CLI writes none,
   * so what LibreOffice shows is its own calculation, not a number read back from the file.
   */
  cached: boolean;
}

export interface ExpectedVor {
  sheet: string;
  location: LocatedTable<VorField>;
  rvCol: number;
  riskClassCol: number;
  rows: ExpectedRow[];
}

export async function expectedVor(file: string): Promise<ExpectedVor> {
  const { snapshot, workbook } = await readXlsxFile(file);
  const settings = readSettings(snapshot);
  const location = locateTables(snapshot).vor;
  if (!location) throw new Error(`the core finds no VoR in ${file}`);
  const rvCol = location.columns.rv;
  const riskClassCol = location.columns.riskClass;
  if (rvCol === undefined || riskClassCol === undefined) {
    throw new Error(`the VoR in ${file} has no RV or Riskklass column: ${location.headers.join(' | ')}`);
  }
  const sheet = findSheet(snapshot, location.sheet);
  if (!sheet) throw new Error(`no sheet ${location.sheet} in ${file}`);
  const ws = workbook.getWorksheet(location.sheet);
  const hasResult = (row: number, col: number): boolean => {
    const v = ws?.getCell(row, col).value;
    return typeof v === 'object' && v !== null && 'formula' in v && v.result !== undefined;
  };
  const rows = readVor(snapshot, location).rows.map((r) => ({
    row: r.row,
    nr: r.nr,
    event: r.event,
    rv: r.rv === null ? '' : String(r.rv),
    riskClass: r.rv === null ? '' : riskClass(r.rv, settings),
    rvFormula: formulaAt(sheet, r.row, rvCol),
    riskClassFormula: formulaAt(sheet, r.row, riskClassCol),
    cached: hasResult(r.row, rvCol) || hasResult(r.row, riskClassCol),
  }));
  return { sheet: location.sheet, location, rvCol, riskClassCol, rows };
}

export interface ExpectedIkp {
  sheet: string;
  eventCol: number;
  rows: { row: number; event: string }[];
}

/** The Internkontrollplan the CLI wrote, as the core reads it back. */
export async function expectedIkp(file: string): Promise<ExpectedIkp> {
  const { snapshot } = await readXlsxFile(file);
  const location = locateTables(snapshot).ikp;
  if (!location) throw new Error(`the core finds no Internkontrollplan in ${file}`);
  const eventCol = location.columns.event;
  if (eventCol === undefined) throw new Error(`the Internkontrollplan in ${file} has no event column`);
  const rows = readIkp(snapshot, location).rows.map((r) => ({ row: r.row, event: r.event }));
  return { sheet: location.sheet, eventCol, rows };
}
