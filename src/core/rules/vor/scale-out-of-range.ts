/** scale-out-of-range (SPEC §4, §3): a number outside 1–5 in a Sannolikhet/Konsekvens cell. */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { cellFinding, type RuleContext } from '../rule';
import { scaleCells } from './scale-cells';

export function scaleOutOfRange({ table, lang }: RuleContext<VorTable>): Finding[] {
  const out: Finding[] = [];
  for (const c of scaleCells(table)) {
    if (c.result.kind !== 'error' || c.result.error !== 'scale-out-of-range') continue;
    const raw = c.result.raw;
    out.push(
      cellFinding(
        table.location,
        'scale-out-of-range',
        'error',
        c.row.row,
        c.col,
        {
          sv: `${raw} ligger utanför skalan 1–5. Skriv en siffra från 1 till 5.`,
          en: `${raw} is outside the 1–5 scale. Enter a number from 1 to 5.`,
        },
        lang,
      ),
    );
  }
  return out;
}
