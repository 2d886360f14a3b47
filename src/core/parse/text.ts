/**
 * Text of a cell, the way a person reads it in Excel, and the folded form used to compare
 * headers and labels tolerantly (SPEC §2: case-, whitespace- and diacritic-tolerant).
 */
import { isCellError, type CellValue } from '../workbook/snapshot';

export function isBlank(v: CellValue | undefined): boolean {
  return v === null || v === undefined || (typeof v === 'string' && v.trim() === '');
}

/**
 * Trimmed text of any cell: numbers as Excel shows them (15 significant digits, never an
 * exponent), booleans as TRUE/FALSE, an error value as its code (`#N/A`), empty as ''.
 */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v.trim();
  if (typeof v === 'number') return numberText(v);
  if (typeof v === 'boolean') return v ? 'TRUE' : 'FALSE';
  if (isCellError(v)) return v.error;
  return '';
}

/** A number as text without floating-point noise (0.1 + 0.2 → "0.3") or exponent (1e21). */
export function numberText(n: number): string {
  if (Number.isSafeInteger(n)) return String(n);
  if (!Number.isFinite(n)) return String(n);
  // Excel keeps 15 significant digits; rounding there removes binary noise.
  return plainDecimal(Number(n.toPrecision(15)));
}

const EXPONENT_FORM = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/;

/**
 * The shortest round-trip decimal of a number, written without an exponent:
 * Number(plainDecimal(x)) === x for every finite x.
 */
export function plainDecimal(n: number): string {
  const s = String(n);
  const m = EXPONENT_FORM.exec(s);
  if (!m) return s;
  const sign = m[1];
  const digits = m[2] + (m[3] ?? '');
  const point = 1 + Number(m[4]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return sign + digits + '0'.repeat(point - digits.length);
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const FOLD_CACHE_SIZE = 4096;
const foldCache = new Map<string, string>();
const NOT_LETTER_OR_DIGIT = /[^\p{L}\p{N}]+/gu;

/**
 * Folded comparison key: lower case, diacritics dropped (å→a, ä→a, ö→o), every run of
 * punctuation and whitespace one space. "KF:s mål" → "kf s mal", "fr.o.m" → "fr o m".
 */
export function foldKey(text: string): string {
  const known = foldCache.get(text);
  if (known !== undefined) return known;
  const key = text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .toLowerCase()
    .replace(NOT_LETTER_OR_DIGIT, ' ')
    .trim();
  // Scale cells, decisions and headers repeat a handful of texts over many rows; a bounded
  // cache keeps reading a 100 000-row table linear without holding on to every event text.
  if (foldCache.size >= FOLD_CACHE_SIZE) foldCache.clear();
  foldCache.set(text, key);
  return key;
}

const LOWERCASE_START = /^\p{Ll}/u;

/** True when the text begins with a lower-case letter ("förvaltningens …"). */
export function startsLowercase(text: string): boolean {
  return LOWERCASE_START.test(text);
}
