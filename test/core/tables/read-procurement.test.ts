import { locateTables } from '../../../src/core/tables/locate';
import { readProcurement } from '../../../src/core/tables/read-procurement';
import type { CellValue, WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { fixtureRows, plan2021Rows, snapshotFrom } from '../../helpers/tsv-workbook';

const JAN_1_2021 = 44197;
const DEC_31_2021 = 44561;

function read(wb: WorkbookSnapshot) {
  const loc = locateTables(wb).procurement;
  if (!loc) throw new Error('no procurement plan found');
  return readProcurement(wb, loc);
}

describe('the 2021 procurement plan', () => {
  const wb = snapshotFrom([
    { name: 'Planerade upphandlingar', rows: plan2021Rows(), table: 'PlaneradeUpphandlingar', tableAt: 9 },
  ]);
  const t = read(wb);

  test('6 data rows and 2 group rows', () => {
    expect(t.location).toMatchObject({ foundBy: 'table', headerRow: 10, lastRow: 18 });
    expect(t.groupRows).toEqual([11, 12]);
    expect(t.rows).toHaveLength(6);
    expect(t.rows.map((r) => r.row)).toEqual([13, 14, 15, 16, 17, 18]);
  });

  test('group rows set Verksamhet: a first-column group, then a sub-level', () => {
    expect(t.rows.every((r) => r.unit === 'Jobbtorg Stockholm – Arbetsmarknadsinsatser')).toBe(true);
  });

  test('cells are parsed', () => {
    expect(t.rows[0]).toEqual({
      row: 13,
      unit: 'Jobbtorg Stockholm – Arbetsmarknadsinsatser',
      category: 'Externa tjänster, 1013, 101810',
      description: 'Gröna investeringar',
      start: { kind: 'ok', value: JAN_1_2021 },
      periodFrom: { kind: 'ok', value: JAN_1_2021 },
      periodTo: { kind: 'ok', value: DEC_31_2021 },
      periodCombined: true,
      value: { kind: 'ok', value: 3_000_000 },
      type: 'Tjänst',
      raw: {
        category: 'Externa tjänster, 1013, 101810',
        description: 'Gröna investeringar',
        start: '2021-01-01',
        period: '2021-01-01 - 2021-12-31',
        value: '3 000 000 kr',
        type: 'Tjänst',
      },
    });
    expect(t.rows[2]).toMatchObject({
      description: 'Ramavtal yrkesutbildningar',
      value: { kind: 'ok', value: 18_000_000 },
    });
    expect(t.rows[4]).toMatchObject({ value: { kind: 'ok', value: 1_000_000 }, type: 'Vara' });
    // Text is trimmed for the rules, the raw cell keeps the trailing comma for stray-punctuation.
    expect(t.rows[5]).toMatchObject({ description: 'Handledning,', raw: { description: 'Handledning,' } });
  });

  test('title and contact block, coordinator missing', () => {
    expect(t.title).toBe('PLAN FÖR UPPHANDLING 2021');
    expect(t.contact).toEqual([
      {
        key: 'administration',
        labelRow: 3,
        labelCol: 1,
        answer: 'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500',
        answerRow: 4,
        answerCol: 1,
      },
      {
        key: 'lead',
        labelRow: 5,
        labelCol: 1,
        answer: 'Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527',
        answerRow: 6,
        answerCol: 1,
      },
      // Laid out like the others: the answer belongs in the cell below the label.
      { key: 'coordinator', labelRow: 7, labelCol: 1, answer: '', answerRow: 8, answerCol: 1 },
    ]);
  });
});

describe('a plan the add-in made: Verksamhet column, period in two columns', () => {
  const rows: CellValue[][] = [
    ['PLAN FÖR UPPHANDLING 2024'],
    [
      'Kontaktuppgift förvaltningen, mailadress och telefonnummer',
      'Förvaltningen, info@stockholm.se, 08-508 00 000',
    ],
    [
      'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer',
      'Anna A, anna@stockholm.se, 08-508 00 001',
    ],
    [
      'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer',
      'Bo B, bo@stockholm.se, 08-508 00 002',
    ],
    [],
    [
      'Verksamhet',
      'Kategorifamilj',
      'Beskrivning',
      'Planerat startdatum för upphandling',
      'Avtalsperiod fr.o.m',
      'Avtalsperiod t.o.m',
      'Uppskattat kontraktsvärde',
      'Kontraktstyp',
      'Status',
    ],
    ['Avdelning A'],
    [null, 'IT, 1020', 'Datorer', 45292, 45323, 46418, 2_500_000, 'Vara', 'OK'],
    ['Avdelning B', 'IT, 1020', 'Skärmar', '2024-02-01', '2024-03-01', '', '3,5 mkr', 'Vara', 'Fel: …'],
    [null, null, null, null, null, null, null, null, 'OK'],
    ['Avdelning C', null, null, null, null, null, null, null, null],
    [null, 'Externa tjänster, 1013', null, null, null, null, null, null, null],
    [null, 'Konsulter', null, null, null, null, null, null, null],
    [
      null,
      'Bygg, 1030',
      'Ombyggnad',
      '2024-05-01',
      '2024-06-01',
      '2025-05-31',
      '12 000 000 kr',
      'Entreprenad',
      null,
    ],
  ];
  const t = read(snapshotFrom([{ name: 'Planerade upphandlingar', rows }]));

  test('contact answers to the right of their labels, all three present', () => {
    expect(t.location).toMatchObject({ foundBy: 'sheet', headerRow: 6 });
    expect(t.title).toBe('PLAN FÖR UPPHANDLING 2024');
    expect(t.contact.map((c) => [c.key, c.answer, c.answerRow, c.answerCol])).toEqual([
      ['administration', 'Förvaltningen, info@stockholm.se, 08-508 00 000', 2, 2],
      ['lead', 'Anna A, anna@stockholm.se, 08-508 00 001', 3, 2],
      ['coordinator', 'Bo B, bo@stockholm.se, 08-508 00 002', 4, 2],
    ]);
  });

  test('group rows, a filled Verksamhet wins, an incomplete row is still data, a Status-only row is blank', () => {
    expect(t.groupRows).toEqual([7, 11, 13]);
    expect(t.rows.map((r) => [r.row, r.unit, r.description])).toEqual([
      [8, 'Avdelning A', 'Datorer'],
      [9, 'Avdelning B', 'Skärmar'],
      [12, 'Avdelning C', ''],
      [14, 'Avdelning C – Konsulter', 'Ombyggnad'],
    ]);
  });

  test('dates as serials or text, the period from its two columns', () => {
    expect(t.rows[0]).toMatchObject({
      start: { kind: 'ok', value: 45292 },
      periodFrom: { kind: 'ok', value: 45323 },
      periodTo: { kind: 'ok', value: 46418 },
      periodCombined: false,
      value: { kind: 'ok', value: 2_500_000 },
    });
    expect(t.rows[1]).toMatchObject({
      periodFrom: { kind: 'ok', value: 45352 },
      periodTo: { kind: 'empty' },
      value: { kind: 'ok', value: 3_500_000 },
    });
  });
});

test('no contact block at all: every line missing, pointing at the table', () => {
  const t = read(
    snapshotFrom([{ name: 'Blad1', rows: fixtureRows('upphandling-2021'), table: 'PlaneradeUpphandlingar' }]),
  );
  expect(t.title).toBeNull();
  expect(t.contact).toEqual([
    { key: 'administration', labelRow: 1, labelCol: 1, answer: '', answerRow: 1, answerCol: 1 },
    { key: 'lead', labelRow: 1, labelCol: 1, answer: '', answerRow: 1, answerCol: 1 },
    { key: 'coordinator', labelRow: 1, labelCol: 1, answer: '', answerRow: 1, answerCol: 1 },
  ]);
  expect(t.rows).toHaveLength(6);
});
