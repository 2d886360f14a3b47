/**
 * Amounts in kr (SPEC §3): `3 000 000 kr`, `3000000`, a numeric cell, `3,5 mnkr`, `3,5 mkr`,
 * `18 miljoner kr`. Comma is the decimal separator; a point is not accepted (in `3.000` it
 * could be either, and guessing is worse than asking). Negative amounts are returned as
 * values: whether they are allowed is the rules' business.
 */
import type { AmountResult } from '../model/procurement';
import type { CellValue } from '../workbook/snapshot';
import { cellText, isBlank, plainDecimal } from './text';

/**
 * Sign, whole kronor (digits, or groups of three split by a space, U+00A0, U+202F or U+2009 —
 * what Excel in Swedish writes), optional decimals after a comma, then a unit.
 */
const AMOUNT = /^([-\u2212])?\s*(\d{1,3}(?:[ \u00a0\u202f\u2009]\d{3})+|\d+)(?:,(\d+))?\s*(.*)$/s;
const GROUP_SEPARATORS = /[ \u00a0\u202f\u2009]/g;
const UNIT_DOTS = /\./g;
const UNIT_SPACES = /\s+/g;

/** Unit (lower case, points dropped, spaces collapsed) → power of ten. */
const UNITS: ReadonlyMap<string, number> = new Map([
  ['', 0],
  ['kr', 0],
  ['kronor', 0],
  ['sek', 0],
  [':-', 0],
  ['kr:-', 0],
  ['tkr', 3],
  ['tsek', 3],
  ['tusen', 3],
  ['tusen kr', 3],
  ['tusen kronor', 3],
  ['mkr', 6],
  ['mnkr', 6],
  ['mn kr', 6],
  ['mn', 6],
  ['msek', 6],
  ['milj', 6],
  ['milj kr', 6],
  ['miljon', 6],
  ['miljon kr', 6],
  ['miljoner', 6],
  ['miljoner kr', 6],
  ['miljoner kronor', 6],
  ['mdkr', 9],
  ['mdr kr', 9],
  ['miljard kr', 9],
  ['miljarder', 9],
  ['miljarder kr', 9],
]);

/** Reads an Uppskattat kontraktsvärde cell. Never throws. */
export function parseAmount(v: CellValue): AmountResult {
  if (isBlank(v)) return { kind: 'empty' };
  const raw = cellText(v);
  if (typeof v === 'number') {
    return Number.isFinite(v) ? { kind: 'ok', value: v } : { kind: 'error', error: 'value-invalid', raw };
  }
  if (typeof v !== 'string') return { kind: 'error', error: 'value-invalid', raw };

  const m = AMOUNT.exec(raw);
  if (!m) return { kind: 'error', error: 'value-invalid', raw };
  const unit = m[4].toLowerCase().replace(UNIT_DOTS, '').replace(UNIT_SPACES, ' ').trim();
  const power = UNITS.get(unit);
  if (power === undefined) return { kind: 'error', error: 'value-invalid', raw };
  // Parsing the decimal text with its exponent rounds once, exactly: "3,5 mkr" → 3500000,
  // "1,1 mkr" → 1100000 (multiplying 1.1 by 1e6 would not).
  const whole = m[2].replace(GROUP_SEPARATORS, '');
  const value = Number(`${whole}.${m[3] ?? '0'}e${power}`);
  if (!Number.isFinite(value)) return { kind: 'error', error: 'value-invalid', raw };
  return { kind: 'ok', value: m[1] ? -value : value };
}

const THOUSANDS = /\B(?=(\d{3})+(?!\d))/g;

/**
 * `3 000 000 kr`: plain spaces between thousands (not U+00A0, so the text survives CSV and
 * copy-paste unchanged), a decimal comma only when there are decimals, every digit kept so
 * that parseAmount(formatAmount(x)) === x for every finite x. Not finite: the number as text.
 */
export function formatAmount(n: number): string {
  if (!Number.isFinite(n)) return String(n);
  const [whole, decimals] = plainDecimal(Math.abs(n)).split('.');
  const sign = n < 0 ? '-' : '';
  return `${sign}${whole.replace(THOUSANDS, ' ')}${decimals ? `,${decimals}` : ''} kr`;
}
