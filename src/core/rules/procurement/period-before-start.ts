/**
 * period-before-start (SPEC §7, warning): the contract cannot start before the procurement
 * does. A contract starting after the planned procurement start is normal (2021 plan,
 * "Handledning,": procurement 2021-01-01, contract 2021-04-01) and not a finding.
 */
import { columnName, columnRef, eachRow, periodColumn, rowFinding, type ProcurementRule } from './context';
import { formatDate } from './format';

export const periodBeforeStart: ProcurementRule = {
  id: 'period-before-start',
  severity: 'warning',
  check(ctx) {
    const startRef = columnRef(ctx.table, 'start');
    return eachRow(ctx, (row) => {
      const { start, periodFrom: from } = row;
      if (start.kind !== 'ok' || from.kind !== 'ok' || from.value >= start.value) return null;
      const { field, ref } = periodColumn(ctx.table, row, 'from');
      const f = formatDate(from.value);
      const s = formatDate(start.value);
      return rowFinding(ctx, {
        rule: 'period-before-start',
        severity: 'warning',
        row,
        field,
        ref,
        text: {
          sv:
            `${columnName(field, ref, 'sv')}: avtalet börjar ${f}, före ${columnName('start', startRef, 'sv')} ${s}. ` +
            'Ett avtal kan inte börja innan upphandlingen startat — kontrollera datumen.',
          en:
            `${columnName(field, ref, 'en')}: the contract starts ${f}, before ${columnName('start', startRef, 'en')} ${s}. ` +
            'A contract cannot start before its procurement — check the dates.',
        },
        brief: { sv: `fr.o.m ${f} före startdatum ${s}`, en: `from ${f} before planned start ${s}` },
      });
    });
  },
};
