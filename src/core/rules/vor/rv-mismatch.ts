/**
 * rv-mismatch (SPEC §4): an RV cell someone typed over with a value that differs from S × K.
 * Only a typed cell counts: a formula is the add-in's own (or the user's live calculation) and
 * is never "typed over"; a blank cell is simply not filled in yet (the add-in writes RV).
 */
import type { Finding } from '../../findings/finding';
import type { VorRow, VorTable } from '../../model/vor';
import { isCellError } from '../../workbook/snapshot';
import { cellFinding, shown, type RuleContext } from '../rule';

/** The number a typed RV cell holds, or NaN for text that is no number; null when blank. */
function typedNumber(row: VorRow): number | null {
  const v = row.rvCell;
  if (v === null || isCellError(v)) return null;
  if (typeof v === 'number') return v;
  if (typeof v === 'boolean') return Number.NaN;
  const t = v.trim();
  if (t === '') return null;
  return /^[+-]?\d+([.,]\d+)?$/.test(t) ? Number(t.replace(',', '.')) : Number.NaN;
}

export function rvMismatch({ table, lang }: RuleContext<VorTable>): Finding[] {
  const col = table.location.columns.rv;
  if (col === undefined) return [];
  const out: Finding[] = [];
  for (const row of table.rows) {
    if (row.event === null || row.rvIsFormula || row.rv === null) continue;
    const typed = typedNumber(row);
    if (typed === null || typed === row.rv) continue;
    const s = row.likelihood.kind === 'ok' ? row.likelihood.value : '?';
    const k = row.consequence.kind === 'ok' ? row.consequence.value : '?';
    const value = shown(row.rvCell);
    out.push(
      cellFinding(
        table.location,
        'rv-mismatch',
        'error',
        row.row,
        col,
        {
          sv: `RV är ${value} men Sannolikhet × Konsekvens = ${s} × ${k} = ${row.rv}. Töm cellen eller skriv ${row.rv}; tillägget räknar RV åt dig.`,
          en: `RV is ${value} but Likelihood × Consequence = ${s} × ${k} = ${row.rv}. Clear the cell or enter ${row.rv}; the add-in computes RV for you.`,
        },
        lang,
      ),
    );
  }
  return out;
}
