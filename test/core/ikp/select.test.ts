import { decisionFills, isSelected, selectForIkp, selectionReason } from '../../../src/core/ikp/select';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { vorTable } from '../../helpers/vor-builders';

const custom: Settings = { ...DEFAULT_SETTINGS, ikpThreshold: 10, actionThreshold: 6 };

describe('selectForIkp (SPEC §6)', () => {
  const t = vorTable([
    { nr: 1, s: 3, k: 4, decision: 'ja' }, // RV 12
    { nr: 2, s: 3, k: 4, decision: null }, // RV 12, undecided: mandatory anyway
    { nr: 3, s: 3, k: 4, decision: 'nej' }, // RV 12, Nej: still mandatory (mandatory-excluded reports it)
    { nr: 4, s: 2, k: 3, decision: 'ja' }, // RV 6, the committee's choice
    { nr: 5, s: 3, k: 3, decision: 'nej' }, // RV 9, not chosen
    { nr: 6, s: 5, k: 2, decision: null }, // RV 10
    { nr: 7, s: 'x', k: 3, decision: 'ja' }, // unreadable rating but decided Ja
    { event: null, nr: null }, // goal row
  ]);

  it('takes every event with RV ≥ 12 plus every event decided Ja, in VoR order', () => {
    expect(selectForIkp(t.rows, DEFAULT_SETTINGS).map((r) => r.nr)).toEqual(['1', '2', '3', '4', '7']);
  });

  it('follows a changed IKP threshold', () => {
    expect(selectForIkp(t.rows, custom).map((r) => r.nr)).toEqual(['1', '2', '3', '4', '6', '7']);
  });

  it('says why an event is selected', () => {
    expect(selectionReason(t.rows[0], DEFAULT_SETTINGS)).toBe('mandatory');
    expect(selectionReason(t.rows[3], DEFAULT_SETTINGS)).toBe('decided');
    expect(selectionReason(t.rows[4], DEFAULT_SETTINGS)).toBeNull();
    expect(isSelected(t.rows[7], DEFAULT_SETTINGS)).toBe(false);
  });
});

describe('decisionFills (SPEC §6: the VoR IKP column is set to Ja for mandatory blank events)', () => {
  it('lists mandatory events whose decision cell is blank', () => {
    const t = vorTable([
      { nr: 1, s: 3, k: 4, decision: null },
      { nr: 2, s: 3, k: 4, decision: 'ja' },
      { nr: 3, s: 3, k: 4, decision: 'nej' },
      { nr: 4, s: 3, k: 4, decision: 'Kanske' }, // typed text is the user's, never overwritten
      { nr: 5, s: 3, k: 3, decision: null }, // RV 9: the committee's call
      { event: null, nr: null },
    ]);
    expect(decisionFills(t.rows, DEFAULT_SETTINGS).map((r) => r.nr)).toEqual(['1']);
    expect(decisionFills(t.rows, { ...DEFAULT_SETTINGS, ikpThreshold: 9 }).map((r) => r.nr)).toEqual([
      '1',
      '5',
    ]);
  });
});
