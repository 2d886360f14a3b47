/**
 * Reading one answer of the contact block (SPEC §2.3): the e-mail address and phone number are
 * found by their shape, the name is what remains that has letters, once labels like "Tel:" are
 * removed. "Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527" has all
 * three; "Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500" has all three too.
 */
import type { ContactLine } from '../../model/procurement';

export interface ContactParts {
  email: string | null;
  phone: string | null;
  name: string | null;
}

const EMAIL = /[\p{L}\p{N}._%+'-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.[A-Za-z]{2,}/gu;
// A phone number: digits with spaces, no-break spaces, dashes, slashes or brackets between.
const PHONE = /\+?\(?\d[\d\s\u00a0\u202f()\-–/]*\d/gu;
// Labels the template and people write before the parts ("E-post:", "Tel:", "Namn:").
const LABEL =
  /(?:^|(?<=[\s,;]))(?:e[-:]?post(?:adress)?|e-?mail|mail(?:adress)?|tel(?:efon(?:nummer)?)?|tfn|mobil(?:nummer)?|namn)\b[\s.:]*/giu;
// Placeholders that say nobody is named.
const NO_NAME = /^(?:saknas|vakant|ej tillsatt|finns ej|ingen|okänd|n\/?a|tbd|x+|\?+)$/iu;

function digitCount(s: string): number {
  return (s.match(/\d/g) ?? []).length;
}

export function parseContactAnswer(answer: string): ContactParts {
  let rest = answer;
  const emails = rest.match(EMAIL) ?? [];
  rest = rest.replace(EMAIL, ',');
  let phone: string | null = null;
  rest = rest.replace(PHONE, (m) => {
    const n = digitCount(m);
    if (n < 7 || n > 15) return m;
    if (phone === null) phone = m.trim();
    return ',';
  });
  rest = rest.replace(LABEL, ' ');
  const name =
    rest
      .split(/[,;|\n]/u)
      .map((p) => p.replace(/\s+/gu, ' ').trim())
      .find((p) => (p.match(/\p{L}/gu) ?? []).length >= 2 && !NO_NAME.test(p)) ?? null;
  return { email: emails[0] ?? null, phone, name };
}

export type ContactPart = 'name' | 'email' | 'phone';

/** What each line of the template asks for (SPEC §2.3). */
export const CONTACT_ASKS: Record<ContactLine['key'], ContactPart[]> = {
  administration: ['email', 'phone'],
  lead: ['name', 'email', 'phone'],
  coordinator: ['name', 'email', 'phone'],
};

/** The parts a line asks for that its answer lacks, in the template's order. */
export function missingContactParts(key: ContactLine['key'], answer: string): ContactPart[] {
  const parts = parseContactAnswer(answer);
  return CONTACT_ASKS[key].filter((p) => parts[p] === null);
}
