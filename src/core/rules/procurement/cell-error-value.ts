/**
 * cell-error-value (SPEC §8: bad input gets a clear message naming the sheet, row and column):
 * an Excel error value (#N/A, #REF! …) in Verksamhet or Beskrivning, the free-text cells no
 * other rule reads. Without this "#N/A" would pass for a description and be exported to the
 * central purchasing unit. Values, dates, category and type have rules of their own that
 * already refuse an error value.
 */
import type { ProcurementField } from '../../model/columns';
import { isCellError } from '../../workbook/snapshot';
import {
  columnName,
  columnRef,
  eachRow,
  rowFinding,
  type ProcurementFinding,
  type ProcurementRule,
} from './context';

const TEXT_FIELDS: readonly ProcurementField[] = ['unit', 'description'];

export const cellErrorValue: ProcurementRule = {
  id: 'cell-error-value',
  severity: 'error',
  check(ctx) {
    const refs = TEXT_FIELDS.map((field) => ({ field, ref: columnRef(ctx.table, field) }));
    return eachRow(ctx, (row) => {
      const out: ProcurementFinding[] = [];
      for (const { field, ref } of refs) {
        const v = row.raw[field];
        if (ref === null || !isCellError(v)) continue;
        out.push(
          rowFinding(ctx, {
            rule: 'cell-error-value',
            severity: 'error',
            row,
            field,
            ref,
            text: {
              sv: `${columnName(field, ref, 'sv')} visar felvärdet ${v.error} i stället för en text. Rätta formeln eller skriv in texten.`,
              en: `${columnName(field, ref, 'en')} shows the error value ${v.error} instead of a text. Fix the formula or type the text in.`,
            },
            brief: { sv: `felvärde ${v.error}`, en: `error value ${v.error}` },
          }),
        );
      }
      return out;
    });
  },
};
