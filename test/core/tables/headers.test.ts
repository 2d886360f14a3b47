import { GENERATED_IKP_HEADERS as IKP_HEADERS } from '../../../src/core/ikp/ikp-columns';
import {
  IKP_COLUMNS,
  PROCUREMENT_COLUMNS,
  PROCUREMENT_HEADERS,
  VOR_COLUMNS,
  VOR_HEADERS,
  headerOf,
  mapHeaders,
  matchHeader,
} from '../../../src/core/tables/headers';
import { fixtureRows } from '../../helpers/tsv-workbook';

describe('VoR headers (SPEC §2.1)', () => {
  test.each([
    ['KF:s mål för verksamhetsområdet', 'goal'],
    ['KF:s mål', 'goal'],
    ['kf:s  MÅL', 'goal'],
    ['Mål', 'goal'],
    ['Verksamhetsområde', 'goal'],
    ['Verksamhet', 'goal'],
    ['Process', 'process'],
    ['Väsentlig process', 'process'],
    ['Väsentliga processer', 'process'],
    ['Indikator', 'process'],
    ['Indikator/Väsentlig process', 'process'],
    ['Arbetssätt', 'method'],
    ['Arbetsätt', 'method'],
    ['Arbetssatt', 'method'],
    ['Nr', 'nr'],
    ['Nr.', 'nr'],
    ['Id', 'nr'],
    ['Oönskad händelse', 'event'],
    ['Oonskad  handelse', 'event'],
    ['Risk', 'event'],
    ['Systematisk kontroll', 'control'],
    ['Kontrollmoment', 'control'],
    ['Sannolikhet', 'likelihood'],
    ['Sannolikhet (1-5)', 'likelihood'],
    ['S', 'likelihood'],
    ['Konsekvens', 'consequence'],
    ['Väsentlighet', 'consequence'],
    ['K', 'consequence'],
    ['V', 'consequence'],
    ['RV', 'rv'],
    ['Riskvärde', 'rv'],
    ['Riskvärde (RV)', 'rv'],
    ['Riskklass', 'riskClass'],
    ['IKP', 'decision'],
    ['Internkontrollplan', 'decision'],
    ['Åtgärd', 'action'],
    ['Aktivitet', 'action'],
    ['Finns rutinbeskrivning', 'routine'],
    ['Finns rutinbeskr.', 'routine'],
    ['Genomförs löpande kontroller', 'runningControls'],
    ['Genomförs löp. kontroller', 'runningControls'],
    ['Sannolikhet efter åtgärd', 'likelihoodAfter'],
    ['Konsekvens efter åtgärd', 'consequenceAfter'],
    ['RV efter åtgärd', 'rvAfter'],
  ])('%p → %p', (header, field) => {
    expect(matchHeader('vor', header)).toBe(field);
  });

  test.each([
    ['KF:s årsmål'],
    ['Årsmål'],
    ['Kommentar'],
    ['Risk & Väsentlighet 2024'],
    ['Sannolikheter'],
    ['SK'],
    [''],
  ])('%p is no VoR column', (header) => {
    expect(matchHeader('vor', header)).toBeNull();
  });
});

describe('IKP headers (SPEC §2.2)', () => {
  test.each([
    ['Kontrollaktivitet', 'activity'],
    ['Kontrollansvarig', 'responsible'],
    ['Ansvarig', 'responsible'],
    ['Frekvens', 'frequency'],
    ['Frekvens/tidpunkt', 'frequency'],
    ['Status', 'status'],
    ['Resultat/avvikelse', 'result'],
    ['Vidtagna åtgärder', 'measures'],
    ['Urval', 'selection'],
    ['Indikator/Väsentlig process', 'process'],
    ['Risk', 'event'],
    ['Kontrollmoment', 'control'],
    ['Sannolikhet', 'likelihood'],
    ['Väsentlighet', 'consequence'],
    ['RV', 'rv'],
    ['Nr', 'nr'],
  ])('%p → %p', (header, field) => {
    expect(matchHeader('ikp', header)).toBe(field);
  });

  test('Aktivitet (the 2014 VoR action) is not an IKP control activity', () => {
    expect(matchHeader('ikp', 'Aktivitet')).toBeNull();
  });
});

