/**
 * The Office.js host's building blocks (the only code that talks to Excel). A command is
 *
 *   runExcel(async (ctx) => {
 *     const snapshot = await readSnapshot(ctx);           // 2 syncs
 *     const plan = someCoreCommand(snapshot, settings);   // pure
 *     return renderPlan(ctx, plan, { snapshot, lang });   // 1 sync for a typical plan
 *   });
 *
 * after `checkExcelRequirements(lang)` at start-up.
 */
export {
  runExcel,
  ExcelHostError,
  toHostError,
  EXCEL_NOT_AVAILABLE,
  CELL_EDIT_MODE,
  type RunExcelOptions,
  type ExcelDebugInfo,
} from './run-excel';
export { checkExcelRequirements, REQUIRED_EXCEL_API, type RequirementCheck } from './requirements';
export { readSnapshot } from './read-snapshot';
export {
  renderPlan,
  DEFAULT_MAX_REQUEST_BYTES,
  INVALID_PLAN,
  type RenderOptions,
  type RenderStats,
} from './render-plan';
export { selectCell } from './select-cell';
