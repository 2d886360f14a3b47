/**
 * ikp-rv-differs (SPEC §6): the RV in the IKP differs from the VoR's S × K. A blank IKP RV, or
 * an event whose VoR rating cannot be read (the scale rules report that), is not compared.
 */
import type { Finding } from '../../findings/finding';
import { cellFinding, shorten, type RuleContext } from '../rule';
import { type ConsistencyInput, eventOf, ikpColumn } from './consistency-input';

export function ikpRvDiffers({ table, lang }: RuleContext<ConsistencyInput>): Finding[] {
  const { ikp, vor } = table;
  const col = ikpColumn(ikp, 'rv');
  const out: Finding[] = [];
  for (const m of table.matches) {
    if (m.vor === null || m.vor.rv === null || m.ikp.rv === null || m.ikp.rv === m.vor.rv) continue;
    const event = shorten(eventOf(m.ikp));
    out.push(
      cellFinding(
        ikp.location,
        'ikp-rv-differs',
        'warning',
        m.ikp.row,
        col,
        {
          sv: `RV för "${event}" är ${m.ikp.rv} här men ${m.vor.rv} i VoR:en ("${vor.location.sheet}" rad ${m.vor.row}). Generera internkontrollplanen igen eller rätta bedömningen i VoR:en.`,
          en: `the RV of "${event}" is ${m.ikp.rv} here but ${m.vor.rv} in the VoR ("${vor.location.sheet}" row ${m.vor.row}). Generate the internal control plan again or correct the rating in the VoR.`,
        },
        lang,
      ),
    );
  }
  return out;
}
