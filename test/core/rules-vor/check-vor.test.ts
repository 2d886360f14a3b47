import { checkVor } from '../../../src/core/rules/vor/check-vor';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { labelMismatch, VOR_2014_FIELDS, vorTable } from '../../helpers/vor-builders';

describe('checkVor', () => {
  it('runs every rule and returns findings in sheet order', () => {
    const t = vorTable([
      { nr: 1, s: 3, k: 4, decision: 'ja' }, // fine
      { nr: 1, s: 3, k: 3, decision: null }, // nr-duplicate, decision-missing
      { nr: null, s: labelMismatch('2 - Möjlig'), k: 9 }, // nr-missing, label mismatch, out of range
      { nr: 4, s: 4, k: 4, decision: 'nej', rvCell: 15 }, // rv-mismatch, mandatory-excluded
      { event: null, nr: null }, // goal row: nothing
    ]);
    const f = checkVor(t, DEFAULT_SETTINGS);
    expect(f.map((x) => [x.row, x.cell, x.rule])).toEqual([
      [3, 'D3', 'nr-duplicate'],
      [3, 'I3', 'decision-missing'],
      [4, 'D4', 'nr-missing'],
      [4, 'F4', 'scale-label-mismatch'],
      [4, 'G4', 'scale-out-of-range'],
      [5, 'H5', 'rv-mismatch'],
      [5, 'I5', 'mandatory-excluded'],
    ]);
  });

  it('gives English messages when asked', () => {
    const f = checkVor(vorTable([{ s: 'x' }]), DEFAULT_SETTINGS, 'en');
    expect(f[0].message.startsWith('Sheet "Risk & Väsentlighet", row 2')).toBe(true);
  });

  it('finds nothing in a clean 2014-layout table (no Nr, no decision, actions filled)', () => {
    const t = vorTable(
      [
        { s: 3, k: 3, action: 'Verksamhetsdialogen utvecklas' },
        { s: 2, k: 3 },
        { s: 3, k: 4, action: 'Stickprov' },
      ],
      { fields: VOR_2014_FIELDS },
    );
    expect(checkVor(t, DEFAULT_SETTINGS)).toEqual([]);
  });
});
