/**
 * Which sheet a generated sheet (Riskmatris, the export sheet) is written to. The add-in owns
 * only the sheets it generates (SPEC §8), so a sheet of the user's that happens to carry the name
 * — a "Riskmatris" of their own — is never emptied: the add-in writes to "Riskmatris (ny)"
 * instead. Its own sheet is recognised by the title it writes first, in A1; a sheet with nothing
 * on it is a half-written one of the add-in's (a failure right after the sheet was added) and is
 * taken over, so the next run repairs it instead of leaving it behind.
 */
import { cellText } from '../parse/text';
import { cellAt, findSheet } from '../workbook/cells';
import type { SheetSnapshot, WorkbookSnapshot } from '../workbook/snapshot';

/** True when no cell of the sheet holds anything. */
export function isEmptySheet(sheet: SheetSnapshot): boolean {
  return (
    sheet.values.every((row) => row.every((v) => v === null || v === '')) &&
    (sheet.formulas ?? []).every((row) => row.every((f) => f === null || f === undefined || f === ''))
  );
}

/**
 * The add-in's own sheet: empty, or A1 is (or starts with) one of the titles the add-in writes
 * there and `also` (a second mark, for a title a person could also have typed) holds.
 */
export function isOwnSheet(
  sheet: SheetSnapshot,
  titles: readonly string[],
  also: (sheet: SheetSnapshot) => boolean = () => true,
): boolean {
  if (isEmptySheet(sheet)) return true;
  const a1 = cellText(cellAt(sheet, 1, 1));
  return a1 !== '' && titles.some((t) => a1 === t || a1.startsWith(`${t} `)) && also(sheet);
}

/** `wanted` when it is free or the add-in's own, else "wanted (ny)", "wanted (ny 2)" … */
export function generatedSheetName(
  wb: WorkbookSnapshot,
  wanted: string,
  titles: readonly string[],
  also?: (sheet: SheetSnapshot) => boolean,
): string {
  for (let n = 1; ; n++) {
    const name = n === 1 ? wanted : n === 2 ? `${wanted} (ny)` : `${wanted} (ny ${n - 1})`;
    const sheet = findSheet(wb, name);
    if (!sheet || isOwnSheet(sheet, titles, also)) return name;
  }
}
