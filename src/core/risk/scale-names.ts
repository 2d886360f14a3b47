/**
 * The names of the two 1–5 scales (SPEC §3), for axis labels, messages and the RV formula's
 * label lookup. The parser of scale cells lives in src/core/parse; these are the words only.
 */
import type { Lang, Localized } from '../findings/finding';

export type ScaleKind = 'likelihood' | 'consequence';
export type ScaleValue = 1 | 2 | 3 | 4 | 5;
export const SCALE_VALUES: readonly ScaleValue[] = [1, 2, 3, 4, 5];

/** Canonical names, index 0 = value 1. Swedish as in seed 003, English as SPEC §3 lists. */
export const SCALE_NAMES: Record<ScaleKind, Record<Lang, readonly string[]>> = {
  likelihood: {
    sv: ['Osannolikt', 'Mindre sannolikt', 'Möjlig', 'Sannolikt', 'Mycket sannolikt'],
    en: ['Rare', 'Unlikely', 'Possible', 'Likely', 'Almost certain'],
  },
  consequence: {
    sv: ['Försumbar', 'Lindrig', 'Kännbar', 'Allvarlig', 'Mycket allvarlig'],
    en: ['Negligible', 'Minor', 'Moderate', 'Major', 'Severe'],
  },
};

/**
 * Spellings found in the plans (SPEC §3: `Allvarig`, `Mycket allvarig`) and `Möjligt`, which
 * the scale parser (src/core/parse/scale.ts) accepts too.
 */
export const SCALE_MISSPELLINGS: Record<ScaleKind, ReadonlyArray<readonly [string, ScaleValue]>> = {
  likelihood: [['Möjligt', 3]],
  consequence: [
    ['Allvarig', 4],
    ['Mycket allvarig', 5],
  ],
};

/** Every label accepted on its own, with its value (canonical Swedish, English, misspellings). */
export function scaleLabels(kind: ScaleKind): Array<readonly [string, ScaleValue]> {
  const out: Array<readonly [string, ScaleValue]> = [];
  for (const lang of ['sv', 'en'] as const) {
    SCALE_NAMES[kind][lang].forEach((name, i) => out.push([name, SCALE_VALUES[i]]));
  }
  return out.concat(SCALE_MISSPELLINGS[kind]);
}

/** "3 - Möjlig", the canonical written form (SPEC §3); English names when lang is 'en'. */
export function scaleText(kind: ScaleKind, value: ScaleValue, lang: Lang = 'sv'): string {
  return `${value} - ${SCALE_NAMES[kind][lang][value - 1]}`;
}

/** The axis title of each scale. */
export const SCALE_TITLES: Record<ScaleKind, Localized> = {
  likelihood: { sv: 'Sannolikhet', en: 'Likelihood' },
  consequence: { sv: 'Konsekvens', en: 'Consequence' },
};
