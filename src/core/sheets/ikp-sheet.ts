/**
 * The generated Internkontrollplan sheet (SPEC §2.2, §6): a real table of the merged rows, with
 * the rows that left the selection greyed out by a conditional format on Urval and RV coloured
 * by band. The sheet is the add-in's, but what people typed in it comes back through the merge.
 *
 * Which sheet: the IKP found in the workbook when it is the add-in's (the sheet Internkontrollplan
 * of SPEC §2.2, or a table the add-in named Internkontrollplan) and the sheet holds nothing but
 * that plan (a title above is fine — it is kept); otherwise a sheet named Internkontrollplan, or
 * "Internkontrollplan (ny)" when that name is taken by something else. A user's plan elsewhere
 * ("IKP 2014") is read for the merge and never written.
 */
import type { Lang } from '../findings/finding';
import type { MergedIkp } from '../ikp/merge';
import { mergedGrid } from '../ikp/merge';
import { URVAL_NO_LONGER_SELECTED } from '../ikp/ikp-columns';
import type { IkpTable } from '../model/ikp';
import { emptySheetPlan, type PlanCell, type SheetPlan } from '../plan/write-plan';
import { bandConditionalFormats } from '../risk/formulas';
import type { Settings } from '../settings/settings';
import { DEFAULT_NAMES, headerOf } from '../tables/headers';
import { cellAddress, columnLetter, rangeAddress } from '../workbook/a1';
import { cellAt, findSheet, sheetExtent } from '../workbook/cells';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';
import { isBlank } from '../parse/text';
import { locateTables } from '../tables/locate';
import { readIkp } from '../tables/read-ikp';
import { generatedSheetName } from './generated-sheet';
import { uniqueTableName } from './table-layout';

export const FLAGGED_FILL = '#E7E6E6';
export const FLAGGED_FONT = '#595959';

/** Columns of numbers and single words: no wrapping needed. */
const SHORT_COLUMNS = new Set(['Nr', 'RV', 'Frekvens', 'Status', 'Urval']);

const TITLE: Record<Lang, string> = {
  sv: 'Internkontrollplan – genererad från risk- och väsentlighetsanalysen',
  en: 'Internal control plan – generated from the risk analysis',
};

const WIDTHS: Record<string, number> = {
  'KF:s mål för verksamhetsområdet': 34,
  Process: 24,
  Arbetssätt: 30,
  'Systematisk kontroll': 34,
  Nr: 6,
  'Oönskad händelse': 44,
  RV: 6,
  Kontrollaktivitet: 30,
  Kontrollansvarig: 20,
  Frekvens: 12,
  Status: 14,
  'Resultat/avvikelse': 30,
  'Vidtagna åtgärder': 30,
  Urval: 24,
};

/**
 * True when every non-blank cell of the sheet is the IKP itself or a row above its header. Rows
 * below the plan's last control are not the plan, even inside the located range (a plain range
 * runs down to its last non-blank row): a note under the plan would not survive a rewrite.
 */
function holdsOnlyThePlan(wb: WorkbookSnapshot, ikp: IkpTable): boolean {
  const sheet = findSheet(wb, ikp.location.sheet);
  if (!sheet) return false;
  const { lastRow, lastCol } = sheetExtent(sheet);
  const loc = ikp.location;
  const lastPlanRow = ikp.rows.reduce((last, r) => Math.max(last, r.row), loc.headerRow);
  for (let r = loc.headerRow; r <= lastRow; r++) {
    for (let c = 1; c <= lastCol; c++) {
      const inside = r <= lastPlanRow && c >= loc.firstCol && c <= loc.lastCol;
      if (!inside && !isBlank(cellAt(sheet, r, c))) return false;
    }
  }
  return true;
}

/** The plan on one sheet — the add-in's own "… (ny)" sheet from an earlier run — read for the merge. */
export function ikpOnSheet(wb: WorkbookSnapshot, sheetName: string): IkpTable | null {
  const sheet = findSheet(wb, sheetName);
  if (!sheet) return null;
  const loc = locateTables({ sheets: [sheet], tables: wb.tables.filter((t) => t.sheet === sheet.name) }).ikp;
  return loc && loc.sheet === sheet.name ? readIkp(wb, loc) : null;
}

export interface IkpTarget {
  sheet: string;
  /** The rows above the header to keep (a title), top-left at A1. */
  above: CellValue[][];
}

function isTheAddinsSheet(ikp: IkpTable): boolean {
  const { sheet, tableName } = ikp.location;
  const name = DEFAULT_NAMES.ikp.table.toLowerCase();
  return (
    sheet === DEFAULT_NAMES.ikp.sheet || (tableName !== null && tableName.toLowerCase().startsWith(name))
  );
}

