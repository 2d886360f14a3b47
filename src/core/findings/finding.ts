/** Findings: one shape for the task pane, the CLI's JSON and the tests (SPEC §4, §6, §7, §9). */

export type Severity = 'error' | 'warning';

export type VorRuleId =
  | 'scale-invalid'
  | 'scale-label-mismatch'
  | 'scale-out-of-range'
  | 'rv-mismatch'
  | 'mandatory-excluded'
  | 'decision-missing'
  | 'action-missing'
  | 'nr-missing'
  | 'nr-duplicate'
  | 'column-missing';

export type ConsistencyRuleId =
  'ikp-not-in-vor' | 'ikp-excluded-in-vor' | 'ikp-missing' | 'ikp-rv-differs' | 'ikp-text-differs';

export type ProcurementRuleId =
  | 'value-missing'
  | 'value-invalid'
  | 'value-under-threshold'
  | 'type-invalid'
  | 'category-invalid'
  | 'description-missing'
  | 'start-invalid'
  | 'start-outside-plan-year'
  | 'period-invalid'
  | 'period-reversed'
  | 'period-before-start'
  | 'framework-over-4-years'
  | 'type-category-mismatch'
  | 'duplicate-row'
  | 'stray-punctuation'
  | 'contact-missing';

/** Problems with the workbook itself rather than a rule of the spec. */
export type WorkbookRuleId = 'table-missing' | 'cell-error-value';

export type RuleId = VorRuleId | ConsistencyRuleId | ProcurementRuleId | WorkbookRuleId;

export interface Finding {
  rule: RuleId;
  severity: Severity;
  sheet: string;
  /** Excel row number, 1-based as Excel shows it; null when the finding is about a whole table. */
  row: number | null;
  /** The column's header text as it stands in the sheet; null when not about one column. */
  column: string | null;
  /** A1 address of the offending cell when there is one ("F12"), for "click to select". */
  cell: string | null;
  /** Human message in the requested language (Swedish by default). */
  message: string;
}

export type Lang = 'sv' | 'en';

/** A message in both languages, chosen at the time the finding is made. */
export type Localized = Record<Lang, string>;

export function pick(text: Localized, lang: Lang): string {
  return text[lang];
}
