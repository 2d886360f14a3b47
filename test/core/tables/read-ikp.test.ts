import { locateTables } from '../../../src/core/tables/locate';
import { readIkp } from '../../../src/core/tables/read-ikp';
import type { WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { fixtureRows, snapshotFrom } from '../../helpers/tsv-workbook';

function read(wb: WorkbookSnapshot) {
  const loc = locateTables(wb).ikp;
  if (!loc) throw new Error('no IKP found');
  return readIkp(wb, loc);
}

describe('the 2021 IKP', () => {
  const { rows, location } = read(
    snapshotFrom([{ name: 'IKP 2021', rows: [['Internkontrollplan 2021'], ...fixtureRows('ikp-2021')] }]),
  );

  test('28 rows, found by scanning', () => {
    expect(location).toMatchObject({ foundBy: 'scan', headerRow: 2, lastRow: 30 });
    expect(rows).toHaveLength(28);
    expect(rows.every((r) => r.nr === null && r.event !== '' && r.rv !== null)).toBe(true);
  });

  test('grouping cells are filled down', () => {
    expect(rows[2]).toMatchObject({
      row: 5,
      goal: '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
      process: 'Deltagarprocess',
      method: 'Registrering',
      event: 'Felaktiga statistiska underlag, försämrad analysförmåga',
      rv: 9,
    });
    const delegation = rows.find((r) => r.event === 'Delegationsbeslut diarieförs inte');
    expect(delegation).toMatchObject({
      goal: '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      process: 'Hantera beslut enligt delegation och vidaredelegation',
      rv: 12,
    });
    expect(rows[27]).toMatchObject({
      process: 'Systematiskt informationssäkerhetsarbete',
      method: 'Förebyggande IT-säkerhetsarbete',
      event: 'Obehöriga får tillgång till information i stadens eller förvaltningens system',
      rv: 6,
    });
  });

  test("byHeader carries every cell by the sheet's header text", () => {
    expect(rows[0].byHeader).toEqual({
      'KF:s mål för verksamhetsområdet':
        '1.1 I Stockholm är människor självförsörjande och vägen till arbete och svenskkunskaper är kort',
      Process: 'Betygsättning',
      Arbetssätt: 'Betygen sätts utifrån kunskapskraven',
      'Systematisk kontroll': 'Kontroll av betygsstatistik',
      'Oönskad händelse': 'Diskrepans mellan färdigheter och kunskapskrav',
      RV: 10,
      Kontrollaktivitet: 'Stickprov',
    });
    expect(rows[1].byHeader['KF:s mål för verksamhetsområdet']).toBeNull();
  });
});

test('the 2014 IKP: 14 rows, RV = Sannolikhet × Väsentlighet', () => {
  const { rows, location } = read(
    snapshotFrom([{ name: 'Internkontrollplan', rows: fixtureRows('ikp-2014') }]),
  );
  expect(location.columns).toEqual({
    process: 1,
    event: 2,
    likelihood: 3,
    consequence: 4,
    control: 5,
    responsible: 6,
    frequency: 7,
  });
  expect(rows).toHaveLength(14);
  expect(rows[0]).toMatchObject({ goal: '', process: 'Nämndens prognossäkerhet T2', rv: 9, nr: null });
  expect(rows[1]).toMatchObject({ process: 'Andel godkända sfi-elever efter 600 timmar', rv: 2 });
  const loner = rows.find((r) => r.process === 'Löner');
  expect(loner).toMatchObject({ rv: 5, byHeader: { Ansvarig: 'Elisabeth Nähri', Frekvens: 'VB/ÅR' } });
});

describe('an IKP the add-in made', () => {
  const header = [
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
    'Egen kolumn',
    '',
  ];
  const rows = [
    header,
    [
      'G',
      'P',
      'M',
      'K',
      '23',
      'Bedrägligt beteende',
      '12',
      'Stickprov',
      'Anna',
      'tertial',
      '',
      '',
      '',
      '',
      'min anteckning',
    ],
    ['', '', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    ['', 'Q', '', '', '', '', '', '', '', '', '', '', '', '', '', ''],
    [
      '',
      '',
      'N',
      '',
      '27',
      'Återbetalning',
      '',
      'Stickprov',
      '',
      '',
      'Klar',
      '',
      '',
      'Ingår inte längre i urvalet',
      '',
    ],
  ];
  const formulas = [
    [],
    [null, null, null, null, null, null, "=XLOOKUP(E2,'Risk & Väsentlighet'!D:D,'Risk & Väsentlighet'!H:H)"],
    [],
    [],
    [],
  ];
  const wb = snapshotFrom([{ name: 'Internkontrollplan', rows, table: 'Internkontrollplan', formulas }]);
  const { rows: read2 } = read(wb);

  test('a row with only grouping cells is a heading, not a control', () => {
    expect(read2.map((r) => [r.row, r.nr, r.process, r.method])).toEqual([
      [2, '23', 'P', 'M'],
      [5, '27', 'Q', 'N'],
    ]);
  });

  test('formulas are kept as { formula }', () => {
    expect(read2[0].byHeader.RV).toEqual({
      formula: "=XLOOKUP(E2,'Risk & Väsentlighet'!D:D,'Risk & Väsentlighet'!H:H)",
    });
    expect(read2[0].rv).toBe(12);
    expect(read2[0].byHeader['Egen kolumn']).toBe('min anteckning');
    expect(read2[1].byHeader.Urval).toBe('Ingår inte längre i urvalet');
    expect(read2[1].rv).toBeNull();
    expect(Object.keys(read2[0].byHeader)).toHaveLength(15);
  });

  test('a repeated header is kept under a numbered key; a column without a header has no key', () => {
    const wb2 = snapshotFrom([
      {
        name: 'IKP',
        rows: [
          ['Oönskad händelse', '', 'Frekvens', 'Anteckning', 'Anteckning'],
          ['A', 'x', 'månad', 'ett', 'två'],
        ],
      },
    ]);
    expect(read(wb2).rows[0].byHeader).toEqual({
      'Oönskad händelse': 'A',
      Frekvens: 'månad',
      Anteckning: 'ett',
      'Anteckning (2)': 'två',
    });
  });
});

describe('Systematisk kontroll written once per process, as the published plans do', () => {
  it('a blank control on a row that continues the process and method is the one above', () => {
    const table = read(snapshotFrom([{ name: 'Internkontrollplan', rows: fixtureRows('ikp-2021.tsv') }]));
    const control = (event: string) =>
      table.rows.find((r) => r.event === event)!.byHeader['Systematisk kontroll'];
    expect(control('Delegationsbeslut anmäls inte till nämnd.')).toBe(
      control('Beslut som tas följer inte delegationsordningen.'),
    );
    expect(String(control('Delegationsbeslut diarieförs inte'))).toMatch(/^Kontroll i samband med beslut\./);
    // A new process starts its own control.
    expect(String(control('Inköp görs utanför stadens centrala avtal'))).toMatch(/^Löpande kunskapskontroll/);
  });

  it('a blank control on a row that writes its process and method stays blank', () => {
    const rows = [
      [
        'KF:s mål för verksamhetsområdet',
        'Process',
        'Arbetssätt',
        'Systematisk kontroll',
        'Oönskad händelse',
        'RV',
        'Kontrollaktivitet',
      ],
      ['Mål', 'P', 'A', 'Kontroll 1', 'Händelse 1', 12, 'Stickprov'],
      ['Mål', 'P', 'A', null, 'Händelse 2', 12, 'Stickprov'],
    ];
    const table = read(snapshotFrom([{ name: 'Internkontrollplan', rows }]));
    expect(table.rows[1].byHeader['Systematisk kontroll'] ?? null).toBeNull();
  });
});
