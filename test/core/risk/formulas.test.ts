import fc from 'fast-check';
import {
  bandConditionalFormats,
  bandRuleFormula,
  riskClassTemplate,
  rvTemplate,
} from '../../../src/core/risk/formulas';
import { BAND_COLORS } from '../../../src/core/risk/band-colors';
import { band, BANDS } from '../../../src/core/risk/bands';
import { SCALE_NAMES } from '../../../src/core/risk/scale-names';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { evaluate, type XScalar } from './excel-formula-eval';

const custom: Settings = { ...DEFAULT_SETTINGS, ikpThreshold: 10, actionThreshold: 6 };
const rv = (s: XScalar, k: XScalar, template = rvTemplate()) =>
  evaluate(template, { '{Sannolikhet}': s, '{Konsekvens}': k });

describe('RV formula template (SPEC §4: live RV column)', () => {
  it('names the two columns as placeholders and is one formula', () => {
    const t = rvTemplate();
    expect(t.startsWith('=')).toBe(true);
    expect(t).toContain('{Sannolikhet}');
    expect(t).toContain('{Konsekvens}');
    expect(t.length).toBeLessThan(8192); // Excel's formula length limit
  });

  it('uses braces only for column placeholders (the renderers read every {…} as a column)', () => {
    const t = rvTemplate('Sannolikhet efter åtgärd', 'Väsentlighet');
    expect(new Set(t.match(/\{[^{}]*\}/g))).toEqual(
      new Set(['{Sannolikhet efter åtgärd}', '{Väsentlighet}']),
    );
    expect(riskClassTemplate(DEFAULT_SETTINGS).match(/\{[^{}]*\}/g)).toEqual(['{RV}', '{RV}', '{RV}']);
  });

  it.each<[XScalar, XScalar, number]>([
    [3, 4, 12],
    [3.0, 4, 12],
    ['3', '4', 12],
    ['3 - Möjlig', '4 - Allvarlig', 12],
    ['3. Möjlig', '4. Allvarig', 12],
    ['3 Möjlig', '4 Allvarlig', 12],
    ['3-Möjlig', '4-Allvarlig', 12],
    ['  3 - Möjlig  ', ' 4. Allvarlig', 12],
    ['3.0', '4', 12],
    ['5. Mycket sannolikt', '5. Mycket allvarig', 25],
    ['1. Osannolikt', '1. Försumbar', 1],
  ])('%p × %p = %p (digit forms)', (s, k, expected) => {
    expect(rv(s, k)).toBe(expected);
  });

  it.each<[XScalar, XScalar, number]>([
    ['Möjlig', 'Allvarlig', 12],
    ['möjlig', 'ALLVARLIG', 12],
    ['Mindre sannolikt', 'Lindrig', 4],
    ['  Mycket   sannolikt ', 'Mycket allvarig', 25],
    ['Sannolikt', 'Allvarig', 16],
    ['Possible', 'Major', 12],
    ['almost certain', 'severe', 25],
    ['Rare', 'Negligible', 1],
    ['Unlikely', 'Minor', 4],
    ['Likely', 'Moderate', 12],
  ])('%p × %p = %p (labels alone)', (s, k, expected) => {
    expect(rv(s, k)).toBe(expected);
  });

  it.each<[XScalar, XScalar]>([
    [null, 4],
    ['', '4'],
    ['3', null],
    ['   ', '4'],
    [0, 4],
    [6, 4],
    [3.5, 4],
    ['12', '4'],
    ['6 - Mycket', '4'],
    ['0. Ingen', '4'],
    ['hög', '4'],
    ['*', '4'],
    ['?', '4'],
    ['Möjlig', 'Möjlig'], // a likelihood label is not a consequence
    ['sannolikt=4|mycket', '4'],
    ['Mycket', '4'], // part of a label is no label
    [{ error: '#REF!' }, 4],
    [true, 4],
  ])('%p × %p is blank (not a scale value)', (s, k) => {
    expect(rv(s, k)).toBe('');
  });

  it('trusts the digit when the label disagrees (the core reports scale-label-mismatch)', () => {
    expect(rv('2 - Möjlig', '4')).toBe(8);
  });

  it('gives S × K for every value and every accepted written form (property)', () => {
    const form = (kind: 'likelihood' | 'consequence') =>
      fc
        .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 0, max: 7 }), fc.boolean())
        .map(([v, f, upper]) => {
          const name = SCALE_NAMES[kind][f === 7 ? 'en' : 'sv'][v - 1];
          const forms: XScalar[] = [
            v,
            String(v),
            `${v} - ${name}`,
            `${v}. ${name}`,
            `${v} ${name}`,
            ` ${v} - ${name} `,
            name,
            name,
          ];
          const x = forms[f];
          return { v, x: upper && typeof x === 'string' ? x.toUpperCase() : x };
        });
    fc.assert(fc.property(form('likelihood'), form('consequence'), (s, k) => rv(s.x, k.x) === s.v * k.v));
  });

  it('works with other header names (Väsentlighet, residual columns)', () => {
    const t = rvTemplate('Sannolikhet efter åtgärd', 'Väsentlighet');
    expect(evaluate(t, { '{Sannolikhet efter åtgärd}': '2 - Mindre sannolikt', '{Väsentlighet}': 3 })).toBe(
      6,
    );
  });
});

