/**
 * The procurement sheet after validation (SPEC §7): a real table with the add-in's Status column,
 * a dropdown on Kontraktstyp, and native conditional formats that keep working as people type —
 * values at or under the threshold, cells whose column the row's Status names (the offending
 * cells), and empty answers in the contact block.
 */
import type { ProcurementTable } from '../model/procurement';
import { emptySheetPlan, type SheetPlan } from '../plan/write-plan';
import { statusToken } from '../procurement/status-text';
import type { Settings } from '../settings/settings';
import { LISTS } from '../settings/settings-sheet';
import { DEFAULT_NAMES, headerOf } from '../tables/headers';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { layoutTable } from './table-layout';

export const UNDER_THRESHOLD_FILL = '#F4CCCC';
export const OFFENDING_FILL = '#FCE4B6';
export const OK_FILL = '#D9EAD3';

/**
 * True when the value cell is at or under the threshold: a number, or text such as
 * "1 000 000 kr" (spaces, no-break spaces U+00A0 and U+202F, "kr" removed). Forms Excel cannot
 * read this way ("3,5 mkr") are left to the validator's Status.
 */
export function underThresholdFormula(cell: string, threshold: number): string {
  const t = `SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(SUBSTITUTE(LOWER(${cell}),"kr",""),CHAR(160),""),UNICHAR(8239),"")," ","")`;
  return `=IFERROR(IF(ISNUMBER(${cell}),${cell},VALUE(${t}))<=${threshold},FALSE)`;
}

export function procurementSheetPlan(
  wb: WorkbookSnapshot,
  table: ProcurementTable,
  settings: Settings,
  status: ReadonlyMap<number, string>,
): SheetPlan {
  const loc = table.location;
  const c = loc.columns;
  const statusHeader = headerOf('procurement', 'status');
  const layout = layoutTable(
    wb,
    loc,
    'procurement',
    DEFAULT_NAMES.procurement.table,
    c.status ? [] : [statusHeader],
  );
  const plan = emptySheetPlan(loc.sheet, 'user');
  plan.writes.push(...layout.headerWrites);
  plan.tables.push(layout.table);
  const statusCol = c.status ?? layout.columnOf(statusHeader);

  // The Status column, one bulk write from the first to the last body row (group rows blank).
  const rows = [];
  for (let r = layout.firstBodyRow; r <= layout.lastBodyRow; r++) rows.push([status.get(r) ?? null]);
  plan.writes.push({ address: cellAddress(layout.firstBodyRow, statusCol), rows });

  const statusTop = `$${columnLetter(statusCol)}${layout.firstBodyRow}`;
  // Offending cells: the row's Status names the column (statusToken is the shared contract).
  for (let i = 0; i < layout.headers.length; i++) {
    const col = loc.firstCol + i;
    if (col === statusCol) continue;
    // SEARCH treats ~ * ? as wildcards: escape them; double quotes for the formula string.
    const token = statusToken(layout.headers[i]).replace(/[~*?]/g, '~$&').replace(/"/g, '""');
    plan.conditionalFormats.push({
      address: layout.bodyOf(col),
      formula: `=ISNUMBER(SEARCH("${token}",${statusTop}))`,
      fill: OFFENDING_FILL,
      fontColor: '#000000',
      stopIfTrue: false,
    });
  }
  if (c.value !== undefined) {
    const top = `$${columnLetter(c.value)}${layout.firstBodyRow}`;
    plan.conditionalFormats.push({
      address: layout.bodyOf(c.value),
      formula: underThresholdFormula(top, settings.procurementThreshold),
      fill: UNDER_THRESHOLD_FILL,
      fontColor: '#000000',
      bold: true,
      stopIfTrue: true,
    });
  }
  plan.conditionalFormats.push(
    {
      address: layout.bodyOf(statusCol),
      formula: `=LEFT(${statusTop},2)="OK"`,
      fill: OK_FILL,
      fontColor: '#000000',
      stopIfTrue: true,
    },
    {
      address: layout.bodyOf(statusCol),
      formula: `=LEN(${statusTop})>2`,
      fill: OFFENDING_FILL,
      fontColor: '#000000',
    },
  );
  // The contact block's answers: an empty one shows until someone fills it in.
  for (const line of table.contact) {
    const a = cellAddress(line.answerRow, line.answerCol);
    const abs = `$${columnLetter(line.answerCol)}$${line.answerRow}`;
    plan.conditionalFormats.push({ address: a, formula: `=LEN(TRIM(${abs}))=0`, fill: UNDER_THRESHOLD_FILL });
  }
  if (c.type !== undefined) {
    plan.validations.push({
      address: layout.bodyOf(c.type),
      list: [...LISTS.contractType.entries],
      strict: false,
    });
  }
  plan.styles.push({ address: layout.bodyOf(statusCol), wrap: true, vertical: 'top' });
  if (!c.status) plan.columnWidths[columnLetter(statusCol)] = 48;
  return plan;
}
