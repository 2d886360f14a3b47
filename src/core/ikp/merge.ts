/**
 * Generate IKP sheet (SPEC §6): the rows of the new Internkontrollplan from the VoR and the
 * existing plan, never losing what a person typed (SPEC §8).
 *
 * - Selected events (select.ts) come grouped by goal then process in VoR order (vor-order.ts).
 * - The add-in owns goal, process, method, Nr, event, RV and Urval: rewritten from the VoR.
 *   Every other column — Systematisk kontroll, Kontrollaktivitet, Kontrollansvarig, Frekvens,
 *   Status, Resultat/avvikelse, Vidtagna åtgärder and any column a person added — is carried
 *   over from the matched existing row untouched, values and formulas alike (match.ts: by Nr,
 *   else by event text). A new event gets the VoR's Systematisk kontroll when it has one.
 * - An existing row whose event left the selection, or is no longer in the VoR, keeps its row
 *   and every cell, with Urval `Ingår inte längre i urvalet`, until a person deletes it. It sits
 *   at its event's VoR position when the event is still in the VoR, else right after the row
 *   that preceded it in the existing plan (at the top when it was first). Regenerating with
 *   the same VoR therefore gives the same rows in the same order: merge(merge(x)) = merge(x).
 * - A flagged row whose event re-enters the selection is a selected row again.
 * - RV is S × K as a value: the IKP is a generated sheet, not a live calculation.
 *
 * O(n): maps and buckets only.
 */
import type { IkpField } from '../model/columns';
import type { IkpRow, IkpTable } from '../model/ikp';
import type { VorRow, VorTable } from '../model/vor';
import type { PlanCell } from '../plan/write-plan';
import type { Settings } from '../settings/settings';
import type { CellValue } from '../workbook/snapshot';
import {
  GENERATED_IKP_COLUMNS,
  URVAL_DECIDED,
  URVAL_NO_LONGER_SELECTED,
  urvalMandatory,
} from './ikp-columns';
import { ikpLayout, type IkpLayout } from './layout';
import { isBlankIkpRow, matchIkpToVor } from './match';
import { selectionReason } from './select';
import { groupedOrder } from './vor-order';

export type MergedRowStatus = 'selected' | 'no-longer-selected' | 'not-in-vor';

export interface MergedIkpRow {
  /** Cell values by output header; user cells exactly as read (formulas as { formula }). */
  cells: Record<string, PlanCell>;
  status: MergedRowStatus;
  /** Urval says `Ingår inte längre i urvalet`. */
  flagged: boolean;
  /** No existing row matched: the add-in added this row now. */
  added: boolean;
  /** Excel row of the event in the VoR, null when it is not there. */
  vorRow: number | null;
  /** Excel row in the existing IKP this row came from, null for an added row. */
  ikpRow: number | null;
}

export interface MergedIkp {
  /** Column headers left to right: the canonical IKP columns with added columns in place. */
  headers: string[];
  rows: MergedIkpRow[];
}

const HEADER = Object.fromEntries(GENERATED_IKP_COLUMNS.map((c) => [c.field, c.header])) as Record<
  (typeof GENERATED_IKP_COLUMNS)[number]['field'],
  string
>;
const USER_FIELDS: IkpField[] = GENERATED_IKP_COLUMNS.filter((c) => c.owner === 'user').map((c) => c.field);

/** A Nr that is a plain number is written as a number (no "number stored as text" marks). */
function nrCell(nr: string | null): CellValue {
  if (nr === null || nr.trim() === '') return null;
  const t = nr.trim();
  return /^(0|[1-9]\d{0,14})$/.test(t) ? Number(t) : t;
}

function blankCells(headers: readonly string[]): Record<string, PlanCell> {
  const cells: Record<string, PlanCell> = {};
  for (const h of headers) cells[h] = null;
  return cells;
}

function read(row: IkpRow, source: string | undefined): PlanCell {
  if (source === undefined) return null;
  const v = row.byHeader[source];
  return v === undefined ? null : v;
}

/** The user's cells of an existing row: the user-owned canonical columns and the added ones. */
function carryUserCells(cells: Record<string, PlanCell>, row: IkpRow, layout: IkpLayout): void {
  for (const f of USER_FIELDS) {
    const source = layout.sourceOf[f];
    if (source !== undefined) cells[HEADER[f]] = read(row, source);
  }
  for (const x of layout.extras) cells[x.header] = read(row, x.source);
}

