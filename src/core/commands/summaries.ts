/** The one-line summaries commands give the user (Swedish by default, SPEC §8). */
import type { Lang } from '../findings/finding';
import type { PlanYear } from '../procurement/plan-year';
import type { ProcurementValidation } from '../procurement/validate';

/** "1 rad", "3 rader". */
export function n(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

export function procurementSummary(v: ProcurementValidation, year: PlanYear, lang: Lang): string {
  const s = v.summary;
  const contact = v.contactFindings.length;
  const parts =
    lang === 'sv'
      ? [
          `${n(s.rows, 'rad', 'rader')} kontrollerade: ${s.ok} OK, ${s.warnings} med varningar, ${s.errors} med fel.`,
          contact ? `${n(contact, 'brist', 'brister')} i kontaktuppgifterna.` : '',
        ]
      : [
          `${n(s.rows, 'row', 'rows')} checked: ${s.ok} OK, ${s.warnings} with warnings, ${s.errors} with errors.`,
          contact ? `${n(contact, 'problem', 'problems')} in the contact details.` : '',
        ];
  if (year.note) parts.push(year.note);
  return parts.filter(Boolean).join(' ');
}
