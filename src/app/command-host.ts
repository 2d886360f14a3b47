/**
 * The WorkbookHost the task pane talks to, built once over any workbook session: Office.js inside
 * Excel (src/excel/office-host.ts) or ExcelJS in the page (the preview). Every command is the
 * same three steps — read a snapshot, run the core command, render its write plan — so the
 * add-in, the preview and the CLI cannot drift apart.
 */
import { checkWorkbook } from '../core/commands/check';
import type { CommandOutcome } from '../core/commands/command';
import { convertToTables } from '../core/commands/convert-to-tables';
import { exportProcurement } from '../core/commands/export-procurement';
import { generateIkp } from '../core/commands/generate-ikp';
import { refreshRisk } from '../core/commands/refresh-risk';
import { setupTemplate } from '../core/commands/setup-template';
import { validateProcurement } from '../core/commands/validate-procurement';
import type { Lang } from '../core/findings/finding';
import type { WritePlan } from '../core/plan/write-plan';
import type { Settings } from '../core/settings/settings';
import { settingsSheetPlan } from '../core/settings/settings-sheet';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { workbookStatus } from './workbook-status';
import type { CommandResult, ExportResult, WorkbookHost, WorkbookStatus } from './workbook-host';

/** One workbook, as a host adapter sees it. */
export interface WorkbookSession {
  /**
   * Reads a snapshot, lets `compute` decide, and renders the plan it returns — in one go, so
   * nothing is half-written when computing fails (it throws before anything is queued).
   */
  run<T extends { plan: WritePlan }>(compute: (snapshot: WorkbookSnapshot) => T): Promise<T>;
  selectCell(sheet: string, cell: string): Promise<void>;
}

export interface HostOptions {
  now?: () => Date;
}

const NO_PLAN: WritePlan = { sheets: [] };

export function createWorkbookHost(
  session: WorkbookSession,
  lang: Lang,
  options: HostOptions = {},
): WorkbookHost {
  const now = options.now ?? (() => new Date());
  const opts = () => ({ lang, now: now() });
  const command = async (run: (wb: WorkbookSnapshot) => CommandOutcome): Promise<CommandResult> => {
    const r = await session.run(run);
    return { summary: r.summary, findings: r.findings };
  };

  return {
    lang,
    readStatus: async (): Promise<WorkbookStatus> =>
      (await session.run((wb) => ({ plan: NO_PLAN, status: workbookStatus(wb) }))).status,
    setupTemplate: () => command((wb) => setupTemplate(wb, opts())),
    convertToTables: () => command((wb) => convertToTables(wb, opts())),
    refreshRisk: () => command((wb) => refreshRisk(wb, opts())),
    generateIkp: () => command((wb) => generateIkp(wb, opts())),
    check: () => command((wb) => checkWorkbook(wb, opts())),
    validateProcurement: () => command((wb) => validateProcurement(wb, opts())),
    exportProcurement: async (): Promise<ExportResult> => {
      const r = await session.run((wb) => exportProcurement(wb, opts()));
      return { summary: r.summary, findings: r.findings, csv: r.csv, fileName: r.fileName };
    },
    saveSettings: async (settings: Settings): Promise<void> => {
      // The thresholds live in the VoR's formulas and formats too: refresh them with the new
      // values when there is a VoR, so the colours follow at once (SPEC §5).
      await session.run((wb) => {
        const refreshed = refreshRisk(wb, { ...opts(), settings });
        const sheets = refreshed.plan.sheets.length ? refreshed.plan.sheets : [settingsSheetPlan(settings)];
        return { plan: { sheets } };
      });
    },
    selectCell: (sheet, cell) => session.selectCell(sheet, cell),
  };
}
