/**
 * Generate IKP sheet (SPEC §6): select the events, merge them with the existing plan (nothing
 * typed is lost), fill `Ja` into blank decisions of mandatory events, and refresh the VoR's live
 * columns, the heat-map and the Riskmatris. Running it twice changes nothing (but the
 * Riskmatris' "last refreshed" time).
 */
import { residualRiskMatrix, riskMatrix } from '../heatmap/matrix';
import { mergeIkp } from '../ikp/merge';
import { decisionFills } from '../ikp/select';
import { readSettings, settingsSheetPlan } from '../settings/settings-sheet';
import { ikpOnSheet, ikpSheetPlan, ikpTarget } from '../sheets/ikp-sheet';
import { matrixSheetName, matrixSheetPlan } from '../sheets/matrix-sheet';
import { vorSheetPlan } from '../sheets/vor-sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';
import { readRiskTables } from './risk-tables';
import { generateSummary } from './risk-summaries';

export interface GenerateCounts {
  [key: string]: number | string | null;
  events: number;
  inPlan: number;
  added: number;
  noLongerSelected: number;
  decisionsSet: number;
  errors: number;
  warnings: number;
  sheet: string | null;
}

export interface GenerateOutcome extends CommandOutcome {
  counts: GenerateCounts;
}

export function generateIkp(wb: WorkbookSnapshot, opts: CommandOptions): GenerateOutcome {
  const settings = opts.settings ?? readSettings(wb);
  const t = readRiskTables(wb, settings, opts.lang);
  const errors = t.findings.filter((f) => f.severity === 'error').length;
  const counts: GenerateCounts = {
    events: 0,
    inPlan: 0,
    added: 0,
    noLongerSelected: 0,
    decisionsSet: 0,
    errors,
    warnings: t.findings.length - errors,
    sheet: null,
  };
  if (!t.vor || t.blocked) {
    return { plan: { sheets: [] }, findings: t.findings, summary: t.findings[0]?.message ?? '', counts };
  }
  const vor = t.vor;
  const fills = decisionFills(vor.rows, settings).map((r) => r.row);
  const target = ikpTarget(wb, t.ikp);
  // When the plan found is not the add-in's to rewrite, its new plan lives on a sheet of its own
  // ("Internkontrollplan (ny)"): what people typed there since is merged from there (SPEC §6).
  const source =
    (t.ikp && target.sheet !== t.ikp.location.sheet ? ikpOnSheet(wb, target.sheet) : null) ?? t.ikp;
  const merged = mergeIkp(vor, source, settings);
  const matrices = [riskMatrix(vor.rows, settings, opts.lang)];
  const residual = residualRiskMatrix(vor, settings, opts.lang);
  if (residual) matrices.push(residual);

  counts.events = vor.rows.filter((r) => r.event !== null).length;
  counts.inPlan = merged.rows.filter((r) => !r.flagged).length;
  counts.added = merged.rows.filter((r) => r.added).length;
  counts.noLongerSelected = merged.rows.filter((r) => r.flagged).length;
  counts.decisionsSet = fills.length;
  counts.sheet = target.sheet;
  return {
    plan: {
      sheets: [
        settingsSheetPlan(settings),
        vorSheetPlan(wb, vor, settings, fills),
        ikpSheetPlan(wb, target, merged, source, settings, vor.location.sheet, opts.lang),
        matrixSheetPlan(matrices, vor.location.sheet, target.sheet, opts.now, opts.lang, matrixSheetName(wb)),
      ],
      activate: target.sheet,
    },
    findings: t.findings,
    summary: generateSummary(counts, opts.lang),
    counts,
  };
}
