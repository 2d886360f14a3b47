/**
 * The figures docs/reliability.md states. Each test that produces one checks it against its own
 * count (the corpus its length, the property tests their runs, the fault tests the faults they
 * injected), and figures.test.ts checks the document states these numbers.
 */
export const FIGURES = {
  corpusCases: 0,
};
