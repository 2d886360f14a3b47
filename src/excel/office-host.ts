/**
 * The WorkbookHost inside Excel: each command is one Excel.run — 2 syncs to read the workbook,
 * the core decides, 1 sync to write (more only when a write is too large for one request).
 */
import { createWorkbookHost, type WorkbookSession } from '../app/command-host';
import type { WorkbookHost } from '../app/workbook-host';
import type { Lang } from '../core/findings/finding';
import { readSnapshot } from './read-snapshot';
import { renderPlan } from './render-plan';
import { runExcel } from './run-excel';
import { selectCell } from './select-cell';

export function officeSession(lang: Lang): WorkbookSession {
  return {
    run: (compute) =>
      runExcel(async (ctx) => {
        const snapshot = await readSnapshot(ctx);
        const result = compute(snapshot);
        // A plan may only show a sheet (setup-template when every table exists already).
        if (result.plan.sheets.length || result.plan.activate)
          await renderPlan(ctx, result.plan, { snapshot, lang });
        return result;
      }),
    selectCell: (sheet, cell) => runExcel((ctx) => selectCell(ctx, sheet, cell)),
  };
}

export async function createOfficeHost(lang: Lang): Promise<WorkbookHost> {
  return createWorkbookHost(officeSession(lang), lang);
}