describe('Riskklass formula template', () => {
  const cls = (value: XScalar, settings = DEFAULT_SETTINGS) =>
    evaluate(riskClassTemplate(settings), { '{RV}': value });

  it('gives IKP / Åtgärd / VoR with the default thresholds, blank for a blank RV', () => {
    expect(cls(12)).toBe('IKP');
    expect(cls(25)).toBe('IKP');
    expect(cls(11)).toBe('Åtgärd');
    expect(cls(9)).toBe('Åtgärd');
    expect(cls(8)).toBe('VoR');
    expect(cls('')).toBe('');
    expect(cls(null)).toBe('');
  });

  it('carries changed thresholds as constants', () => {
    expect(riskClassTemplate(custom)).toContain('>=10');
    expect(cls(10, custom)).toBe('IKP');
    expect(cls(6, custom)).toBe('Åtgärd');
    expect(cls(5, custom)).toBe('VoR');
  });

  it('accepts another RV header', () => {
    expect(evaluate(riskClassTemplate(DEFAULT_SETTINGS, 'Riskvärde'), { '{Riskvärde}': 16 })).toBe('IKP');
  });
});

describe('band conditional formats (SPEC §5.1)', () => {
  it('builds the documented rule for the critical band', () => {
    expect(bandRuleFormula('critical', 'I4', DEFAULT_SETTINGS)).toBe('=AND(ISNUMBER($I4),$I4>=12)');
    expect(bandRuleFormula('critical', '$I$4', DEFAULT_SETTINGS)).toBe('=AND(ISNUMBER($I4),$I4>=12)');
  });

  it.each([DEFAULT_SETTINGS, custom])('colours every RV with exactly its band (%o)', (settings) => {
    const formats = bandConditionalFormats('F4:I70', 'I4', settings);
    expect(formats).toHaveLength(4);
    for (let value = 1; value <= 25; value++) {
      const matching = formats.filter((f) => evaluate(f.formula, { $I4: value }) === true);
      expect(matching.map((f) => f.fill)).toEqual([BAND_COLORS[band(value, settings)].fill]);
    }
  });

  it('colours nothing for a blank or text RV (text ranks above numbers in Excel)', () => {
    for (const f of bandConditionalFormats('I4:I70', 'I4', DEFAULT_SETTINGS)) {
      expect(evaluate(f.formula, { $I4: '' })).toBe(false);
      expect(evaluate(f.formula, { $I4: null })).toBe(false);
      expect(evaluate(f.formula, { $I4: 'hög' })).toBe(false);
    }
  });

  it('uses the band colours and the given range', () => {
    const formats = bandConditionalFormats('I4:I70', 'I4', DEFAULT_SETTINGS);
    expect(formats.map((f) => f.fill)).toEqual(BANDS.map((b) => BAND_COLORS[b].fill));
    expect(formats.map((f) => f.fontColor)).toEqual(BANDS.map((b) => BAND_COLORS[b].font));
    expect(formats.every((f) => f.address === 'I4:I70')).toBe(true);
  });

  it('leaves out a band the thresholds make empty', () => {
    const s: Settings = { ...DEFAULT_SETTINGS, ikpThreshold: 12, actionThreshold: 2 };
    expect(bandRuleFormula('medium', 'I4', s)).toBeNull();
    expect(bandConditionalFormats('I4:I9', 'I4', s)).toHaveLength(3);
  });
});
