/**
 * Telling the three tables apart by their columns (SPEC §2): one with Uppskattat
 * kontraktsvärde is a procurement plan; one with Frekvens, Ansvarig, Kontrollansvarig or
 * Kontrollaktivitet is an IKP (the 2014 IKP also has Sannolikhet and Väsentlighet, so those do
 * not decide); one with an event column, Sannolikhet and Konsekvens is a VoR.
 */
import type { TableKind } from '../model/columns';
import { matchHeader } from './headers';

export function classifyHeaders(headers: readonly string[]): TableKind | null {
  let vorEvent = false;
  let vorLikelihood = false;
  let vorConsequence = false;
  for (const h of headers) {
    if (matchHeader('procurement', h) === 'value') return 'procurement';
  }
  for (const h of headers) {
    const ikp = matchHeader('ikp', h);
    if (ikp === 'frequency' || ikp === 'responsible' || ikp === 'activity') return 'ikp';
    const vor = matchHeader('vor', h);
    if (vor === 'event') vorEvent = true;
    else if (vor === 'likelihood') vorLikelihood = true;
    else if (vor === 'consequence') vorConsequence = true;
  }
  return vorEvent && vorLikelihood && vorConsequence ? 'vor' : null;
}

/** How many different fields of a kind a header row names (a weaker "looks like a header"). */
export function headerScore(kind: TableKind, headers: readonly string[]): number {
  const fields = new Set<string>();
  for (const h of headers) {
    const f = matchHeader(kind, h);
    if (f !== null) fields.add(f);
  }
  return fields.size;
}
