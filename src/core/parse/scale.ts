/**
 * The 1–5 scales of Sannolikhet and Konsekvens (SPEC §3). Every form found in the published
 * plans is accepted; anything else is an error on the cell, never a silent guess.
 */
import type { ScaleResult } from '../model/vor';
import type { CellValue } from '../workbook/snapshot';
import {
  SCALE_MISSPELLINGS,
  SCALE_NAMES,
  SCALE_VALUES,
  type ScaleKind,
  type ScaleValue,
} from '../risk/scale-names';
import { cellText, foldKey, isBlank } from './text';

export type { ScaleKind, ScaleValue } from '../risk/scale-names';

/** Canonical Swedish labels, index 0 = value 1 (the names live in one place: scale-names.ts). */
const CANONICAL: Record<ScaleKind, readonly string[]> = {
  likelihood: SCALE_NAMES.likelihood.sv,
  consequence: SCALE_NAMES.consequence.sv,
};

/**
 * Further accepted labels (SPEC §3): the English names, the plans' misspellings, and "Möjligt"
 * (the adjective as people also write it).
 */
const VARIANTS: Record<ScaleKind, Array<readonly [string, ScaleValue]>> = {
  likelihood: [
    ['Möjligt', 3],
    ...SCALE_NAMES.likelihood.en.map((n, i) => [n, SCALE_VALUES[i]] as const),
    ...SCALE_MISSPELLINGS.likelihood,
  ],
  consequence: [
    ...SCALE_NAMES.consequence.en.map((n, i) => [n, SCALE_VALUES[i]] as const),
    ...SCALE_MISSPELLINGS.consequence,
  ],
};

function buildLabelMap(kind: ScaleKind): Map<string, ScaleValue> {
  const map = new Map<string, ScaleValue>();
  CANONICAL[kind].forEach((label, i) => map.set(foldKey(label), (i + 1) as ScaleValue));
  for (const [label, n] of VARIANTS[kind]) map.set(foldKey(label), n);
  return map;
}

const LABELS: Record<ScaleKind, Map<string, ScaleValue>> = {
  likelihood: buildLabelMap('likelihood'),
  consequence: buildLabelMap('consequence'),
};

/**
 * A leading number (decimal comma or point), then an optional separator (`-`, `–`, `—`, `.`,
 * `:`, `)`) or whitespace, then the label. "3.0" is the number 3; "3. Möjlig" is 3 and a label.
 */
const NUMBER_THEN_LABEL = /^([+-]?\d+(?:[.,]\d+)?)(?:\s*[-–—.:)]\s*|\s+|$)(.*)$/s;

function fromNumber(n: number, raw: string): ScaleResult {
  if (!Number.isFinite(n)) return { kind: 'error', error: 'scale-invalid', raw };
  if (!Number.isInteger(n) || n < 1 || n > 5) return { kind: 'error', error: 'scale-out-of-range', raw };
  return { kind: 'ok', value: n as ScaleValue };
}

/** Reads a Sannolikhet or Konsekvens cell. Never throws. */
export function parseScale(v: CellValue, kind: ScaleKind): ScaleResult {
  if (isBlank(v)) return { kind: 'empty' };
  const raw = cellText(v);
  if (typeof v === 'number') return fromNumber(v, raw);
  // Booleans and error values (#N/A …) are never scale values.
  if (typeof v !== 'string') return { kind: 'error', error: 'scale-invalid', raw };

  const labels = LABELS[kind];
  const m = NUMBER_THEN_LABEL.exec(raw);
  if (!m) {
    const alone = labels.get(foldKey(raw));
    return alone ? { kind: 'ok', value: alone } : { kind: 'error', error: 'scale-invalid', raw };
  }
  const number = fromNumber(Number(m[1].replace(',', '.')), raw);
  if (number.kind !== 'ok') return number;
  const label = foldKey(m[2]);
  if (label === '') return number;
  const byLabel = labels.get(label);
  if (byLabel === undefined) return { kind: 'error', error: 'scale-invalid', raw };
  if (byLabel !== number.value) return { kind: 'error', error: 'scale-label-mismatch', raw };
  return number;
}

/** The label alone ("Möjlig"); '' outside 1–5. */
export function scaleLabel(n: number, kind: ScaleKind): string {
  return Number.isInteger(n) && n >= 1 && n <= 5 ? CANONICAL[kind][n - 1] : '';
}

/** The canonical written form, `3 - Möjlig` (SPEC §3). Outside 1–5 the number as text. */
export function formatScale(n: number, kind: ScaleKind): string {
  const label = scaleLabel(n, kind);
  return label ? `${n} - ${label}` : String(n);
}

/** The five canonical forms, 1 first: the dropdown list of a scale column. */
export function scaleLabels(kind: ScaleKind): string[] {
  return CANONICAL[kind].map((_, i) => formatScale(i + 1, kind));
}
