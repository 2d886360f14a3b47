/**
 * ikp-text-differs (SPEC §6): the same event with a different process or method — or, when it
 * was matched by Nr, a different event text (matched by text, the texts agree by definition).
 * Texts are compared with normalizeText, so `Informations-säkerhet` equals
 * `Informationssäkerhet`. The KF goal is not compared: the published plans spell it differently
 * ("svenskunskaper" / "svenskkunskaper") and that is no finding. When a row was matched by text
 * and both sheets give it a Nr, a different Nr is reported here too: it is the same event under
 * another number. A column is only compared when both tables have it.
 */
import type { Finding } from '../../findings/finding';
import type { IkpField } from '../../model/columns';
import type { VorField } from '../../model/columns';
import { nrKey } from '../../ikp/match';
import { memoNormalizer } from '../../text/compare-text';
import { cellFinding, headerAt, shorten, type RuleContext } from '../rule';
import { type ConsistencyInput, eventOf } from './consistency-input';

type Compared = 'process' | 'method' | 'event' | 'nr';

export function ikpTextDiffers({ table, lang }: RuleContext<ConsistencyInput>): Finding[] {
  const { ikp, vor } = table;
  const key = memoNormalizer();
  const out: Finding[] = [];
  const columns = (f: Compared) => ({
    ikpCol: ikp.location.columns[f as IkpField],
    vorCol: vor.location.columns[f as VorField],
  });
  for (const m of table.matches) {
    if (m.vor === null) continue;
    const v = m.vor;
    const pairs: Array<[Compared, string, string]> = [
      ['process', m.ikp.process, v.process],
      ['method', m.ikp.method, v.method],
    ];
    if (m.by === 'nr') pairs.push(['event', m.ikp.event, v.event ?? '']);
    if (m.by === 'text' && nrKey(m.ikp.nr) !== '' && nrKey(v.nr) !== '')
      pairs.push(['nr', nrKey(m.ikp.nr), nrKey(v.nr)]);
    for (const [field, inIkp, inVor] of pairs) {
      const { ikpCol, vorCol } = columns(field);
      if (ikpCol === undefined || vorCol === undefined) continue;
      const differs = field === 'nr' ? inIkp !== inVor : key(inIkp) !== key(inVor);
      if (!differs) continue;
      const header = headerAt(vor.location, vorCol);
      const event = shorten(eventOf(m.ikp));
      out.push(
        cellFinding(
          ikp.location,
          'ikp-text-differs',
          'warning',
          m.ikp.row,
          ikpCol,
          {
            sv: `"${shorten(inIkp)}" här men "${shorten(inVor)}" i VoR:ens kolumn "${header}" ("${vor.location.sheet}" rad ${v.row}) för händelsen "${event}". Rätta den som är fel, eller generera internkontrollplanen igen.`,
            en: `"${shorten(inIkp)}" here but "${shorten(inVor)}" in the VoR's column "${header}" ("${vor.location.sheet}" row ${v.row}) for the event "${event}". Correct whichever is wrong, or generate the internal control plan again.`,
          },
          lang,
        ),
      );
    }
  }
  return out;
}
