import { locateTables } from '../../../src/core/tables/locate';
import { readVor } from '../../../src/core/tables/read-vor';
import type { VorRow } from '../../../src/core/model/vor';
import type { CellValue, WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { fixtureRows, snapshotFrom } from '../../helpers/tsv-workbook';

function read(wb: WorkbookSnapshot) {
  const loc = locateTables(wb).vor;
  if (!loc) throw new Error('no VoR found');
  return readVor(wb, loc);
}

const byNr = (rows: VorRow[], nr: string): VorRow => {
  const r = rows.find((x) => x.nr === nr);
  if (!r) throw new Error(`no event ${nr}`);
  return r;
};

describe('the 2021 VoR', () => {
  const wb = snapshotFrom([
    { name: 'Risk & Väsentlighet', rows: fixtureRows('vor-2021'), table: 'RiskVasentlighet' },
  ]);
  const { rows } = read(wb);

  test('65 events and one goal row without events', () => {
    expect(rows).toHaveLength(66);
    expect(rows.filter((r) => r.event !== null)).toHaveLength(65);
    const goalRows = rows.filter((r) => r.event === null);
    expect(goalRows).toHaveLength(1);
    expect(goalRows[0]).toMatchObject({
      row: 24,
      goal: '2.5. Stockholm är en hållbar stad med en god livsmiljö',
      process: '',
      method: '',
      nr: null,
      likelihood: { kind: 'empty' },
      rv: null,
    });
  });

  test('blank grouping cells are filled down', () => {
    expect(byNr(rows, '2')).toMatchObject({
      goal: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskunskaper är kort',
      process: 'Ansökning och antagning till vuxenutbildning',
      method: 'Samordning vid otillräckligt elevunderlag',
    });
    expect(byNr(rows, '4')).toMatchObject({
      process: 'Betygsättning',
      method: 'Betygen sätts utifrån kunskapskraven',
    });
    expect(byNr(rows, '13').method).toMatch(/^Klassrums- undervisning bedrivs som fjärrundervisning/);
    expect(byNr(rows, '24')).toMatchObject({
      goal: '3.1. Stockholm har en budget i balans och långsiktigt hållbara finanser',
      process: 'Arbete mot oegentligheter',
      method: 'Representation',
    });
    expect(byNr(rows, '36')).toMatchObject({
      process: 'Hantera beslut enligt delegation och vidaredelegation',
    });
    expect(byNr(rows, '65')).toMatchObject({
      goal: '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      process: 'Systematiskt informationssäkerhetsarbete',
      method: 'Förebyggande IT-säkerhetsarbete',
    });
  });

  test('the page-broken Arbetssätt of events 44–48 is joined (seed 003, near line 946)', () => {
    const joined =
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter';
    for (const nr of ['44', '45', '46', '47', '48']) {
      expect(byNr(rows, nr)).toMatchObject({ process: 'Informations-säkerhet', method: joined });
    }
    expect(byNr(rows, '43').method).toMatch(
      /^Styra, stödja och kontrollera inom förvaltningens arbete med hantering av allmänna/,
    );
    expect(byNr(rows, '49').method).toBe(
      'Styra, stödja och kontrollera förvaltningens arbete gällande inköpsfrågor',
    );
  });

  test('scales, RV, decisions', () => {
    expect(byNr(rows, '1')).toMatchObject({
      row: 2,
      event: 'Mänskliga faktorn gör att antagningen inte följer regelverket och/eller prioriteringslistan',
      likelihood: { kind: 'ok', value: 2 },
      consequence: { kind: 'ok', value: 3 },
      rv: 6,
      rvCell: 6,
      rvIsFormula: false,
      decision: 'nej',
      decisionRaw: 'Nej, endast VoR',
      control: '',
      action: '',
      likelihoodAfter: { kind: 'empty' },
    });
    expect(byNr(rows, '4')).toMatchObject({ consequence: { kind: 'ok', value: 5 }, rv: 10, decision: 'ja' });
    expect(byNr(rows, '6')).toMatchObject({ consequence: { kind: 'ok', value: 4 }, rv: 4 });
    // The published RV column agrees with S × K on every event.
    for (const r of rows.filter((x) => x.event !== null)) expect(r.rv).toBe(r.rvCell);
    // 14 events with RV ≥ 12 plus the committee's 11 (fixtures/README.md).
    expect(rows.filter((r) => r.decision === 'ja')).toHaveLength(25);
    expect(rows.filter((r) => r.decision === 'nej')).toHaveLength(40);
  });
});

describe('RV cells', () => {
  const header = ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV', 'IKP'];
  const rows: CellValue[][] = [
    header,
    ['1', 'A', '3', '4', '12', '★'],
    ['2', 'B', '2', 'x', '7', 'x'],
    ['3', 'C', '2', '2', null, null],
  ];
  const formulas = [[], [null, null, null, null, '=C2*D2'], [], []];
  const { rows: read3 } = read(snapshotFrom([{ name: 'VoR', rows, formulas }]));

  test('rvCell and rvIsFormula come from the RV column', () => {
    expect(read3[0]).toMatchObject({ rv: 12, rvCell: 12, rvIsFormula: true, decision: 'ja' });
    expect(read3[1]).toMatchObject({
      rv: null,
      rvCell: 7,
      rvIsFormula: false,
      consequence: { kind: 'error', error: 'scale-invalid', raw: 'x' },
    });
    expect(read3[2]).toMatchObject({
      rv: 4,
      rvCell: null,
      rvIsFormula: false,
      decision: null,
      decisionRaw: '',
    });
  });
});

describe('the 2014 layouts', () => {
  test('väsentliga processer: 45 rows, no Nr, Verksamhet filled down', () => {
    const { rows, location } = read(
      snapshotFrom([{ name: 'RV 2014', rows: fixtureRows('rv-processer-2014') }]),
    );
    expect(location.columns).toMatchObject({
      goal: 1,
      process: 2,
      event: 3,
      routine: 4,
      runningControls: 5,
      likelihood: 6,
      consequence: 7,
      action: 8,
    });
    expect(rows).toHaveLength(45);
    expect(rows.every((r) => r.nr === null && r.event !== null && r.method === '')).toBe(true);
    const lon = rows.find((r) => r.event === 'Löneutbetalningar kan inte göras.');
    expect(lon).toMatchObject({
      goal: 'Ekonomi',
      process: 'Löner',
      likelihood: { kind: 'ok', value: 1 },
      consequence: { kind: 'ok', value: 5 },
      rv: 5,
      action: 'Kvalitetssäkrade rutiner och system förhindrar detta.',
    });
    expect(rows[2]).toMatchObject({
      goal: 'Effektivitet',
      process: 'Verksamhetens kostnader i förhållande till uppdrag',
      rv: 6,
    });
    expect(rows[44]).toMatchObject({
      goal: 'Sfi-utbildning',
      process: 'Utbildning i samhällsorientering för nyanlända',
      rv: 6,
    });
    expect(rows.every((r) => r.rv !== null)).toBe(true);
  });

  test('indikatorer: 23 rows, Verksamhetsområde and Indikator filled down', () => {
    const { rows } = read(snapshotFrom([{ name: 'Indikatorer', rows: fixtureRows('rv-indikatorer-2014') }]));
    expect(rows).toHaveLength(23);
    expect(rows[1]).toMatchObject({
      goal: 'Arbetsmarknadsåtgärder',
      process: 'Andel aspiranter som är självförsörjande sex månader efter avslut på Jobbtorg Stockholm',
      event: 'Aspiranter är inte tillräckligt rustade för arbetsmarknadens krav.',
      rv: 9,
    });
    expect(rows[4]).toMatchObject({
      goal: 'Arbetsmarknadsåtgärder',
      process: 'Antal ungdomar som fått sommarjobb i stadens regi',
    });
    expect(rows.every((r) => r.rv !== null && r.nr === null)).toBe(true);
  });
});

describe('blank rows inside a plain range', () => {
  test('are skipped and do not break the fill-down', () => {
    const rows: CellValue[][] = [
      ['Mål', 'Process', 'Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens'],
      ['1.1 Mål', 'P', '1', 'A', '3', '3'],
      [],
      [null, null, null, null, null, null],
      [null, null, '2', 'B', '2', '2'],
    ];
    const out = read(snapshotFrom([{ name: 'VoR 2024', rows }])).rows;
    expect(out.map((r) => [r.row, r.goal, r.process, r.nr])).toEqual([
      [2, '1.1 Mål', 'P', '1'],
      [5, '1.1 Mål', 'P', '2'],
    ]);
  });
});

test('a 100 000-row VoR reads in one linear pass', () => {
  const header = [
    'KF:s mål',
    'Process',
    'Arbetssätt',
    'Nr',
    'Oönskad händelse',
    'Sannolikhet',
    'Konsekvens',
    'RV',
    'IKP',
  ];
  const values: CellValue[][] = [header];
  for (let i = 1; i <= 100_000; i++) {
    values.push([
      i % 1000 === 1 ? `Mål ${i}` : null,
      i % 10 === 1 ? `Process ${i}` : null,
      i % 10 === 1 ? 'metod' : 'fortsättning',
      i,
      `Händelse ${i}`,
      '3. Möjlig',
      '4. Allvarlig',
      12,
      'Ja',
    ]);
  }
  const wb: WorkbookSnapshot = { sheets: [{ name: 'Risk & Väsentlighet', values }], tables: [] };
  const { rows } = read(wb);
  expect(rows).toHaveLength(100_000);
  // Every row continues the lower-case method above it: one group whose text grew each time.
  expect(rows[1].method.startsWith('metod fortsättning fortsättning')).toBe(true);
  expect(rows[99_999].goal).toBe('Mål 99001');
});
