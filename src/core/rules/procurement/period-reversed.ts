/** period-reversed (SPEC §7): Avtalsperiod fr.o.m must not be after t.o.m. */
import { columnName, eachRow, periodColumn, rowFinding, type ProcurementRule } from './context';
import { formatDate } from './format';

export const periodReversed: ProcurementRule = {
  id: 'period-reversed',
  severity: 'error',
  check(ctx) {
    return eachRow(ctx, (row) => {
      const { periodFrom: from, periodTo: to } = row;
      if (from.kind !== 'ok' || to.kind !== 'ok' || from.value <= to.value) return null;
      const { field, ref } = periodColumn(ctx.table, row, 'to');
      const f = formatDate(from.value);
      const t = formatDate(to.value);
      return rowFinding(ctx, {
        rule: 'period-reversed',
        severity: 'error',
        row,
        field,
        ref,
        text: {
          sv: `${columnName(field, ref, 'sv')}: t.o.m ${t} är före fr.o.m ${f}. Rätta datumen så att perioden börjar före den slutar.`,
          en: `${columnName(field, ref, 'en')}: the end ${t} is before the start ${f}. Correct the dates so the period starts before it ends.`,
        },
        brief: { sv: `t.o.m ${t} före fr.o.m ${f}`, en: `to ${t} before from ${f}` },
      });
    });
  },
};
