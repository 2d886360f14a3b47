/** RV = Sannolikhet × Konsekvens, 1–25 (SPEC §4). */
import type { ScaleResult } from '../model/vor';

export function riskValue(s: number, k: number): number {
  return s * k;
}

/** S × K when both cells hold a scale value, else null (the scale rules report the cell). */
export function riskValueOf(s: ScaleResult, k: ScaleResult): number | null {
  return s.kind === 'ok' && k.kind === 'ok' ? riskValue(s.value, k.value) : null;
}
