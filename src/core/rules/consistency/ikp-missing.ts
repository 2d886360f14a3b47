/**
 * ikp-missing (SPEC §6): a VoR event with RV at or above the IKP threshold, or decided `Ja`,
 * that has no row in the IKP. The finding points at the event's cell in the VoR.
 */
import type { Finding } from '../../findings/finding';
import type { VorRow } from '../../model/vor';
import { selectionReason } from '../../ikp/select';
import { cellFinding, shorten, type RuleContext } from '../rule';
import type { ConsistencyInput } from './consistency-input';

export function ikpMissing({ table, settings, lang }: RuleContext<ConsistencyInput>): Finding[] {
  const { vor, ikp } = table;
  const loc = vor.location;
  const col = loc.columns.event ?? loc.firstCol;
  const present = new Set<VorRow>();
  for (const m of table.matches) if (m.vor) present.add(m.vor);
  const out: Finding[] = [];
  for (const row of vor.rows) {
    const reason = selectionReason(row, settings);
    if (reason === null || present.has(row)) continue;
    const event = shorten(row.event ?? '');
    const why =
      reason === 'mandatory'
        ? {
            sv: `har RV ${row.rv} (${settings.ikpThreshold} eller mer)`,
            en: `has RV ${row.rv} (${settings.ikpThreshold} or more)`,
          }
        : { sv: 'är beslutad "Ja"', en: 'is decided "Ja"' };
    out.push(
      cellFinding(
        loc,
        'ikp-missing',
        'error',
        row.row,
        col,
        {
          sv: `händelsen "${event}" ${why.sv} men saknas i internkontrollplanen på bladet "${ikp.location.sheet}". Generera internkontrollplanen igen eller lägg till raden.`,
          en: `the event "${event}" ${why.en} but is missing from the internal control plan on sheet "${ikp.location.sheet}". Generate the internal control plan again or add the row.`,
        },
        lang,
      ),
    );
  }
  return out;
}
