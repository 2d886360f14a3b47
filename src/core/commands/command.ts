/** What every command of the core takes and gives (the task pane, the CLI and the preview call these). */
import type { Finding, Lang } from '../findings/finding';
import type { WritePlan } from '../plan/write-plan';
import type { Settings } from '../settings/settings';

export interface CommandOptions {
  lang: Lang;
  /** The clock, injected so that runs are reproducible (the Riskmatris shows when it was refreshed). */
  now: Date;
  /** Settings to use instead of the workbook's own (the task pane's unsaved edits, tests). */
  settings?: Settings;
  /** The plan year given on the command line (--year); wins over the workbook's (SPEC §7). */
  year?: number | null;
}

export interface CommandOutcome {
  plan: WritePlan;
  findings: Finding[];
  /** One or two sentences for the user, in opts.lang. */
  summary: string;
}

export function errorCount(findings: readonly Finding[]): number {
  return findings.filter((f) => f.severity === 'error').length;
}
