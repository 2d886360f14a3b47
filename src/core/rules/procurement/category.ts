/**
 * Kategorifamilj (SPEC §2.3, §7): a family name from the city's category tree followed by its
 * numeric category codes — `Externa tjänster, 1013, 101810`.
 */
import { collapseSpace, hasContent } from './text';
import { trimStray } from './stray';

export type CategoryParse =
  | { kind: 'ok'; family: string; codes: string[] }
  | { kind: 'empty' }
  | { kind: 'no-codes' }
  | { kind: 'no-family' }
  | { kind: 'malformed' };

// Family: no digits, at least one letter. Then separators (space, comma, semicolon, colon),
// then one or more codes separated the same way.
const CATEGORY = /^([^\d]*\p{L}[^\d]*?)[\s,;:]+(\d+(?:[\s,;]+\d+)*)$/u;

export function parseCategory(text: string): CategoryParse {
  // Leading/trailing punctuation is stray-punctuation's business (a warning), not an error here.
  const t = collapseSpace(trimStray(text));
  if (!hasContent(t)) return { kind: 'empty' };
  const m = CATEGORY.exec(t);
  if (m) return { kind: 'ok', family: m[1].trim(), codes: m[2].split(/[\s,;]+/) };
  if (!/\d/.test(t)) return { kind: 'no-codes' };
  if (!/\p{L}/u.test(t) || /^\d/.test(t)) return { kind: 'no-family' };
  return { kind: 'malformed' };
}
