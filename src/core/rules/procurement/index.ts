/**
 * The procurement rules of SPEC §7, in the order of the spec's table. The order is also the
 * order findings of one row are listed in (after errors-before-warnings).
 */
import { categoryInvalid } from './category-invalid';
import { cellErrorValue } from './cell-error-value';
import { contactMissing } from './contact-missing';
import type { ProcurementRule } from './context';
import { descriptionMissing } from './description-missing';
import { duplicateRow } from './duplicate-row';
import { frameworkOver4Years } from './framework-over-4-years';
import { periodBeforeStart } from './period-before-start';
import { periodInvalid } from './period-invalid';
import { periodReversed } from './period-reversed';
import { startInvalid } from './start-invalid';
import { startOutsidePlanYear } from './start-outside-plan-year';
import { strayPunctuation } from './stray-punctuation';
import { typeCategoryMismatch } from './type-category-mismatch';
import { typeInvalid } from './type-invalid';
import { valueInvalid } from './value-invalid';
import { valueMissing } from './value-missing';
import { valueUnderThreshold } from './value-under-threshold';

export const PROCUREMENT_RULES: readonly ProcurementRule[] = [
  valueMissing,
  valueInvalid,
  valueUnderThreshold,
  typeInvalid,
  categoryInvalid,
  descriptionMissing,
  startInvalid,
  startOutsidePlanYear,
  periodInvalid,
  periodReversed,
  periodBeforeStart,
  frameworkOver4Years,
  typeCategoryMismatch,
  duplicateRow,
  strayPunctuation,
  contactMissing,
  cellErrorValue,
];

export type { ProcurementContext, ProcurementFinding, ProcurementRule } from './context';
