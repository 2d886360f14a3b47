import { buildProcurementExport, EXPORT_COLUMNS, exportSummary } from '../../../src/core/procurement/export';
import { csvCell, csvQuote, neutraliseFormula, procurementCsv } from '../../../src/core/procurement/csv';
import { validateProcurementRows } from '../../../src/core/procurement/validate';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { COMPLETE_CONTACT, contactLine, row, serial, table } from './builders';

function plan() {
  return table(
    [
      row({ row: 10, unit: 'Arbetsmarknadsinsatser', description: 'Gröna investeringar' }),
      row({ row: 11, description: 'Digitalt lyft av jobbtorg och SYV', value: 1_000_000, type: 'Vara' }),
      row({
        row: 12,
        description: 'Handledning,',
        from: '2021-04-01',
        to: '2025-03-31',
        value: 5_000_000,
        type: ' tjänst ',
      }),
      row({ row: 13, description: '', value: null }),
    ],
    { contact: [...COMPLETE_CONTACT.slice(0, 2), contactLine('coordinator', '', 5)] },
  );
}

function exported(lang: 'sv' | 'en' = 'sv') {
  const t = plan();
  const v = validateProcurementRows(t, DEFAULT_SETTINGS, 2021, lang);
  return buildProcurementExport(t, v.perRow);
}

describe('buildProcurementExport', () => {
  const exp = exported();

  test('keeps rows without errors (warnings pass) and leaves out rows with errors', () => {
    expect(exp.rows.map((r) => r.sourceRow)).toEqual([10, 12]);
    expect(exp.excluded).toMatchObject([
      { row: 11, rule: 'value-under-threshold', column: 'Uppskattat kontraktsvärde', errorCount: 1 },
      { row: 13, rule: 'value-missing', errorCount: 2 },
    ]);
    expect(exp.excluded[0].reason).toContain('1 000 000 kr är inte över 1 000 000 kr');
  });

  test('a clean table: numbers as numbers, dates as serials, period split, type canonical', () => {
    expect(exp.columns.map((c) => c.header)).toEqual([
      'Verksamhet',
      'Kategorifamilj',
      'Beskrivning',
      'Planerat startdatum',
      'Avtalsperiod fr.o.m',
      'Avtalsperiod t.o.m',
      'Uppskattat kontraktsvärde (kr)',
      'Kontraktstyp',
    ]);
    expect(exp.rows[1].cells).toEqual([
      'Arbetsmarknadsinsatser',
      'Externa tjänster, 1013, 101810',
      'Handledning,',
      serial('2021-01-01'),
      serial('2021-04-01'),
      serial('2025-03-31'),
      5_000_000,
      'Tjänst',
    ]);
  });

  test('the contact block, every line, answer or not', () => {
    expect(exp.contact.map((c) => [c.key, c.answer])).toEqual([
      ['administration', 'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500'],
      ['lead', 'Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'],
      ['coordinator', ''],
    ]);
    expect(exp.contact[2].label).toBe(
      'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer',
    );
  });

  test('reasons follow the language; the summary names the rows left out', () => {
    expect(exported('en').excluded[0].reason).toContain('is not over 1,000,000 kr');
    expect(exportSummary(exp)).toBe(
      '2 rader exporterades. 2 rader med fel exporterades inte: rad 11, rad 13.',
    );
    expect(exportSummary(exp, 'en')).toBe(
      '2 rows were exported. 2 rows with errors were not exported: row 11, row 13.',
    );
    expect(exportSummary({ ...exp, rows: exp.rows.slice(0, 1), excluded: [] })).toBe('1 rad exporterades.');
  });
});

describe('procurementCsv', () => {
  const csv = procurementCsv(exported());

  test('UTF-8 BOM, semicolons, CRLF, ISO dates, plain amounts, Swedish characters intact', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toEqual([
      'Verksamhet;Kategorifamilj;Beskrivning;Planerat startdatum;Avtalsperiod fr.o.m;Avtalsperiod t.o.m;Uppskattat kontraktsvärde (kr);Kontraktstyp',
      'Arbetsmarknadsinsatser;Externa tjänster, 1013, 101810;Gröna investeringar;2021-01-01;2021-01-01;2021-12-31;3000000;Tjänst',
      'Arbetsmarknadsinsatser;Externa tjänster, 1013, 101810;Handledning,;2021-01-01;2021-04-01;2025-03-31;5000000;Tjänst',
      '',
    ]);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  });

  test('contact lines first, then an empty line, when asked for', () => {
    const withContact = procurementCsv(exported(), { includeContact: true }).slice(1).split('\r\n');
    expect(withContact.slice(0, 5)).toEqual([
      'Kontaktuppgift förvaltningen, mailadress och telefonnummer;Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500',
      'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer;Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527',
      'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer;',
      '',
      'Verksamhet;Kategorifamilj;Beskrivning;Planerat startdatum;Avtalsperiod fr.o.m;Avtalsperiod t.o.m;Uppskattat kontraktsvärde (kr);Kontraktstyp',
    ]);
  });

  test.each([
    ['=HYPERLINK("http://x","klicka")', `"'=HYPERLINK(""http://x"",""klicka"")"`],
    ['+46 8 508 35 500', "'+46 8 508 35 500"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
  ])('text %j is neutralised as %j', (text, field) => {
    expect(csvCell(text, 'text')).toBe(field);
  });

  test('ordinary text is left alone; quoting per RFC 4180', () => {
    expect(neutraliseFormula('Städ; fönster')).toBe('Städ; fönster');
    expect(csvQuote('Städ; fönster')).toBe('"Städ; fönster"');
    expect(csvQuote('Säg "hej"')).toBe('"Säg ""hej"""');
    expect(csvQuote('rad 1\nrad 2')).toBe('"rad 1\nrad 2"');
    expect(csvQuote('Externa tjänster, 1013')).toBe('Externa tjänster, 1013');
    expect(csvCell('Åtgärd – ärende', 'text')).toBe('Åtgärd – ärende');
  });

  test('amounts are numbers: integers plain, fractions with a decimal comma, negatives unneutralised', () => {
    expect(csvCell(3_000_000, 'amount')).toBe('3000000');
    expect(csvCell(1_500_000.5, 'amount')).toBe('1500000,5');
    expect(csvCell(1_234.567, 'amount')).toBe('1234,57');
    expect(csvCell(-5000, 'amount')).toBe('-5000');
    expect(csvCell(null, 'amount')).toBe('');
  });

  test('dates as ISO', () => {
    expect(csvCell(serial('2024-02-29'), 'date')).toBe('2024-02-29');
  });

  test('a text cell with a separator or formula inside a whole export', () => {
    const t = table([row({ row: 10, unit: '=cmd|/C calc!A0', description: 'Städ; fönster "extra"' })]);
    const v = validateProcurementRows(t, DEFAULT_SETTINGS, 2021);
    const out = procurementCsv(buildProcurementExport(t, v.perRow));
    expect(out).toContain(`'=cmd|/C calc!A0;Externa tjänster, 1013, 101810;"Städ; fönster ""extra""";`);
  });

  test('EXPORT_COLUMNS kinds', () => {
    expect(EXPORT_COLUMNS.map((c) => c.kind)).toEqual([
      'text',
      'text',
      'text',
      'date',
      'date',
      'date',
      'amount',
      'text',
    ]);
  });
});
