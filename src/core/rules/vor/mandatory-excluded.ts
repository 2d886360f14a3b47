/**
 * mandatory-excluded (SPEC §4): RV at or above the IKP threshold must always go into the
 * internkontrollplan (seed 003 §4.1), yet the decision says `Nej, endast VoR`.
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { isMandatory } from '../../risk/risk-class';
import { cellFinding, type RuleContext } from '../rule';

export function mandatoryExcluded({ table, settings, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.decision;
  if (col === undefined) return [];
  const t = settings.ikpThreshold;
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.event === null || row.decision !== 'nej' || !isMandatory(row.rv, settings)) continue;
    out.push(
      cellFinding(
        table.location,
        'mandatory-excluded',
        'error',
        row.row,
        col,
        {
          sv: `händelsen har RV ${row.rv} (${t} eller mer) och ska alltid ingå i internkontrollplanen, men beslutet är "${row.decisionRaw}". Ändra till "Ja", eller rätta bedömningen om den är fel.`,
          en: `the event has RV ${row.rv} (${t} or more) and must always be in the internal control plan, but the decision is "${row.decisionRaw}". Change it to "Ja", or correct the rating if it is wrong.`,
        },
        lang,
      ),
    );
  }
  return out;
}
