/**
 * The four heat-map bands (SPEC §5). With the default thresholds: 1–4 low (green), 5–8 medium
 * (yellow), 9–11 high (orange), 12–25 critical (red). The bands follow the thresholds:
 *
 * - critical: RV ≥ ikpThreshold (must go into the IKP);
 * - high:     actionThreshold ≤ RV < ikpThreshold (action needed);
 * - medium:   MEDIUM_FROM ≤ RV < actionThreshold, where MEDIUM_FROM is 5 — the published
 *             scale's own boundary — as long as the action threshold is above 5. When the action
 *             threshold is 5 or lower, medium starts one below it (so it keeps one RV step) but
 *             never at 1, so low keeps at least RV 1; at action threshold 2 or lower medium is
 *             empty and low is RV 1 (or empty at 1).
 * - low:      everything below medium.
 *
 * Thresholds out of order (action above IKP) leave the high band empty rather than overlapping.
 */
import type { Settings } from '../settings/settings';

export type Band = 'low' | 'medium' | 'high' | 'critical';
export const BANDS: readonly Band[] = ['low', 'medium', 'high', 'critical'];

/** RV 5 starts the medium band in the published plans (5–8 yellow). */
const MEDIUM_FROM = 5;
export const RV_MIN = 1;
export const RV_MAX = 25;

/** The lowest RV of each band for these thresholds (the band runs up to the next one's). */
export function bandStarts(settings: Settings): Record<Band, number> {
  const critical = Math.ceil(settings.ikpThreshold);
  const high = Math.min(Math.ceil(settings.actionThreshold), critical);
  const preferredMedium = high > MEDIUM_FROM ? MEDIUM_FROM : Math.max(RV_MIN + 1, high - 1);
  const medium = Math.min(preferredMedium, high);
  return { low: RV_MIN, medium, high, critical };
}

export function band(rv: number, settings: Settings): Band {
  const starts = bandStarts(settings);
  if (rv >= starts.critical) return 'critical';
  if (rv >= starts.high) return 'high';
  if (rv >= starts.medium) return 'medium';
  return 'low';
}

/** Inclusive RV range of a band; `min > max` when the band is empty for these thresholds. */
export interface BandRange {
  band: Band;
  min: number;
  max: number;
}

export function bandRanges(settings: Settings): BandRange[] {
  const s = bandStarts(settings);
  const lowMax = Math.min(s.medium, s.high, s.critical) - 1;
  return [
    { band: 'low', min: RV_MIN, max: lowMax },
    { band: 'medium', min: s.medium, max: Math.min(s.high, s.critical) - 1 },
    { band: 'high', min: s.high, max: s.critical - 1 },
    { band: 'critical', min: s.critical, max: RV_MAX },
  ];
}

export function isEmptyRange(r: BandRange): boolean {
  return r.min > r.max;
}

/** "1–4", "5" for a single value, "–" for an empty band. */
export function rangeText(r: BandRange): string {
  if (isEmptyRange(r)) return '–';
  return r.min === r.max ? String(r.min) : `${r.min}–${r.max}`;
}
