/**
 * Random workbooks for the property tests on the fake Excel: a VoR (a real table or a plain range
 * under a title) whose cells mix valid and invalid scale values, decisions and Nr; maybe an IKP
 * the add-in generated earlier with typed cells; maybe a procurement plan with odd amounts, dates
 * and periods; maybe a sheet of the user's that has nothing to do with any of them.
 */
import fc from 'fast-check';
import type { CellValue } from '../../../src/core/workbook/snapshot';
import {
  type CaseSheet,
  type CorpusCase,
  Grid,
  procurementGrid,
  procurementSheet,
  vorSheet,
} from '../corpus';
import type { CellSpec } from './cells';

const scale = fc.oneof<fc.Arbitrary<CellValue>[]>(
  fc.integer({ min: 1, max: 5 }),
  fc.constantFrom<CellValue>(
    '3 - Möjlig',
    '4. Allvarlig',
    'Mycket sannolikt',
    '2',
    0,
    6,
    2.5,
    '2 - Möjlig',
    null,
    'hög',
    { error: '#N/A' },
  ),
);
const decision = fc.constantFrom<CellValue>(null, null, 'Ja', 'Nej, endast VoR', 'Kanske');
const text = fc.constantFrom(
  'Fel antagning',
  'Brist på lärare',
  'Dataläckage 🔥',
  'Jäv',
  'إدارة المخاطر',
  '12345',
  '=inte en formel',
);

const vorRow = fc.tuple(fc.option(fc.integer({ min: 1, max: 9 }), { freq: 6 }), text, scale, scale, decision);

const amount = fc.constantFrom<CellValue>(
  '3 000 000 kr',
  '3\u00a0000\u00a0000 kr',
  '1 000 000 kr',
  2500000,
  0,
  -5,
  '3,5 mkr',
  'tre miljoner',
  null,
  1e15,
);
const day = fc.constantFrom<CellValue>('2021-03-01', '2021-02-29', 44256, '2022-01-01', null, '1 mars');
const period = fc.constantFrom<CellValue>(
  '2021-04-01 - 2022-03-31',
  '2021-04-01–2025-12-31',
  '2022-01-01 — 2021-01-01',
  '2021-01-01 -',
  null,
);
const kind = fc.constantFrom<CellValue>('Tjänst', 'Vara', 'Entreprenad', 'Konsult', null);
const description = fc.constantFrom<CellValue>(
  'Gröna investeringar',
  'Ramavtal städ',
  'Handledning,',
  null,
  '+SUM(1)',
);
const procurementRow = fc.tuple(description, day, period, amount, kind);

export interface RandomWorkbook {
  vor: [number | null, string, CellValue, CellValue, CellValue][];
  vorTable: boolean;
  ikp: boolean;
  procurement: [CellValue, CellValue, CellValue, CellValue, CellValue][] | null;
  procurementTable: boolean;
  other: boolean;
}

export const randomWorkbook: fc.Arbitrary<RandomWorkbook> = fc.record({
  vor: fc.array(vorRow, { maxLength: 6 }),
  vorTable: fc.boolean(),
  ikp: fc.boolean(),
  procurement: fc.option(fc.array(procurementRow, { maxLength: 5 }), { freq: 2 }),
  procurementTable: fc.boolean(),
  other: fc.boolean(),
});

const IKP_SHEET: CaseSheet = {
  name: 'Internkontrollplan',
  rows: [
    ['Internkontrollplan – genererad från risk- och väsentlighetsanalysen'],
    [],
    [
      'KF:s mål för verksamhetsområdet',
      'Process',
      'Arbetssätt',
      'Systematisk kontroll',
      'Nr',
      'Oönskad händelse',
      'RV',
      'Kontrollaktivitet',
      'Kontrollansvarig',
      'Frekvens',
      'Status',
      'Resultat/avvikelse',
      'Vidtagna åtgärder',
      'Urval',
    ],
    [
      'Mål',
      'Process',
      null,
      null,
      1,
      'Fel antagning',
      16,
      'Stickprov',
      'Anna',
      'tertial',
      null,
      null,
      null,
      'Obligatorisk (RV ≥ 12)',
    ],
    [
      'Mål',
      'Process',
      null,
      null,
      7,
      'Borttagen händelse',
      12,
      'Genomgång',
      'Bo',
      'månad',
      'Klar',
      null,
      null,
      'Obligatorisk (RV ≥ 12)',
    ],
  ],
  table: { name: 'Internkontrollplan', headerRow: 3 },
};

/** The workbook as a corpus case (so fakeInit and writeCaseXlsx can build it). */
export function asCase(w: RandomWorkbook): CorpusCase {
  const sheets: CaseSheet[] = [];
  const built = [];
  if (w.vor.length > 0) {
    const g = new Grid(
      [
        'KF:s mål för verksamhetsområdet',
        'Process',
        'Nr',
        'Oönskad händelse',
        'Sannolikhet',
        'Konsekvens',
        'IKP',
      ],
      w.vor.map(
        ([nr, event, s, k, d], i) =>
          [i === 0 ? 'Mål 1' : null, i === 0 ? 'Process' : null, nr, event, s, k, d] as CellSpec[],
      ),
    );
    built.push(vorSheet(g, w.vorTable ? { table: 'RiskVasentlighet' } : {}));
  }
  if (w.procurement) {
    const g = procurementGrid();
    g.rows = w.procurement.map(([d, start, p, value, type]) => [
      'Jobbtorg',
      'Externa tjänster, 1013, 101810',
      d,
      start,
      p,
      value,
      type,
    ]);
    built.push(procurementSheet(g, w.procurementTable ? { table: 'PlaneradeUpphandlingar' } : {}));
  }
  sheets.push(...built.map((b) => b.sheet));
  if (w.ikp) sheets.push(IKP_SHEET);
  if (w.other) sheets.push({ name: 'Anteckningar', rows: [['Möte 3/4'], [null, 'Riskmatris'], [1, 2, 3]] });
  if (sheets.length === 0) sheets.push({ name: 'Blad1', rows: [] });
  return {
    id: 'random',
    about: 'a random workbook',
    sheets,
    commands: [],
    includes: [],
    excludes: [],
    owned: built.map((b) => b.owned),
    generated: w.ikp ? ['Internkontrollplan'] : [],
    keptInIkp: [],
  };
}
