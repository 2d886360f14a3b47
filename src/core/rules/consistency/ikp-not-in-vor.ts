/** ikp-not-in-vor (SPEC §6): an IKP event that is not in the VoR, by Nr nor by text. */
import type { Finding } from '../../findings/finding';
import { cellFinding, shorten, type RuleContext } from '../rule';
import { type ConsistencyInput, eventOf, ikpColumn } from './consistency-input';

export function ikpNotInVor({ table, lang }: RuleContext<ConsistencyInput>): Finding[] {
  const { ikp, vor } = table;
  const col = ikpColumn(ikp, 'event');
  return table.matches
    .filter((m) => m.vor === null)
    .map((m) => {
      const event = shorten(eventOf(m.ikp));
      const nr = m.ikp.nr ? ` (Nr ${m.ikp.nr.trim()})` : '';
      return cellFinding(
        ikp.location,
        'ikp-not-in-vor',
        'error',
        m.ikp.row,
        col,
        {
          sv: `händelsen "${event}"${nr} finns inte i väsentlighets- och riskanalysen på bladet "${vor.location.sheet}". Lägg till den i VoR:en med bedömning, eller ta bort raden ur internkontrollplanen.`,
          en: `the event "${event}"${nr} is not in the risk analysis on sheet "${vor.location.sheet}". Add it to the VoR with a rating, or delete the row from the internal control plan.`,
        },
        lang,
      );
    });
}
