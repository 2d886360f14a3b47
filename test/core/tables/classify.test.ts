import { classifyHeaders } from '../../../src/core/tables/classify';
import { GENERATED_IKP_HEADERS as IKP_HEADERS } from '../../../src/core/ikp/ikp-columns';
import { PROCUREMENT_HEADERS, VOR_HEADERS } from '../../../src/core/tables/headers';
import { fixtureRows } from '../../helpers/tsv-workbook';

describe('classifyHeaders (SPEC §2)', () => {
  test.each([
    ['vor-2021', 'vor'],
    ['rv-processer-2014', 'vor'],
    ['rv-indikatorer-2014', 'vor'],
    ['ikp-2021', 'ikp'],
    ['ikp-2014', 'ikp'],
    ['upphandling-2021', 'procurement'],
  ])('the header of %s is a %s', (fixture, kind) => {
    expect(classifyHeaders(fixtureRows(fixture)[0])).toBe(kind);
  });

  test('the tables the add-in creates are recognised as what they are', () => {
    expect(classifyHeaders(VOR_HEADERS)).toBe('vor');
    expect(classifyHeaders(IKP_HEADERS)).toBe('ikp');
    expect(classifyHeaders(PROCUREMENT_HEADERS)).toBe('procurement');
  });

  test('Uppskattat kontraktsvärde decides before the IKP and VoR columns', () => {
    expect(
      classifyHeaders([
        'Oönskad händelse',
        'Sannolikhet',
        'Konsekvens',
        'Frekvens',
        'Uppskattat kontraktsvärde',
      ]),
    ).toBe('procurement');
  });

  test('any one of Frekvens, Ansvarig, Kontrollansvarig, Kontrollaktivitet makes an IKP', () => {
    for (const h of ['Frekvens', 'Ansvarig', 'Kontrollansvarig', 'Kontrollaktivitet']) {
      expect(classifyHeaders(['Risk', 'Sannolikhet', 'Väsentlighet', h])).toBe('ikp');
    }
  });

  test('a VoR needs an event, Sannolikhet and Konsekvens', () => {
    expect(classifyHeaders(['Risk', 'Sannolikhet', 'Väsentlighet'])).toBe('vor');
    expect(classifyHeaders(['Risk', 'Sannolikhet'])).toBeNull();
    expect(classifyHeaders(['Sannolikhet', 'Konsekvens', 'RV'])).toBeNull();
    expect(classifyHeaders(['PLAN FÖR UPPHANDLING 2021'])).toBeNull();
    expect(classifyHeaders([])).toBeNull();
  });
});
