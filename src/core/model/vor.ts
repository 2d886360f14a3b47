import type { CellValue } from '../workbook/snapshot';
import type { ParseResult } from './parse-result';
import type { LocatedTable, VorField } from './columns';

export type ScaleError = 'scale-invalid' | 'scale-label-mismatch' | 'scale-out-of-range';
export type ScaleResult = ParseResult<1 | 2 | 3 | 4 | 5, ScaleError>;

/** The committee's IKP decision (SPEC §2.1): Ja, Nej (endast VoR) or not yet decided. */
export type Decision = 'ja' | 'nej' | null;

/** One row of the VoR with grouping cells filled down (SPEC §2.1). */
export interface VorRow {
  /** Excel row number. */
  row: number;
  goal: string;
  process: string;
  method: string;
  /** The Nr as written ("23"), null when blank. */
  nr: string | null;
  /** The unwanted event; null for a goal row without events (2021 plan, goal 2.5). */
  event: string | null;
  control: string;
  likelihood: ScaleResult;
  consequence: ScaleResult;
  /** S × K when both parse, else null. */
  rv: number | null;
  /** What the RV cell holds (a typed number, a formula's cached value, or null). */
  rvCell: CellValue;
  /** True when the RV cell holds a formula (then it is the add-in's own and never "typed over"). */
  rvIsFormula: boolean;
  decision: Decision;
  /** The decision cell as written, for messages. */
  decisionRaw: string;
  action: string;
  likelihoodAfter: ScaleResult;
  consequenceAfter: ScaleResult;
}

export interface VorTable {
  location: LocatedTable<VorField>;
  rows: VorRow[];
}
