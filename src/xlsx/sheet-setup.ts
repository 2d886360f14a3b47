/**
 * Sheets: a generated sheet is rebuilt from scratch at its old place (or after `after`), a user
 * sheet must exist; the active tab is set once at the end.
 */
import type ExcelJS from 'exceljs';
import type { SheetPlan, SheetPrint } from '../core/plan/write-plan';
import { planError } from './plan-error';

/** ExcelJS orders tabs by this number; it is not in ExcelJS's type declarations. */
type Ordered = { orderNo: number };

export function findWorksheet(workbook: ExcelJS.Workbook, name: string): ExcelJS.Worksheet | undefined {
  // Excel sheet names are unique regardless of case.
  const key = name.toLowerCase();
  return workbook.worksheets.find((ws) => ws.name.toLowerCase() === key);
}

export function argb(hex: string): string {
  const m = /^#?([0-9A-Fa-f]{6})$/.exec(hex.trim());
  if (!m) throw planError(`Ogiltig färg: ${hex}`, `Not a colour: ${hex}`);
  return `FF${m[1].toUpperCase()}`;
}

export function prepareSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  if (plan.kind === 'user') {
    const ws = findWorksheet(workbook, plan.sheet);
    if (!ws) {
      throw planError(
        `Bladet "${plan.sheet}" finns inte i arbetsboken.`,
        `The workbook has no sheet "${plan.sheet}".`,
      );
    }
    return ws;
  }
  return rebuildGeneratedSheet(workbook, plan);
}

/**
 * Removing the old sheet and adding a fresh one is the one way to drop everything on it in
 * ExcelJS (cells, styles, merges, tables, validations, conditional formats, column widths).
 */
function rebuildGeneratedSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): ExcelJS.Worksheet {
  const old = findWorksheet(workbook, plan.sheet);
  let orderNo: number;
  if (old) {
    orderNo = (old as unknown as Ordered).orderNo;
    workbook.removeWorksheet(old.id);
  } else {
    const after = plan.after ? findWorksheet(workbook, plan.after) : undefined;
    orderNo = after ? (after as unknown as Ordered).orderNo + 0.5 : Number.MAX_SAFE_INTEGER;
  }
  const ws = workbook.addWorksheet(plan.sheet, {
    state: plan.hidden ? 'hidden' : 'visible',
    properties: plan.tabColor ? { tabColor: { argb: argb(plan.tabColor) } } : {},
  });
  (ws as unknown as Ordered).orderNo = orderNo;
  renumberSheets(workbook);
  return ws;
}

function renumberSheets(workbook: ExcelJS.Workbook): void {
  workbook.worksheets.forEach((ws, i) => {
    (ws as unknown as Ordered).orderNo = i + 1;
  });
}

/**
 * The plan's print setup. One page wide is `fitToPage` with fitToWidth 1 and fitToHeight 0
 * ("automatic": as many pages tall as needed), which Excel and LibreOffice both honour.
 */
export function renderPrint(ws: ExcelJS.Worksheet, print: SheetPrint | undefined): void {
  if (!print) return;
  if (print.landscape) ws.pageSetup.orientation = 'landscape';
  if (print.fitToWidth) {
    ws.pageSetup.fitToPage = true;
    ws.pageSetup.fitToWidth = 1;
    ws.pageSetup.fitToHeight = 0;
  }
}

export function activeSheetName(workbook: ExcelJS.Workbook): string | undefined {
  const index = workbook.views?.[0]?.activeTab ?? 0;
  return workbook.worksheets[index]?.name;
}

/**
 * Makes `name` the active tab (falling back to the first visible sheet when it is missing or
 * hidden). Exactly one sheet is marked selected: two would open as a group, where every edit
 * lands on both sheets.
 */
export function activateSheet(workbook: ExcelJS.Workbook, name: string | undefined): void {
  const sheets = workbook.worksheets;
  const visible = (ws: ExcelJS.Worksheet) => ws.state === undefined || ws.state === 'visible';
  let index = sheets.findIndex((ws) => name !== undefined && ws.name.toLowerCase() === name.toLowerCase());
  if (index < 0 || !visible(sheets[index])) index = sheets.findIndex(visible);
  if (index < 0) return;
  const view = workbook.views?.[0];
  workbook.views = [
    {
      x: view?.x ?? 0,
      y: view?.y ?? 0,
      width: view?.width ?? 12000,
      height: view?.height ?? 24000,
      visibility: view?.visibility ?? 'visible',
      firstSheet: Math.min(view?.firstSheet ?? 0, index),
      activeTab: index,
    },
  ];
  sheets.forEach((ws, i) => {
    // A sheet read from a file may have no views at all (null).
    const views = ws.views?.length ? ws.views : [{}];
    ws.views = views.map((v, j) => (j === 0 ? { ...v, tabSelected: i === index } : v));
  });
}
