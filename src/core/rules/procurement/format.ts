/** How amounts and dates are written in procurement messages (SPEC §7). */
import type { Lang } from '../../findings/finding';
import { serialToIso } from '../../parse/excel-date';

/**
 * "1 000 000 kr" in Swedish, "1,000,000 kr" in English; two decimals only when fractional.
 * Written by hand rather than with Intl: sv-SE Intl uses U+00A0 and U+2212, which make
 * messages hard to search and compare.
 */
export function formatKr(amount: number, lang: Lang): string {
  const group = lang === 'sv' ? ' ' : ',';
  const decimal = lang === 'sv' ? ',' : '.';
  const negative = amount < 0;
  const abs = Math.abs(amount);
  const fractional = !Number.isInteger(abs);
  const fixed = abs.toFixed(fractional ? 2 : 0);
  const [whole, frac] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${negative ? '-' : ''}${grouped}${frac ? decimal + frac : ''} kr`;
}

/** An Excel serial as ISO yyyy-mm-dd, the form the plans use. */
export function formatDate(serial: number): string {
  return serialToIso(serial);
}

/** "a, b och c" / "a, b and c". */
export function joinList(items: string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const last = items[items.length - 1];
  return `${items.slice(0, -1).join(', ')} ${lang === 'sv' ? 'och' : 'and'} ${last}`;
}
