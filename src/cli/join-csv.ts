/**
 * One CSV from the plans of several committees (SPEC §9: the central purchasing unit receives
 * one plan from every committee): the BOM and header once, then every file's rows.
 */
const BOM = '\uFEFF';

export function joinCsv(parts: readonly string[]): string {
  if (parts.length === 0) return '';
  const [first, ...rest] = parts;
  const bodies = rest.map((p) => {
    const text = p.startsWith(BOM) ? p.slice(1) : p;
    const nl = text.indexOf('\r\n');
    return nl < 0 ? '' : text.slice(nl + 2);
  });
  return [first, ...bodies].join('');
}
