/**
 * The settings form: text fields ↔ Settings, with the checks of SPEC §4 and §7 (thresholds are
 * whole RVs from 1 to 25, the action threshold below the IKP threshold, amounts in whole kronor).
 */
import { formatAmount, parseAmount } from '../core/parse/amount';
import type { Settings } from '../core/settings/settings';
import type { MessageKey, Vars } from '../i18n';

export interface SettingsForm {
  ikpThreshold: string;
  actionThreshold: string;
  procurementThreshold: string;
  planYear: string;
}

export type FieldName = keyof SettingsForm;
export interface FieldError {
  key: MessageKey;
  vars?: Vars;
}
export type SettingsErrors = Partial<Record<FieldName, FieldError>>;

export type ParsedForm = { ok: true; settings: Settings } | { ok: false; errors: SettingsErrors };

const RV_MIN = 1;
const RV_MAX = 25;

export function toForm(settings: Settings): SettingsForm {
  return {
    ikpThreshold: String(settings.ikpThreshold),
    actionThreshold: String(settings.actionThreshold),
    procurementThreshold: formatAmount(settings.procurementThreshold),
    planYear: settings.planYear === null ? '' : String(settings.planYear),
  };
}

function wholeNumber(text: string): number | null {
  const trimmed = text.trim();
  return /^\d+$/.test(trimmed) ? Number(trimmed) : null;
}

function threshold(text: string): number | FieldError {
  const n = wholeNumber(text);
  if (n === null) return { key: 'settings.error.integer' };
  if (n < RV_MIN || n > RV_MAX) return { key: 'settings.error.range', vars: { min: RV_MIN, max: RV_MAX } };
  return n;
}

/** Written as in the plans (SPEC §3: "1 000 000 kr", "1,5 mkr"), but whole kronor and not negative. */
function amount(text: string): number | FieldError {
  const parsed = parseAmount(text.trim());
  return parsed.kind === 'ok' && Number.isSafeInteger(parsed.value) && parsed.value >= 0
    ? parsed.value
    : { key: 'settings.error.amount' };
}

function year(text: string): number | null | FieldError {
  if (text.trim() === '') return null;
  const n = wholeNumber(text);
  return n === null || n < 1900 || n > 2100 ? { key: 'settings.error.year' } : n;
}

export function parseForm(form: SettingsForm): ParsedForm {
  const errors: SettingsErrors = {};
  const ikp = threshold(form.ikpThreshold);
  const action = threshold(form.actionThreshold);
  const procurement = amount(form.procurementThreshold);
  const planYear = year(form.planYear);
  if (typeof ikp !== 'number') errors.ikpThreshold = ikp;
  if (typeof action !== 'number') errors.actionThreshold = action;
  else if (typeof ikp === 'number' && action >= ikp)
    errors.actionThreshold = { key: 'settings.error.actionBelowIkp', vars: { ikp } };
  if (typeof procurement !== 'number') errors.procurementThreshold = procurement;
  if (planYear !== null && typeof planYear !== 'number') errors.planYear = planYear;

  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    settings: {
      ikpThreshold: ikp as number,
      actionThreshold: action as number,
      procurementThreshold: procurement as number,
      planYear: planYear as number | null,
    },
  };
}
