/**
 * The CLI's workbooks opened by real LibreOffice Calc (issue 4, item 3).
 *
 * The CLI writes the VoR's RV and Riskklass as live formulas without cached values (SPEC §4),
 * so the numbers in LibreOffice's CSV export are Calc's own calculation. For every row of the
 * 2021 example and of a generated 1,000-event VoR they must equal what the domain core
 * computes (RV = S × K, Riskklass by the workbook's thresholds). The 2021 output is also
 * printed to PDF and drawn to PNG: the VoR heat-map and the Riskmatris are kept under out/e2e/
 * for people to look at, and checked for their colours here.
 *
 * Needs LibreOffice 7.2+ and poppler-utils (test/e2e/lo/tools.ts): without them every test
 * fails, saying what to install. `npm run test:e2e`.
 */
import * as fs from 'fs';
import * as path from 'path';
import { BAND_COLORS } from '../../src/core/risk';
import { EXAMPLE, ROOT, runCli, tempDir } from '../cli/run-cli';
import { csvCell, parseCsv } from './lo/csv';
import { expectedIkp, expectedVor, type ExpectedIkp, type ExpectedVor } from './lo/domain';
import { sheetsToCsv, workbookToPdf } from './lo/libreoffice';
import { pageTexts, pageToPng } from './lo/pdf';
import { countColour, decodePng } from './lo/png';
import {
  SCALE_VARIANTS,
  SYNTHETIC_EVENTS,
  SYNTHETIC_SHEET,
  variantEvent,
  writeSyntheticVor,
} from './lo/synthetic';
import { requireTools } from './lo/tools';

/** Test artefacts people look at (repo-root out/ is git-ignored). */
const ARTEFACTS = path.join(ROOT, 'out', 'e2e');
const MATRIX_SHEET = 'Riskmatris';
const BANDS = Object.entries(BAND_COLORS) as [string, { fill: string }][];

interface Converted {
  dir: string;
  /** What generate-ikp printed (text report). */
  cliOut: string;
  xlsx: string;
  vor: ExpectedVor;
  /** sheet name → parsed CSV (record i = row i + 1) */
  csv: Map<string, string[][]>;
}

/** Runs generate-ikp on `input`, reads the result with the core, and has Calc export every sheet. */
async function generateAndConvert(input: string, name: string): Promise<Converted> {
  requireTools();
  const dir = tempDir();
  const xlsx = path.join(dir, `${name}.xlsx`);
  const r = await runCli(['generate-ikp', input, '-o', xlsx]);
  if (!fs.existsSync(xlsx))
    throw new Error(`generate-ikp wrote no workbook (exit ${r.code}):\n${r.out}\n${r.err}`);
  const vor = await expectedVor(xlsx);
  const csv = new Map<string, string[][]>();
  for (const [sheet, file] of sheetsToCsv(xlsx, path.join(dir, 'csv'))) {
    csv.set(sheet, parseCsv(fs.readFileSync(file, 'utf8')));
  }
  return { dir, cliOut: r.out, xlsx, vor, csv };
}

function csvOf(c: Converted, sheet: string): string[][] {
  const rows = c.csv.get(sheet);
  if (!rows)
    throw new Error(`LibreOffice exported no sheet "${sheet}"; it exported: ${[...c.csv.keys()].join(', ')}`);
  return rows;
}

interface Mismatch {
  row: number;
  nr: string | null;
  want: { rv: string; riskClass: string };
  calc: { rv: string; riskClass: string };
}

/** Rows where LibreOffice's RV or Riskklass differs from the domain's. */
function mismatches(c: Converted): Mismatch[] {
  const sheet = csvOf(c, c.vor.sheet);
  const out: Mismatch[] = [];
  for (const r of c.vor.rows) {
    const calc = {
      rv: csvCell(sheet, r.row, c.vor.rvCol),
      riskClass: csvCell(sheet, r.row, c.vor.riskClassCol),
    };
    const want = { rv: r.rv, riskClass: r.riskClass };
    if (calc.rv !== want.rv || calc.riskClass !== want.riskClass)
      out.push({ row: r.row, nr: r.nr, want, calc });
  }
  return out;
}

