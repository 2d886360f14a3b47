/** Export for the central purchasing unit (SPEC §7): a new sheet and the CSV text. */
import { procurementCsv } from '../procurement/csv';
import { buildProcurementExport, exportSummary, type ProcurementExport } from '../procurement/export';
import { exportSheetPlan } from '../sheets/export-sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions } from './command';
import { validateProcurement, type ProcurementOutcome } from './validate-procurement';

export interface ExportOutcome extends ProcurementOutcome {
  /** The validation's own summary (rows OK / with warnings / with errors). */
  validationSummary: string;
  csv: string;
  fileName: string;
  export: ProcurementExport | null;
}

export function exportProcurement(wb: WorkbookSnapshot, opts: CommandOptions): ExportOutcome {
  const v = validateProcurement(wb, opts);
  if (!v.table || !v.validation)
    return { ...v, validationSummary: v.summary, csv: '', fileName: '', export: null };
  const exp = buildProcurementExport(v.table, v.validation.perRow);
  const year = v.planYear.year;
  const sheet = exportSheetPlan(wb, exp, opts.lang, year);
  return {
    ...v,
    validationSummary: v.summary,
    plan: { sheets: [...v.plan.sheets, sheet], activate: sheet.sheet },
    findings: v.findings,
    summary: exportSummary(exp, opts.lang),
    csv: procurementCsv(exp),
    fileName: `planerade-upphandlingar${year ? `-${year}` : ''}.csv`,
    export: exp,
  };
}
