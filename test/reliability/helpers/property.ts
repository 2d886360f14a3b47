/**
 * fast-check properties with the run counts docs/reliability.md states (figures.ts): each
 * property runs exactly PROPERTIES[id] times, and the file checks at its end that every property
 * it owns ran, and ran that often.
 */
import fc from 'fast-check';
import { PROPERTIES, type PropertyId } from '../figures';

const ran = new Map<PropertyId, number>();

/** fc.assert with the stated number of runs; counts the runs the predicate really saw. */
export async function checkProperty<T>(
  id: PropertyId,
  arb: fc.Arbitrary<T>,
  predicate: (value: T) => void | Promise<void>,
): Promise<void> {
  let runs = 0;
  await fc.assert(
    fc.asyncProperty(arb, async (v) => {
      runs++;
      await predicate(v);
    }),
    { numRuns: PROPERTIES[id] },
  );
  ran.set(id, runs);
}

/** The run count of each of `ids` as it happened (undefined when the property did not run). */
export function runsOf(ids: readonly PropertyId[]): Record<string, number | undefined> {
  return Object.fromEntries(ids.map((id) => [id, ran.get(id)]));
}

export function statedRuns(ids: readonly PropertyId[]): Record<string, number> {
  return Object.fromEntries(ids.map((id) => [id, PROPERTIES[id]]));
}
