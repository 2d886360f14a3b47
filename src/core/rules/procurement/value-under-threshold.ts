/**
 * value-under-threshold (SPEC §7): only procurements whose total value is OVER the threshold
 * (default 1 000 000 kr, Settings.procurementThreshold) belong in the plan — the template's
 * instructions say "över 1 miljon". A value exactly at the threshold is not over it.
 */
import { formatKr } from './format';
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';

export const valueUnderThreshold: ProcurementRule = {
  id: 'value-under-threshold',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'value');
    const limit = ctx.settings.procurementThreshold;
    return eachRow(ctx, (row) => {
      if (row.value.kind !== 'ok' || row.value.value > limit) return null;
      const v = row.value.value;
      return rowFinding(ctx, {
        rule: 'value-under-threshold',
        severity: 'error',
        row,
        field: 'value',
        ref,
        text: {
          sv:
            `${columnName('value', ref, 'sv')} ${formatKr(v, 'sv')} är inte över ${formatKr(limit, 'sv')}. ` +
            'Bara upphandlingar över gränsen ska redovisas — ta bort raden eller rätta värdet.',
          en:
            `${columnName('value', ref, 'en')} ${formatKr(v, 'en')} is not over ${formatKr(limit, 'en')}. ` +
            'Only procurements over the threshold are reported — remove the row or correct the value.',
        },
        brief: { sv: `inte över ${formatKr(limit, 'sv')}`, en: `not over ${formatKr(limit, 'en')}` },
      });
    });
  },
};
