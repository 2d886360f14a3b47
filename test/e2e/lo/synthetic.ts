/**
 * A generated VoR of 1,000 events (scripts/synthetic.js, as the benchmark uses) written with
 * ExcelJS to a sheet "Risk & Väsentlighet", with some scale cells rewritten in the other forms
 * people type (SPEC §3; src/core/risk/formulas.ts lists what the RV formula reads), so
 * LibreOffice's RV is checked against the domain on each of them.
 */
import ExcelJS from 'exceljs';
import { parseScale } from '../../../src/core/parse/scale';
import type { CellValue } from '../../../src/core/workbook/snapshot';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { vorRows } = require('../../../scripts/synthetic') as { vorRows: (n: number) => CellValue[][] };

export const SYNTHETIC_SHEET = 'Risk & Väsentlighet';
export const SYNTHETIC_EVENTS = 1000;

/** Column indexes (0-based) in vorRows' rows. */
const S = 5;
const K = 6;
const RV = 7;
const DECISION = 8;

/**
 * Scale cells in the accepted forms other than the generated `3. Möjlig`, each on its own
 * event: [Sannolikhet, Konsekvens]. Only forms where formula and core agree by design (the
 * formulas' doc comment names the few where they may not, and the finding that then tells).
 */
export const SCALE_VARIANTS: ReadonlyArray<readonly [CellValue, CellValue]> = [
  [3, 4], // number cells
  [3, 'Allvarig'], // a number and the plans' misspelling
  ['3', '4'], // digits as text
  ['3 - Möjlig', '4 - Allvarlig'], // the canonical form
  ['3 Möjlig', '4 Allvarlig'], // no separator
  ['3. Möjlig', '4. Allvarlig'], // the 2021 plan's form
  ['Möjlig', 'Allvarig'], // labels alone
  ['Likely', 'Major'], // English
  ['Almost certain', 'Severe'],
  ['Rare', 'Negligible'],
  ['Unlikely', 'Minor'],
  ['Possible', 'Moderate'],
  ['  möjlig ', 'KÄNNBAR'], // case and surrounding spaces
  ['Mindre  sannolikt', 'Mycket  allvarlig'], // doubled spaces inside
  ['Mycket sannolikt', 'Mycket allvarig'],
  ['Möjligt', 'Lindrig'],
  ['Osannolikt', 'Försumbar'],
  ['Sannolikt', 'Allvarlig'],
  [' 5 - Mycket sannolikt ', '5 – Mycket allvarlig'], // spaces around, an en dash
  ['3.0', '4,0'], // decimal forms as text
  [5, 5],
  [1, 1],
  ['2 - Mindre sannolikt', 2],
  [null, '3 - Kännbar'], // not assessed: no RV on either side
  ['4 - Sannolikt', null],
  ['Hög', '3 - Kännbar'], // not a scale value (scale-invalid): no RV on either side
];

/** Which event (1-based) gets SCALE_VARIANTS[i]: spread over the whole table. */
export function variantEvent(i: number): number {
  return 7 + i * 37;
}

/**
 * The rows (header first) with the variants written in, and the typed RV and IKP decision kept
 * consistent with them, so the input is a clean VoR (no rv-mismatch, no mandatory-excluded).
 */
export function syntheticRows(): CellValue[][] {
  const rows = vorRows(SYNTHETIC_EVENTS);
  SCALE_VARIANTS.forEach(([s, k], i) => {
    const row = rows[variantEvent(i)];
    row[S] = s;
    row[K] = k;
    const ps = parseScale(s, 'likelihood');
    const pk = parseScale(k, 'consequence');
    const rv = ps.kind === 'ok' && pk.kind === 'ok' ? ps.value * pk.value : null;
    row[RV] = rv;
    if (rv !== null && rv >= 12) row[DECISION] = 'Ja';
  });
  return rows;
}

/** Writes the synthetic VoR (header in row 1, event e in row e + 1) to `file`. */
export async function writeSyntheticVor(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(SYNTHETIC_SHEET);
  for (const r of syntheticRows()) ws.addRow(r.map((v) => (v === null ? null : v)));
  await wb.xlsx.writeFile(file);
}
