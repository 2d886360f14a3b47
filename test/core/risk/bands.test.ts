import { band, bandRanges, rangeText, type Band } from '../../../src/core/risk/bands';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';

const withThresholds = (ikpThreshold: number, actionThreshold: number): Settings => ({
  ...DEFAULT_SETTINGS,
  ikpThreshold,
  actionThreshold,
});

function bandsOf(settings: Settings): Record<Band, number[]> {
  const out: Record<Band, number[]> = { low: [], medium: [], high: [], critical: [] };
  for (let rv = 1; rv <= 25; rv++) out[band(rv, settings)].push(rv);
  return out;
}

describe('heat-map bands (SPEC §5)', () => {
  it('are 1–4, 5–8, 9–11, 12–25 with the default thresholds', () => {
    const b = bandsOf(DEFAULT_SETTINGS);
    expect(b.low).toEqual([1, 2, 3, 4]);
    expect(b.medium).toEqual([5, 6, 7, 8]);
    expect(b.high).toEqual([9, 10, 11]);
    expect(b.critical).toEqual([12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25]);
    expect(bandRanges(DEFAULT_SETTINGS).map(rangeText)).toEqual(['1–4', '5–8', '9–11', '12–25']);
  });

  it('follow thresholds changed to 10 / 6: RV 10 turns critical, RV 6 high', () => {
    const s = withThresholds(10, 6);
    expect(band(10, DEFAULT_SETTINGS)).toBe('high');
    expect(band(10, s)).toBe('critical');
    expect(band(6, DEFAULT_SETTINGS)).toBe('medium');
    expect(band(6, s)).toBe('high');
    expect(band(5, s)).toBe('medium');
    expect(band(4, s)).toBe('low');
    expect(bandRanges(s).map(rangeText)).toEqual(['1–4', '5', '6–9', '10–25']);
  });

  it('keep the low/medium boundary at 5 while the action threshold is above 5', () => {
    expect(band(5, withThresholds(16, 12))).toBe('medium');
    expect(band(4, withThresholds(16, 12))).toBe('low');
    expect(bandRanges(withThresholds(16, 12)).map(rangeText)).toEqual(['1–4', '5–11', '12–15', '16–25']);
  });

  it('move the low/medium boundary to one below a low action threshold', () => {
    const s = withThresholds(8, 4);
    expect(bandRanges(s).map(rangeText)).toEqual(['1–2', '3', '4–7', '8–25']);
    expect(band(3, s)).toBe('medium');
    expect(band(2, s)).toBe('low');
  });

  it('leave a band empty rather than overlapping when the thresholds squeeze it', () => {
    expect(bandRanges(withThresholds(12, 2)).map(rangeText)).toEqual(['1', '–', '2–11', '12–25']);
    // An action threshold above the IKP threshold: no high band.
    expect(bandRanges(withThresholds(10, 15)).map(rangeText)).toEqual(['1–4', '5–9', '–', '10–25']);
    expect(band(12, withThresholds(10, 15))).toBe('critical');
  });

  it('cover 1–25 exactly once whatever the thresholds', () => {
    for (let ikp = 1; ikp <= 26; ikp++) {
      for (let act = 1; act <= 26; act++) {
        const s = withThresholds(ikp, act);
        const ranges = bandRanges(s);
        for (let rv = 1; rv <= 25; rv++) {
          const holding = ranges.filter((r) => rv >= r.min && rv <= r.max).map((r) => r.band);
          expect(holding).toEqual([band(rv, s)]);
        }
      }
    }
  });
});
