/**
 * mergeIkp at the size it is benchmarked at (100,000 events). The assertions are about the
 * result; an O(n²) merge would not finish within the test timeout at this size.
 */
import { mergeIkp } from '../../../src/core/ikp/merge';
import { checkConsistency } from '../../../src/core/rules/consistency/check-consistency';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { type EventSpec, mergedToIkpTable, vorTable } from '../../helpers/vor-builders';

const N = 100_000;

function bigVor(dropEvery: number) {
  const specs: EventSpec[] = [];
  for (let i = 1; i <= N; i++) {
    const selected = i % 2 === 0 && i % dropEvery !== 0;
    specs.push({
      nr: i,
      goal: `Mål ${i % 17}`,
      process: `Process ${i % 101}`,
      method: 'Arbetssätt',
      event: `Händelse nummer ${i}`,
      s: selected ? 4 : 2,
      k: 4,
      decision: selected ? 'ja' : 'nej',
    });
  }
  return vorTable(specs);
}

describe('mergeIkp and checkConsistency at 100,000 events', () => {
  it('merges, regenerates and checks without quadratic work', () => {
    const first = mergeIkp(bigVor(Number.MAX_SAFE_INTEGER), null, DEFAULT_SETTINGS);
    expect(first.rows).toHaveLength(N / 2);
    const existing = mergedToIkpTable(first);
    // Every tenth selected event drops out; their rows stay, flagged.
    const second = mergeIkp(bigVor(20), existing, DEFAULT_SETTINGS);
    expect(second.rows).toHaveLength(N / 2);
    expect(second.rows.filter((r) => r.flagged)).toHaveLength(N / 20);
    const findings = checkConsistency(bigVor(20), mergedToIkpTable(second), DEFAULT_SETTINGS);
    expect(findings.filter((f) => f.rule === 'ikp-excluded-in-vor')).toHaveLength(N / 20);
  });
});
