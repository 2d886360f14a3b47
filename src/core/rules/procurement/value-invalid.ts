/** value-invalid (SPEC §7, amounts per §3): the value cell must be an amount in kr. */
import { columnName, columnRef, eachRow, quoted, rowFinding, type ProcurementRule } from './context';

export const valueInvalid: ProcurementRule = {
  id: 'value-invalid',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'value');
    return eachRow(ctx, (row) => {
      if (row.value.kind !== 'error') return null;
      const raw = quoted(row.value.raw);
      return rowFinding(ctx, {
        rule: 'value-invalid',
        severity: 'error',
        row,
        field: 'value',
        ref,
        text: {
          sv: `${columnName('value', ref, 'sv')} ${raw} är inget belopp. Skriv värdet i kr, t.ex. 3 000 000 kr, 3000000 eller 3,5 mnkr.`,
          en: `${columnName('value', ref, 'en')} ${raw} is not an amount. Write the value in kr, e.g. 3 000 000 kr, 3000000 or 3,5 mnkr.`,
        },
        brief: { sv: `${raw} är inget belopp`, en: `${raw} is not an amount` },
      });
    });
  },
};
