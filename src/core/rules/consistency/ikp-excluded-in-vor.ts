/**
 * ikp-excluded-in-vor (SPEC §6): an event in the IKP whose VoR decision is `Nej, endast VoR`
 * (2021: event 7, "Rättssäkerhet kan inte säkerställas.").
 */
import type { Finding } from '../../findings/finding';
import { cellAddress } from '../../workbook/a1';
import { cellFinding, shorten, type RuleContext } from '../rule';
import { type ConsistencyInput, eventOf, ikpColumn } from './consistency-input';

export function ikpExcludedInVor({ table, lang }: RuleContext<ConsistencyInput>): Finding[] {
  const { ikp, vor } = table;
  const col = ikpColumn(ikp, 'event');
  const decisionCol = vor.location.columns.decision;
  const out: Finding[] = [];
  for (const m of table.matches) {
    if (m.vor === null || m.vor.decision !== 'nej') continue;
    const event = shorten(eventOf(m.ikp));
    const where = decisionCol === undefined ? `rad ${m.vor.row}` : `${cellAddress(m.vor.row, decisionCol)}`;
    const whereEn = decisionCol === undefined ? `row ${m.vor.row}` : where;
    out.push(
      cellFinding(
        ikp.location,
        'ikp-excluded-in-vor',
        'warning',
        m.ikp.row,
        col,
        {
          sv: `händelsen "${event}" står i internkontrollplanen, men i VoR:en ("${vor.location.sheet}" ${where}) är beslutet "${m.vor.decisionRaw}". Ändra beslutet till "Ja" eller ta bort raden ur internkontrollplanen.`,
          en: `the event "${event}" is in the internal control plan, but the VoR ("${vor.location.sheet}" ${whereEn}) decides "${m.vor.decisionRaw}". Change the decision to "Ja" or delete the row from the internal control plan.`,
        },
        lang,
      ),
    );
  }
  return out;
}
