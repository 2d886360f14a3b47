/** Validate procurement rows (SPEC §7): findings, Status column, highlights, threshold format. */
import { detectPlanYear, type PlanYear } from '../procurement/plan-year';
import { validateProcurementRows, type ProcurementValidation } from '../procurement/validate';
import type { ProcurementTable } from '../model/procurement';
import { readSettings } from '../settings/settings-sheet';
import type { Settings } from '../settings/settings';
import { procurementSheetPlan } from '../sheets/procurement-sheet';
import { locateTables } from '../tables/locate';
import { readProcurement } from '../tables/read-procurement';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';
import { procurementSummary } from './summaries';
import { tableMissing } from './table-missing';

export interface ProcurementOutcome extends CommandOutcome {
  table: ProcurementTable | null;
  validation: ProcurementValidation | null;
  planYear: PlanYear;
  settings: Settings;
}

export function validateProcurement(wb: WorkbookSnapshot, opts: CommandOptions): ProcurementOutcome {
  const settings = opts.settings ?? readSettings(wb);
  const loc = locateTables(wb).procurement;
  if (!loc) {
    const findings = [tableMissing('procurement', opts.lang)];
    const planYear = detectPlanYear({
      title: null,
      settingYear: settings.planYear,
      optionYear: opts.year ?? null,
      rows: [],
      lang: opts.lang,
    });
    return {
      plan: { sheets: [] },
      findings,
      summary: findings[0].message,
      table: null,
      validation: null,
      planYear,
      settings,
    };
  }
  const table = readProcurement(wb, loc);
  const planYear = detectPlanYear({
    title: table.title,
    settingYear: settings.planYear,
    optionYear: opts.year ?? null,
    rows: table.rows,
    lang: opts.lang,
  });
  const validation = validateProcurementRows(table, settings, planYear.year, opts.lang);
  const sheet = procurementSheetPlan(wb, table, settings, validation.status);
  return {
    plan: { sheets: [sheet] },
    findings: validation.findings,
    summary: procurementSummary(validation, planYear, opts.lang),
    table,
    validation,
    planYear,
    settings,
  };
}
