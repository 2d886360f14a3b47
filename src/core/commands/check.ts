/** Check (SPEC §4, §6): the VoR rules and the VoR ↔ IKP consistency. Writes nothing. */
import { checkConsistency } from '../rules/consistency/check-consistency';
import { readSettings } from '../settings/settings-sheet';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';
import { readRiskTables } from './risk-tables';
import { checkSummary } from './risk-summaries';
import { tableMissing } from './table-missing';

export interface CheckOutcome extends CommandOutcome {
  counts: { events: number; ikpRows: number; errors: number; warnings: number };
}

export function checkWorkbook(wb: WorkbookSnapshot, opts: CommandOptions): CheckOutcome {
  const settings = opts.settings ?? readSettings(wb);
  const t = readRiskTables(wb, settings, opts.lang);
  const findings = [...t.findings];
  if (t.vor && !t.blocked) {
    if (t.ikp) findings.push(...checkConsistency(t.vor, t.ikp, settings, opts.lang));
    else findings.push({ ...tableMissing('ikp', opts.lang), severity: 'warning' });
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const counts = {
    events: t.vor ? t.vor.rows.filter((r) => r.event !== null).length : 0,
    ikpRows: t.ikp ? t.ikp.rows.length : 0,
    errors,
    warnings: findings.length - errors,
  };
  return { plan: { sheets: [] }, findings, summary: checkSummary(counts, opts.lang), counts };
}
