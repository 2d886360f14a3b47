/** The fields of the three tables (SPEC §2). Header texts and aliases live in src/core/tables. */

export type VorField =
  | 'goal'
  | 'process'
  | 'method'
  | 'nr'
  | 'event'
  | 'control'
  | 'likelihood'
  | 'consequence'
  | 'rv'
  | 'riskClass'
  | 'decision'
  | 'action'
  | 'routine'
  | 'runningControls'
  | 'likelihoodAfter'
  | 'consequenceAfter'
  | 'rvAfter';

export type IkpField =
  | 'goal'
  | 'process'
  | 'method'
  | 'control'
  | 'nr'
  | 'event'
  | 'rv'
  | 'activity'
  | 'responsible'
  | 'frequency'
  | 'status'
  | 'result'
  | 'measures'
  | 'likelihood'
  | 'consequence'
  | 'selection';

export type ProcurementField =
  | 'unit'
  | 'category'
  | 'description'
  | 'start'
  | 'period'
  | 'periodFrom'
  | 'periodTo'
  | 'value'
  | 'type'
  | 'status';

export type TableKind = 'vor' | 'ikp' | 'procurement';

/**
 * Where a table was found and how its columns map. Rows and columns are Excel's, 1-based.
 */
export interface LocatedTable<F extends string> {
  kind: TableKind;
  sheet: string;
  /** The ListObject's name when it is a real table. */
  tableName: string | null;
  foundBy: 'table' | 'sheet' | 'scan';
  headerRow: number;
  firstCol: number;
  lastCol: number;
  /** Last data row (== headerRow for a header-only table). */
  lastRow: number;
  /** Header texts from firstCol to lastCol, as written in the sheet. */
  headers: string[];
  /** field → Excel column number (1-based) of the column that holds it. */
  columns: Partial<Record<F, number>>;
}
