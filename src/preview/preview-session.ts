/**
 * The WorkbookSession of the preview: the ExcelJS workbook held in the page. Each command is the
 * same three steps as in Excel and in the CLI — snapshot, core command, render its write plan —
 * so only the adapter differs (src/app/command-host.ts).
 */
import { createWorkbookHost, type HostOptions, type WorkbookSession } from '../app/command-host';
import type { WorkbookHost } from '../app/workbook-host';
import type { Lang } from '../core/findings/finding';
import { renderPlan } from '../xlsx/render-plan';
import { snapshotOf } from '../xlsx/snapshot-of';
import type { PreviewStore } from './workbook-store';

/** Lets the browser paint the pane's "… pågår" before the synchronous work starts. */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export function previewSession(store: PreviewStore): WorkbookSession {
  return {
    run: (compute) =>
      store.exclusive(async () => {
        await nextTask();
        const workbook = store.requireWorkbook();
        // compute throws before anything is written; renderPlan refuses a bad plan up front (check-plan.ts).
        const result = compute(snapshotOf(workbook));
        if (result.plan.sheets.length || result.plan.activate) {
          renderPlan(workbook, result.plan);
          const rebuilt = result.plan.sheets
            .filter((sheet) => sheet.kind === 'generated')
            .map((sheet) => sheet.sheet);
          store.changed(result.plan.activate, rebuilt);
        }
        return result;
      }),
    selectCell: async (sheet, cell) => store.select(sheet, cell),
  };
}

export function createPreviewHost(store: PreviewStore, lang: Lang, options: HostOptions = {}): WorkbookHost {
  return createWorkbookHost(previewSession(store), lang, options);
}
