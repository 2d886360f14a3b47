import { missingContactParts, parseContactAnswer } from '../../../src/core/rules/procurement/contact';
import { contactMissing } from '../../../src/core/rules/procurement/contact-missing';
import { COMPLETE_CONTACT, contactLine, row } from './builders';
import { run } from './run';

describe('parseContactAnswer', () => {
  test('the 2021 lead line is complete', () => {
    expect(
      parseContactAnswer('Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'),
    ).toEqual({
      name: 'Johnny Ridemar',
      email: 'johnny.ridemar@stockholm.se',
      phone: '08-508 35 527',
    });
  });
  test('the 2021 administration line is complete', () => {
    expect(
      missingContactParts(
        'administration',
        'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500',
      ),
    ).toEqual([]);
  });
  test('labels are not names', () => {
    expect(parseContactAnswer('E:post: robert.nilsson@stockholm.se Tel: 08-508 29461')).toEqual({
      name: null,
      email: 'robert.nilsson@stockholm.se',
      phone: '08-508 29461',
    });
  });
  test('international and mobile numbers; no-break spaces', () => {
    expect(parseContactAnswer('Anna Öberg +46 8 508 35 000 anna.oberg@stockholm.se').phone).toBe(
      '+46 8 508 35 000',
    );
    expect(parseContactAnswer('Anna Öberg, 070-123\u00a045\u00a067').phone).toBe('070-123\u00a045\u00a067');
  });
  test('a short number is not a phone number; placeholders are not names', () => {
    expect(parseContactAnswer('Anna, 1234').phone).toBeNull();
    expect(parseContactAnswer('Vakant').name).toBeNull();
  });
});

describe('contact-missing (error per incomplete contact line)', () => {
  test('a complete block has no finding', () => {
    expect(run(contactMissing, [row()])).toEqual([]);
  });

  test('the 2021 coordinator line without an answer', () => {
    const contact = [...COMPLETE_CONTACT.slice(0, 2), contactLine('coordinator', '', 6)];
    const found = run(contactMissing, [row()], { contact });
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({
      rule: 'contact-missing',
      severity: 'error',
      sheet: 'Planerade upphandlingar',
      row: 6,
      column: null,
      cell: 'B6',
    });
    expect(found[0].message).toBe(
      'Blad "Planerade upphandlingar", rad 6 (B6): Kontaktuppgifter för upphandlings- och inköpssamordnare saknas. ' +
        'Fyll i namn, e-postadress och telefonnummer.',
    );
  });

  test('lines lacking a part say which', () => {
    const contact = [
      contactLine('administration', 'info.amf@stockholm.se', 2),
      contactLine('lead', 'johnny.ridemar@stockholm.se, 08-508 35 527', 3),
      contactLine('coordinator', 'Anna Andersson', 4),
    ];
    const found = run(contactMissing, [row()], { contact });
    expect(found.map((f) => f.brief)).toEqual([
      'telefonnummer saknas',
      'namn saknas',
      'e-postadress och telefonnummer saknas',
    ]);
    const en = run(contactMissing, [row()], { contact, lang: 'en' });
    expect(en[2].message).toContain('are missing the e-mail address and phone number');
  });

  test('a line the block lacks altogether', () => {
    const found = run(contactMissing, [row()], { contact: COMPLETE_CONTACT.slice(0, 2) });
    expect(found).toMatchObject([{ rule: 'contact-missing', row: null, cell: null }]);
    expect(found[0].message).toContain(
      'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer',
    );
  });
});

describe('contact-missing with the reader\'s "label not in the sheet" placement', () => {
  test("a line placed on the table's first header cell is reported as absent, pointing at the table", () => {
    const absent = {
      key: 'coordinator' as const,
      labelRow: 8,
      labelCol: 1,
      answer: '',
      answerRow: 8,
      answerCol: 1,
    };
    const found = run(contactMissing, [row()], { contact: [...COMPLETE_CONTACT.slice(0, 2), absent] });
    expect(found).toMatchObject([{ rule: 'contact-missing', row: null, cell: 'A8' }]);
    expect(found[0].message).toContain('saknar raden "Upphandlings- och inköpssamordnare');
  });
});
