/**
 * nr-missing (SPEC §4): an event without Nr. Nr is how the IKP finds its event again (SPEC §6),
 * so every event needs one — but only when the table has a Nr column: the 2014 layout has none
 * and is matched by text instead.
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { cellFinding, shorten, type RuleContext } from '../rule';

export function nrMissing({ table, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.nr;
  if (col === undefined) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.event === null || (row.nr !== null && row.nr.trim() !== '')) continue;
    const event = shorten(row.event);
    out.push(
      cellFinding(
        table.location,
        'nr-missing',
        'error',
        row.row,
        col,
        {
          sv: `händelsen "${event}" saknar Nr. Ge den ett nummer som ingen annan händelse har.`,
          en: `the event "${event}" has no Nr. Give it a number no other event has.`,
        },
        lang,
      ),
    );
  }
  return out;
}