describe('procurement headers (SPEC §2.3)', () => {
  test.each([
    ['Verksamhet', 'unit'],
    ['Kategorifamilj', 'category'],
    ['Beskrivning', 'description'],
    ['Planerat startdatum för upphandling', 'start'],
    ['Planerat startdatum', 'start'],
    ['Avtalsperiod (fr.o.m - t.o.m) inkl förlängningsoptioner', 'period'],
    ['Avtalsperiod fr.o.m - t.o.m', 'period'],
    ['Avtalsperiod', 'period'],
    ['Avtalsperiod fr.o.m', 'periodFrom'],
    ['Avtalsperiod fr o m', 'periodFrom'],
    ['Avtalsperiod fr.o.m inkl förlängningsoptioner', 'periodFrom'],
    ['Avtalsperiod t.o.m', 'periodTo'],
    ['Avtalsperiod t.o.m (inkl. optioner)', 'periodTo'],
    ['Uppskattat kontraktsvärde', 'value'],
    ['Uppskattat kontraktsvärde (kr)', 'value'],
    ['Uppskattat kontraktsvärde inkl optioner', 'value'],
    ['Kontraktstyp (vara/tjänst/entreprenad)', 'type'],
    ['Kontraktstyp', 'type'],
    ['Status', 'status'],
  ])('%p → %p', (header, field) => {
    expect(matchHeader('procurement', header)).toBe(field);
  });
});

test('every canonical header and every created header matches its own field', () => {
  for (const c of VOR_COLUMNS) expect(matchHeader('vor', c.header)).toBe(c.field);
  for (const c of IKP_COLUMNS) expect(matchHeader('ikp', c.header)).toBe(c.field);
  for (const c of PROCUREMENT_COLUMNS) expect(matchHeader('procurement', c.header)).toBe(c.field);
  expect(VOR_HEADERS.map((h) => matchHeader('vor', h))).not.toContain(null);
  expect(IKP_HEADERS.map((h) => matchHeader('ikp', h))).not.toContain(null);
  expect(PROCUREMENT_HEADERS.map((h) => matchHeader('procurement', h))).not.toContain(null);
});

test('created tables use the canonical headers of SPEC §2', () => {
  expect(VOR_HEADERS).toEqual([
    'KF:s mål för verksamhetsområdet',
    'Process',
    'Arbetssätt',
    'Nr',
    'Oönskad händelse',
    'Systematisk kontroll',
    'Sannolikhet',
    'Konsekvens',
    'RV',
    'Riskklass',
    'IKP',
    'Åtgärd',
  ]);
  expect(IKP_HEADERS.slice(-4)).toEqual(['Status', 'Resultat/avvikelse', 'Vidtagna åtgärder', 'Urval']);
  expect(headerOf('vor', 'consequence')).toBe('Konsekvens');
  expect(headerOf('procurement', 'value')).toBe('Uppskattat kontraktsvärde');
});

describe('mapHeaders on the fixtures', () => {
  test('2021 VoR', () => {
    const { columns } = mapHeaders('vor', fixtureRows('vor-2021')[0], 1);
    expect(columns).toEqual({
      goal: 1,
      process: 2,
      method: 3,
      nr: 4,
      event: 5,
      likelihood: 6,
      consequence: 7,
      rv: 8,
      decision: 9,
    });
  });

  test('2014 indicators: KF:s årsmål and Årsmål stay unmapped', () => {
    const { columns } = mapHeaders('vor', fixtureRows('rv-indikatorer-2014')[0], 1);
    expect(columns).toEqual({
      goal: 1,
      process: 2,
      event: 5,
      routine: 6,
      runningControls: 7,
      likelihood: 8,
      consequence: 9,
      action: 10,
    });
  });

  test('2014 IKP', () => {
    const { columns } = mapHeaders('ikp', fixtureRows('ikp-2014')[0], 1);
    expect(columns).toEqual({
      process: 1,
      event: 2,
      likelihood: 3,
      consequence: 4,
      control: 5,
      responsible: 6,
      frequency: 7,
    });
  });

  test('2021 procurement plan, from column C', () => {
    const { columns } = mapHeaders('procurement', fixtureRows('upphandling-2021')[0], 3);
    expect(columns).toEqual({ category: 3, description: 4, start: 5, period: 6, value: 7, type: 8 });
  });

  test('duplicates: the first wins and the second is reported', () => {
    const m = mapHeaders('vor', ['Nr', 'Risk', 'Oönskad händelse', 'S', 'K'], 2);
    expect(m.columns.event).toBe(3);
    expect(m.duplicates).toEqual([{ field: 'event', col: 4, usedCol: 3 }]);
  });
});
