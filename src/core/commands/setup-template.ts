/**
 * Set up the tables from a template (SPEC §2) in a workbook that lacks them: the VoR with its
 * live columns, dropdowns and heat-map, an empty Internkontrollplan, and the procurement plan
 * under its title and contact block. Only missing tables are created, on sheets that do not
 * exist yet, so running it again changes nothing and no sheet of the user's is touched.
 */
import type { Lang } from '../findings/finding';
import type { LocatedTable, TableKind } from '../model/columns';
import { GENERATED_IKP_HEADERS } from '../ikp/ikp-columns';
import type { SheetPlan } from '../plan/write-plan';
import { CONTACT_LABELS } from '../rules/procurement/contact-missing';
import { readSettings, settingsSheetPlan } from '../settings/settings-sheet';
import { ikpSheetPlan } from '../sheets/ikp-sheet';
import { procurementSheetPlan } from '../sheets/procurement-sheet';
import { vorSheetPlan } from '../sheets/vor-sheet';
import { DEFAULT_NAMES, PROCUREMENT_HEADERS, VOR_HEADERS, mapHeaders } from '../tables/headers';
import { locateTables } from '../tables/locate';
import { cellAt, findSheet } from '../workbook/cells';
import { isBlank } from '../parse/text';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';

const HEADER_ROW = 3;
const CONTACT_HEADER_ROW = 7;

function located<F extends string>(
  kind: TableKind,
  sheet: string,
  headers: readonly string[],
  headerRow: number,
): LocatedTable<F> {
  return {
    kind,
    sheet,
    tableName: null,
    foundBy: 'sheet',
    headerRow,
    firstCol: 1,
    lastCol: headers.length,
    lastRow: headerRow,
    headers: [...headers],
    columns: mapHeaders(kind, headers, 1).columns as Partial<Record<F, number>>,
  };
}

/** A template sheet: title, header row, then the plan the real command would make of it. */
function asNewSheet(
  plan: SheetPlan,
  title: string,
  headers: readonly string[],
  headerRow: number,
): SheetPlan {
  plan.kind = 'generated';
  plan.writes.unshift({ address: 'A1', rows: [[title]] }, { address: `A${headerRow}`, rows: [[...headers]] });
  plan.styles.push({ address: 'A1', bold: true, fontSize: 14 });
  for (let i = 0; i < headers.length; i++) plan.columnWidths[String.fromCharCode(65 + i)] ??= 22;
  plan.freeze = { rows: headerRow, columns: 0 };
  return plan;
}

const TITLES = {
  vor: { sv: 'Väsentlighets- och riskanalys', en: 'Risk and materiality analysis' },
  procurement: { sv: 'PLAN FÖR UPPHANDLING', en: 'PLAN FÖR UPPHANDLING' },
} as const;

/**
 * The sheet to show: the first of the three tables, in the template's order, that is created now
 * or is still as the template made it — on its own sheet, with the template's headers and no rows
 * filled in. So a run after one that stopped half-way (some tables made, the rest lost) shows the
 * same sheet as a run that went through (SPEC §8: idempotent).
 */
function firstEmptyTemplate(
  wb: WorkbookSnapshot,
  found: ReturnType<typeof locateTables>,
  created: readonly string[],
): string | undefined {
  const kinds: [LocatedTable<string> | null, TableKind, readonly string[]][] = [
    [found.vor, 'vor', VOR_HEADERS],
    [found.ikp, 'ikp', GENERATED_IKP_HEADERS],
    [found.procurement, 'procurement', PROCUREMENT_HEADERS],
  ];
  for (const [loc, kind, headers] of kinds) {
    if (created.includes(DEFAULT_NAMES[kind].sheet)) return DEFAULT_NAMES[kind].sheet;
    if (!loc || loc.sheet !== DEFAULT_NAMES[kind].sheet) continue;
    if (loc.headers.length !== headers.length || loc.headers.some((h, i) => h !== headers[i])) continue;
    const sheet = findSheet(wb, loc.sheet);
    let empty = !!sheet;
    for (let r = loc.headerRow + 1; empty && r <= loc.lastRow; r++) {
      for (let c = loc.firstCol; c <= loc.lastCol; c++) if (!isBlank(cellAt(sheet!, r, c))) empty = false;
    }
    if (empty) return loc.sheet;
  }
  return undefined;
}

