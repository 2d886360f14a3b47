/**
 * Dates (SPEC §3, §7): ISO `2021-01-01`, an Excel date serial (a date cell arrives as one),
 * and the combined Avtalsperiod cell `2021-01-01 - 2021-12-31`. Results are Excel serial day
 * numbers (whole days: a time of day is dropped, the rules compare days).
 */
import type { DateResult } from '../model/procurement';
import type { CellValue } from '../workbook/snapshot';
import { isValidYmd, serialToIso, ymdToSerial } from './excel-date';
import { cellText, isBlank } from './text';

/** 9999-12-31, the last day Excel knows. */
export const MAX_DATE_SERIAL = 2958465;

/**
 * `YYYY-MM-DD` (one-digit month/day tolerated), optionally with a time of day as Excel and
 * CSV exports write it (`2021-01-01 00:00:00`, `2021-01-01T08:30`); the time is dropped.
 */
const ISO_DATE = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?$/;
const DATE_THEN_HYPHEN_THEN_DATE = /^(\d{4}-\d{1,2}-\d{1,2})-(\d{4}-\d{1,2}-\d{1,2})$/;
const LONG_DASH = /[–—\u2212]/;
const SPACED_HYPHEN = /\s-\s*|\s*-\s|^-|-$/;

function invalid(raw: string): DateResult {
  return { kind: 'error', error: 'date-invalid', raw };
}

function validTime(h: string | undefined, min: string | undefined, s: string | undefined): boolean {
  if (h === undefined) return true;
  return Number(h) <= 23 && Number(min) <= 59 && (s === undefined || Number(s) <= 59);
}

/** Reads a date cell. Never throws. */
export function parseDate(v: CellValue): DateResult {
  if (isBlank(v)) return { kind: 'empty' };
  const raw = cellText(v);
  if (typeof v === 'number') {
    // A plausible date serial: 1900-01-01 … 9999-12-31.
    if (!Number.isFinite(v) || v < 1 || v >= MAX_DATE_SERIAL + 1) return invalid(raw);
    return { kind: 'ok', value: Math.floor(v) };
  }
  if (typeof v !== 'string') return invalid(raw);
  const m = ISO_DATE.exec(raw);
  if (!m || !validTime(m[4], m[5], m[6])) return invalid(raw);
  const ymd = { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) };
  return isValidYmd(ymd) ? { kind: 'ok', value: ymdToSerial(ymd) } : invalid(raw);
}

export interface PeriodResult {
  from: DateResult;
  to: DateResult;
}

/** Splits `from - to` at the separator; null when there is none. */
function splitPeriod(text: string): [string, string] | null {
  const joined = DATE_THEN_HYPHEN_THEN_DATE.exec(text);
  if (joined) return [joined[1], joined[2]];
  const dash = LONG_DASH.exec(text) ?? SPACED_HYPHEN.exec(text);
  if (!dash) return null;
  return [text.slice(0, dash.index).trim(), text.slice(dash.index + dash[0].length).trim()];
}

function datePart(text: string): DateResult {
  return text === '' ? invalid('') : parseDate(text);
}

/**
 * Reads the combined Avtalsperiod cell: two dates with `-`, `–` or `—` between them, spaces
 * optional. A missing end is an error with raw ''; text that is no period at all is an error
 * on both ends. A lone date (or a date cell) is the start of a period without an end.
 */
export function parsePeriod(v: CellValue): PeriodResult {
  if (isBlank(v)) return { from: { kind: 'empty' }, to: { kind: 'empty' } };
  const raw = cellText(v);
  const parts = typeof v === 'string' ? splitPeriod(raw) : null;
  if (parts) return { from: datePart(parts[0]), to: datePart(parts[1]) };
  const single = parseDate(v);
  if (single.kind === 'ok') return { from: single, to: invalid('') };
  return { from: invalid(raw), to: invalid(raw) };
}

/** ISO text of a serial (`2021-01-01`); '' when it is no date. Never throws. */
export function formatDate(serial: number): string {
  if (!Number.isFinite(serial) || serial < 1 || serial >= MAX_DATE_SERIAL + 1) return '';
  return serialToIso(Math.floor(serial));
}

/** `2021-01-01 - 2021-12-31`, the form of the published plan's combined column. */
export function formatPeriod(from: number, to: number): string {
  return `${formatDate(from)} - ${formatDate(to)}`;
}
