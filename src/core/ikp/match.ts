/**
 * Finding an IKP row's event in the VoR (SPEC §6): by Nr when the IKP row has one that the VoR
 * knows, else by the event text compared with normalizeText (case, spaces, hyphens and edge
 * punctuation ignored). Falling back to text when a Nr is not in the VoR keeps a row whose
 * event was renumbered attached to its event instead of reporting it as gone.
 *
 * Used by the merge (exclusive: each VoR event takes at most one IKP row, the first in sheet
 * order, Nr matches before text matches) and by the consistency check (not exclusive: two IKP
 * rows for one event are both "in the VoR").
 */
import type { IkpRow } from '../model/ikp';
import type { VorRow } from '../model/vor';
import { normalizeText } from '../text/compare-text';

export type MatchedBy = 'nr' | 'text';

export interface IkpMatch {
  ikp: IkpRow;
  vor: VorRow | null;
  by: MatchedBy | null;
}

export function nrKey(nr: string | null): string {
  return nr === null ? '' : nr.trim();
}

/** A row with no Nr, no event and no other content is no row at all (a blank line). */
export function isBlankIkpRow(row: IkpRow): boolean {
  if (nrKey(row.nr) !== '' || row.event.trim() !== '') return false;
  return Object.values(row.byHeader).every((v) => v === null || (typeof v === 'string' && v.trim() === ''));
}

/** Lists of VoR events by key, with a cursor that skips events already claimed. */
class Index {
  private readonly lists = new Map<string, { rows: number[]; next: number }>();
  add(key: string, vorIndex: number): void {
    if (key === '') return;
    const l = this.lists.get(key);
    if (l) l.rows.push(vorIndex);
    else this.lists.set(key, { rows: [vorIndex], next: 0 });
  }
  first(key: string): number | undefined {
    return this.lists.get(key)?.rows[0];
  }
  /** The first unclaimed event under the key; amortized O(1) since the cursor only moves on. */
  firstFree(key: string, claimed: Uint8Array): number | undefined {
    const l = this.lists.get(key);
    if (!l) return undefined;
    while (l.next < l.rows.length && claimed[l.rows[l.next]]) l.next++;
    return l.rows[l.next];
  }
  /** The unclaimed event under the key that scores highest (the first of equals). */
  bestFree(key: string, claimed: Uint8Array, score: (vorIndex: number) => number): number | undefined {
    const first = this.firstFree(key, claimed);
    const l = this.lists.get(key);
    if (first === undefined || !l || l.rows.length - l.next <= 1) return first;
    let best = first;
    let bestScore = score(first);
    for (let i = l.next + 1; i < l.rows.length; i++) {
      const v = l.rows[i];
      if (claimed[v]) continue;
      const s = score(v);
      if (s > bestScore) [best, bestScore] = [v, s];
    }
    return best;
  }
}

/**
 * When several events share an IKP row's Nr (a duplicate, reported as nr-duplicate) or its text
 * (and there is no Nr to tell them apart), the one the row was generated from: the same event
 * text, then the same goal, process and method, then the same RV, then one that is in the
 * selection — so that generating twice matches each row to the same event again (SPEC §6:
 * running it twice in a row changes nothing).
 */
function likeness(ikp: IkpRow, vor: VorRow, selected: (v: VorRow) => boolean): number {
  const same = (a: string, b: string) => (normalizeText(a) === normalizeText(b) ? 1 : 0);
  const group = same(ikp.goal, vor.goal) + same(ikp.process, vor.process) + same(ikp.method, vor.method);
  return (
    same(ikp.event, vor.event ?? '') * 16 +
    group * 4 +
    (ikp.rv !== null && ikp.rv === vor.rv ? 2 : 0) +
    (selected(vor) ? 1 : 0)
  );
}

export function matchIkpToVor(
  vorRows: readonly VorRow[],
  ikpRows: readonly IkpRow[],
  opts: { exclusive: boolean; selected?: (v: VorRow) => boolean },
): IkpMatch[] {
  if (ikpRows.length === 0) return [];
  const byNr = new Index();
  const byText = new Index();
  vorRows.forEach((v, i) => {
    if (v.event === null) return;
    byNr.add(nrKey(v.nr), i);
    byText.add(normalizeText(v.event), i);
  });
  const result: IkpMatch[] = ikpRows.map((ikp) => ({ ikp, vor: null, by: null }));

  if (!opts.exclusive) {
    for (const m of result) {
      const n = byNr.first(nrKey(m.ikp.nr));
      const t = n === undefined ? byText.first(normalizeText(m.ikp.event)) : undefined;
      if (n !== undefined) Object.assign(m, { vor: vorRows[n], by: 'nr' });
      else if (t !== undefined) Object.assign(m, { vor: vorRows[t], by: 'text' });
    }
    return result;
  }

  const claimed = new Uint8Array(vorRows.length);
  const selected = opts.selected ?? (() => false);
  for (const m of result) {
    const n = byNr.bestFree(nrKey(m.ikp.nr), claimed, (i) => likeness(m.ikp, vorRows[i], selected));
    if (n === undefined) continue;
    claimed[n] = 1;
    Object.assign(m, { vor: vorRows[n], by: 'nr' });
  }
  for (const m of result) {
    if (m.vor !== null) continue;
    const t = byText.bestFree(normalizeText(m.ikp.event), claimed, (i) =>
      likeness(m.ikp, vorRows[i], selected),
    );
    if (t === undefined) continue;
    claimed[t] = 1;
    Object.assign(m, { vor: vorRows[t], by: 'text' });
  }
  return result;
}
