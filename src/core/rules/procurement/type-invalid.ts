/** type-invalid (SPEC §7): Kontraktstyp must be Vara, Tjänst or Entreprenad (any case, trimmed). */
import { parseContractType } from './contract-type';
import { columnName, columnRef, eachRow, quoted, rowFinding, type ProcurementRule } from './context';
import { collapseSpace, hasContent } from './text';

export const typeInvalid: ProcurementRule = {
  id: 'type-invalid',
  severity: 'error',
  check(ctx) {
    const ref = columnRef(ctx.table, 'type');
    return eachRow(ctx, (row) => {
      if (parseContractType(row.type) !== null) return null;
      const sv = columnName('type', ref, 'sv');
      const en = columnName('type', ref, 'en');
      const base = {
        rule: 'type-invalid' as const,
        severity: 'error' as const,
        row,
        field: 'type' as const,
        ref,
      };
      if (!hasContent(row.type)) {
        return rowFinding(ctx, {
          ...base,
          text: {
            sv: `${sv} saknas. Skriv Vara, Tjänst eller Entreprenad.`,
            en: `${en} is missing. Write Vara (goods), Tjänst (services) or Entreprenad (works).`,
          },
          brief: { sv: 'saknas', en: 'missing' },
        });
      }
      const raw = quoted(collapseSpace(row.type));
      return rowFinding(ctx, {
        ...base,
        text: {
          sv: `${sv} ${raw} är inte Vara, Tjänst eller Entreprenad. Skriv en av dem.`,
          en: `${en} ${raw} is not Vara, Tjänst or Entreprenad (goods, services, works). Write one of them.`,
        },
        brief: {
          sv: `${raw} är inte Vara, Tjänst eller Entreprenad`,
          en: `${raw} is not Vara, Tjänst or Entreprenad`,
        },
      });
    });
  },
};
