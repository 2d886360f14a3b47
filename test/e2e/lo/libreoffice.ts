/**
 * LibreOffice Calc headless conversions: a workbook to one CSV per sheet (the values Calc
 * computed), and to PDF (what Calc prints and draws, conditional formats included).
 *
 * Each run gets a fresh user profile (-env:UserInstallation) so runs never share a profile
 * lock with each other or with a desktop LibreOffice, and a first-run profile cannot hang.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { requireTools, run } from './tools';

/**
 * CSV filter options (LibreOffice "Text - txt - csv (StarCalc)"), by token:
 *  1 `44` field separator ","; 2 `34` text delimiter '"'; 3 `76` UTF-8; 4 `1` start row;
 *  5 (column formats, import only); 6 `0` language (default); 7 `false` quote all text;
 *  8 `true` detect special numbers (import); 9 `false` "save cell contents as shown" off: a
 *  formula's number as such (2, not "2.00" — tried on LibreOffice 7.4); 10 `false` the formulas'
 *  results, not their text; 11 `false` remove spaces (import); 12 `-1` every sheet (hidden ones
 *  too) to its own file NAME-SheetName.csv — LibreOffice 7.2+; N > 0 exports the N-th sheet
 *  only, to a file of the same NAME-SheetName.csv form.
 */
const CSV_ALL_SHEETS = 'csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,false,false,false,-1';

function convert(file: string, target: string, outDir: string): void {
  const tools = requireTools();
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'lo-profile-'));
  try {
    fs.mkdirSync(outDir, { recursive: true });
    run(tools.soffice, [
      `-env:UserInstallation=${pathToFileURL(profile).href}`,
      '--headless',
      '--norestore',
      '--nolockcheck',
      '--convert-to',
      target,
      '--outdir',
      outDir,
      file,
    ]);
  } finally {
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

/** Converts every sheet (hidden ones too) to CSV; returns sheet name → CSV file. */
export function sheetsToCsv(file: string, outDir: string): Map<string, string> {
  convert(file, CSV_ALL_SHEETS, outDir);
  const prefix = `${path.basename(file, path.extname(file))}-`;
  const out = new Map<string, string>();
  for (const f of fs.readdirSync(outDir)) {
    if (f.startsWith(prefix) && f.endsWith('.csv')) out.set(f.slice(prefix.length, -4), path.join(outDir, f));
  }
  if (out.size === 0) throw new Error(`LibreOffice wrote no CSV for ${file} into ${outDir}`);
  return out;
}

export interface PdfOptions {
  /**
   * Every sheet whole on one page of its own size (calc_pdf_Export's SinglePageSheets): the
   * sheet as it looks on screen. Without it, pages as the sheets' print setup lays them out.
   */
  singlePageSheets?: boolean;
}

/** Converts the workbook to PDF; returns the PDF's path. */
export function workbookToPdf(file: string, outDir: string, opts: PdfOptions = {}): string {
  const target = opts.singlePageSheets
    ? 'pdf:calc_pdf_Export:{"SinglePageSheets":{"type":"boolean","value":"true"}}'
    : 'pdf';
  convert(file, target, outDir);
  const pdf = path.join(outDir, `${path.basename(file, path.extname(file))}.pdf`);
  if (!fs.existsSync(pdf)) throw new Error(`LibreOffice wrote no PDF for ${file} into ${outDir}`);
  return pdf;
}
