/** The published 2021 plans (fixtures/README.md, "Known inconsistencies"): four findings, no more. */
import { checkConsistency } from '../../../src/core/rules/consistency/check-consistency';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { fixture2021 } from '../../helpers/vor-builders';

describe('VoR↔IKP consistency on the published 2021 plans', () => {
  const { vor, ikp } = fixture2021();
  const findings = checkConsistency(vor, ikp, DEFAULT_SETTINGS);
  const ikpRowOf = (event: string) => ikp.rows.find((r) => r.event.startsWith(event))!.row;

  it('reports exactly the four known inconsistencies', () => {
    expect(findings.map((f) => [f.rule, f.severity, f.sheet, f.row, f.column])).toEqual([
      [
        'ikp-excluded-in-vor',
        'warning',
        'Internkontrollplan',
        ikpRowOf('Rättssäkerhet kan inte säkerställas.'),
        'Oönskad händelse',
      ],
      [
        'ikp-text-differs',
        'warning',
        'Internkontrollplan',
        ikpRowOf('Staden kan bli återbetalningsskyldig'),
        'Arbetssätt',
      ],
      [
        'ikp-not-in-vor',
        'error',
        'Internkontrollplan',
        ikpRowOf('Bristande kunskaper bland medarbetarna gällande informationssäkerhet'),
        'Oönskad händelse',
      ],
      [
        'ikp-not-in-vor',
        'error',
        'Internkontrollplan',
        ikpRowOf('Upphandlingar genomförs inte trots att lagar'),
        'Oönskad händelse',
      ],
    ]);
  });

  it('names the events and the differing method in the messages', () => {
    expect(findings[0].message).toContain('Rättssäkerhet kan inte säkerställas.');
    expect(findings[0].message).toContain('"Nej, endast VoR"');
    expect(findings[1].message).toContain('"Projektredovisning" här men "Projektrevisning"');
    expect(findings[2].message).toContain(
      'Bristande kunskaper bland medarbetarna gällande informationssäkerhet',
    );
    expect(findings[3].message).toContain(
      'Upphandlingar genomförs inte trots att lagar och regler samt budget',
    );
  });

  it('does not report Informations-säkerhet, the page-broken method of 44–48, any RV or the KF goal', () => {
    const informationRows = new Set(
      ikp.rows.filter((r) => r.process === 'Informationssäkerhet').map((r) => r.row),
    );
    expect(informationRows.size).toBe(5);
    expect(findings.filter((f) => f.rule === 'ikp-text-differs' && informationRows.has(f.row!))).toEqual([]);
    expect(findings.filter((f) => f.rule === 'ikp-rv-differs' || f.rule === 'ikp-missing')).toEqual([]);
  });

  it('reports in English too', () => {
    const en = checkConsistency(vor, ikp, DEFAULT_SETTINGS, 'en');
    expect(en.map((f) => f.rule)).toEqual(findings.map((f) => f.rule));
    expect(en[0].message.startsWith('Sheet "Internkontrollplan", row')).toBe(true);
  });
});
