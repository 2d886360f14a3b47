/**
 * What the task pane asks of a workbook. Implemented by the Office.js host (src/excel) inside
 * Excel and by the preview host (ExcelJS in the page) outside it. The task pane never touches
 * Excel or ExcelJS itself.
 */
import type { Finding, Lang } from '../core/findings/finding';
import type { TableKind } from '../core/model/columns';
import type { Settings } from '../core/settings/settings';

export interface TableStatus {
  kind: TableKind;
  found: boolean;
  sheet: string | null;
  tableName: string | null;
  foundBy: 'table' | 'sheet' | 'scan' | null;
  /** Data rows (for the procurement plan: data rows without group rows). */
  rows: number;
}

export interface WorkbookStatus {
  tables: TableStatus[];
  settings: Settings;
  /** The plan year in force and where it came from. */
  planYear: { year: number | null; source: 'title' | 'setting' | 'option' | 'majority' | 'none' };
}

export interface CommandResult {
  /** One short sentence for the user, in the host's language. */
  summary: string;
  findings: Finding[];
}

export interface ExportResult extends CommandResult {
  csv: string;
  fileName: string;
}

export interface WorkbookHost {
  readonly lang: Lang;
  readStatus(): Promise<WorkbookStatus>;
  /** Create the three tables (with headers, validation and formats) in an empty workbook. */
  setupTemplate(): Promise<CommandResult>;
  /** Turn the tables found as plain ranges into real Excel tables (no value changes). */
  convertToTables(): Promise<CommandResult>;
  /** RV and Riskklass formulas, heat-map formats and the Riskmatris sheet. */
  refreshRisk(): Promise<CommandResult>;
  generateIkp(): Promise<CommandResult>;
  check(): Promise<CommandResult>;
  validateProcurement(): Promise<CommandResult>;
  exportProcurement(): Promise<ExportResult>;
  saveSettings(settings: Settings): Promise<void>;
  /** Select a cell (a finding's link). */
  selectCell(sheet: string, cell: string): Promise<void>;
}
