/**
 * The preview page's own words (the file bar and the sheet view), Swedish by default and English
 * with ?lang=en. The task pane inside the page keeps using src/i18n, unchanged.
 */
import type { Lang } from '../core/findings/finding';

const sv = {
  'page.title': 'Internkontroll – förhandsvisning',
  'workbook.heading': 'Arbetsbok',
  'workbook.headingWithName': 'Arbetsbok: {name}',
  'workbook.none': 'Ingen arbetsbok är öppen. Öppna en .xlsx-fil eller exemplet.',
  'toolbar.label': 'Arbetsboken',
  'toolbar.open': 'Öppna .xlsx …',
  'toolbar.openInput': 'Välj en Excel-arbetsbok (.xlsx) att öppna',
  'toolbar.example': 'Öppna exemplet (AMN 2021)',
  'toolbar.new': 'Ny tom arbetsbok',
  'toolbar.download': 'Ladda ner arbetsboken (.xlsx)',
  'toolbar.downloading': 'Sparar arbetsboken …',
  'notice.title': 'Förhandsvisning utanför Excel',
  'notice.body':
    'Samma uppgiftsfönster som i Excel, men arbetsboken finns bara här i webbläsaren och skickas ingenstans. Ladda ner den för att behålla ändringarna.',
  'load.loading': 'Läser in {name} …',
  'load.failedTitle': 'Arbetsboken kunde inte öppnas',
  'load.failed': '{name} kunde inte läsas som en Excel-arbetsbok (.xlsx): {message}',
  'load.exampleFailed': 'Exemplet kunde inte hämtas ({status}). Öppna en egen .xlsx-fil i stället.',
  'download.failedTitle': 'Arbetsboken kunde inte sparas',
  'sheets.label': 'Blad i arbetsboken',
  'sheet.grid': 'Bladet {sheet}',
  'sheet.empty': 'Bladet är tomt.',
  'sheet.truncated': 'Visar de första {shown} av {total} raderna.',
  'sheet.nameBox': 'Markerad cell',
  'sheet.noSelection': 'Klicka på en anmärkning i uppgiftsfönstret eller på en cell.',
  'sheet.computed':
    'Formel, räknad av förhandsvisningen (Excel räknar om den när arbetsboken öppnas): {formula}',
  'sheet.uncomputed': 'Formel, räknas av Excel när arbetsboken öppnas: {formula}',
  'sheet.readOnly': 'Bladen visas skrivskyddade; ändra dem med kommandona eller i Excel.',
  'file.newName': 'Bok1.xlsx',
  'file.newSheet': 'Blad1',
} as const;

export type PreviewKey = keyof typeof sv;

const en: Record<PreviewKey, string> = {
  'page.title': 'Internal control – preview',
  'workbook.heading': 'Workbook',
  'workbook.headingWithName': 'Workbook: {name}',
  'workbook.none': 'No workbook is open. Open an .xlsx file or the example.',
  'toolbar.label': 'The workbook',
  'toolbar.open': 'Open .xlsx …',
  'toolbar.openInput': 'Choose an Excel workbook (.xlsx) to open',
  'toolbar.example': 'Open the example (AMN 2021)',
  'toolbar.new': 'New empty workbook',
  'toolbar.download': 'Download the workbook (.xlsx)',
  'toolbar.downloading': 'Saving the workbook …',
  'notice.title': 'Preview outside Excel',
  'notice.body':
    'The same task pane as in Excel, but the workbook lives only here in the browser and is sent nowhere. Download it to keep the changes.',
  'load.loading': 'Reading {name} …',
  'load.failedTitle': 'The workbook could not be opened',
  'load.failed': '{name} could not be read as an Excel workbook (.xlsx): {message}',
  'load.exampleFailed':
    'The example could not be fetched ({status}). Open an .xlsx file of your own instead.',
  'download.failedTitle': 'The workbook could not be saved',
  'sheets.label': 'Sheets in the workbook',
  'sheet.grid': 'Sheet {sheet}',
  'sheet.empty': 'The sheet is empty.',
  'sheet.truncated': 'Showing the first {shown} of {total} rows.',
  'sheet.nameBox': 'Selected cell',
  'sheet.noSelection': 'Click a finding in the task pane, or a cell.',
  'sheet.computed':
    'Formula, computed by the preview (Excel recalculates it when the workbook opens): {formula}',
  'sheet.uncomputed': 'Formula, computed by Excel when the workbook opens: {formula}',
  'sheet.readOnly': 'The sheets are shown read-only; change them with the commands or in Excel.',
  'file.newName': 'Book1.xlsx',
  'file.newSheet': 'Sheet1',
};

const catalogues: Record<Lang, Record<PreviewKey, string>> = { sv, en };

export type PreviewTranslate = (key: PreviewKey, vars?: Record<string, string | number>) => string;

export function previewText(lang: Lang): PreviewTranslate {
  return (key, vars) => {
    const text = catalogues[lang][key];
    return vars
      ? text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole))
      : text;
  };
}

/** `?lang=en` → English; anything else (or nothing) → Swedish, the default (SPEC §8). */
export function langFromSearch(search: string): Lang {
  const lang = new URLSearchParams(search).get('lang');
  return lang?.trim().toLowerCase().startsWith('en') ? 'en' : 'sv';
}
