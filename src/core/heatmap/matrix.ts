/**
 * The Riskmatris model (SPEC §5.2): a 5×5 matrix, Sannolikhet 5→1 from top to bottom and
 * Konsekvens 1→5 from left to right, each cell coloured by its band and holding the count and
 * the numbers of the events in it (`3: 23, 27, 29`), plus axis labels with the scale names and a
 * legend. The residual variant (SPEC §10) places events by their ratings after the action.
 * The sheet layout (where each part goes, the refresh time) is the write plan's business.
 */
import type { Lang } from '../findings/finding';
import type { ScaleResult, VorRow, VorTable } from '../model/vor';
import { BAND_COLORS } from '../risk/band-colors';
import { type Band, bandRanges, band as bandOf, rangeText } from '../risk/bands';
import { SCALE_TITLES, SCALE_VALUES, type ScaleValue, scaleText } from '../risk/scale-names';
import type { Settings } from '../settings/settings';

export type MatrixKind = 'inherent' | 'residual';

export interface MatrixCell {
  /** Sannolikhet (row) and Konsekvens (column) of the cell. */
  s: ScaleValue;
  k: ScaleValue;
  rv: number;
  band: Band;
  fill: string;
  font: string;
  count: number;
  /** Nr of each event in the cell, or "rad 12" / "row 12" when it has none; VoR order. */
  events: string[];
  /** `3: 23, 27, 29`, or '' when the cell is empty. */
  text: string;
}

export interface AxisLabel {
  value: ScaleValue;
  /** "5 - Mycket sannolikt" */
  text: string;
}

export interface LegendEntry {
  band: Band;
  /** "1–4", "5" or "–" when the thresholds leave the band empty. */
  range: string;
  label: string;
  /** "Låg: RV 1–4" */
  text: string;
  fill: string;
  font: string;
}

export interface RiskMatrix {
  kind: MatrixKind;
  title: string;
  /** rows[0] is Sannolikhet 5, rows[4] Sannolikhet 1; cells left to right Konsekvens 1→5. */
  rows: MatrixCell[][];
  /** Row axis (Sannolikhet), top to bottom: 5 → 1. */
  rowAxis: { title: string; labels: AxisLabel[] };
  /** Column axis (Konsekvens), left to right: 1 → 5. */
  columnAxis: { title: string; labels: AxisLabel[] };
  legend: LegendEntry[];
  /** Events placed in the matrix. */
  placed: number;
  /** Events that could not be placed (a rating missing or unreadable), same labels as cells. */
  unplaced: string[];
}

const TEXT = {
  title: {
    inherent: { sv: 'Riskmatris', en: 'Risk matrix' },
    residual: { sv: 'Riskmatris efter åtgärd', en: 'Risk matrix after action' },
  },
  after: { sv: ' efter åtgärd', en: ' after action' },
  row: { sv: 'rad', en: 'row' },
} as const;

/** How an event is named in a cell: its Nr, else its Excel row. */
export function eventLabel(row: VorRow, lang: Lang): string {
  const nr = row.nr?.trim() ?? '';
  return nr !== '' ? nr : `${TEXT.row[lang]} ${row.row}`;
}

export function cellText(count: number, events: readonly string[]): string {
  return count === 0 ? '' : `${count}: ${events.join(', ')}`;
}

export function legend(settings: Settings, lang: Lang): LegendEntry[] {
  return bandRanges(settings).map((r) => {
    const c = BAND_COLORS[r.band];
    const range = rangeText(r);
    return {
      band: r.band,
      range,
      label: c.label[lang],
      text: `${c.label[lang]}: RV ${range}`,
      fill: c.fill,
      font: c.font,
    };
  });
}

function ratingsOf(row: VorRow, kind: MatrixKind): [ScaleResult, ScaleResult] {
  return kind === 'inherent'
    ? [row.likelihood, row.consequence]
    : [row.likelihoodAfter, row.consequenceAfter];
}

export function riskMatrix(
  rows: readonly VorRow[],
  settings: Settings,
  lang: Lang = 'sv',
  kind: MatrixKind = 'inherent',
): RiskMatrix {
  const top: ScaleValue[] = [...SCALE_VALUES].reverse();
  const grid: MatrixCell[][] = top.map((s) =>
    SCALE_VALUES.map((k) => {
      const rv = s * k;
      const b = bandOf(rv, settings);
      return {
        s,
        k,
        rv,
        band: b,
        fill: BAND_COLORS[b].fill,
        font: BAND_COLORS[b].font,
        count: 0,
        events: [],
        text: '',
      };
    }),
  );
  const unplaced: string[] = [];
  let placed = 0;
  for (const row of rows) {
    if (row.event === null) continue;
    const [s, k] = ratingsOf(row, kind);
    if (s.kind !== 'ok' || k.kind !== 'ok') {
      // A residual rating is optional: only an event with one of the two is "unplaced".
      if (kind === 'inherent' || s.kind !== 'empty' || k.kind !== 'empty')
        unplaced.push(eventLabel(row, lang));
      continue;
    }
    const cell = grid[5 - s.value][k.value - 1];
    cell.count++;
    cell.events.push(eventLabel(row, lang));
    placed++;
  }
  for (const line of grid) for (const cell of line) cell.text = cellText(cell.count, cell.events);

  const after = kind === 'residual' ? TEXT.after[lang] : '';
  return {
    kind,
    title: TEXT.title[kind][lang],
    rows: grid,
    rowAxis: {
      title: SCALE_TITLES.likelihood[lang] + after,
      labels: top.map((v) => ({ value: v, text: scaleText('likelihood', v, lang) })),
    },
    columnAxis: {
      title: SCALE_TITLES.consequence[lang] + after,
      labels: SCALE_VALUES.map((v) => ({ value: v, text: scaleText('consequence', v, lang) })),
    },
    legend: legend(settings, lang),
    placed,
    unplaced,
  };
}

/** True when the VoR has the residual columns (SPEC §10). */
export function hasResidual(table: VorTable): boolean {
  const c = table.location.columns;
  return c.likelihoodAfter !== undefined && c.consequenceAfter !== undefined;
}

/** The second matrix, by ratings after the action; null when the VoR has no residual columns. */
export function residualRiskMatrix(
  table: VorTable,
  settings: Settings,
  lang: Lang = 'sv',
): RiskMatrix | null {
  return hasResidual(table) ? riskMatrix(table.rows, settings, lang, 'residual') : null;
}
