/**
 * Heat-map colours (SPEC §5): green, yellow, orange, red as the committee expects, chosen so
 * that the four stay apart for people with deuteranopia, protanopia and tritanopia (simulated
 * ΔE ≥ 25 between every pair, see test/core/risk/band-colors.test.ts) — hue AND lightness
 * differ — and every fill carries its text at a WCAG contrast of at least 4.5:1.
 * The matrix cells also hold numbers and the legend words, so colour is never the only cue.
 */
import type { Localized } from '../findings/finding';
import type { Band } from './bands';

export interface BandColor {
  /** Cell fill, "#RRGGBB". */
  fill: string;
  /** Text colour on that fill. */
  font: string;
  label: Localized;
}

export const BAND_COLORS: Record<Band, BandColor> = {
  low: { fill: '#26B886', font: '#000000', label: { sv: 'Låg', en: 'Low' } },
  medium: { fill: '#FFEC40', font: '#000000', label: { sv: 'Medel', en: 'Medium' } },
  high: { fill: '#E4690F', font: '#000000', label: { sv: 'Hög', en: 'High' } },
  critical: { fill: '#7A1230', font: '#FFFFFF', label: { sv: 'Mycket hög', en: 'Critical' } },
};
