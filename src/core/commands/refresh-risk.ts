/** Compute RV and heat-map (SPEC §4, §5): the VoR's live columns and formats, and the Riskmatris. */
import { residualRiskMatrix, riskMatrix } from '../heatmap/matrix';
import { readSettings, settingsSheetPlan } from '../settings/settings-sheet';
import { matrixSheetName, matrixSheetPlan } from '../sheets/matrix-sheet';
import { vorSheetPlan } from '../sheets/vor-sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';
import { readRiskTables } from './risk-tables';
import { refreshSummary } from './risk-summaries';

export function refreshRisk(wb: WorkbookSnapshot, opts: CommandOptions): CommandOutcome {
  const settings = opts.settings ?? readSettings(wb);
  const t = readRiskTables(wb, settings, opts.lang);
  if (!t.vor || t.blocked)
    return { plan: { sheets: [] }, findings: t.findings, summary: t.findings[0]?.message ?? '' };
  const matrices = [riskMatrix(t.vor.rows, settings, opts.lang)];
  const residual = residualRiskMatrix(t.vor, settings, opts.lang);
  if (residual) matrices.push(residual);
  const sheet = t.vor.location.sheet;
  const matrixSheet = matrixSheetName(wb);
  return {
    plan: {
      sheets: [
        settingsSheetPlan(settings),
        vorSheetPlan(wb, t.vor, settings, []),
        matrixSheetPlan(matrices, sheet, sheet, opts.now, opts.lang, matrixSheet),
      ],
      activate: matrixSheet,
    },
    findings: t.findings,
    summary: refreshSummary(
      t.vor.rows.filter((r) => r.event !== null).length,
      matrices[0].unplaced.length,
      t.findings,
      opts.lang,
    ),
  };
}
