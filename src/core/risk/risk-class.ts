/** Riskklass by RV (SPEC §4, seed 003 §4.1): IKP ≥ 12, Åtgärd 9–11, VoR ≤ 8 by default. */
import type { Settings } from '../settings/settings';

export type RiskClass = 'IKP' | 'Åtgärd' | 'VoR';

export function riskClass(rv: number, settings: Settings): RiskClass {
  if (rv >= settings.ikpThreshold) return 'IKP';
  if (rv >= settings.actionThreshold) return 'Åtgärd';
  return 'VoR';
}

/** RV at or above the IKP threshold: the event must always be in the internkontrollplan. */
export function isMandatory(rv: number | null, settings: Settings): boolean {
  return rv !== null && rv >= settings.ikpThreshold;
}

/** RV in the Åtgärd band: an action is needed and the committee decides on IKP. */
export function isActionBand(rv: number | null, settings: Settings): boolean {
  return rv !== null && rv >= settings.actionThreshold && rv < settings.ikpThreshold;
}
