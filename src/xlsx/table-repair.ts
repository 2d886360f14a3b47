/**
 * Undoes what ExcelJS 4.4 gets wrong when it reads tables written by Excel, so that writing the
 * workbook back does not damage them:
 *
 * - Excel omits `headerRowCount` when it is 1 (the default); ExcelJS reads the missing attribute
 *   as "no header row" and would write headerRowCount="0".
 * - ExcelJS's parser stops at the first `<calculatedColumnFormula>` and loses every column after
 *   it (exceljs issue #2597); the table's ref still spans them, so the header cells name them.
 * - Excel writes `<filterColumn>` only for filtered columns; ExcelJS writes one for every column
 *   and hides the filter button of each column it did not read one for.
 *
 * The calculated-column formula itself is lost: ExcelJS neither reads nor writes it. The cells
 * keep their formulas, so Excel still shows and evaluates them.
 */
import type ExcelJS from 'exceljs';
import { headerText } from './header-text';
import { decodeColumnName, encodeColumnName, tableBox, tablesOf, type TableModel } from './table-model';

export function repairLoadedTables(workbook: ExcelJS.Workbook): void {
  for (const ws of workbook.worksheets) for (const t of tablesOf(ws)) repairTable(ws, t);
}

function repairTable(ws: ExcelJS.Worksheet, t: TableModel): void {
  const box = tableBox(t);
  const width = box.right - box.left + 1;
  const hadAutoFilter = typeof t.autoFilterRef === 'string';
  if (!t.headerRow && (hadAutoFilter || headerCellsMatch(ws, t, box.top, box.left))) t.headerRow = true;

  if (t.columns.length < width) {
    const taken = new Set(t.columns.map((c) => decodeColumnName(c.name).toLowerCase()));
    for (let j = t.columns.length; j < width; j++) {
      let name = t.headerRow ? headerText(ws, box.top, box.left + j) : '';
      if (name === '' || taken.has(name.toLowerCase())) name = uniqueName(`Column${j + 1}`, taken);
      taken.add(name.toLowerCase());
      t.columns.push({ name: encodeColumnName(name), filterButton: hadAutoFilter });
    }
  }
  for (const c of t.columns) if (c.filterButton === undefined) c.filterButton = hadAutoFilter;
}

function headerCellsMatch(ws: ExcelJS.Worksheet, t: TableModel, row: number, left: number): boolean {
  return (
    t.columns.length > 0 &&
    t.columns.every((c, j) => headerText(ws, row, left + j) === decodeColumnName(c.name))
  );
}

function uniqueName(base: string, taken: Set<string>): string {
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base}_${n}`;
  return name;
}