/** The temporary work folders go; what people look at is copied to out/e2e/ first. */
function removeDir(dir: string | undefined): void {
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}

function copyArtefact(file: string, name: string): string {
  fs.mkdirSync(ARTEFACTS, { recursive: true });
  const to = path.join(ARTEFACTS, name);
  fs.copyFileSync(file, to);
  return to;
}

/** Pixels of each band's fill in a picture. */
function bandPixels(png: string): Record<string, number> {
  const img = decodePng(fs.readFileSync(png));
  return Object.fromEntries(BANDS.map(([band, c]) => [band, countColour(img, c.fill)]));
}

/** The one page whose text holds every one of `texts`; fails when none or several do. */
function onlyPageWith(pages: string[], texts: string[]): number {
  const hits = pages.map((t, i) => (texts.every((s) => t.includes(s)) ? i + 1 : 0)).filter((p) => p > 0);
  if (hits.length !== 1) {
    throw new Error(
      `expected one page with ${JSON.stringify(texts)}, found pages [${hits.join(', ')}] of ${pages.length}`,
    );
  }
  return hits[0];
}

describe('LibreOffice Calc and poppler', () => {
  test('are installed (LibreOffice 7.2+ for the per-sheet CSV export)', () => {
    const tools = requireTools();
    expect(tools.version).toMatch(/^\d+\.\d+/);
  });
});

