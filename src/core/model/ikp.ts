import type { CellValue } from '../workbook/snapshot';
import type { IkpField, LocatedTable } from './columns';

/** One row of an existing Internkontrollplan, grouping cells filled down (SPEC §2.2). */
export interface IkpRow {
  row: number;
  goal: string;
  process: string;
  method: string;
  nr: string | null;
  event: string;
  /** The RV as written in the IKP (or S × K in the 2014 layout), null when absent. */
  rv: number | null;
  /**
   * Every cell of the row by header text (as written in the sheet), values and formulas:
   * a formula is kept as { formula }. Used by the merge to carry hand-filled columns over.
   */
  byHeader: Record<string, CellValue | { formula: string }>;
}

export interface IkpTable {
  location: LocatedTable<IkpField>;
  rows: IkpRow[];
}
