/** Generate IKP from the published 2021 VoR over the published 2021 IKP (SPEC §6). */
import { mergeIkp, mergedGrid } from '../../../src/core/ikp/merge';
import { decisionFills, selectForIkp } from '../../../src/core/ikp/select';
import { URVAL_NO_LONGER_SELECTED } from '../../../src/core/ikp/ikp-columns';
import { checkConsistency } from '../../../src/core/rules/consistency/check-consistency';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { fixture2021, mergedToIkpTable } from '../../helpers/vor-builders';

describe('Generate IKP on the 2021 plans', () => {
  const { vor, ikp } = fixture2021();
  const selected = selectForIkp(vor.rows, DEFAULT_SETTINGS);
  const merged = mergeIkp(vor, ikp, DEFAULT_SETTINGS);
  const byEvent = (start: string) =>
    merged.rows.find((r) => String(r.cells['Oönskad händelse']).startsWith(start))!;

  it('selects every RV ≥ 12 event and the eleven the committee chose', () => {
    const chosen = selected.filter((r) => (r.rv ?? 0) < 12).map((r) => r.nr);
    expect(chosen).toEqual(['4', '9', '15', '37', '38', '41', '42', '50', '60', '64', '65']);
    expect(decisionFills(vor.rows, DEFAULT_SETTINGS)).toEqual([]); // every mandatory event already says Ja
  });

  it('keeps every selected event and flags the three rows the VoR does not select', () => {
    expect(merged.rows.filter((r) => r.status === 'selected').map((r) => r.vorRow)).toHaveLength(
      selected.length,
    );
    expect(merged.rows.filter((r) => r.flagged).map((r) => [r.status, r.cells['Oönskad händelse']])).toEqual([
      ['no-longer-selected', 'Rättssäkerhet kan inte säkerställas.'],
      ['not-in-vor', 'Bristande kunskaper bland medarbetarna gällande informationssäkerhet'],
      ['not-in-vor', 'Upphandlingar genomförs inte trots att lagar och regler samt budget föreskriver detta'],
    ]);
    expect(merged.rows).toHaveLength(selected.length + 3);
    expect(merged.rows.filter((r) => r.added)).toEqual([]); // all 26 were already in the plan
  });

  it('carries the typed columns over and takes Nr, method and RV from the VoR', () => {
    const r = byEvent('Staden kan bli återbetalningsskyldig');
    expect(r.cells).toMatchObject({
      Nr: 27,
      Arbetssätt: 'Projektrevisning',
      RV: 12,
      'Systematisk kontroll':
        'Kontroll att regelverk/rutiner är kända och följs samt kontroll av bokförda värden',
      Kontrollaktivitet: 'Stickprov',
    });
    expect(byEvent('Rättssäkerhet kan inte säkerställas.').cells['Urval']).toBe(URVAL_NO_LONGER_SELECTED);
  });

  it('places a row that is not in the VoR right after the row that preceded it', () => {
    const events = merged.rows.map((r) => String(r.cells['Oönskad händelse']));
    const i = events.indexOf('Bristande kunskaper bland medarbetarna gällande informationssäkerhet');
    expect(events[i - 1]).toBe(
      'Bristande kunskaper bland medarbetarna gällande hantering av personuppgifter och den registrerades rättigheter',
    );
  });

  it('changes nothing when generated again, and the result agrees with the VoR but for the flagged rows', () => {
    const again = mergeIkp(vor, mergedToIkpTable(merged), DEFAULT_SETTINGS);
    expect(again.headers).toEqual(merged.headers);
    expect(mergedGrid(again)).toEqual(mergedGrid(merged));
    const findings = checkConsistency(vor, mergedToIkpTable(merged), DEFAULT_SETTINGS);
    expect(findings.map((f) => f.rule)).toEqual(['ikp-excluded-in-vor', 'ikp-not-in-vor', 'ikp-not-in-vor']);
  });
});
