/**
 * Text comparison for matching VoR and IKP rows (SPEC §6): texts are compared ignoring case,
 * spaces, hyphens and leading/trailing punctuation, so `Informations-säkerhet` equals
 * `Informationssäkerhet` — the published plans break words with hyphens where the PDF's
 * columns were narrow, and the same text is typed a little differently in the two sheets.
 */

/** Whitespace of every kind, zero-width characters included (they come with copy-paste). */
const SPACES = /[\s\u200B-\u200D\u2060\uFEFF]+/gu;
/**
 * Hyphens and dashes: hyphen-minus, soft hyphen (U+00AD, invisible but kept by Word/PDF
 * copies), hyphen, non-breaking hyphen, figure dash, en dash, em dash, horizontal bar, minus.
 */
const HYPHENS = /[-\u00AD\u2010-\u2015\u2212]+/gu;
const EDGE_PUNCTUATION = /^[\p{P}\p{S}]+|[\p{P}\p{S}]+$/gu;

/**
 * The comparison key of a text: Unicode NFC (so a decomposed "a" + ring equals "å"), lower
 * case, no whitespace, no hyphens, no punctuation at either end.
 */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .normalize('NFC')
    .replace(SPACES, '')
    .replace(HYPHENS, '')
    .replace(EDGE_PUNCTUATION, '');
}

/** True when two texts are the same for the purposes of SPEC §6. */
export function sameText(a: string, b: string): boolean {
  return normalizeText(a) === normalizeText(b);
}

/**
 * normalizeText with a memory, for texts that repeat row after row (goals, processes, methods
 * are filled down): one normalization per distinct text. Use one per operation, not globally.
 */
export function memoNormalizer(): (text: string) => string {
  const seen = new Map<string, string>();
  return (text) => {
    let key = seen.get(text);
    if (key === undefined) {
      key = normalizeText(text);
      seen.set(text, key);
    }
    return key;
  };
}
