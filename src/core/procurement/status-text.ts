/**
 * The Status cell of a procurement row (SPEC §7): `OK`, or `Fel: …` then `Varning: …`, each
 * finding as `[Header] what is wrong`, e.g.
 *   Fel: [Uppskattat kontraktsvärde] inte över 1 000 000 kr; Varning: [Kontraktstyp] Vara men kategorin är tjänster
 * The bracketed header is the contract with the conditional format that highlights the offending
 * cell: it searches the row's Status for statusToken(header of its column). Build that search
 * text with statusToken too, never by hand.
 */
import type { Finding, Lang } from '../findings/finding';

export const STATUS_OK = 'OK';

export const STATUS_LABELS: Record<Lang, { error: string; warning: string }> = {
  sv: { error: 'Fel', warning: 'Varning' },
  en: { error: 'Error', warning: 'Warning' },
};

/**
 * "[Header]" for a column header as written in the sheet. Whitespace (a line break in a wrapped
 * header) is collapsed so the Status text stays on one line; "]" cannot occur inside.
 */
export function statusToken(header: string): string {
  return `[${header.replace(/\s+/gu, ' ').trim().replace(/\]/gu, ')')}]`;
}

function item(f: Finding): string {
  const brief = (f as Finding & { brief?: unknown }).brief;
  const text = typeof brief === 'string' && brief !== '' ? brief : f.message;
  return f.column ? `${statusToken(f.column)} ${text}` : text;
}

/** The Status text for one row's findings (in rule order; errors are listed first). */
export function statusText(findings: readonly Finding[], lang: Lang = 'sv'): string {
  const errors = findings.filter((f) => f.severity === 'error').map(item);
  const warnings = findings.filter((f) => f.severity === 'warning').map(item);
  const labels = STATUS_LABELS[lang];
  const parts: string[] = [];
  if (errors.length) parts.push(`${labels.error}: ${errors.join('; ')}`);
  if (warnings.length) parts.push(`${labels.warning}: ${warnings.join('; ')}`);
  return parts.length ? parts.join('; ') : STATUS_OK;
}