export function setupTemplate(wb: WorkbookSnapshot, opts: CommandOptions): CommandOutcome {
  const settings = opts.settings ?? readSettings(wb);
  const found = locateTables(wb);
  const lang: Lang = opts.lang;
  const year = opts.year ?? settings.planYear ?? opts.now.getFullYear() + 1;
  const sheets: SheetPlan[] = [];
  const created: string[] = [];
  const skipped: string[] = [];

  if (!found.vor) {
    const name = DEFAULT_NAMES.vor.sheet;
    if (findSheet(wb, name)) skipped.push(name);
    else {
      const loc = located('vor', name, VOR_HEADERS, HEADER_ROW);
      const plan = vorSheetPlan(wb, { location: loc, rows: [] }, settings, []);
      sheets.push(asNewSheet(plan, `${TITLES.vor[lang]} ${year}`, VOR_HEADERS, HEADER_ROW));
      created.push(name);
    }
  }
  if (!found.ikp) {
    const name = DEFAULT_NAMES.ikp.sheet;
    if (findSheet(wb, name)) skipped.push(name);
    else {
      const plan = ikpSheetPlan(
        wb,
        { sheet: name, above: [] },
        { headers: [...GENERATED_IKP_HEADERS], rows: [] },
        null,
        settings,
        DEFAULT_NAMES.vor.sheet,
        lang,
      );
      sheets.push(plan);
      created.push(name);
    }
  }
  if (!found.procurement) {
    const name = DEFAULT_NAMES.procurement.sheet;
    if (findSheet(wb, name)) skipped.push(name);
    else {
      const loc = located('procurement', name, PROCUREMENT_HEADERS, CONTACT_HEADER_ROW);
      const keys = ['administration', 'lead', 'coordinator'] as const;
      const contact = keys.map((key, i) => ({
        key,
        labelRow: 3 + i,
        labelCol: 1,
        answer: '',
        answerRow: 3 + i,
        answerCol: 2,
      }));
      const plan = procurementSheetPlan(
        wb,
        { location: loc, rows: [], groupRows: [], contact, title: null },
        settings,
        new Map(),
      );
      asNewSheet(plan, `${TITLES.procurement[lang]} ${year}`, PROCUREMENT_HEADERS, CONTACT_HEADER_ROW);
      plan.writes.push({ address: 'A3', rows: keys.map((k) => [CONTACT_LABELS[k]]) });
      plan.styles.push({ address: 'A3:A5', bold: true, wrap: true });
      plan.columnWidths.A = 40;
      plan.columnWidths.B = 40;
      sheets.push(plan);
      created.push(name);
    }
  }
  if (sheets.length) sheets.unshift(settingsSheetPlan(settings));
  const summary =
    lang === 'sv'
      ? created.length
        ? `Skapade ${created.join(', ')}.${skipped.length ? ` Hoppade över ${skipped.join(', ')}: bladet finns redan men tabellen hittades inte där.` : ''}`
        : skipped.length
          ? `Inget skapades: bladen ${skipped.join(', ')} finns redan men tabellerna hittades inte där. Kontrollera rubrikraderna.`
          : 'Alla tre tabellerna finns redan.'
      : created.length
        ? `Created ${created.join(', ')}.${skipped.length ? ` Skipped ${skipped.join(', ')}: the sheet exists but the table was not found there.` : ''}`
        : skipped.length
          ? `Nothing was created: the sheets ${skipped.join(', ')} exist but the tables were not found there. Check the header rows.`
          : 'All three tables exist already.';
  const activate = firstEmptyTemplate(wb, found, created);
  return { plan: { sheets, ...(activate ? { activate } : {}) }, findings: [], summary };
}
