/** Pages of a PDF as text (pdftotext) and as pictures (pdftoppm, 80 dpi PNG). */
import * as fs from 'fs';
import * as path from 'path';
import { requireTools, run } from './tools';

/** The text of each page, in layout order; index 0 is page 1. */
export function pageTexts(pdf: string): string[] {
  const text = run(requireTools().pdftotext, ['-layout', '-enc', 'UTF-8', pdf, '-']);
  // pdftotext ends every page with a form feed.
  const pages = text.split('\f');
  if (pages[pages.length - 1].trim() === '') pages.pop();
  return pages;
}

/** Renders page `page` (1-based) to `pngFile` at 80 dpi. */
export function pageToPng(pdf: string, page: number, pngFile: string): string {
  fs.mkdirSync(path.dirname(pngFile), { recursive: true });
  const prefix = pngFile.replace(/\.png$/i, '');
  run(requireTools().pdftoppm, [
    '-png',
    '-r',
    '80',
    '-f',
    String(page),
    '-l',
    String(page),
    '-singlefile',
    pdf,
    prefix,
  ]);
  if (!fs.existsSync(`${prefix}.png`)) throw new Error(`pdftoppm wrote no ${prefix}.png`);
  return `${prefix}.png`;
}
