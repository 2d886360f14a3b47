/**
 * What a user may be shown (SPEC §8): a finding with a known rule id and a Swedish message that
 * names the sheet, row and column; or a clear Swedish error — never a stack trace, never
 * `undefined` or `[object Object]` in a sentence.
 */
import type { Finding, RuleId } from '../../../src/core/findings/finding';
import { createWorkbookHost } from '../../../src/app/command-host';
import type { WorkbookHost } from '../../../src/app/workbook-host';
import { officeSession } from '../../../src/excel/office-host';

export const FIXED_NOW = new Date(2026, 10, 22, 9, 30);

/** The add-in's host over the (fake) Excel, with a fixed clock so runs are comparable. */
export function officeHost(now: Date = FIXED_NOW): WorkbookHost {
  return createWorkbookHost(officeSession('sv'), 'sv', { now: () => now });
}

const ALL_RULES: Record<RuleId, true> = {
  'scale-invalid': true,
  'scale-label-mismatch': true,
  'scale-out-of-range': true,
  'rv-mismatch': true,
  'mandatory-excluded': true,
  'decision-missing': true,
  'action-missing': true,
  'nr-missing': true,
  'nr-duplicate': true,
  'column-missing': true,
  'ikp-not-in-vor': true,
  'ikp-excluded-in-vor': true,
  'ikp-missing': true,
  'ikp-rv-differs': true,
  'ikp-text-differs': true,
  'value-missing': true,
  'value-invalid': true,
  'value-under-threshold': true,
  'type-invalid': true,
  'category-invalid': true,
  'description-missing': true,
  'start-invalid': true,
  'start-outside-plan-year': true,
  'period-invalid': true,
  'period-reversed': true,
  'period-before-start': true,
  'framework-over-4-years': true,
  'type-category-mismatch': true,
  'duplicate-row': true,
  'stray-punctuation': true,
  'contact-missing': true,
  'table-missing': true,
  'cell-error-value': true,
};
export const RULE_IDS = Object.keys(ALL_RULES) as RuleId[];

/** A line of a JavaScript stack trace: "    at f (file.js:1:2)". */
const STACK_LINE = /^\s+at\s+\S.*(\(|:\d+:\d+)/m;
const GARBAGE = /\bundefined\b|\[object Object\]|\bNaN\b/;
const SWEDISH =
  /[åäöÅÄÖ]|\b(Blad|blad|rad|rader|kolumn|saknar|finns|inte|Inget|tabell|med|och|fel|exporterades)\b/;

export function hasStack(text: string): boolean {
  return STACK_LINE.test(text);
}

/** Problems with one text shown to a user; empty when it is fine. */
export function textProblems(what: string, text: string): string[] {
  const out: string[] = [];
  if (text.trim() === '') out.push(`${what}: empty`);
  if (hasStack(text)) out.push(`${what}: holds a stack trace: ${text.slice(0, 200)}`);
  if (GARBAGE.test(text)) out.push(`${what}: holds undefined/NaN/[object Object]: ${text.slice(0, 200)}`);
  if (!SWEDISH.test(text)) out.push(`${what}: not Swedish: ${text.slice(0, 200)}`);
  return out;
}

type FindingLike = Pick<Finding, 'rule' | 'severity' | 'sheet' | 'row' | 'column' | 'message'>;

/** A finding names a known rule, and its message names the sheet, row and column it is about. */
export function findingProblems(f: FindingLike): string[] {
  const what = `finding ${f.rule} at ${f.sheet}!${f.row ?? '-'}`;
  const out = textProblems(what, f.message);
  if (!RULE_IDS.includes(f.rule)) out.push(`${what}: unknown rule id`);
  if (f.severity !== 'error' && f.severity !== 'warning') out.push(`${what}: severity ${String(f.severity)}`);
  if (f.row !== null) {
    if (!f.sheet) out.push(`${what}: a row but no sheet`);
    if (!f.message.includes(`"${f.sheet}"`)) out.push(`${what}: the message does not name the sheet`);
    if (!f.message.includes(`rad ${f.row}`)) out.push(`${what}: the message does not name row ${f.row}`);
  }
  if (f.column !== null && !f.message.includes(f.column.trim().slice(0, 40))) {
    out.push(`${what}: the message does not name the column ${f.column}`);
  }
  return out;
}

/** A rejected host command: an ExcelHostError-like object with a code and a Swedish message. */
export function hostErrorProblems(what: string, e: unknown): string[] {
  if (typeof e !== 'object' || e === null) return [`${what}: rejected with ${String(e)}`];
  const { code, message } = e as { code?: unknown; message?: unknown };
  const out: string[] = [];
  if (typeof code !== 'string' || code === '') out.push(`${what}: rejected without a code`);
  if (typeof message !== 'string') return [...out, `${what}: rejected without a message`];
  return [...out, ...textProblems(`${what} (${String(code)})`, message)];
}

export type Settled<T> = { ok: true; value: T } | { ok: false; error: unknown };

export async function settle<T>(p: Promise<T>): Promise<Settled<T>> {
  try {
    return { ok: true, value: await p };
  } catch (error) {
    return { ok: false, error };
  }
}