describe('the 2021 example after generate-ikp, in LibreOffice Calc', () => {
  let c: Converted;
  let ikp: ExpectedIkp;

  beforeAll(async () => {
    c = await generateAndConvert(EXAMPLE, 'amn-2021-ikp');
    ikp = await expectedIkp(c.xlsx);
  });

  afterAll(() => removeDir(c?.dir));

  test('the VoR sheet "Risk & Väsentlighet" is the first sheet and is exported on its own', () => {
    expect(c.vor.sheet).toBe('Risk & Väsentlighet');
    expect([...c.csv.keys()]).toEqual(
      expect.arrayContaining([
        'Risk & Väsentlighet',
        'Internkontrollplan',
        MATRIX_SHEET,
        'Internkontroll inställningar',
      ]),
    );
    expect(csvOf(c, c.vor.sheet)[c.vor.location.headerRow - 1]).toEqual(c.vor.location.headers);
  });

  test('every event row holds RV and Riskklass formulas with no value stored beside them', () => {
    const events = c.vor.rows.filter((r) => r.event !== null);
    expect(events).toHaveLength(65);
    for (const r of events) {
      expect({
        row: r.row,
        rv: r.rvFormula !== null,
        riskClass: r.riskClassFormula !== null,
        cached: r.cached,
      }).toEqual({
        row: r.row,
        rv: true,
        riskClass: true,
        cached: false,
      });
    }
  });

  test('for every event LibreOffice computes exactly the domain RV and Riskklass', () => {
    const events = c.vor.rows.filter((r) => r.event !== null);
    // The example rates every event: each has an RV, so every row compares two numbers.
    expect(events.every((r) => r.rv !== '')).toBe(true);
    expect(new Set(events.map((r) => r.riskClass))).toEqual(new Set(['VoR', 'Åtgärd', 'IKP']));
    expect(mismatches(c)).toEqual([]);
  });

  test('goal rows without an event have blank RV and Riskklass', () => {
    const goals = c.vor.rows.filter((r) => r.event === null);
    expect(goals.length).toBeGreaterThan(0);
    const sheet = csvOf(c, c.vor.sheet);
    for (const r of goals) {
      expect({
        row: r.row,
        rv: csvCell(sheet, r.row, c.vor.rvCol),
        riskClass: csvCell(sheet, r.row, c.vor.riskClassCol),
      }).toEqual({
        row: r.row,
        rv: '',
        riskClass: '',
      });
    }
  });

  test('the Internkontrollplan sheet holds its 28 rows', () => {
    const sheet = csvOf(c, ikp.sheet);
    expect(ikp.rows).toHaveLength(28);
    expect(ikp.rows.map((r) => csvCell(sheet, r.row, ikp.eventCol).trim())).toEqual(
      ikp.rows.map((r) => r.event),
    );
    const headerRow = ikp.rows[0].row - 1;
    const below = sheet.slice(headerRow).filter((r) => r.some((v) => v.trim() !== ''));
    expect(below).toHaveLength(28);
  });

  test('the Riskmatris sheet lists the events of each cell', () => {
    const text = csvOf(c, MATRIX_SHEET).flat();
    expect(text).toContain('11: 23, 27, 29, 34, 35, 36, 44, 45, 47, 49, 59');
    expect(text).toContain('Sannolikhet ↓');
  });

  describe('printed to PDF and drawn to PNG', () => {
    let printPages: string[];
    let printPdf: string;
    let sheetsPdf: string;

    beforeAll(() => {
      printPdf = copyArtefact(workbookToPdf(c.xlsx, path.join(c.dir, 'print')), 'amn-2021-print.pdf');
      sheetsPdf = copyArtefact(
        workbookToPdf(c.xlsx, path.join(c.dir, 'sheets'), { singlePageSheets: true }),
        'amn-2021-sheets.pdf',
      );
      printPages = pageTexts(printPdf);
    });

    test('the VoR heat-map: the whole sheet on one page, colours on S, K and RV (out/e2e/vor-heatmap.png)', () => {
      const pages = pageTexts(sheetsPdf);
      const page = onlyPageWith(pages, [...c.vor.location.headers, 'Väsentlighets- och riskanalys 2021']);
      const png = pageToPng(sheetsPdf, page, path.join(ARTEFACTS, 'vor-heatmap.png'));
      expect(fs.statSync(png).size).toBeGreaterThan(50_000);
      const pixels = bandPixels(png);
      // Every band occurs among the 65 events; each coloured cell (S, K and RV) is ~100+ pixels.
      for (const [band] of BANDS)
        expect({ band, enough: pixels[band] > 1_000 }).toEqual({ band, enough: true });
    });

    test('the Riskmatris prints whole on one landscape page, a coloured 5×5 grid with counts (out/e2e/riskmatris.png)', () => {
      const labels = [
        'Sannolikhet ↓',
        '1 - Försumbar',
        '2 - Lindrig',
        '3 - Kännbar',
        '4 - Allvarlig',
        '5 - Mycket allvarlig',
        '5 - Mycket sannolikt',
        '4 - Sannolikt',
        '3 - Möjlig',
        '2 - Mindre sannolikt',
        '1 - Osannolikt',
        'Förklaring',
        '11: 23, 27, 29, 34, 35,',
        '1: 31',
      ];
      const page = onlyPageWith(printPages, labels);
      expect(printPages.filter((t) => /\bRiskmatris\b/.test(t) && t.includes('Sannolikhet ↓'))).toHaveLength(
        1,
      );
      const png = pageToPng(printPdf, page, path.join(ARTEFACTS, 'riskmatris.png'));
      expect(fs.statSync(png).size).toBeGreaterThan(20_000);
      const img = decodePng(fs.readFileSync(png));
      expect(img.width).toBeGreaterThan(img.height); // landscape
      const pixels = bandPixels(png);
      for (const [band] of BANDS)
        expect({ band, enough: pixels[band] > 2_000 }).toEqual({ band, enough: true });
    });
  });
});

