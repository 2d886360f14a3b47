/**
 * Turning the plan's cells into what `range.formulas` takes, and table formulas into structured
 * references.
 */
import { isFormulaCell, type PlanCell } from '../core/plan/write-plan';
import { isCellError } from '../core/workbook/snapshot';

/**
 * Excel parses what `range.formulas` is given as if typed: "=x", "+x", "-x", "@x" become
 * formulas, "12", "1.5", "50%", "2021-01-01", "TRUE", "#N/A" become numbers, dates, booleans and
 * errors, and a leading "'" is eaten. A plan string is text (write-plan.ts), so one Excel could
 * read as anything else is written with a leading apostrophe, Excel's "this is text" mark: the
 * cell then holds exactly the string, and its number format is left alone (unlike format "@",
 * which would also turn whatever the user types there later into text).
 *
 * Text that starts with a letter and holds no digit is never re-read, so it is written as is;
 * the apostrophe goes on everything else (digits, signs, punctuation, TRUE/FALSE, errors).
 */
export function textNeedsApostrophe(s: string): boolean {
  if (s === '') return false;
  if (/^[=+\-@'#]/.test(s)) return true;
  const t = s.trim();
  if (/^(true|false|sant|falskt)$/i.test(t)) return true;
  return !/^\p{L}[^\d]*$/u.test(t);
}

/** One plan cell → the value for `range.formulas`. null (empty) clears the cell: "" (null would leave it as it is). */
export function toFormulaInput(c: PlanCell): string | number | boolean {
  if (c === null) return '';
  if (isFormulaCell(c)) return c.formula;
  if (isCellError(c)) return c.error; // an error value is written as its literal (#N/A)
  if (typeof c === 'string') return textNeedsApostrophe(c) ? `'${c}` : c;
  return c;
}

/** Inside [@[…]] the characters [ ] # ' are escaped with '. */
export function escapeColumnName(name: string): string {
  return name.replace(/['#[\]]/g, (ch) => `'${ch}`);
}

/** `{1,2,3}`, `{"a","b"}`: an array constant of Excel's, which templates also contain. */
const ARRAY_ITEM = String.raw`\s*("(?:[^"]|"")*"|[-+]?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|TRUE|FALSE|#N/A)\s*`;
const ARRAY_CONSTANT = new RegExp(`^${ARRAY_ITEM}(?:[,;]${ARRAY_ITEM})*$`, 'i');

/**
 * A calculated column's template (`={Sannolikhet}*{Konsekvens}`) as a table formula:
 * `=[@[Sannolikhet]]*[@[Konsekvens]]`. A `{…}` that is an array constant (`{1,2,3,4,5}`) stays;
 * any other must name a column of the table.
 */
export function structuredFormula(template: string, headers: string[]): string {
  const lower = headers.map((h) => h.toLowerCase());
  const out = template.replace(/\{([^{}]+)\}/g, (whole, name: string) => {
    const exact = headers.indexOf(name);
    const i = exact >= 0 ? exact : lower.indexOf(name.toLowerCase());
    if (i >= 0) return `[@[${escapeColumnName(headers[i])}]]`;
    if (ARRAY_CONSTANT.test(name)) return whole;
    throw new Error(
      `The formula template ${template} names column "${name}", which the table does not have.`,
    );
  });
  return out.startsWith('=') ? out : `=${out}`;
}
