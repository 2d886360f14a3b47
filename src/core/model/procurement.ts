import type { CellValue } from '../workbook/snapshot';
import type { ParseResult } from './parse-result';
import type { LocatedTable, ProcurementField } from './columns';

/** Amounts in kr (SPEC §3). */
export type AmountResult = ParseResult<number, 'value-invalid'>;
/** Dates as Excel serial day numbers (1900 date system; 44197 = 2021-01-01). */
export type DateResult = ParseResult<number, 'date-invalid'>;

export interface ProcurementRow {
  row: number;
  /** Verksamhet: the column's value, else the group rows above (SPEC §2.3). */
  unit: string;
  category: string;
  description: string;
  start: DateResult;
  periodFrom: DateResult;
  periodTo: DateResult;
  /** True when the period came from one combined cell ("2021-01-01 - 2021-12-31"). */
  periodCombined: boolean;
  value: AmountResult;
  type: string;
  /** Raw cells by field, for messages, stray-punctuation and duplicate detection. */
  raw: Partial<Record<ProcurementField, CellValue>>;
}

/** One line of the contact block above the table (SPEC §2.3). */
export interface ContactLine {
  key: 'administration' | 'lead' | 'coordinator';
  /** Excel row of the line's label (the question). */
  labelRow: number;
  labelCol: number;
  /** The answer, or '' when none was found. */
  answer: string;
  /** Where the answer is (or should be written): row and column. */
  answerRow: number;
  answerCol: number;
}

export interface ProcurementTable {
  location: LocatedTable<ProcurementField>;
  /** Data rows (group rows excluded). */
  rows: ProcurementRow[];
  /** Excel rows of group rows ("Jobbtorg Stockholm"). */
  groupRows: number[];
  contact: ContactLine[];
  /** The title above the table, e.g. "PLAN FÖR UPPHANDLING 2021", when there is one. */
  title: string | null;
}
