/**
 * category-invalid (SPEC §7): Kategorifamilj must be present and be a family name from the
 * city's category tree followed by numeric category codes (`Externa tjänster, 1013, 101810`).
 */
import type { Localized } from '../../findings/finding';
import { parseCategory } from './category';
import { columnName, columnRef, eachRow, quoted, rowFinding, type ProcurementRule } from './context';
import { collapseSpace } from './text';

const EXAMPLE = 'Externa tjänster, 1013, 101810';

export const categoryInvalid: ProcurementRule = {
  id: 'category-invalid',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'category');
    return eachRow(ctx, (row) => {
      const parsed = parseCategory(row.category);
      if (parsed.kind === 'ok') return null;
      const sv = columnName('category', ref, 'sv');
      const en = columnName('category', ref, 'en');
      const raw = quoted(collapseSpace(row.category));
      let text: Localized;
      let brief: Localized;
      switch (parsed.kind) {
        case 'empty':
          text = {
            sv: `${sv} saknas. Ange kategorifamilj och kategorikoder ur stadens kategoriträd, t.ex. ${EXAMPLE}.`,
            en: `${en} is missing. Enter the category family and codes from the city's category tree, e.g. ${EXAMPLE}.`,
          };
          brief = { sv: 'saknas', en: 'missing' };
          break;
        case 'no-codes':
          text = {
            sv: `${sv} ${raw} saknar kategorikoder. Lägg till koderna ur stadens kategoriträd, t.ex. ${EXAMPLE}.`,
            en: `${en} ${raw} has no category codes. Add the codes from the city's category tree, e.g. ${EXAMPLE}.`,
          };
          brief = { sv: 'kategorikoder saknas', en: 'category codes missing' };
          break;
        case 'no-family':
          text = {
            sv: `${sv} ${raw} saknar kategorifamiljens namn. Skriv namnet före koderna, t.ex. ${EXAMPLE}.`,
            en: `${en} ${raw} lacks the family name. Write the name before the codes, e.g. ${EXAMPLE}.`,
          };
          brief = { sv: 'kategorifamilj saknas', en: 'family name missing' };
          break;
        default:
          text = {
            sv: `${sv} ${raw} är inte en kategorifamilj följd av kategorikoder. Skriv den som ${EXAMPLE}.`,
            en: `${en} ${raw} is not a category family followed by category codes. Write it as ${EXAMPLE}.`,
          };
          brief = { sv: 'inte familj följd av koder', en: 'not a family followed by codes' };
      }
      return rowFinding(ctx, {
        rule: 'category-invalid',
        severity: 'error',
        row,
        field: 'category',
        ref,
        text,
        brief,
      });
    });
  },
};
