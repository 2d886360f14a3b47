/**
 * An ExcelJS workbook → the WorkbookSnapshot the core reads. One pass over the cells ExcelJS
 * already holds (eachRow/eachCell skip empty rows and cells) and no per-cell objects beyond the
 * snapshot's own arrays: on a 50 000-row sheet this pass costs a small part of ExcelJS's parse.
 */
import type ExcelJS from 'exceljs';
import type { CellValue, SheetSnapshot, TableSnapshot, WorkbookSnapshot } from '../core/workbook/snapshot';
import { rangeAddress } from '../core/workbook/a1';
import { cellFormula, cellValue } from './cell-value';
import { decodeColumnName, tableBox, tablesOf } from './table-model';
import { headerText } from './header-text';

export function snapshotOf(workbook: ExcelJS.Workbook): WorkbookSnapshot {
  const sheets: SheetSnapshot[] = [];
  const tables: TableSnapshot[] = [];
  for (const ws of workbook.worksheets) {
    sheets.push(sheetSnapshot(ws));
    for (const t of tablesOf(ws)) tables.push(tableSnapshot(ws, t));
  }
  return { sheets, tables };
}

function sheetSnapshot(ws: ExcelJS.Worksheet): SheetSnapshot {
  const values: CellValue[][] = [];
  const formulas: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let firstRow = 0;
  let minCol = Number.MAX_SAFE_INTEGER;

  ws.eachRow((row, rowNumber) => {
    if (firstRow === 0) firstRow = rowNumber;
    const i = rowNumber - firstRow;
    while (values.length < i) {
      values.push([]);
      formulas.push([]);
    }
    const rowValues: CellValue[] = [];
    const rowFormulas: (string | null)[] = [];
    row.eachCell((cell, col) => {
      const value = cellValue(cell);
      const formula = cellFormula(cell);
      if (value === null && formula === null) return;
      if (col < minCol) minCol = col;
      while (rowValues.length < col - 1) rowValues.push(null);
      rowValues[col - 1] = value;
      if (formula !== null) {
        while (rowFormulas.length < col - 1) rowFormulas.push(null);
        rowFormulas[col - 1] = formula;
      }
    });
    values.push(rowValues);
    formulas.push(rowFormulas);
    if (row.hidden) hiddenRows.push(rowNumber);
  });

  const origin = { row: firstRow || 1, col: minCol === Number.MAX_SAFE_INTEGER ? 1 : minCol };
  if (origin.col > 1) {
    for (let i = 0; i < values.length; i++) {
      values[i] = values[i].slice(origin.col - 1);
      formulas[i] = formulas[i].slice(origin.col - 1);
    }
  }
  return {
    name: ws.name,
    values,
    formulas,
    origin,
    hiddenRows,
    visible: ws.state === undefined || ws.state === 'visible',
  };
}

function tableSnapshot(ws: ExcelJS.Worksheet, t: ReturnType<typeof tablesOf>[number]): TableSnapshot {
  const box = tableBox(t);
  const width = box.right - box.left + 1;
  const headers: string[] = [];
  for (let j = 0; j < width; j++) {
    const name = t.columns[j]?.name;
    // ExcelJS drops the columns after a calculated column when it reads a table (its parser
    // does not know <calculatedColumnFormula>); the header cells still name them.
    headers.push(name !== undefined ? decodeColumnName(name) : headerText(ws, box.top, box.left + j));
  }
  return { name: t.name, sheet: ws.name, address: rangeAddress(box), headers };
}
