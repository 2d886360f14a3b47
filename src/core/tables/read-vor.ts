/**
 * Reading the VoR (SPEC §2.1) into VorRows: grouping cells filled down (grouping.ts), scales
 * parsed (§3), RV = S × K, the IKP decision read. Also reads the 2014 layouts (Verksamhet /
 * Väsentlig process / Indikator, Risk, Väsentlighet, Aktivitet), which have no Nr.
 */
import type { LocatedTable, VorField } from '../model/columns';
import type { VorRow, VorTable } from '../model/vor';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { parseDecision } from '../parse/decision';
import { parseScale } from '../parse/scale';
import { GroupFillDown, type GroupText } from './grouping';
import { forEachDataRow, sheetOf } from './table-rows';

export function readVor(wb: WorkbookSnapshot, loc: LocatedTable<VorField>): VorTable {
  const sheet = sheetOf(wb, loc);
  const grouping = new GroupFillDown(3);
  const rows: VorRow[] = [];
  const groups: GroupText[][] = [];

  forEachDataRow(sheet, loc, (r) => {
    groups.push(grouping.next([r.text('goal'), r.text('process'), r.text('method')]));
    const nr = r.text('nr');
    const event = r.text('event');
    const likelihood = parseScale(r.value('likelihood'), 'likelihood');
    const consequence = parseScale(r.value('consequence'), 'consequence');
    rows.push({
      row: r.row,
      goal: '',
      process: '',
      method: '',
      nr: nr === '' ? null : nr,
      // A row without an event is a goal (or process) with no events, not an error (goal 2.5).
      event: event === '' ? null : event,
      control: r.text('control'),
      likelihood,
      consequence,
      rv: likelihood.kind === 'ok' && consequence.kind === 'ok' ? likelihood.value * consequence.value : null,
      rvCell: r.value('rv'),
      rvIsFormula: r.formula('rv') !== null,
      decision: parseDecision(r.value('decision')),
      decisionRaw: r.text('decision'),
      action: r.text('action'),
      likelihoodAfter: parseScale(r.value('likelihoodAfter'), 'likelihood'),
      consequenceAfter: parseScale(r.value('consequenceAfter'), 'consequence'),
    });
  });

  // Only now are the groups final: a continuation may have extended an earlier row's group.
  rows.forEach((row, i) => {
    const [goal, process, method] = groups[i];
    row.goal = goal.text;
    row.process = process.text;
    row.method = method.text;
  });
  return { location: loc, rows };
}
