/**
 * The figures docs/reliability.md states. Each test that produces one checks it against its own
 * count — the corpus its length, every property that it ran exactly its stated number of times,
 * the fault tests the faults they injected — and figures.test.ts checks that the document states
 * exactly these numbers.
 */

/** Property id → fast-check runs. */
export const PROPERTIES = {
  // parsers.property.test.ts
  'parsers-never-throw': 300,
  'scale-format-parse': 100,
  'amount-format-parse': 300,
  'date-format-parse': 300,
  'period-format-parse': 200,
  'rv-in-range-or-finding': 150,
  // merge.property.test.ts
  'ikp-merge-keeps-user-cells': 50,
  // idempotence.property.test.ts
  'twice-equals-once-generate-ikp': 25,
  'twice-equals-once-refresh-risk': 15,
  'twice-equals-once-check': 10,
  'twice-equals-once-validate-procurement': 20,
  'twice-equals-once-export-procurement': 20,
  'twice-equals-once-setup-template': 10,
  'twice-equals-once-save-settings': 15,
} as const;

export type PropertyId = keyof typeof PROPERTIES;

export const FIGURES = {
  corpusCases: 124,
  properties: Object.keys(PROPERTIES).length,
  propertyRuns: Object.values(PROPERTIES).reduce((a, b) => a + b, 0),
  /** Commands run under fault injection (faults.test.ts). */
  faultCommands: 6,
  /**
   * Faults injected: one per context.sync() of a clean run of each command — with the add-in's
   * one write request, with one request per sheet, and as Excel's cell-edit mode.
   */
  faults: { oneRequest: 18, perSheet: 29, cellEdit: 18 },
};

export const FAULTS_INJECTED = FIGURES.faults.oneRequest + FIGURES.faults.perSheet + FIGURES.faults.cellEdit;
