/**
 * duplicate-row (SPEC §7, warning): the same procurement listed twice. Rows are the same when
 * category, description, planned start, period, value and type agree after normalising case
 * and whitespace. The first occurrence is fine; each later one is flagged and points back to it.
 * The unit (Verksamhet) is not compared: the central purchasing unit would count the
 * procurement twice whichever unit lists it.
 */
import type { AmountResult, DateResult, ProcurementRow } from '../../model/procurement';
import { columnName, columnRef, eachRow, rowFinding, type ProcurementRule } from './context';
import { normalizeText } from './text';

function parsedKey(r: DateResult | AmountResult): string {
  if (r.kind === 'ok') return `#${r.value}`;
  if (r.kind === 'empty') return '';
  return `?${normalizeText(r.raw)}`;
}

export function duplicateKey(row: ProcurementRow): string | null {
  const parts = [
    normalizeText(row.category),
    normalizeText(row.description),
    parsedKey(row.start),
    parsedKey(row.periodFrom),
    parsedKey(row.periodTo),
    parsedKey(row.value),
    normalizeText(row.type),
  ];
  // An entirely blank row is not "the same procurement"; other rules report what it lacks.
  return parts.every((p) => p === '') ? null : parts.join('\u0001');
}

export const duplicateRow: ProcurementRule = {
  id: 'duplicate-row',
  severity: 'warning',
  check(ctx) {
    const ref = columnRef(ctx.table, 'description');
    const firstRowByKey = new Map<string, number>();
    return eachRow(ctx, (row) => {
      const key = duplicateKey(row);
      if (key === null) return null;
      const first = firstRowByKey.get(key);
      if (first === undefined) {
        firstRowByKey.set(key, row.row);
        return null;
      }
      return rowFinding(ctx, {
        rule: 'duplicate-row',
        severity: 'warning',
        row,
        field: 'description',
        ref,
        text: {
          sv: `Raden är samma upphandling som rad ${first} (${columnName('description', ref, 'sv')} "${row.description.trim()}"). Ta bort dubbletten eller skilj raderna åt.`,
          en: `The row is the same procurement as row ${first} (${columnName('description', ref, 'en')} "${row.description.trim()}"). Remove the duplicate or tell the rows apart.`,
        },
        brief: { sv: `samma rad som rad ${first}`, en: `same row as row ${first}` },
      });
    });
  },
};
