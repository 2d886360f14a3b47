/**
 * Which VoR events go into the internkontrollplan (SPEC §6): every event whose RV is at or above
 * the IKP threshold — whatever its decision says; mandatory-excluded reports a `Nej` there —
 * plus every event the committee marked `Ja`.
 */
import type { VorRow } from '../model/vor';
import { isMandatory } from '../risk/risk-class';
import type { Settings } from '../settings/settings';

export type SelectionReason = 'mandatory' | 'decided';

/** Why an event is in the plan, or null when it is not. Goal rows are never selected. */
export function selectionReason(row: VorRow, settings: Settings): SelectionReason | null {
  if (row.event === null) return null;
  if (isMandatory(row.rv, settings)) return 'mandatory';
  if (row.decision === 'ja') return 'decided';
  return null;
}

export function isSelected(row: VorRow, settings: Settings): boolean {
  return selectionReason(row, settings) !== null;
}

/** The selected events, in VoR order. */
export function selectForIkp(rows: readonly VorRow[], settings: Settings): VorRow[] {
  return rows.filter((r) => isSelected(r, settings));
}

/**
 * The mandatory events whose decision cell is blank: Generate IKP writes `Ja` there (SPEC §6).
 * Only blank cells — a cell that says anything, even something unreadable, is the user's
 * (SPEC §8), and a `Nej` is reported by mandatory-excluded instead of being overwritten.
 */
export function decisionFills(rows: readonly VorRow[], settings: Settings): VorRow[] {
  return rows.filter((r) => r.event !== null && isMandatory(r.rv, settings) && r.decisionRaw.trim() === '');
}

/** The text written into a filled decision cell. */
export const DECISION_YES = 'Ja';
