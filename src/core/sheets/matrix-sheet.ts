/**
 * The Riskmatris sheet (SPEC §5.2): a 5×5 matrix, Sannolikhet 5→1 top to bottom, Konsekvens
 * 1→5 left to right, each cell coloured by its band and holding `count: event numbers`, a legend
 * and the time it was last refreshed; a second matrix for the residual risk when the VoR has it
 * (SPEC §10). A generated sheet, rewritten whole each time.
 */
import type { Lang } from '../findings/finding';
import type { RiskMatrix } from '../heatmap/matrix';
import { emptySheetPlan, type SheetPlan } from '../plan/write-plan';
import { columnLetter } from '../workbook/a1';
import { cellText } from '../parse/text';
import { cellAt } from '../workbook/cells';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { generatedSheetName } from './generated-sheet';

export const MATRIX_SHEET = 'Riskmatris';

const TEXT = {
  refreshed: { sv: 'Senast uppdaterad', en: 'Last refreshed' },
  legend: { sv: 'Förklaring', en: 'Legend' },
  cell: {
    sv: 'Varje ruta: antal händelser: deras nummer (Nr).',
    en: 'Each cell: number of events: their numbers (Nr).',
  },
  unplaced: {
    sv: 'Utan giltig bedömning (syns inte i matrisen)',
    en: 'Without a valid rating (not in the matrix)',
  },
  source: { sv: 'Källa', en: 'Source' },
} as const;

function stamp(now: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())} ${p(now.getHours())}:${p(now.getMinutes())}`;
}

/** Writes one matrix with its top-left corner at `top` (row); returns the next free row. */
function placeMatrix(plan: SheetPlan, m: RiskMatrix, top: number, lang: Lang): number {
  plan.writes.push({ address: `A${top}`, rows: [[m.title]] });
  plan.styles.push({ address: `A${top}`, bold: true, fontSize: 14 });
  const axisRow = top + 1;
  plan.writes.push({ address: `B${axisRow}`, rows: [[`${m.columnAxis.title} →`]] });
  plan.styles.push({ address: `B${axisRow}`, bold: true });
  const headRow = axisRow + 1;
  plan.writes.push({
    address: `A${headRow}`,
    rows: [[`${m.rowAxis.title} ↓`, ...m.columnAxis.labels.map((l) => l.text)]],
  });
  plan.styles.push({
    address: `A${headRow}:F${headRow}`,
    bold: true,
    wrap: true,
    horizontal: 'center',
    vertical: 'middle',
    border: true,
  });
  m.rows.forEach((line, i) => {
    const r = headRow + 1 + i;
    plan.writes.push({
      address: `A${r}`,
      rows: [[m.rowAxis.labels[i].text, ...line.map((c) => c.text || null)]],
    });
    plan.styles.push({ address: `A${r}`, bold: true, wrap: true, vertical: 'middle', border: true });
    line.forEach((c, j) => {
      plan.styles.push({
        address: `${columnLetter(2 + j)}${r}`,
        fill: c.fill,
        fontColor: c.font,
        wrap: true,
        horizontal: 'center',
        vertical: 'middle',
        border: true,
      });
    });
  });
  let r = headRow + 7;
  plan.writes.push({ address: `A${r}`, rows: [[TEXT.legend[lang]]] });
  plan.styles.push({ address: `A${r}`, bold: true });
  m.legend.forEach((e, i) => {
    plan.writes.push({ address: `A${r + 1 + i}`, rows: [[e.text]] });
    plan.styles.push({ address: `A${r + 1 + i}`, fill: e.fill, fontColor: e.font, border: true });
  });
  r += 1 + m.legend.length;
  plan.writes.push({ address: `A${r}`, rows: [[TEXT.cell[lang]]] });
  plan.styles.push({ address: `A${r}`, italic: true });
  r += 1;
  if (m.unplaced.length) {
    plan.writes.push({ address: `A${r}`, rows: [[`${TEXT.unplaced[lang]}: ${m.unplaced.join(', ')}`]] });
    r += 1;
  }
  return r + 1;
}

/** The matrix titles (heatmap/matrix.ts) and the row axis' header in A3, the sheet's marks. */
const MATRIX_TITLES = ['Riskmatris', 'Risk matrix'];
const AXIS_HEADERS = ['', 'Sannolikhet ↓', 'Likelihood ↓'];

/**
 * "Riskmatris", unless a sheet of the user's has that name: then "Riskmatris (ny)" (SPEC §8).
 * A1 "Riskmatris" alone could be a person's own title, so A3 must also be the add-in's axis
 * header (or still empty, in a half-written sheet).
 */
export function matrixSheetName(wb: WorkbookSnapshot): string {
  return generatedSheetName(wb, MATRIX_SHEET, MATRIX_TITLES, (s) =>
    AXIS_HEADERS.includes(cellText(cellAt(s, 3, 1))),
  );
}

export function matrixSheetPlan(
  matrices: readonly RiskMatrix[],
  vorSheet: string,
  afterSheet: string,
  now: Date,
  lang: Lang,
  sheet: string = MATRIX_SHEET,
): SheetPlan {
  const plan = emptySheetPlan(sheet, 'generated');
  plan.after = afterSheet;
  plan.tabColor = '#7A1230';
  let row = 1;
  for (const m of matrices) row = placeMatrix(plan, m, row, lang);
  plan.writes.push({
    address: `A${row}`,
    rows: [[`${TEXT.refreshed[lang]}: ${stamp(now)}`], [`${TEXT.source[lang]}: ${vorSheet}`]],
  });
  plan.styles.push({ address: `A${row}:A${row + 1}`, italic: true, fontColor: '#595959' });
  plan.columnWidths = { A: 30, B: 20, C: 20, D: 20, E: 20, F: 20 };
  // 130 characters wide: one landscape page, so the matrix is never split between pages.
  plan.print = { landscape: true, fitToWidth: true };
  // Cells listing many event numbers wrap over several lines; nobody types on this sheet.
  plan.fitRowHeights = true;
  return plan;
}
