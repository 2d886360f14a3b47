/**
 * cell-error-value (SPEC §8: bad input gets a clear message naming the sheet, row and column):
 * an Excel error value (#REF!, #N/A, #DIV/0! …) where the VoR holds text — the event, its Nr,
 * the control, the decision or the action. Without this the error's code would pass for text
 * and travel on as an event called "#REF!" into the Internkontrollplan. The scale cells have
 * their own rule (scale-invalid), and RV is the add-in's.
 */
import type { Finding } from '../../findings/finding';
import type { VorField } from '../../model/columns';
import type { VorRow, VorTable } from '../../model/vor';
import { cellFinding, type RuleContext } from '../rule';

/** The error values Excel shows in a cell, as the readers pass them on (the code as text). */
export const EXCEL_ERROR =
  /^#(?:N\/A|REF!|DIV\/0!|VALUE!|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|CONNECT!|BUSY!|UNKNOWN!|GETTING_DATA)$/i;

const TEXT_FIELDS: ReadonlyArray<{ field: VorField; text: (r: VorRow) => string | null }> = [
  { field: 'nr', text: (r) => r.nr },
  { field: 'event', text: (r) => r.event },
  { field: 'control', text: (r) => r.control },
  { field: 'decision', text: (r) => r.decisionRaw },
  { field: 'action', text: (r) => r.action },
];

export function cellErrorValue({ table, lang }: RuleContext<VorTable>): Finding[] {
  const out: Finding[] = [];
  for (const row of table.rows) {
    for (const { field, text } of TEXT_FIELDS) {
      const col = table.location.columns[field];
      const value = text(row)?.trim() ?? '';
      if (col === undefined || !EXCEL_ERROR.test(value)) continue;
      out.push(
        cellFinding(
          table.location,
          'cell-error-value',
          'error',
          row.row,
          col,
          {
            sv: `cellen visar felvärdet ${value} i stället för ett värde. Rätta formeln eller skriv in värdet.`,
            en: `the cell shows the error value ${value} instead of a value. Fix the formula or type the value in.`,
          },
          lang,
        ),
      );
    }
  }
  return out;
}
