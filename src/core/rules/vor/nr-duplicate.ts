/**
 * nr-duplicate (SPEC §4): a Nr used twice. Reported on every later use, naming the row of the
 * first, so each finding points at a cell to change.
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { cellFinding, type RuleContext } from '../rule';

export function nrDuplicate({ table, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.nr;
  if (col === undefined) return [];
  const firstRow = new Map<string, number>();
  const out: Finding[] = [];
  for (const row of table.rows) {
    const nr = row.nr?.trim() ?? '';
    if (nr === '') continue;
    const first = firstRow.get(nr);
    if (first === undefined) {
      firstRow.set(nr, row.row);
      continue;
    }
    out.push(
      cellFinding(
        table.location,
        'nr-duplicate',
        'error',
        row.row,
        col,
        {
          sv: `Nr ${nr} används redan på rad ${first}. Ge händelsen ett eget nummer.`,
          en: `Nr ${nr} is already used on row ${first}. Give this event a number of its own.`,
        },
        lang,
      ),
    );
  }
  return out;
}