describe('a generated 1,000-event VoR after generate-ikp, in LibreOffice Calc', () => {
  let c: Converted;

  let inputDir: string;

  beforeAll(async () => {
    inputDir = tempDir();
    const input = path.join(inputDir, 'synthetic-1000.xlsx');
    await writeSyntheticVor(input);
    c = await generateAndConvert(input, 'synthetic-1000-ikp');
  });

  afterAll(() => {
    removeDir(inputDir);
    removeDir(c?.dir);
  });

  test('generate-ikp reports only the three unrated events', () => {
    const errors = [...c.cliOut.matchAll(/^\s*FEL\s+(\S+)\s+(.+?)\s*$/gm)].map((m) => `${m[1]} ${m[2]}`);
    // SCALE_VARIANTS ends with: no Sannolikhet, no Konsekvens, Sannolikhet "Hög".
    const [noS, noK, hog] = [23, 24, 25].map((i) => variantEvent(i) + 1);
    expect(errors).toEqual([
      `scale-invalid ${SYNTHETIC_SHEET}!F${noS}`,
      `scale-invalid ${SYNTHETIC_SHEET}!G${noK}`,
      `scale-invalid ${SYNTHETIC_SHEET}!F${hog}`,
    ]);
  });

  test('the core reads all 1,000 events, with formulas and no stored values', () => {
    expect(c.vor.sheet).toBe(SYNTHETIC_SHEET);
    const events = c.vor.rows.filter((r) => r.event !== null);
    expect(events).toHaveLength(SYNTHETIC_EVENTS);
    expect(events.every((r) => r.rvFormula !== null && r.riskClassFormula !== null && !r.cached)).toBe(true);
  });

  test('the other scale forms are in the sheet and the domain reads them', () => {
    const byRow = new Map(c.vor.rows.map((r) => [r.row, r]));
    const rated = SCALE_VARIANTS.map((_, i) => byRow.get(variantEvent(i) + 1)?.rv ?? 'missing');
    // Each variant row is one of ours; all but the three unrated ones (blank S, blank K, "Hög") have an RV.
    expect(rated.filter((rv) => rv === '')).toHaveLength(3);
    expect(rated).not.toContain('missing');
    const sheet = csvOf(c, c.vor.sheet);
    const sk = SCALE_VARIANTS.map((_, i) => [
      csvCell(sheet, variantEvent(i) + 1, c.vor.location.columns.likelihood ?? 0),
      csvCell(sheet, variantEvent(i) + 1, c.vor.location.columns.consequence ?? 0),
    ]);
    expect(sk).toEqual(
      SCALE_VARIANTS.map(([s, k]) => [s === null ? '' : String(s), k === null ? '' : String(k)]),
    );
  });

  test('for all 1,000 events LibreOffice computes exactly the domain RV and Riskklass', () => {
    expect(mismatches(c)).toEqual([]);
    const sheet = csvOf(c, c.vor.sheet);
    const computed = c.vor.rows.filter((r) => csvCell(sheet, r.row, c.vor.rvCol) !== '');
    expect(computed).toHaveLength(SYNTHETIC_EVENTS - 3);
  });

  test('its Riskmatris prints one landscape page wide, the band colours drawn (out/e2e/riskmatris-1000.png)', () => {
    const pdf = copyArtefact(workbookToPdf(c.xlsx, path.join(c.dir, 'print')), 'synthetic-1000-print.pdf');
    const pages = pageTexts(pdf);
    // Cells of ~80 event numbers make the matrix taller than a page; it may go on below, never to the side.
    const consequences = [
      '1 - Försumbar',
      '2 - Lindrig',
      '3 - Kännbar',
      '4 - Allvarlig',
      '5 - Mycket allvarlig',
    ];
    const first = onlyPageWith(pages, ['Sannolikhet ↓', ...consequences, '5 - Mycket sannolikt']);
    const png = pageToPng(pdf, first, path.join(ARTEFACTS, 'riskmatris-1000.png'));
    const img = decodePng(fs.readFileSync(png));
    expect(img.width).toBeGreaterThan(img.height);
    const pixels = bandPixels(png);
    for (const [band] of BANDS)
      expect({ band, enough: pixels[band] > 2_000 }).toEqual({ band, enough: true });
  });
});
