/**
 * Settings live in the workbook (SPEC §4: thresholds "can be changed per workbook"; §7: the plan
 * year "a workbook setting") on a hidden sheet the add-in owns, so the add-in, the CLI and the
 * preview all read the same values. The sheet also holds the dropdown lists whose entries carry a
 * comma (`Nej, endast VoR`), which an inline Excel list cannot.
 */
import { formatScale } from '../parse/scale';
import { cellText } from '../parse/text';
import { emptySheetPlan, type SheetPlan } from '../plan/write-plan';
import { cellAt, findSheet, sheetExtent } from '../workbook/cells';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { quoteSheet } from '../workbook/a1';
import { DEFAULT_SETTINGS, type Settings } from './settings';

/** A name people will not have given a sheet of their own (a plain "Inställningar" they might). */
export const SETTINGS_SHEET = 'Internkontroll inställningar';

const KEYS: { key: keyof Settings; label: string }[] = [
  { key: 'ikpThreshold', label: 'IKP-gräns (RV)' },
  { key: 'actionThreshold', label: 'Åtgärdsgräns (RV)' },
  { key: 'procurementThreshold', label: 'Upphandlingsgräns (kr)' },
  { key: 'planYear', label: 'Planår' },
];

/** The dropdown lists, one column each from D on: header in row 1, entries below. */
export const LISTS = {
  decision: { col: 'D', title: 'IKP-beslut', entries: ['Ja', 'Nej, endast VoR'] },
  likelihood: {
    col: 'E',
    title: 'Sannolikhet',
    entries: [1, 2, 3, 4, 5].map((n) => formatScale(n, 'likelihood')),
  },
  consequence: {
    col: 'F',
    title: 'Konsekvens',
    entries: [1, 2, 3, 4, 5].map((n) => formatScale(n, 'consequence')),
  },
  contractType: { col: 'G', title: 'Kontraktstyp', entries: ['Vara', 'Tjänst', 'Entreprenad'] },
} as const;

export type ListName = keyof typeof LISTS;

/** The absolute source range of a list, for a ListValidation's `source`. */
export function listSource(name: ListName): string {
  const l = LISTS[name];
  return `=${quoteSheet(SETTINGS_SHEET)}!$${l.col}$2:$${l.col}$${1 + l.entries.length}`;
}

function asNumber(text: string): number | null {
  const n = Number(text.replace(/\s/g, '').replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(n) ? n : null;
}

/** Settings stored in the workbook, defaults for what is missing or unreadable. */
export function readSettings(wb: WorkbookSnapshot): Settings {
  const sheet = findSheet(wb, SETTINGS_SHEET);
  const out: Settings = { ...DEFAULT_SETTINGS };
  if (!sheet) return out;
  const { lastRow } = sheetExtent(sheet);
  for (let r = 1; r <= Math.min(lastRow, 50); r++) {
    const label = cellText(cellAt(sheet, r, 1));
    const spec = KEYS.find((k) => k.label === label);
    if (!spec) continue;
    const n = asNumber(cellText(cellAt(sheet, r, 2)));
    if (spec.key === 'planYear') out.planYear = n !== null && Number.isInteger(n) ? n : null;
    else if (n !== null && n > 0) out[spec.key] = n;
  }
  if (out.actionThreshold > out.ikpThreshold) {
    out.actionThreshold = DEFAULT_SETTINGS.actionThreshold;
    out.ikpThreshold = DEFAULT_SETTINGS.ikpThreshold;
  }
  return out;
}

/** The hidden settings sheet, rewritten whole: the add-in owns it. */
export function settingsSheetPlan(settings: Settings): SheetPlan {
  const plan = emptySheetPlan(SETTINGS_SHEET, 'generated');
  plan.hidden = true;
  plan.writes.push({
    address: 'A1',
    rows: [['Inställning', 'Värde'], ...KEYS.map((k) => [k.label, settings[k.key]])],
  });
  for (const l of Object.values(LISTS)) {
    plan.writes.push({ address: `${l.col}1`, rows: [[l.title], ...l.entries.map((e) => [e])] });
  }
  plan.styles.push({ address: 'A1:G1', bold: true });
  plan.columnWidths = { A: 26, B: 14, D: 18, E: 22, F: 22, G: 14 };
  return plan;
}
