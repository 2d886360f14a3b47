import { GroupFillDown } from '../../../src/core/tables/grouping';
import { locateTables } from '../../../src/core/tables/locate';
import { readVor } from '../../../src/core/tables/read-vor';
import { snapshotFrom } from '../../helpers/tsv-workbook';

/** Feeds rows of [goal, process, method] and returns the final texts. */
function run(rows: string[][]): string[][] {
  const g = new GroupFillDown(3);
  const groups = rows.map((r) => g.next(r));
  return groups.map((row) => row.map((x) => x.text));
}

describe('fill-down (SPEC §2.1: blank = same as the row above)', () => {
  test('blank cells take the value above', () => {
    expect(
      run([
        ['G', 'P', 'M'],
        ['', '', ''],
        ['', 'Q', 'N'],
        ['', '', ''],
      ]),
    ).toEqual([
      ['G', 'P', 'M'],
      ['G', 'P', 'M'],
      ['G', 'Q', 'N'],
      ['G', 'Q', 'N'],
    ]);
  });

  test('a new outer value starts its inner levels over', () => {
    expect(
      run([
        ['G1', 'P', 'M'],
        ['G2', '', ''],
        ['', 'Q', ''],
      ]),
    ).toEqual([
      ['G1', 'P', 'M'],
      ['G2', '', ''],
      ['G2', 'Q', ''],
    ]);
  });
});

describe('page-break continuation (seed 003, near line 946)', () => {
  test('a lower-case Arbetssätt right after a written one continues it, for the whole group', () => {
    expect(
      run([
        ['', 'Informations-säkerhet', 'Styra, stödja och kontrollera'],
        ['', '', 'förvaltningens ansvar vad gäller hantering av personuppgifter'],
        ['', '', ''],
        ['', 'Inköp och avtalstrohet', 'Styra'],
      ]).map((r) => r[2]),
    ).toEqual([
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
      'Styra',
    ]);
  });

  test('a chain of continuations joins every piece', () => {
    expect(
      run([
        ['', 'P', 'Ett'],
        ['', '', 'två'],
        ['', '', 'tre'],
      ]).map((r) => r[2]),
    ).toEqual(['Ett två tre', 'Ett två tre', 'Ett två tre']);
  });

  test("the goal and method broken on the same page (the seed's goal 3.2, events 30–31)", () => {
    expect(
      run([
        [
          '3.2. Stockholm använder skattemedlen',
          'Beställningar och användande av telefoni',
          'Styra, ge stöd och kontrollera',
        ],
        ['effektivt till största nytta för stockholmarna', '', 'verksamheternas hantering av telefoni'],
      ]),
    ).toEqual([
      [
        '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
        'Beställningar och användande av telefoni',
        'Styra, ge stöd och kontrollera verksamheternas hantering av telefoni',
      ],
      [
        '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
        'Beställningar och användande av telefoni',
        'Styra, ge stöd och kontrollera verksamheternas hantering av telefoni',
      ],
    ]);
  });

  test('a process broken over a page', () => {
    expect(
      run([
        ['G', 'Systematiskt informations-', 'Förebyggande'],
        ['', 'säkerhetsarbete', ''],
      ]).map((r) => r[1]),
    ).toEqual(['Systematiskt informations- säkerhetsarbete', 'Systematiskt informations- säkerhetsarbete']);
  });

  describe('is not a continuation', () => {
    test('when the cell above was filled down, not written', () => {
      expect(
        run([
          ['', 'P', 'Styra'],
          ['', '', ''],
          ['', '', 'dokumentation'],
        ]).map((r) => r[2]),
      ).toEqual(['Styra', 'Styra', 'dokumentation']);
    });

    test('when an outer cell of the row is written anew', () => {
      expect(
        run([
          ['', 'P', 'Styra'],
          ['', 'Q', 'dokumentation'],
        ]).map((r) => r[2]),
      ).toEqual(['Styra', 'dokumentation']);
    });

    test('when an inner cell starts a new group (a lower-case process with its own method)', () => {
      expect(
        run([
          ['G', 'Arkiv', 'Gallring'],
          ['', 'e-tjänster', 'Digitala ansökningar'],
        ]).map((r) => r[1]),
      ).toEqual(['Arkiv', 'e-tjänster']);
    });

    test('when the text above ends a sentence', () => {
      expect(
        run([
          ['', 'P', 'Chefer tar beslut enligt rutin.'],
          ['', '', 'uppföljning sker'],
        ]).map((r) => r[2]),
      ).toEqual(['Chefer tar beslut enligt rutin.', 'uppföljning sker']);
    });

    test('when it starts with a capital or a digit', () => {
      expect(
        run([
          ['', 'P', 'Styra'],
          ['', '', 'Registrering'],
          ['', '', '2. steg'],
        ]).map((r) => r[2]),
      ).toEqual(['Styra', 'Registrering', '2. steg']);
    });
  });
});

test("readVor applies the rule to the seed's raw page-broken rows", () => {
  const rows = [
    [
      'KF:s mål för verksamhetsområdet',
      'Process',
      'Arbetsätt',
      'Nr',
      'Oönskad händelse',
      'Sannolikhet',
      'Konsekvens',
      'RV',
      'IKP',
    ],
    [
      '3.2. Stockholm använder skattemedlen',
      'Beställningar och användande av telefoni',
      'Styra, ge stöd och kontrollera',
      '30',
      'Information hos växel är felaktig',
      '4. Sannolikt',
      '2. Lindrig',
      '8',
      'Nej, endast VoR',
    ],
    [
      'effektivt till största nytta för stockholmarna',
      '',
      'verksamheternas hantering av telefoni',
      '31',
      'Telefon/IT-abonnemang som inte används avslutas inte.',
      '5. Mycket sannolikt',
      '1. Försumbar',
      '5',
      'Nej, endast VoR',
    ],
    [
      '',
      'Informations-säkerhet',
      'Styra, stödja och kontrollera',
      '44',
      'Anmälan om behandling av personuppgift saknas',
      '3. Möjlig',
      '4. Allvarlig',
      '12',
      '',
    ],
    [],
    [
      '',
      '',
      'förvaltningens ansvar vad gäller hantering av personuppgifter',
      '45',
      'Avsaknad av lokala rutiner',
      '3. Möjlig',
      '4. Allvarlig',
      '12',
      '',
    ],
    ['', '', '', '46', 'Bristande kunskaper', '4. Sannolikt', '3. Kännbar', '12', ''],
  ];
  const wb = snapshotFrom([{ name: 'Risk & Väsentlighet', rows }]);
  const loc = locateTables(wb).vor;
  expect(loc).not.toBeNull();
  const read = readVor(wb, loc!).rows;
  expect(read.map((r) => [r.nr, r.goal, r.method])).toEqual([
    [
      '30',
      '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      'Styra, ge stöd och kontrollera verksamheternas hantering av telefoni',
    ],
    [
      '31',
      '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      'Styra, ge stöd och kontrollera verksamheternas hantering av telefoni',
    ],
    [
      '44',
      '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
    ],
    [
      '45',
      '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
    ],
    [
      '46',
      '3.2. Stockholm använder skattemedlen effektivt till största nytta för stockholmarna',
      'Styra, stödja och kontrollera förvaltningens ansvar vad gäller hantering av personuppgifter',
    ],
  ]);
});
