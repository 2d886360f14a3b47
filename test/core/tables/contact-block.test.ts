import { contactLabelKey, readContactBlock } from '../../../src/core/tables/contact-block';
import type { CellValue, SheetSnapshot } from '../../../src/core/workbook/snapshot';

const ADMIN = 'Kontaktuppgift förvaltningen, mailadress och telefonnummer';
const LEAD = 'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer';
const COORD = 'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer';

const sheet = (values: CellValue[][]): SheetSnapshot => ({ name: 'Planerade upphandlingar', values });

describe('contactLabelKey', () => {
  test.each([
    [ADMIN, 'administration'],
    [LEAD, 'lead'],
    [COORD, 'coordinator'],
    ['Upphandlings- och inköpssamordnare (namn, e-post, telefon):', 'coordinator'],
    ['UPPHANDLINGSANSVARIG – NAMN OCH TELEFON', 'lead'],
  ])('%p → %p', (text, key) => {
    expect(contactLabelKey(text)).toBe(key);
  });

  test.each([
    ['Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'],
    [
      'Kontaktuppgifter anges för upphandlings- och inköpsansvarig samt för upphandlings- och inköpssamordnare.',
    ],
    ['PLAN FÖR UPPHANDLING 2021'],
    ['Planerade upphandlingar'],
    [''],
  ])('%p is no label', (text) => {
    expect(contactLabelKey(text)).toBeNull();
  });
});

describe('readContactBlock', () => {
  test('answers one blank row below their labels, as in the published PDF', () => {
    const s = sheet([
      ['PLAN FÖR UPPHANDLING 2021'],
      ['Anvisningar'],
      [ADMIN],
      [],
      ['Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500'],
      [],
      [LEAD],
      [],
      ['Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'],
      [],
      [COORD],
      ['Planerade upphandlingar'],
      ['Kategorifamilj', 'Beskrivning'],
    ]);
    const { contact, title } = readContactBlock(s, 13, 1);
    expect(title).toBe('PLAN FÖR UPPHANDLING 2021');
    expect(contact.map((c) => [c.key, c.labelRow, c.answer !== '', c.answerRow, c.answerCol])).toEqual([
      ['administration', 3, true, 5, 1],
      ['lead', 7, true, 9, 1],
      // The subtitle below the coordinator's label is not its answer. Two rows below, like the
      // others, would be the table's header: the answer belongs to the right of the label.
      ['coordinator', 11, false, 11, 2],
    ]);
  });

  test('a label followed directly by the next label has no answer', () => {
    const s = sheet([
      [ADMIN],
      [LEAD],
      ['Anna, anna@stockholm.se, 08-1234567'],
      [COORD],
      ['Bo, bo@stockholm.se, 08-7654321'],
      ['Kategorifamilj'],
    ]);
    const { contact } = readContactBlock(s, 6, 1);
    expect(contact.map((c) => [c.key, c.answer, c.answerRow, c.answerCol])).toEqual([
      // Laid out like the found answers (one row below) would hit the next label: to the right.
      ['administration', '', 1, 2],
      ['lead', 'Anna, anna@stockholm.se, 08-1234567', 3, 1],
      ['coordinator', 'Bo, bo@stockholm.se, 08-7654321', 5, 1],
    ]);
  });

  test("answers to the right, the coordinator's missing: it belongs to the right too", () => {
    const s = sheet([
      [null, 'Plan för upphandling 2024'],
      [null, ADMIN, null, 'Förvaltningen, info@stockholm.se'],
      [null, LEAD, null, 'Anna, anna@stockholm.se, 08-1234567'],
      [null, COORD],
      [],
      [null, 'Kategorifamilj'],
    ]);
    const { contact, title } = readContactBlock(s, 6, 2);
    expect(title).toBe('Plan för upphandling 2024');
    expect(contact.map((c) => [c.key, c.labelCol, c.answer, c.answerRow, c.answerCol])).toEqual([
      ['administration', 2, 'Förvaltningen, info@stockholm.se', 2, 4],
      ['lead', 2, 'Anna, anna@stockholm.se, 08-1234567', 3, 4],
      ['coordinator', 2, '', 4, 4],
    ]);
  });

  test("a missing label points at the table's header row and first column", () => {
    const s = {
      name: 'P',
      values: [[ADMIN, 'info@x.se'], [], ['Kategorifamilj']],
      origin: { row: 3, col: 2 },
    } as SheetSnapshot;
    const { contact } = readContactBlock(s, 5, 2);
    expect(contact).toEqual([
      { key: 'administration', labelRow: 3, labelCol: 2, answer: 'info@x.se', answerRow: 3, answerCol: 3 },
      { key: 'lead', labelRow: 5, labelCol: 2, answer: '', answerRow: 5, answerCol: 2 },
      { key: 'coordinator', labelRow: 5, labelCol: 2, answer: '', answerRow: 5, answerCol: 2 },
    ]);
  });
});

test('a year in a label does not make it an answer; a phone number does', () => {
  expect(contactLabelKey('Upphandlings- och inköpssamordnare 2021, namn och telefon')).toBe('coordinator');
  expect(contactLabelKey('Samordnare: Bo Berg, telefon 08-508 35 527')).toBeNull();
});
