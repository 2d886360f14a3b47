/**
 * stray-punctuation (SPEC §7, warning): leading/trailing punctuation or spaces in a text cell —
 * Verksamhet, Kategorifamilj, Beskrivning, Kontraktstyp. 2021 plan: "Handledning," has a
 * trailing comma. Commas inside a cell ("Externa tjänster, 1013, 101810") are fine, and date
 * and amount cells are the parsers' business. Looks at the raw cell as typed: the row's text
 * fields may already be trimmed by the reader.
 */
import type { ProcurementField } from '../../model/columns';
import type { ProcurementRow } from '../../model/procurement';
import {
  columnName,
  columnRef,
  eachRow,
  rowFinding,
  type ProcurementFinding,
  type ProcurementRule,
} from './context';
import { hasStray, trimStray } from './stray';
import { hasContent } from './text';

const TEXT_FIELDS = [
  'unit',
  'category',
  'description',
  'type',
] as const satisfies readonly ProcurementField[];

function typed(row: ProcurementRow, field: (typeof TEXT_FIELDS)[number]): string {
  const raw = row.raw[field];
  if (typeof raw === 'string') return raw;
  // No raw string (a number, or a unit filled down from a group row): nothing typed to check.
  return raw === undefined && field !== 'unit' ? row[field] : '';
}

/** Shows the invisible: a leading/trailing space is hard to see in quotes. */
function visible(text: string): string {
  return `"${text.replace(/^\s+|\s+$/gu, (s) => '·'.repeat(s.length))}"`;
}

export const strayPunctuation: ProcurementRule = {
  id: 'stray-punctuation',
  severity: 'warning',
  check(ctx) {
    return eachRow(ctx, (row) => {
      const out: ProcurementFinding[] = [];
      for (const field of TEXT_FIELDS) {
        const text = typed(row, field);
        if (!hasContent(text) || !hasStray(text)) continue;
        const ref = columnRef(ctx.table, field);
        const shown = visible(text);
        const clean = `"${trimStray(text)}"`;
        out.push(
          rowFinding(ctx, {
            rule: 'stray-punctuation',
            severity: 'warning',
            row,
            field,
            ref,
            text: {
              sv: `${columnName(field, ref, 'sv')} ${shown} har skiljetecken eller mellanslag i början eller slutet. Skriv ${clean}.`,
              en: `${columnName(field, ref, 'en')} ${shown} has punctuation or spaces at its start or end. Write ${clean}.`,
            },
            brief: {
              sv: `${shown} har överflödiga tecken i början eller slutet`,
              en: `${shown} has stray characters at the start or end`,
            },
          }),
        );
      }
      return out;
    });
  },
};
