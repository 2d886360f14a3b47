/** One-line summaries of the risk commands (Swedish by default). */
import type { Finding, Lang } from '../findings/finding';
import type { GenerateCounts } from './generate-ikp';
import { n } from './summaries';

function findingsText(errors: number, warnings: number, lang: Lang): string {
  if (errors + warnings === 0) return lang === 'sv' ? 'Inga anmärkningar.' : 'No findings.';
  return lang === 'sv'
    ? `${n(errors, 'fel', 'fel')} och ${n(warnings, 'varning', 'varningar')}.`
    : `${n(errors, 'error', 'errors')} and ${n(warnings, 'warning', 'warnings')}.`;
}

export function generateSummary(c: GenerateCounts, lang: Lang): string {
  if (lang === 'sv') {
    const parts = [
      `Internkontrollplanen (bladet ${c.sheet}) har ${n(c.inPlan, 'händelse', 'händelser')} av ${c.events} i analysen`,
      c.added ? `${c.added} nya` : '',
      c.noLongerSelected ? `${c.noLongerSelected} ingår inte längre i urvalet` : '',
    ].filter(Boolean);
    const fills = c.decisionsSet ? ` ${n(c.decisionsSet, 'beslut', 'beslut')} satt till Ja.` : '';
    return `${parts.join(', ')}.${fills} Riskmatrisen är uppdaterad. ${findingsText(c.errors, c.warnings, lang)}`;
  }
  const parts = [
    `The internal control plan (sheet ${c.sheet}) has ${n(c.inPlan, 'event', 'events')} of ${c.events} in the analysis`,
    c.added ? `${c.added} new` : '',
    c.noLongerSelected ? `${c.noLongerSelected} no longer selected` : '',
  ].filter(Boolean);
  const fills = c.decisionsSet ? ` ${n(c.decisionsSet, 'decision', 'decisions')} set to Ja.` : '';
  return `${parts.join(', ')}.${fills} The risk matrix is up to date. ${findingsText(c.errors, c.warnings, lang)}`;
}

export function refreshSummary(
  events: number,
  unplaced: number,
  findings: readonly Finding[],
  lang: Lang,
): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  const head =
    lang === 'sv'
      ? `RV, riskklass och värmekarta för ${n(events, 'händelse', 'händelser')} är uppdaterade${unplaced ? ` (${unplaced} utan giltig bedömning)` : ''}.`
      : `RV, risk class and heat-map for ${n(events, 'event', 'events')} are up to date${unplaced ? ` (${unplaced} without a valid rating)` : ''}.`;
  return `${head} ${findingsText(errors, findings.length - errors, lang)}`;
}

export function checkSummary(
  c: { events: number; ikpRows: number; errors: number; warnings: number },
  lang: Lang,
): string {
  const head =
    lang === 'sv'
      ? `${n(c.events, 'händelse', 'händelser')} i analysen, ${n(c.ikpRows, 'rad', 'rader')} i internkontrollplanen.`
      : `${n(c.events, 'event', 'events')} in the analysis, ${n(c.ikpRows, 'row', 'rows')} in the internal control plan.`;
  return `${head} ${findingsText(c.errors, c.warnings, lang)}`;
}
