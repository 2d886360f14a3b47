/** start-invalid (SPEC §7, dates per §3): Planerat startdatum must be a date. */
import { columnName, columnRef, eachRow, quoted, rowFinding, type ProcurementRule } from './context';

export const startInvalid: ProcurementRule = {
  id: 'start-invalid',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'start');
    return eachRow(ctx, (row) => {
      const start = row.start;
      if (start.kind === 'ok') return null;
      const sv = columnName('start', ref, 'sv');
      const en = columnName('start', ref, 'en');
      const base = {
        rule: 'start-invalid' as const,
        severity: 'error' as const,
        row,
        field: 'start' as const,
        ref,
      };
      if (start.kind === 'empty' || start.raw.trim() === '') {
        return rowFinding(ctx, {
          ...base,
          text: {
            sv: `${sv} saknas. Skriv datumet då upphandlingen planeras starta, t.ex. 2021-01-01.`,
            en: `${en} is missing. Enter the date the procurement is planned to start, e.g. 2021-01-01.`,
          },
          brief: { sv: 'saknas', en: 'missing' },
        });
      }
      const raw = quoted(start.kind === 'error' ? start.raw : '');
      return rowFinding(ctx, {
        ...base,
        text: {
          sv: `${sv} ${raw} är inget datum. Skriv det som åååå-mm-dd, t.ex. 2021-01-01.`,
          en: `${en} ${raw} is not a date. Write it as yyyy-mm-dd, e.g. 2021-01-01.`,
        },
        brief: { sv: `${raw} är inget datum`, en: `${raw} is not a date` },
      });
    });
  },
};
