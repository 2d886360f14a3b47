/**
 * framework-over-4-years (SPEC §7, warning): a framework agreement (ramavtal) may run at most
 * four years including options, save in exceptional cases (LOU 7 kap. 3 §).
 *
 * "Four years" from fr.o.m F ends the day before F plus four years: 2021-04-01 … 2025-03-31 is
 * exactly four years (at the limit, not over). A start on 29 February counts four calendar years
 * to 1 March (or 29 February in a leap year) and ends the day before.
 */
import { serialToYmd, ymdToSerial } from '../../parse/excel-date';
import { columnName, eachRow, periodColumn, rowFinding, type ProcurementRule } from './context';
import { formatDate } from './format';

/** Last day (Excel serial) of a four-year period starting on `from`. */
export function lastDayOfFourYears(from: number): number {
  const { year, month, day } = serialToYmd(from);
  // Date.UTC rolls an invalid 29 February over to 1 March, which is what we want.
  return ymdToSerial({ year: year + 4, month, day }) - 1;
}

export function isFrameworkAgreement(description: string): boolean {
  return /ramavtal/iu.test(description);
}

export const frameworkOver4Years: ProcurementRule = {
  id: 'framework-over-4-years',
  severity: 'warning',
  check(ctx) {
    return eachRow(ctx, (row) => {
      const { periodFrom: from, periodTo: to } = row;
      if (!isFrameworkAgreement(row.description)) return null;
      if (from.kind !== 'ok' || to.kind !== 'ok' || to.value < from.value) return null;
      const limit = lastDayOfFourYears(from.value);
      if (to.value <= limit) return null;
      const { field, ref } = periodColumn(ctx.table, row, 'to');
      const f = formatDate(from.value);
      const t = formatDate(to.value);
      const l = formatDate(limit);
      return rowFinding(ctx, {
        rule: 'framework-over-4-years',
        severity: 'warning',
        row,
        field,
        ref,
        text: {
          sv:
            `${columnName(field, ref, 'sv')}: ramavtalet löper ${f} – ${t}, längre än 4 år inklusive optioner (4 år räcker t.o.m ${l}). ` +
            'Ett ramavtal får gälla högst fyra år om det inte finns särskilda skäl (LOU 7 kap. 3 §) — korta perioden eller motivera undantaget.',
          en:
            `${columnName(field, ref, 'en')}: the framework agreement runs ${f} – ${t}, longer than 4 years including options (4 years end ${l}). ` +
            'A framework agreement may run at most four years unless there are special reasons (LOU ch. 7 § 3) — shorten the period or justify the exception.',
        },
        brief: { sv: 'ramavtal längre än 4 år', en: 'framework agreement over 4 years' },
      });
    });
  },
};
