/** value-missing (SPEC §7): Uppskattat kontraktsvärde must be filled in. */
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';

export const valueMissing: ProcurementRule = {
  id: 'value-missing',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'value');
    return eachRow(ctx, (row) => {
      if (row.value.kind !== 'empty') return null;
      const sv = columnName('value', ref, 'sv');
      const en = columnName('value', ref, 'en');
      return rowFinding(ctx, {
        rule: 'value-missing',
        severity: 'error',
        row,
        field: 'value',
        ref,
        text: {
          sv: `${sv} saknas. Fyll i kontraktets sammanlagda värde i kr, inklusive optioner.`,
          en: `${en} is missing. Enter the contract's total value in kr, including options.`,
        },
        brief: { sv: 'saknas', en: 'missing' },
      });
    });
  },
};
