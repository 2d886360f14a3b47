/**
 * The VoR sheet after the add-in has been over it (SPEC §4, §5.1, §8): a real table with live RV
 * and Riskklass columns (calculated columns Excel keeps up to date without the add-in), dropdowns
 * on Sannolikhet, Konsekvens and the IKP decision, the heat-map as native conditional formats,
 * and `Ja` in blank decision cells of mandatory events. Nothing else of the user's is written.
 */
import type { VorTable } from '../model/vor';
import { emptySheetPlan, type SheetPlan } from '../plan/write-plan';
import { bandConditionalFormats, riskClassTemplate, rvTemplate } from '../risk/formulas';
import type { Settings } from '../settings/settings';
import { LISTS, listSource } from '../settings/settings-sheet';
import { DEFAULT_NAMES, headerOf } from '../tables/headers';
import { cellAddress, columnLetter } from '../workbook/a1';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { headerAt, layoutTable } from './table-layout';

export function vorSheetPlan(
  wb: WorkbookSnapshot,
  vor: VorTable,
  settings: Settings,
  decisionFillRows: readonly number[],
): SheetPlan {
  const loc = vor.location;
  const c = loc.columns;
  const appends: string[] = [];
  if (c.rv === undefined) appends.push(headerOf('vor', 'rv'));
  if (c.riskClass === undefined) appends.push(headerOf('vor', 'riskClass'));
  if (c.decision === undefined) appends.push(headerOf('vor', 'decision'));
  const layout = layoutTable(wb, loc, 'vor', DEFAULT_NAMES.vor.table, appends);
  const plan = emptySheetPlan(loc.sheet, 'user');
  plan.writes.push(...layout.headerWrites);

  const colOrAppended = (col: number | undefined, field: 'rv' | 'riskClass' | 'decision'): number =>
    col ?? layout.columnOf(headerOf('vor', field));
  const rvCol = colOrAppended(c.rv, 'rv');
  const classCol = colOrAppended(c.riskClass, 'riskClass');
  const decisionCol = colOrAppended(c.decision, 'decision');
  const sHeader = headerAt(layout, loc, c.likelihood);
  const kHeader = headerAt(layout, loc, c.consequence);
  const rvHeader = layout.headers[rvCol - loc.firstCol];
  const classHeader = layout.headers[classCol - loc.firstCol];

  if (sHeader && kHeader) {
    layout.table.calculated.push({ column: rvHeader, template: rvTemplate(sHeader, kHeader) });
  }
  layout.table.calculated.push({ column: classHeader, template: riskClassTemplate(settings, rvHeader) });
  plan.tables.push(layout.table);

  // Dropdowns: not strict for the scales, so the plans' own forms ("3. Möjlig") stay allowed.
  if (c.likelihood !== undefined) {
    plan.validations.push({
      address: layout.bodyOf(c.likelihood),
      list: [...LISTS.likelihood.entries],
      source: listSource('likelihood'),
      strict: false,
    });
  }
  if (c.consequence !== undefined) {
    plan.validations.push({
      address: layout.bodyOf(c.consequence),
      list: [...LISTS.consequence.entries],
      source: listSource('consequence'),
      strict: false,
    });
  }
  plan.validations.push({
    address: layout.bodyOf(decisionCol),
    list: [...LISTS.decision.entries],
    source: listSource('decision'),
    strict: false,
  });

  // Heat-map on RV, and on S and K of the same row (SPEC §5.1), each looking at the row's RV.
  const rvTop = cellAddress(layout.firstBodyRow, rvCol);
  for (const col of [rvCol, c.likelihood, c.consequence]) {
    if (col === undefined) continue;
    plan.conditionalFormats.push(...bandConditionalFormats(layout.bodyOf(col), rvTop, settings));
  }

  for (const row of decisionFillRows) {
    plan.writes.push({ address: cellAddress(row, decisionCol), rows: [['Ja']] });
  }
  if (!c.riskClass) plan.columnWidths[columnLetter(classCol)] = 11;
  if (!c.rv) plan.columnWidths[columnLetter(rvCol)] = 6;
  if (!c.decision) plan.columnWidths[columnLetter(decisionCol)] = 16;
  return plan;
}
