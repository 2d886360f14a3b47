/** Per-workbook settings (SPEC §4, §7). Stored in the workbook by the adapters. */
export interface Settings {
  /** RV at or above this: must be in the IKP (Riskklass "IKP"). Default 12. */
  ikpThreshold: number;
  /** RV at or above this: action needed (Riskklass "Åtgärd"). Default 9. */
  actionThreshold: number;
  /** Contract values must be over this, in kr. Default 1 000 000. */
  procurementThreshold: number;
  /** The plan year, when the user set one; null means detect it (SPEC §7). */
  planYear: number | null;
}

export const DEFAULT_SETTINGS: Settings = {
  ikpThreshold: 12,
  actionThreshold: 9,
  procurementThreshold: 1_000_000,
  planYear: null,
};
