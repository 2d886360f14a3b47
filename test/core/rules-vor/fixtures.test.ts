/** The VoR rules on the published plans: clean as published, and each rule fires when broken. */
import { checkVor } from '../../../src/core/rules/vor/check-vor';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { VorTable } from '../../../src/core/model/vor';
import { fixtureVor } from '../../helpers/vor-builders';

describe('checkVor on the published plans', () => {
  it.each(['vor-2021', 'rv-processer-2014', 'rv-indikatorer-2014'])('finds nothing in %s', (name) => {
    expect(checkVor(fixtureVor(name), DEFAULT_SETTINGS)).toEqual([]);
  });

  it('gives no Nr findings for the 2014 layout, which has no Nr column', () => {
    const t = fixtureVor('rv-processer-2014');
    expect(t.location.columns.nr).toBeUndefined();
    expect(checkVor(t, DEFAULT_SETTINGS).filter((f) => f.rule.startsWith('nr-'))).toEqual([]);
  });

  it('finds what a person breaks in the 2021 VoR', () => {
    const t: VorTable = fixtureVor('vor-2021');
    const event = (nr: string) => t.rows.find((r) => r.nr === nr)!;
    event('7').rvCell = 9; // typed over: S × K is 8
    event('23').decision = 'nej'; // RV 12 decided Nej
    event('23').decisionRaw = 'Nej, endast VoR';
    event('2').decision = null; // RV 9, undecided
    event('2').decisionRaw = '';
    event('3').nr = '4'; // Nr 4 twice
    const f = checkVor(t, DEFAULT_SETTINGS);
    expect(f.map((x) => [x.rule, x.cell])).toEqual([
      ['decision-missing', 'I3'],
      ['nr-duplicate', 'D5'],
      ['rv-mismatch', 'H8'],
      ['mandatory-excluded', 'I25'],
    ]);
    expect(f[2].message).toBe(
      'Blad "Risk & Väsentlighet", rad 8, kolumn "RV" (H8): RV är 9 men Sannolikhet × Konsekvens = 2 × 4 = 8. Töm cellen eller skriv 8; tillägget räknar RV åt dig.',
    );
  });
});
