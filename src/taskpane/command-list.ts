/** The task pane's commands: each is a method of WorkbookHost (src/app/workbook-host.ts). */
import type { CommandResult, ExportResult } from '../app/workbook-host';
import type { MessageKey } from '../i18n';

export type CommandId =
  | 'setupTemplate'
  | 'convertToTables'
  | 'refreshRisk'
  | 'generateIkp'
  | 'check'
  | 'validateProcurement'
  | 'exportProcurement';

/** In the order the buttons stand: the year's work from template to export (SPEC §1). */
export const COMMANDS: readonly CommandId[] = [
  'setupTemplate',
  'convertToTables',
  'refreshRisk',
  'generateIkp',
  'check',
  'validateProcurement',
  'exportProcurement',
];

export const COMMAND_LABEL: Record<CommandId, MessageKey> = {
  setupTemplate: 'action.setupTemplate',
  convertToTables: 'action.convertToTables',
  refreshRisk: 'action.refreshRisk',
  generateIkp: 'action.generateIkp',
  check: 'action.check',
  validateProcurement: 'action.validateProcurement',
  exportProcurement: 'action.exportProcurement',
};

export function isExportResult(result: CommandResult): result is ExportResult {
  return typeof (result as Partial<ExportResult>).csv === 'string';
}
