/**
 * Small text helpers shared by the procurement rules (SPEC §7). Kept here, not in
 * src/core/parse, because they encode the rules' own notion of "the same text".
 */
import type { CellValue } from '../../workbook/snapshot';
import { isCellError } from '../../workbook/snapshot';

/** A cell as text: strings as written, numbers as digits, empty/error/boolean as ''. */
export function cellText(value: CellValue | undefined): string {
  if (value === null || value === undefined || typeof value === 'boolean' || isCellError(value)) return '';
  return typeof value === 'number' ? String(value) : value;
}

/**
 * Whitespace collapsed and trimmed. JavaScript's \s covers the no-break space (U+00A0) and the
 * narrow no-break space (U+202F) that Swedish Excel writes (SPEC §3).
 */
export function collapseSpace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Case- and whitespace-insensitive form used to compare cell texts (duplicate rows, types). */
export function normalizeText(text: string): string {
  return collapseSpace(text).toLocaleLowerCase('sv');
}

/** True when the text has at least one letter or digit (a cell holding only "-" is empty). */
export function hasContent(text: string): boolean {
  return /[\p{L}\p{N}]/u.test(text);
}
