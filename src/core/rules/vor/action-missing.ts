/**
 * action-missing (SPEC §4): from the action threshold up, actions that reduce the risk must be
 * identified (seed 003 §4.1). Only when the table has an Åtgärd column — the 2021 plan has
 * none, and demanding a column the committee does not use would flood the report.
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { cellFinding, type RuleContext } from '../rule';

export function actionMissing({ table, settings, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.action;
  if (col === undefined) return [];
  const t = settings.actionThreshold;
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.event === null || row.rv === null || row.rv < t || row.action.trim() !== '') continue;
    out.push(
      cellFinding(
        table.location,
        'action-missing',
        'warning',
        row.row,
        col,
        {
          sv: `händelsen har RV ${row.rv} (${t} eller mer) men ingen åtgärd. Beskriv vad som görs för att minska risken.`,
          en: `the event has RV ${row.rv} (${t} or more) but no action. Describe what is done to reduce the risk.`,
        },
        lang,
      ),
    );
  }
  return out;
}
