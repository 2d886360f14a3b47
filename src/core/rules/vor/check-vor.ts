/** Runs every VoR rule of SPEC §4 on one table, findings in sheet order. */
import type { Finding, Lang } from '../../findings/finding';
import type { VorTable } from '../../model/vor';
import type { Settings } from '../../settings/settings';
import { type Rule, sortFindings } from '../rule';
import { actionMissing } from './action-missing';
import { cellErrorValue } from './cell-error-value';
import { columnMissing } from './column-missing';
import { decisionMissing } from './decision-missing';
import { mandatoryExcluded } from './mandatory-excluded';
import { nrDuplicate } from './nr-duplicate';
import { nrMissing } from './nr-missing';
import { rvMismatch } from './rv-mismatch';
import { scaleInvalid } from './scale-invalid';
import { scaleLabelMismatch } from './scale-label-mismatch';
import { scaleOutOfRange } from './scale-out-of-range';

/** In the order of the SPEC §4 table, which is also the order within one cell. */
export const VOR_RULES: ReadonlyArray<Rule<VorTable>> = [
  columnMissing,
  scaleInvalid,
  scaleLabelMismatch,
  scaleOutOfRange,
  rvMismatch,
  mandatoryExcluded,
  decisionMissing,
  actionMissing,
  nrMissing,
  nrDuplicate,
  cellErrorValue,
];

export function checkVor(table: VorTable, settings: Settings, lang: Lang = 'sv'): Finding[] {
  const ctx = { table, settings, lang };
  return sortFindings(VOR_RULES.flatMap((rule) => rule(ctx)));
}
