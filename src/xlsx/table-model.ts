/**
 * Typed access to ExcelJS's table models. ExcelJS's published types for tables do not match what
 * it does at run time (getTables() is typed as tuples; a table loaded from a file has `tableRef`
 * but no `ref` or `rows`), so the adapter works on the model objects its xlsx writer serialises:
 * name, displayName, tableRef, autoFilterRef, headerRow, totalsRow, columns and style.
 */
import type ExcelJS from 'exceljs';
import { parseRange, rangeAddress, type RangeBox } from '../core/workbook/a1';

export interface TableColumnModel {
  name: string;
  filterButton?: boolean;
  totalsRowLabel?: string;
  totalsRowFunction?: string;
  totalsRowFormula?: string;
  [other: string]: unknown;
}

export interface TableStyleModel {
  theme?: string | null;
  showFirstColumn?: boolean;
  showLastColumn?: boolean;
  showRowStripes?: boolean;
  showColumnStripes?: boolean;
}

export interface TableModel {
  name: string;
  displayName?: string;
  /** Top-left cell (tables made by addTable); loaded tables lack it. */
  ref?: string;
  /** The whole table incl. header and totals row: what the xlsx `ref` attribute holds. */
  tableRef?: string;
  autoFilterRef?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
  columns: TableColumnModel[];
  style?: TableStyleModel;
}

interface TableObject {
  table: TableModel;
}

type TablesOwner = { tables: Record<string, TableObject> };

function tableMap(ws: ExcelJS.Worksheet): Record<string, TableObject> {
  return (ws as unknown as TablesOwner).tables;
}

export function tablesOf(ws: ExcelJS.Worksheet): TableModel[] {
  return Object.values(tableMap(ws)).map((t) => t.table);
}

/** Excel table names are case-insensitive. */
export function findTableModel(ws: ExcelJS.Worksheet, name: string): TableModel | undefined {
  const key = name.toLowerCase();
  return tablesOf(ws).find((t) => t.name.toLowerCase() === key);
}

export function removeTableModel(ws: ExcelJS.Worksheet, model: TableModel): void {
  const map = tableMap(ws);
  for (const [key, t] of Object.entries(map)) if (t.table === model) delete map[key];
}

/** Renames a table, keeping ExcelJS's name-keyed map in step. */
export function renameTableModel(ws: ExcelJS.Worksheet, model: TableModel, name: string): void {
  const map = tableMap(ws);
  for (const [key, t] of Object.entries(map)) {
    if (t.table !== model) continue;
    delete map[key];
    map[name] = t;
  }
  model.name = name;
  model.displayName = name;
}

/** The box the table covers (header, body and totals row). */
export function tableBox(model: TableModel): RangeBox {
  const ref = model.tableRef ?? model.ref;
  if (!ref) throw new Error(`Table ${model.name} has no range`);
  return parseRange(ref);
}

/**
 * Points the table at a new box. The autoFilter covers header and body, never the totals row
 * (Excel repairs a file where it does).
 */
export function setTableBox(model: TableModel, box: RangeBox): void {
  model.tableRef = rangeAddress(box);
  model.ref = rangeAddress({ top: box.top, left: box.left, bottom: box.top, right: box.left });
  const filterBottom = model.totalsRow ? box.bottom - 1 : box.bottom;
  model.autoFilterRef = rangeAddress({ ...box, bottom: filterBottom });
}

export function boxesOverlap(a: RangeBox, b: RangeBox): boolean {
  return a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
}

/**
 * Column names in table XML escape control characters the way Excel does (`_x000a_` for a line
 * break in a header cell); an XML attribute would otherwise turn the line break into a space
 * and the name would no longer equal its header cell.
 */
export function encodeColumnName(name: string): string {
  return (
    name
      .replace(/_x([0-9A-Fa-f]{4})_/g, '_x005f_x$1_')
      // eslint-disable-next-line no-control-regex -- control characters are exactly what OOXML escapes as _xHHHH_
      .replace(/[\u0000-\u001f]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).padStart(4, '0')}_`)
  );
}

export function decodeColumnName(name: string): string {
  return name.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}
