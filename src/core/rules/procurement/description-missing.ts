/** description-missing (SPEC §7): every procurement needs a Beskrivning. */
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';
import { hasContent } from './text';

export const descriptionMissing: ProcurementRule = {
  id: 'description-missing',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'description');
    return eachRow(ctx, (row) => {
      if (hasContent(row.description)) return null;
      return rowFinding(ctx, {
        rule: 'description-missing',
        severity: 'error',
        row,
        field: 'description',
        ref,
        text: {
          sv: `${columnName('description', ref, 'sv')} saknas. Beskriv vad som ska upphandlas.`,
          en: `${columnName('description', ref, 'en')} is missing. Describe what is to be procured.`,
        },
        brief: { sv: 'saknas', en: 'missing' },
      });
    });
  },
};
