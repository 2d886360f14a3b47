/**
 * scale-invalid (SPEC §4, §3): a Sannolikhet/Konsekvens cell of an event that is not a scale
 * value — text that is neither a number nor a label, or a blank rating (an event cannot be
 * classed without both). Blank residual cells (SPEC §10) are fine.
 */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { cellFinding, type RuleContext } from '../rule';
import { scaleCells, scaleExample } from './scale-cells';

export function scaleInvalid({ table, lang }: RuleContext<VorTable>): Finding[] {
  const out: Finding[] = [];
  for (const c of scaleCells(table)) {
    const example = scaleExample(c.kind);
    if (c.result.kind === 'error' && c.result.error === 'scale-invalid') {
      const raw = c.result.raw;
      out.push(
        cellFinding(
          table.location,
          'scale-invalid',
          'error',
          c.row.row,
          c.col,
          {
            sv: `"${raw}" är inget värde på skalan 1–5. Skriv en siffra 1–5 eller siffra och benämning, t.ex. "${example}".`,
            en: `"${raw}" is not a value on the 1–5 scale. Enter a number 1–5, or number and label, e.g. "${example}".`,
          },
          lang,
        ),
      );
    } else if (c.result.kind === 'empty' && c.required) {
      out.push(
        cellFinding(
          table.location,
          'scale-invalid',
          'error',
          c.row.row,
          c.col,
          {
            sv: `händelsen saknar värde, så RV kan inte räknas. Skriv en siffra 1–5, t.ex. "${example}".`,
            en: `the event has no rating, so RV cannot be computed. Enter a number 1–5, e.g. "${example}".`,
          },
          lang,
        ),
      );
    }
  }
  return out;
}
