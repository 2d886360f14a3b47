/** scale-label-mismatch (SPEC §4, §3): number and label disagree, as in `2 - Möjlig`. */
import type { Finding } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import { SCALE_VALUES, scaleText } from '../../risk/scale-names';
import { cellFinding, type RuleContext } from '../rule';
import { scaleCells } from './scale-cells';

export function scaleLabelMismatch({ table, lang }: RuleContext<VorTable>): Finding[] {
  const out: Finding[] = [];
  for (const c of scaleCells(table)) {
    if (c.result.kind !== 'error' || c.result.error !== 'scale-label-mismatch') continue;
    const raw = c.result.raw;
    const digit = Number(/\d/.exec(raw)?.[0]);
    const number = SCALE_VALUES.find((v) => v === digit);
    const meaning = number
      ? {
          sv: ` ${number} betyder "${scaleText(c.kind, number, 'sv')}".`,
          en: ` ${number} means "${scaleText(c.kind, number, 'sv')}".`,
        }
      : { sv: '', en: '' };
    out.push(
      cellFinding(
        table.location,
        'scale-label-mismatch',
        'error',
        c.row.row,
        c.col,
        {
          sv: `siffran och benämningen i "${raw}" stämmer inte överens.${meaning.sv} Rätta siffran eller benämningen så att de säger samma sak.`,
          en: `the number and the label in "${raw}" disagree.${meaning.en} Correct the number or the label so they agree.`,
        },
        lang,
      ),
    );
  }
  return out;
}
