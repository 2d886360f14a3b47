/**
 * The scale cells the three scale rules look at (SPEC §4): Sannolikhet and Konsekvens of every
 * event row, and the residual columns when the table has them (SPEC §10).
 */
import type { VorField } from '../../model/columns';
import type { ScaleResult, VorRow, VorTable } from '../../model/vor';
import type { ScaleKind } from '../../risk/scale-names';

export interface ScaleCell {
  row: VorRow;
  field: VorField;
  kind: ScaleKind;
  col: number;
  result: ScaleResult;
  /** A blank residual cell is fine (not every event has an action yet); a blank S or K is not. */
  required: boolean;
}

const SCALE_FIELDS: ReadonlyArray<{
  field: 'likelihood' | 'consequence' | 'likelihoodAfter' | 'consequenceAfter';
  kind: ScaleKind;
  required: boolean;
}> = [
  { field: 'likelihood', kind: 'likelihood', required: true },
  { field: 'consequence', kind: 'consequence', required: true },
  { field: 'likelihoodAfter', kind: 'likelihood', required: false },
  { field: 'consequenceAfter', kind: 'consequence', required: false },
];

/** Three rules walk the same cells: list them once per table (100 000 events → 200 000 cells). */
const CACHE = new WeakMap<VorTable, ScaleCell[]>();

/** Goal rows without an event are skipped: they have no ratings (SPEC §2.1, goal 2.5). */
export function scaleCells(table: VorTable): ScaleCell[] {
  const cached = CACHE.get(table);
  if (cached) return cached;
  const out: ScaleCell[] = [];
  const present = SCALE_FIELDS.flatMap((f) => {
    const col = table.location.columns[f.field];
    return col === undefined ? [] : [{ ...f, col }];
  });
  for (const row of table.rows) {
    if (row.event === null) continue;
    for (const f of present) {
      out.push({ row, field: f.field, kind: f.kind, col: f.col, result: row[f.field], required: f.required });
    }
  }
  CACHE.set(table, out);
  return out;
}

/** The example a message suggests for a scale. */
export function scaleExample(kind: ScaleKind): string {
  return kind === 'likelihood' ? '3 - Möjlig' : '3 - Kännbar';
}
