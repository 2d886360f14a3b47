/**
 * The committee's IKP decision in the VoR (SPEC §2.1): `Ja` (a ★ in the published plan) or
 * `Nej, endast VoR`; blank is "not yet decided".
 */
import type { Decision } from '../model/vor';
import type { CellValue } from '../workbook/snapshot';
import { cellText, foldKey } from './text';

/** Marks people use for "yes, in the IKP": the published star, an asterisk, a cross, a tick. */
const YES_MARK = /^[★*xX✓✔]$/;

/**
 * 'ja' for Ja / Yes / ★ / * / x / TRUE, 'nej' for anything starting with Nej (and No / FALSE),
 * null for blank or text that is neither (decisionRaw keeps it for messages).
 */
export function parseDecision(v: CellValue): Decision {
  if (typeof v === 'boolean') return v ? 'ja' : 'nej';
  const raw = cellText(v);
  if (raw === '') return null;
  if (YES_MARK.test(raw)) return 'ja';
  const key = foldKey(raw);
  if (key.startsWith('nej') || key === 'no') return 'nej';
  if (key === 'ja' || key.startsWith('ja ') || key === 'yes') return 'ja';
  return null;
}
