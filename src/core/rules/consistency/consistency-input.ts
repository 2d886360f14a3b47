/**
 * What the VoR↔IKP rules of SPEC §6 look at: both tables and, once for all rules, which VoR
 * event each IKP row is (src/core/ikp/match.ts, not exclusive). Blank IKP lines are left out.
 *
 * Rows of the IKP flagged `Ingår inte längre i urvalet` are IKP rows like any other: the flag
 * asks a person to delete the row, and until they do, ikp-excluded-in-vor / ikp-not-in-vor keep
 * saying why it should go; such a row also counts as present for ikp-missing.
 */
import type { IkpField } from '../../model/columns';
import type { IkpRow, IkpTable } from '../../model/ikp';
import type { VorTable } from '../../model/vor';
import { type IkpMatch, isBlankIkpRow, matchIkpToVor } from '../../ikp/match';

export interface ConsistencyInput {
  vor: VorTable;
  ikp: IkpTable;
  /** One per non-blank IKP row, in sheet order. */
  matches: IkpMatch[];
}

export function consistencyInput(vor: VorTable, ikp: IkpTable): ConsistencyInput {
  const rows = ikp.rows.filter((r) => !isBlankIkpRow(r));
  return { vor, ikp, matches: matchIkpToVor(vor.rows, rows, { exclusive: false }) };
}

/** The IKP column a finding on `field` points at: that column, else the event column. */
export function ikpColumn(ikp: IkpTable, field: IkpField): number {
  const loc = ikp.location;
  return loc.columns[field] ?? loc.columns.event ?? loc.firstCol;
}

export function eventOf(row: IkpRow): string {
  return row.event.trim();
}
