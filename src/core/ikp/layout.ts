/**
 * The columns of a regenerated Internkontrollplan (SPEC §6): the canonical columns of
 * GENERATED_IKP_COLUMNS in their order, plus every column a person added to the existing sheet.
 *
 * An added column stays where it was: right after the column that was on its left in the
 * existing sheet (several in a row keep their order; one at the far left stays first). So a
 * column "Egen kommentar" put after Kontrollansvarig is still after Kontrollansvarig next time,
 * and generating again gives the same layout. The canonical columns themselves always come in
 * the canonical order. A column the reader knows but the plan does not generate (the 2014
 * plan's Sannolikhet and Väsentlighet) is kept like an added column: it holds typed data.
 * A column with a blank header cannot be carried (the reader gives its cells no name).
 */
import type { IkpField } from '../model/columns';
import type { IkpTable } from '../model/ikp';
import { headerKeys } from '../tables/read-ikp';
import { normalizeText } from '../text/compare-text';
import { GENERATED_IKP_COLUMNS } from './ikp-columns';

export interface IkpLayout {
  /** Output headers, left to right. */
  headers: string[];
  /** Canonical field → the existing sheet's header to read it from (absent: not in the sheet). */
  sourceOf: Partial<Record<IkpField, string>>;
  /** Added columns: output header → the existing sheet's header. */
  extras: Array<{ header: string; source: string }>;
}

const START = '\u0000start';

export function ikpLayout(existing: IkpTable | null): IkpLayout {
  const canonical = GENERATED_IKP_COLUMNS.map((c) => c.header);
  if (existing === null) return { headers: canonical, sourceOf: {}, extras: [] };

  const loc = existing.location;
  const canonicalFields = new Set<IkpField>(GENERATED_IKP_COLUMNS.map((c) => c.field));
  const fieldOfCol = new Map<number, IkpField>();
  for (const [field, col] of Object.entries(loc.columns) as Array<[IkpField, number]>) {
    if (canonicalFields.has(field)) fieldOfCol.set(col, field);
  }
  // A canonical header the reader did not map (e.g. "Urval" if its alias table lacks it) is
  // still that column; otherwise it would come back as a second, added column.
  const mapped = new Set(fieldOfCol.values());
  const byNormalHeader = new Map(GENERATED_IKP_COLUMNS.map((c) => [normalizeText(c.header), c.field]));
  loc.headers.forEach((h, i) => {
    const col = loc.firstCol + i;
    const f = byNormalHeader.get(normalizeText(h));
    if (f && !fieldOfCol.has(col) && !mapped.has(f)) {
      fieldOfCol.set(col, f);
      mapped.add(f);
    }
  });

  const sourceOf: Partial<Record<IkpField, string>> = {};
  const extras: IkpLayout['extras'] = [];
  const after = new Map<string, string[]>();
  // The reader's own byHeader keys: the layout must name columns exactly as the rows carry them.
  const keys = headerKeys(loc.headers);
  const used = new Set(canonical);
  let anchor = START;
  loc.headers.forEach((h, i) => {
    const col = loc.firstCol + i;
    const key = keys[i];
    const field = fieldOfCol.get(col);
    if (field !== undefined) {
      if (key !== null) sourceOf[field] = key;
      anchor = GENERATED_IKP_COLUMNS.find((c) => c.field === field)!.header;
      return;
    }
    // A column without a header has no cells in IkpRow.byHeader: there is nothing to carry.
    if (key === null) return;
    // "RV" typed beside a "Riskvärde" the reader took as RV must not overwrite the add-in's RV.
    const header = uniqueHeader(key, used);
    used.add(header);
    extras.push({ header, source: key });
    const list = after.get(anchor);
    if (list) list.push(header);
    else after.set(anchor, [header]);
  });

  const headers = [...(after.get(START) ?? [])];
  for (const c of canonical) headers.push(c, ...(after.get(c) ?? []));
  return { headers, sourceOf, extras };
}

function uniqueHeader(h: string, used: ReadonlySet<string>): string {
  if (!used.has(h)) return h;
  let n = 2;
  while (used.has(`${h} (${n})`)) n++;
  return `${h} (${n})`;
}
