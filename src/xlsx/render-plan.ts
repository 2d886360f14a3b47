/**
 * Renders the core's WritePlan into an ExcelJS workbook (SPEC §9): the xlsx twin of the
 * Office.js adapter. It decides nothing about the domain; it only puts the plan's cells, tables,
 * validations, formats and styles where the plan says.
 */
import type ExcelJS from 'exceljs';
import type { SheetPlan, WritePlan } from '../core/plan/write-plan';
import { checkPlan } from './check-plan';
import { renderConditionalFormats } from './render-conditional-formats';
import { renderColumnWidths, renderFreeze, renderStyles } from './render-styles';
import { renderTables } from './render-tables';
import { renderValidations } from './render-validations';
import { renderWrites } from './render-writes';
import { fitRowHeights } from './row-heights';
import { activateSheet, activeSheetName, prepareSheet, renderPrint } from './sheet-setup';

export function renderPlan(workbook: ExcelJS.Workbook, plan: WritePlan): void {
  checkPlan(plan);
  const activeBefore = activeSheetName(workbook);
  for (const sheet of plan.sheets) renderSheet(workbook, sheet);
  activateSheet(workbook, plan.activate ?? activeBefore);
  // Formulas written here carry no cached result; Excel computes them all when it opens the file.
  workbook.calcProperties = { ...workbook.calcProperties, fullCalcOnLoad: true };
}

function renderSheet(workbook: ExcelJS.Workbook, plan: SheetPlan): void {
  const ws = prepareSheet(workbook, plan);
  renderWrites(ws, plan.writes);
  renderTables(workbook, ws, plan.tables);
  renderValidations(ws, plan.validations);
  renderConditionalFormats(ws, plan.conditionalFormats);
  renderStyles(ws, plan.styles);
  renderColumnWidths(ws, plan.columnWidths);
  renderFreeze(ws, plan.freeze);
  renderPrint(ws, plan.print);
  if (plan.fitRowHeights && plan.kind === 'generated') fitRowHeights(ws);
}
