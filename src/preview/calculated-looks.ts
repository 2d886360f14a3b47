/**
 * What Excel would show in the cells the add-in computes, for the preview's sheet view. ExcelJS
 * cannot calculate: the RV and Riskklass formulas the write plan puts in carry no value until
 * Excel (or LibreOffice) opens the file (src/xlsx/README.md), and conditional formats are rules,
 * not colours. So the view asks the core what those formulas and the heat-map rules work out to —
 * RV = S × K, the Riskklass by the thresholds, the band colours (SPEC §4, §5) — the same values
 * test/e2e checks LibreOffice computes from the formulas.
 */
import { band, BAND_COLORS, riskClass } from '../core/risk';
import { readSettings } from '../core/settings/settings-sheet';
import { locateTables } from '../core/tables/locate';
import { readIkp } from '../core/tables/read-ikp';
import { readVor } from '../core/tables/read-vor';
import { cellAddress } from '../core/workbook/a1';
import { cellAt, findSheet, formulaAt } from '../core/workbook/cells';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';

export interface CellLook {
  /** The value to show instead of an uncalculated formula. */
  text?: string;
  fill?: string;
  font?: string;
}

/** Sheet name → A1 address → look. */
export type CalculatedLooks = Map<string, Map<string, CellLook>>;

/** True when a conditional format of the sheet covers the cell (only then does Excel colour it). */
export type HasConditionalFormat = (sheet: string, address: string) => boolean;

export function calculatedLooks(wb: WorkbookSnapshot, hasFormat: HasConditionalFormat): CalculatedLooks {
  const looks: CalculatedLooks = new Map();
  const put = (sheet: string, address: string, look: CellLook) => {
    let onSheet = looks.get(sheet);
    if (!onSheet) looks.set(sheet, (onSheet = new Map()));
    onSheet.set(address, { ...onSheet.get(address), ...look });
  };
  const settings = readSettings(wb);
  const heat = (sheet: string, row: number, col: number | undefined, rv: number) => {
    if (col === undefined) return;
    const address = cellAddress(row, col);
    if (!hasFormat(sheet, address)) return;
    const color = BAND_COLORS[band(rv, settings)];
    put(sheet, address, { fill: color.fill, font: color.font });
  };

  const found = locateTables(wb);
  if (found.vor) {
    const loc = found.vor;
    const sheet = findSheet(wb, loc.sheet);
    const { rv: rvCol, riskClass: classCol, likelihood, consequence } = loc.columns;
    for (const row of readVor(wb, loc).rows) {
      if (!sheet) continue;
      // Both formulas give "" when S or K is missing or not a scale value (core/risk/formulas.ts).
      if (rvCol !== undefined && row.rvIsFormula && typeof row.rvCell !== 'number') {
        put(loc.sheet, cellAddress(row.row, rvCol), { text: row.rv === null ? '' : String(row.rv) });
      }
      if (
        classCol !== undefined &&
        formulaAt(sheet, row.row, classCol) !== null &&
        cellAt(sheet, row.row, classCol) == null
      ) {
        put(loc.sheet, cellAddress(row.row, classCol), {
          text: row.rv === null ? '' : riskClass(row.rv, settings),
        });
      }
      // The VoR's heat-map colours S, K and RV by the row's RV (core/sheets/vor-sheet.ts).
      if (row.rv !== null)
        for (const col of [likelihood, consequence, rvCol]) heat(loc.sheet, row.row, col, row.rv);
    }
  }
  if (found.ikp) {
    const loc = found.ikp;
    for (const row of readIkp(wb, loc).rows) {
      if (row.rv !== null) heat(loc.sheet, row.row, loc.columns.rv, row.rv);
    }
  }
  return looks;
}