function selectedRow(
  vor: VorRow,
  existing: IkpRow | null,
  layout: IkpLayout,
  settings: Settings,
): MergedIkpRow {
  const cells = blankCells(layout.headers);
  if (existing) carryUserCells(cells, existing, layout);
  // A new event, or an existing plan without the column: nothing typed to keep, so start from
  // the VoR's control (SPEC §6).
  if ((!existing || layout.sourceOf.control === undefined) && vor.control.trim() !== '') {
    cells[HEADER.control] = vor.control;
  }
  cells[HEADER.goal] = vor.goal;
  cells[HEADER.process] = vor.process;
  cells[HEADER.method] = vor.method;
  cells[HEADER.nr] = nrCell(vor.nr);
  cells[HEADER.event] = vor.event;
  cells[HEADER.rv] = vor.rv;
  cells[HEADER.selection] =
    selectionReason(vor, settings) === 'mandatory' ? urvalMandatory(settings.ikpThreshold) : URVAL_DECIDED;
  return {
    cells,
    status: 'selected',
    flagged: false,
    added: existing === null,
    vorRow: vor.row,
    ikpRow: existing?.row ?? null,
  };
}

/** An existing row kept as it is, flagged. Grouping cells are the filled-down values. */
function flaggedRow(existing: IkpRow, vor: VorRow | null, layout: IkpLayout): MergedIkpRow {
  const cells = blankCells(layout.headers);
  carryUserCells(cells, existing, layout);
  const own = (f: 'nr' | 'event' | 'rv', fallback: CellValue) => {
    const source = layout.sourceOf[f];
    cells[HEADER[f]] = source === undefined ? fallback : read(existing, source);
  };
  cells[HEADER.goal] = existing.goal;
  cells[HEADER.process] = existing.process;
  cells[HEADER.method] = existing.method;
  own('nr', nrCell(existing.nr));
  own('event', existing.event);
  own('rv', existing.rv);
  cells[HEADER.selection] = URVAL_NO_LONGER_SELECTED;
  return {
    cells,
    status: vor ? 'no-longer-selected' : 'not-in-vor',
    flagged: true,
    added: false,
    vorRow: vor?.row ?? null,
    ikpRow: existing.row,
  };
}

export function mergeIkp(vor: VorTable, existing: IkpTable | null, settings: Settings): MergedIkp {
  const layout = ikpLayout(existing);
  const vorRows = vor.rows;
  const vorIndex = new Map<VorRow, number>();
  vorRows.forEach((r, i) => vorIndex.set(r, i));

  const existingRows = existing ? existing.rows.filter((r) => !isBlankIkpRow(r)) : [];
  const matches = matchIkpToVor(vorRows, existingRows, {
    exclusive: true,
    selected: (v) => selectionReason(v, settings) !== null,
  });

  // Existing row per VoR event, and the unmatched rows that follow each matched one.
  const matchedAt: Array<IkpRow | undefined> = new Array(vorRows.length);
  const trailing: Array<IkpRow[] | undefined> = new Array(vorRows.length);
  const leading: IkpRow[] = [];
  let anchor = -1;
  for (const m of matches) {
    if (m.vor !== null) {
      anchor = vorIndex.get(m.vor)!;
      matchedAt[anchor] = m.ikp;
    } else if (anchor < 0) {
      leading.push(m.ikp);
    } else {
      (trailing[anchor] ??= []).push(m.ikp);
    }
  }

  const rows: MergedIkpRow[] = leading.map((r) => flaggedRow(r, null, layout));
  for (const i of groupedOrder(vorRows)) {
    const v = vorRows[i];
    const e = matchedAt[i] ?? null;
    if (selectionReason(v, settings) !== null) rows.push(selectedRow(v, e, layout, settings));
    else if (e) rows.push(flaggedRow(e, v, layout));
    for (const t of trailing[i] ?? []) rows.push(flaggedRow(t, null, layout));
  }
  return { headers: layout.headers, rows };
}

/** The rows as a grid in header order, for a RangeWrite. */
export function mergedGrid(merged: MergedIkp): PlanCell[][] {
  return merged.rows.map((r) => merged.headers.map((h) => r.cells[h] ?? null));
}
