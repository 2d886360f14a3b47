/**
 * The order of the generated IKP (SPEC §6): grouped by KF goal, then process, in VoR order —
 * goals in the order they first appear in the VoR, processes within a goal in the order they
 * first appear, events within a process in VoR order. Texts are grouped by normalizeText, so a
 * process spelled `Informations-säkerhet` in one row and `Informationssäkerhet` in another is
 * one group. O(n): buckets, no sort.
 */
import type { VorRow } from '../model/vor';
import { memoNormalizer } from '../text/compare-text';

/** VoR row indexes (positions in `rows`) in grouped order; goal rows included. */
export function groupedOrder(rows: readonly VorRow[]): number[] {
  const key = memoNormalizer();
  const goals = new Map<string, Map<string, number[]>>();
  rows.forEach((r, i) => {
    const g = key(r.goal);
    let processes = goals.get(g);
    if (!processes) goals.set(g, (processes = new Map()));
    const p = key(r.process);
    const list = processes.get(p);
    if (list) list.push(i);
    else processes.set(p, [i]);
  });
  const out: number[] = [];
  for (const processes of goals.values()) for (const list of processes.values()) out.push(...list);
  return out;
}
