/**
 * What counts as stray punctuation at the edges of a text cell (SPEC §7 stray-punctuation):
 * whitespace of any kind, separators left over from copying (`Handledning,`), dashes and list
 * bullets. Closing brackets, quotes, `!`, `?` and a single abbreviation dot (`m.m.`) belong to
 * the text and are not stray.
 */

const LEADING = /^[\s,;:.\-–—/\\|•·*_]+/u;
// A trailing "." after a letter is kept (abbreviations, full sentences); " .", ",." or ".." is stray.
const TRAILING = /(?:[\s,;:\-–—/\\|•·_]|(?<=[\s.,;:\-–—/\\|•·_])\.|\.(?=\.))+$/u;

/** The text without stray characters at either end. */
export function trimStray(text: string): string {
  return text.replace(LEADING, '').replace(TRAILING, '').replace(/\s+$/u, '');
}

/** True when the text has stray characters at its start or end. */
export function hasStray(text: string): boolean {
  return text !== '' && trimStray(text) !== text;
}
