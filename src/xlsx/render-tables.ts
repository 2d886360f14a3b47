/**
 * Tables of a sheet plan. ExcelJS's own table mutators (addColumn, commit) rewrite every cell of
 * the table from its in-memory rows, which a table loaded from a file does not have, so they
 * would blank the user's data. Instead the table's model is edited directly: only its ref,
 * autoFilter and column list change, and no cell the plan does not write is touched.
 */
import type ExcelJS from 'exceljs';
import type { TablePlan } from '../core/plan/write-plan';
import { cellAddress, parseRange, rangeAddress, type RangeBox } from '../core/workbook/a1';
import { headerText } from './header-text';
import { planError } from './plan-error';
import { writeCalculatedColumns } from './calculated-columns';
import {
  boxesOverlap,
  decodeColumnName,
  encodeColumnName,
  findTableModel,
  removeTableModel,
  renameTableModel,
  setTableBox,
  tableBox,
  tablesOf,
  type TableColumnModel,
  type TableModel,
} from './table-model';

export function renderTables(workbook: ExcelJS.Workbook, ws: ExcelJS.Worksheet, plans: TablePlan[]): void {
  for (const plan of plans) {
    const box = tableBoxOf(plan);
    const existing =
      findTableModel(ws, plan.existingName ?? plan.name) ??
      (plan.existingName ? findTableModel(ws, plan.name) : undefined);
    assertNameFree(workbook, plan.name, existing);
    let model: TableModel;
    if (plan.mode === 'create') {
      if (existing) removeTableModel(ws, existing);
      assertNoOverlap(ws, plan.name, box, undefined);
      model = createTable(ws, plan, box);
    } else {
      if (!existing) {
        throw planError(
          `Tabellen ${plan.existingName ?? plan.name} finns inte på bladet "${ws.name}".`,
          `Sheet "${ws.name}" has no table ${plan.existingName ?? plan.name}.`,
        );
      }
      assertNoOverlap(ws, plan.name, box, existing);
      model = keepTable(ws, existing, plan, box);
    }
    assertHeaderCells(ws, model, box);
    writeCalculatedColumns(ws, plan, box, model.totalsRow === true);
  }
}

/** The plan's range; a table with only a header row gets one empty body row (Excel refuses one without). */
function tableBoxOf(plan: TablePlan): RangeBox {
  const box = parseRange(plan.address);
  const width = box.right - box.left + 1;
  if (plan.headers.length !== width) {
    throw planError(
      `Tabellen ${plan.name} har ${plan.headers.length} rubriker men området ${plan.address} är ${width} kolumner brett.`,
      `Table ${plan.name} has ${plan.headers.length} headers but ${plan.address} is ${width} columns wide.`,
    );
  }
  return box.bottom === box.top ? { ...box, bottom: box.top + 1 } : box;
}

function createTable(ws: ExcelJS.Worksheet, plan: TablePlan, box: RangeBox): TableModel {
  // Empty body rows: ExcelJS sizes the table from them but writes no cell, so the values and
  // formulas the plan wrote stay as they are. It writes the header row: the same texts.
  ws.addTable({
    name: plan.name,
    displayName: plan.name,
    ref: cellAddress(box.top, box.left),
    headerRow: true,
    totalsRow: false,
    style: { theme: plan.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    columns: plan.headers.map((name) => ({ name, filterButton: true })),
    rows: Array.from({ length: box.bottom - box.top }, () => []),
  });
  const model = findTableModel(ws, plan.name) as TableModel;
  for (const c of model.columns) c.name = encodeColumnName(c.name);
  return model;
}

function keepTable(ws: ExcelJS.Worksheet, model: TableModel, plan: TablePlan, box: RangeBox): TableModel {
  if (model.name !== plan.name) renameTableModel(ws, model, plan.name);
  const previous = new Map<string, TableColumnModel>();
  for (const c of model.columns) previous.set(decodeColumnName(c.name).toLowerCase(), c);
  model.columns = plan.headers.map((header) => {
    const before = previous.get(header.toLowerCase());
    return before
      ? { ...before, name: encodeColumnName(header) }
      : { name: encodeColumnName(header), filterButton: true };
  });
  model.headerRow = true;
  setTableBox(model, box);
  return model;
}

/** Table names share one namespace across the workbook (and with defined names). */
function assertNameFree(workbook: ExcelJS.Workbook, name: string, self: TableModel | undefined): void {
  const key = name.toLowerCase();
  for (const other of workbook.worksheets) {
    for (const t of tablesOf(other)) {
      if (t === self || t.name.toLowerCase() !== key) continue;
      throw planError(
        `Tabellnamnet ${name} används redan av en tabell på bladet "${other.name}".`,
        `The table name ${name} is already used by a table on sheet "${other.name}".`,
      );
    }
  }
  const definedNames = (workbook.definedNames as unknown as { model: { name: string }[] }).model;
  if (definedNames.some((d) => d.name.toLowerCase() === key)) {
    throw planError(
      `Tabellnamnet ${name} är redan ett definierat namn i arbetsboken.`,
      `The table name ${name} is already a defined name in the workbook.`,
    );
  }
}

function assertNoOverlap(
  ws: ExcelJS.Worksheet,
  name: string,
  box: RangeBox,
  self: TableModel | undefined,
): void {
  for (const t of tablesOf(ws)) {
    if (t === self || !boxesOverlap(tableBox(t), box)) continue;
    throw planError(
      `Tabellen ${name} (${rangeAddress(box)}) överlappar tabellen ${t.name} på bladet "${ws.name}".`,
      `Table ${name} (${rangeAddress(box)}) overlaps table ${t.name} on sheet "${ws.name}".`,
    );
  }
}

/** Excel repairs (drops) a table whose column names differ from its header cells. */
function assertHeaderCells(ws: ExcelJS.Worksheet, model: TableModel, box: RangeBox): void {
  model.columns.forEach((c, j) => {
    const name = decodeColumnName(c.name);
    const text = headerText(ws, box.top, box.left + j);
    if (text === name) return;
    const cell = cellAddress(box.top, box.left + j);
    throw planError(
      `Rubriken i ${ws.name}!${cell} är "${text}" men tabellen ${model.name} väntar "${name}".`,
      `The header in ${ws.name}!${cell} is "${text}" but table ${model.name} expects "${name}".`,
    );
  });
}
