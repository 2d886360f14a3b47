/**
 * The columns of the generated Internkontrollplan, in the order the add-in creates them
 * (SPEC §2.2), plus Urval: why the row is in the plan, or that it has left the selection (§6).
 * Header texts come from the column catalogue (src/core/tables/headers.ts), so the sheet the
 * add-in writes is the sheet its reader recognises.
 */
import type { IkpField } from '../model/columns';
import { headerOf, LEFT_SELECTION } from '../tables/headers';

export interface GeneratedIkpColumn {
  field: IkpField;
  header: string;
  /**
   * add-in: rewritten from the VoR on every generation (goal, process, method, Nr, event, RV,
   * Urval). user: typed by people and carried over untouched (SPEC §6, §8).
   */
  owner: 'add-in' | 'user';
}

const column = (field: IkpField, owner: GeneratedIkpColumn['owner']): GeneratedIkpColumn => ({
  field,
  header: headerOf('ikp', field),
  owner,
});

export const GENERATED_IKP_COLUMNS: readonly GeneratedIkpColumn[] = [
  column('goal', 'add-in'),
  column('process', 'add-in'),
  column('method', 'add-in'),
  column('control', 'user'),
  column('nr', 'add-in'),
  column('event', 'add-in'),
  column('rv', 'add-in'),
  column('activity', 'user'),
  column('responsible', 'user'),
  column('frequency', 'user'),
  column('status', 'user'),
  column('result', 'user'),
  column('measures', 'user'),
  column('selection', 'add-in'),
];

export const GENERATED_IKP_HEADERS: readonly string[] = GENERATED_IKP_COLUMNS.map((c) => c.header);

/** Urval of a row whose event has left the selection (SPEC §6), kept until a person deletes it. */
export const URVAL_NO_LONGER_SELECTED = LEFT_SELECTION;

/** Urval of a row in the plan because its RV is at or above the IKP threshold. */
export function urvalMandatory(ikpThreshold: number): string {
  return `Obligatorisk (RV ≥ ${ikpThreshold})`;
}

/** Urval of a row in the plan because the committee decided `Ja`. */
export const URVAL_DECIDED = 'Nämndens beslut (Ja)';
