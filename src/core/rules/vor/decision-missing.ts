/**
 * decision-missing (SPEC §4): RV in the Åtgärd band (action threshold ≤ RV < IKP threshold) is
 * the committee's call — Ja or Nej, endast VoR — and none was made. Only when the table has an
 * IKP decision column: the 2014 layout has none, and the rule then has no cell to point at.
 * Mandatory events with a blank decision are not findings: Generate IKP fills `Ja` (SPEC §6).
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { isActionBand } from '../../risk/risk-class';
import { cellFinding, type RuleContext } from '../rule';

export function decisionMissing({ table, settings, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.decision;
  if (col === undefined) return [];
  const range = `${settings.actionThreshold}–${settings.ikpThreshold - 1}`;
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.event === null || row.decision !== null || !isActionBand(row.rv, settings)) continue;
    const raw = row.decisionRaw.trim();
    const message =
      raw === ''
        ? {
            sv: `händelsen har RV ${row.rv} (${range}, åtgärdsnivå) och nämnden behöver besluta om den ska ingå i internkontrollplanen. Skriv "Ja" eller "Nej, endast VoR".`,
            en: `the event has RV ${row.rv} (${range}, action level) and the committee needs to decide whether it goes into the internal control plan. Enter "Ja" or "Nej, endast VoR".`,
          }
        : {
            sv: `"${raw}" är inget beslut. Händelsen har RV ${row.rv} (${range}, åtgärdsnivå): skriv "Ja" eller "Nej, endast VoR".`,
            en: `"${raw}" is not a decision. The event has RV ${row.rv} (${range}, action level): enter "Ja" or "Nej, endast VoR".`,
          };
    out.push(cellFinding(table.location, 'decision-missing', 'warning', row.row, col, message, lang));
  }
  return out;
}
