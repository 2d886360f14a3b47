import { riskValue, riskValueOf } from '../../../src/core/risk/risk-value';
import { isActionBand, isMandatory, riskClass } from '../../../src/core/risk/risk-class';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { scaleText } from '../../../src/core/risk/scale-names';

const custom: Settings = { ...DEFAULT_SETTINGS, ikpThreshold: 10, actionThreshold: 6 };

describe('riskValue (SPEC §4)', () => {
  it('multiplies likelihood by consequence', () => {
    expect(riskValue(3, 4)).toBe(12);
    expect(riskValue(1, 1)).toBe(1);
    expect(riskValue(5, 5)).toBe(25);
  });
  it('is null unless both scale cells parsed', () => {
    expect(riskValueOf({ kind: 'ok', value: 2 }, { kind: 'ok', value: 5 })).toBe(10);
    expect(riskValueOf({ kind: 'empty' }, { kind: 'ok', value: 5 })).toBeNull();
    expect(
      riskValueOf({ kind: 'ok', value: 2 }, { kind: 'error', error: 'scale-invalid', raw: 'x' }),
    ).toBeNull();
  });
});

describe('riskClass with the default thresholds 12 / 9', () => {
  it.each([
    [25, 'IKP'],
    [12, 'IKP'],
    [11, 'Åtgärd'],
    [9, 'Åtgärd'],
    [8, 'VoR'],
    [1, 'VoR'],
  ])('RV %i is %s', (rv, cls) => {
    expect(riskClass(rv, DEFAULT_SETTINGS)).toBe(cls);
  });
});

describe('riskClass with thresholds changed to 10 / 6', () => {
  it.each([
    [12, 'IKP'],
    [10, 'IKP'],
    [9, 'Åtgärd'],
    [6, 'Åtgärd'],
    [5, 'VoR'],
  ])('RV %i is %s', (rv, cls) => {
    expect(riskClass(rv, custom)).toBe(cls);
  });
  it('moves RV 10 from Åtgärd to IKP and RV 8 from VoR to Åtgärd', () => {
    expect(riskClass(10, DEFAULT_SETTINGS)).toBe('Åtgärd');
    expect(riskClass(10, custom)).toBe('IKP');
    expect(riskClass(8, DEFAULT_SETTINGS)).toBe('VoR');
    expect(riskClass(8, custom)).toBe('Åtgärd');
  });
});

describe('isMandatory / isActionBand', () => {
  it('follow the thresholds and treat an unknown RV as neither', () => {
    expect(isMandatory(12, DEFAULT_SETTINGS)).toBe(true);
    expect(isMandatory(11, DEFAULT_SETTINGS)).toBe(false);
    expect(isMandatory(null, DEFAULT_SETTINGS)).toBe(false);
    expect(isActionBand(9, DEFAULT_SETTINGS)).toBe(true);
    expect(isActionBand(12, DEFAULT_SETTINGS)).toBe(false);
    expect(isActionBand(8, DEFAULT_SETTINGS)).toBe(false);
    expect(isActionBand(null, DEFAULT_SETTINGS)).toBe(false);
    expect(isActionBand(6, custom)).toBe(true);
  });
});

describe('scaleText', () => {
  it('writes the canonical form "3 - Möjlig"', () => {
    expect(scaleText('likelihood', 3)).toBe('3 - Möjlig');
    expect(scaleText('consequence', 5)).toBe('5 - Mycket allvarlig');
    expect(scaleText('likelihood', 5, 'en')).toBe('5 - Almost certain');
  });
});
