/**
 * start-outside-plan-year (SPEC §7): the plan lists procurements the committee plans to start
 * during the plan year, so Planerat startdatum must fall in it. Skipped when no plan year is known.
 */
import { serialToYmd } from '../../parse/excel-date';
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';
import { formatDate } from './format';

export const startOutsidePlanYear: ProcurementRule = {
  id: 'start-outside-plan-year',
  severity: 'error',
  check(ctx) {
    const year = ctx.planYear;
    if (year === null) return [];
    const ref = columnRef(ctx.table, 'start');
    return eachRow(ctx, (row) => {
      if (row.start.kind !== 'ok' || serialToYmd(row.start.value).year === year) return null;
      const date = formatDate(row.start.value);
      return rowFinding(ctx, {
        rule: 'start-outside-plan-year',
        severity: 'error',
        row,
        field: 'start',
        ref,
        text: {
          sv:
            `${columnName('start', ref, 'sv')} ${date} ligger inte i planåret ${year}. ` +
            `Planen tar bara upp upphandlingar som startar under ${year} — rätta datumet eller flytta raden till rätt års plan.`,
          en:
            `${columnName('start', ref, 'en')} ${date} is not in the plan year ${year}. ` +
            `The plan only lists procurements starting in ${year} — correct the date or move the row to the right year's plan.`,
        },
        brief: { sv: `${date} inte i planåret ${year}`, en: `${date} not in plan year ${year}` },
      });
    });
  },
};
