/**
 * column-missing (SPEC §4): a column every VoR needs — the event, Sannolikhet, Konsekvens —
 * cannot be found. The finding points at the header row; the message names the column and the
 * headers that are accepted for it (SPEC §2.1).
 */
import type { Finding, Localized } from '../../findings/finding';
import type { VorField } from '../../model/columns';
import type { VorTable } from '../../model/vor';
import { cellAddress } from '../../workbook/a1';
import type { RuleContext } from '../rule';

const REQUIRED: ReadonlyArray<{ field: VorField; name: string; also: string }> = [
  { field: 'event', name: 'Oönskad händelse', also: 'Risk' },
  { field: 'likelihood', name: 'Sannolikhet', also: 'S' },
  { field: 'consequence', name: 'Konsekvens', also: 'Väsentlighet, K, V' },
];

export function columnMissing({ table, lang }: RuleContext<VorTable>): Finding[] {
  const loc = table.location;
  const out: Finding[] = [];
  for (const r of REQUIRED) {
    if (loc.columns[r.field] !== undefined) continue;
    const message: Localized = {
      sv: `Blad "${loc.sheet}", rubrikraden (rad ${loc.headerRow}): kolumnen "${r.name}" saknas (godtas också: ${r.also}). Lägg till den i rubrikraden.`,
      en: `Sheet "${loc.sheet}", header row (row ${loc.headerRow}): the column "${r.name}" is missing (also accepted: ${r.also}). Add it to the header row.`,
    };
    out.push({
      rule: 'column-missing',
      severity: 'error',
      sheet: loc.sheet,
      row: loc.headerRow,
      column: null,
      cell: cellAddress(loc.headerRow, loc.firstCol),
      message: message[lang],
    });
  }
  return out;
}