export function ikpTarget(wb: WorkbookSnapshot, existing: IkpTable | null): IkpTarget {
  if (existing && isTheAddinsSheet(existing) && holdsOnlyThePlan(wb, existing)) {
    const sheet = findSheet(wb, existing.location.sheet)!;
    const { lastCol } = sheetExtent(sheet);
    const above: CellValue[][] = [];
    for (let r = 1; r < existing.location.headerRow; r++) {
      const row: CellValue[] = [];
      for (let c = 1; c <= lastCol; c++) row.push(cellAt(sheet, r, c));
      above.push(row);
    }
    return { sheet: existing.location.sheet, above };
  }
  // A sheet of the user's named Internkontrollplan is left alone; an empty one, or one with only
  // the add-in's title, is a half-written plan of the add-in's and is written again (SPEC §8).
  // Its own sheet (or "… (ny)" from an earlier run) holds its title and nothing but its plan.
  const onlyThePlan = (sheet: SheetSnapshot): boolean => {
    const plan = ikpOnSheet(wb, sheet.name);
    if (plan) return holdsOnlyThePlan(wb, plan);
    const { lastRow, lastCol } = sheetExtent(sheet);
    for (let r = 1; r <= lastRow; r++)
      for (let c = r === 1 ? 2 : 1; c <= lastCol; c++) if (!isBlank(cellAt(sheet, r, c))) return false;
    return true;
  };
  return {
    sheet: generatedSheetName(wb, DEFAULT_NAMES.ikp.sheet, [TITLE.sv, TITLE.en], onlyThePlan),
    above: [],
  };
}

export function ikpSheetPlan(
  wb: WorkbookSnapshot,
  target: IkpTarget,
  merged: MergedIkp,
  existing: IkpTable | null,
  settings: Settings,
  afterSheet: string,
  lang: Lang,
): SheetPlan {
  const plan = emptySheetPlan(target.sheet, 'generated');
  plan.after = afterSheet;
  plan.tabColor = '#2F5597';
  let headerRow = 3;
  if (target.above.length) {
    headerRow = target.above.length + 1;
    plan.writes.push({ address: 'A1', rows: target.above });
  } else {
    plan.writes.push({ address: 'A1', rows: [[TITLE[lang]]] });
  }
  // The sheet is rewritten whole, so the title's look is the plan's to give each time.
  plan.styles.push({ address: 'A1', bold: true, fontSize: 14 });
  const headers = merged.headers;
  const grid: PlanCell[][] = merged.rows.length ? mergedGrid(merged) : [headers.map(() => null)];
  plan.writes.push({ address: cellAddress(headerRow, 1), rows: [headers, ...grid] });
  const first = headerRow + 1;
  const last = headerRow + grid.length;
  // The table on the sheet being rewritten goes with it, so its name is free again (a plan kept on
  // "Internkontrollplan (ny)" keeps its table's name run after run).
  const ownName =
    existing?.location.sheet === target.sheet
      ? existing.location.tableName
      : (wb.tables.find((t) => t.sheet.toLowerCase() === target.sheet.toLowerCase())?.name ?? null);
  plan.tables.push({
    name: uniqueTableName(wb, DEFAULT_NAMES.ikp.table, ownName),
    address: rangeAddress({ top: headerRow, left: 1, bottom: last, right: headers.length }),
    headers,
    mode: 'create',
    style: 'TableStyleMedium2',
    calculated: [],
  });
  const col = (h: string) => headers.indexOf(h) + 1;
  const urval = col(headerOf('ikp', 'selection'));
  const rv = col(headerOf('ikp', 'rv'));
  const body = rangeAddress({ top: first, left: 1, bottom: last, right: headers.length });
  if (urval > 0) {
    const ref = `$${columnLetter(urval)}${first}`;
    plan.conditionalFormats.push({
      address: body,
      formula: `=${ref}="${URVAL_NO_LONGER_SELECTED}"`,
      fill: FLAGGED_FILL,
      fontColor: FLAGGED_FONT,
      stopIfTrue: true,
    });
  }
  if (rv > 0) {
    const rvBody = `${columnLetter(rv)}${first}:${columnLetter(rv)}${last}`;
    plan.conditionalFormats.push(...bandConditionalFormats(rvBody, cellAddress(first, rv), settings));
  }
  // Wrapped text in the columns that hold sentences (and in columns people added), not in the
  // short ones: fewer styled cells keeps a 20 000-row plan quick to write.
  headers.forEach((h, i) => {
    if (SHORT_COLUMNS.has(h)) return;
    const letter = columnLetter(i + 1);
    plan.styles.push({ address: `${letter}${first}:${letter}${last}`, wrap: true, vertical: 'top' });
  });
  headers.forEach((h, i) => (plan.columnWidths[columnLetter(i + 1)] = WIDTHS[h] ?? 20));
  plan.freeze = { rows: headerRow, columns: 0 };
  // Fourteen columns: on paper (and in PDF) one page wide, landscape, not in vertical strips.
  plan.print = { landscape: true, fitToWidth: true };
  return plan;
}
