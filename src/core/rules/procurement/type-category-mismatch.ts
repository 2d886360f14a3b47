/**
 * type-category-mismatch (SPEC §7, warning): the category family names services ("tjänst…")
 * but the type is Vara, or names goods ("varor", "vara") but the type is Tjänst. 2021 plan:
 * "Digitalt lyft av jobbtorg och SYV" is in "Externa tjänster" but typed Vara.
 * Entreprenad is never flagged: families such as "Fastighet" hold works, goods and services.
 * A family naming both (e.g. "Varor och tjänster") is ambiguous and not flagged either.
 */
import { parseContractType } from './contract-type';
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';
import { normalizeText } from './text';

export function familyNamesServices(category: string): boolean {
  return normalizeText(category).includes('tjänst');
}

export function familyNamesGoods(category: string): boolean {
  const c = normalizeText(category);
  // "varor" also inside compounds (förbrukningsvaror); "vara" only as a word (not "varaktig").
  return c.includes('varor') || /(?:^|[^\p{L}])vara(?:$|[^\p{L}])/u.test(c);
}

export const typeCategoryMismatch: ProcurementRule = {
  id: 'type-category-mismatch',
  severity: 'warning',
  check(ctx) {
    const ref = columnRef(ctx.table, 'type');
    return eachRow(ctx, (row) => {
      const type = parseContractType(row.type);
      const services = familyNamesServices(row.category);
      const goods = familyNamesGoods(row.category);
      if (services === goods) return null;
      const base = {
        rule: 'type-category-mismatch' as const,
        severity: 'warning' as const,
        row,
        field: 'type' as const,
        ref,
      };
      const sv = columnName('type', ref, 'sv');
      const en = columnName('type', ref, 'en');
      if (services && type === 'Vara') {
        return rowFinding(ctx, {
          ...base,
          text: {
            sv: `${sv} är Vara men kategorifamiljen "${row.category.trim()}" avser tjänster. Rätta kontraktstypen eller kategorin.`,
            en: `${en} is Vara (goods) but the category family "${row.category.trim()}" is for services. Correct the type or the category.`,
          },
          brief: { sv: 'Vara men kategorin är tjänster', en: 'Vara but the category is services' },
        });
      }
      if (goods && type === 'Tjänst') {
        return rowFinding(ctx, {
          ...base,
          text: {
            sv: `${sv} är Tjänst men kategorifamiljen "${row.category.trim()}" avser varor. Rätta kontraktstypen eller kategorin.`,
            en: `${en} is Tjänst (services) but the category family "${row.category.trim()}" is for goods. Correct the type or the category.`,
          },
          brief: { sv: 'Tjänst men kategorin är varor', en: 'Tjänst but the category is goods' },
        });
      }
      return null;
    });
  },
};
