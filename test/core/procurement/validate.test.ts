import { validateProcurementRows } from '../../../src/core/procurement/validate';
import { statusText, statusToken } from '../../../src/core/procurement/status-text';
import type { Finding } from '../../../src/core/findings/finding';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { COMPLETE_CONTACT, contactLine, row, table } from './builders';

function plan() {
  return table(
    [
      row({ row: 10, description: 'Gröna investeringar' }),
      row({ row: 11, description: 'Digitalt lyft av jobbtorg och SYV', value: 1_000_000, type: 'Vara' }),
      row({ row: 12, description: 'Handledning,', from: '2021-04-01', to: '2025-03-31', value: 5_000_000 }),
      row({ row: 13, description: '', value: null, type: 'Vara' }),
      row({ row: 14, description: 'Innovation insatser vuxna' }),
    ],
    { contact: [...COMPLETE_CONTACT.slice(0, 2), contactLine('coordinator', '', 5)] },
  );
}

describe('validateProcurementRows', () => {
  const result = validateProcurementRows(plan(), DEFAULT_SETTINGS, 2021, 'sv');

  test('summary: a row with an error counts as error, else with a warning as warning (SPEC §9)', () => {
    expect(result.summary).toEqual({ rows: 5, ok: 2, warnings: 1, errors: 2 });
  });

  test('contact findings come first and are not rows', () => {
    expect(result.findings[0]).toMatchObject({ rule: 'contact-missing', row: 5 });
    expect(result.contactFindings).toHaveLength(1);
    expect(result.perRow.has(5)).toBe(false);
  });

  test('findings are plain Findings in sheet order, errors before warnings within a row', () => {
    expect(result.findings.map((f) => `${f.row}:${f.rule}`)).toEqual([
      '5:contact-missing',
      '11:value-under-threshold',
      '11:type-category-mismatch',
      '12:stray-punctuation',
      '13:value-missing',
      '13:description-missing',
      '13:type-category-mismatch',
    ]);
    for (const f of result.findings)
      expect(Object.keys(f).sort()).toEqual([
        'cell',
        'column',
        'message',
        'row',
        'rule',
        'severity',
        'sheet',
      ]);
  });

  test('perRow has every data row, clean rows with no findings', () => {
    expect([...result.perRow.keys()]).toEqual([10, 11, 12, 13, 14]);
    expect(result.perRow.get(10)).toEqual([]);
    expect(result.perRow.get(11)!.map((f) => f.rule)).toEqual([
      'value-under-threshold',
      'type-category-mismatch',
    ]);
  });

  test('Status texts', () => {
    expect(result.status.get(10)).toBe('OK');
    expect(result.status.get(11)).toBe(
      'Fel: [Uppskattat kontraktsvärde] inte över 1 000 000 kr; Varning: [Kontraktstyp (vara/tjänst/entreprenad)] Vara men kategorin är tjänster',
    );
    expect(result.status.get(12)).toBe(
      'Varning: [Beskrivning] "Handledning," har överflödiga tecken i början eller slutet',
    );
    expect(result.status.get(13)).toBe(
      'Fel: [Uppskattat kontraktsvärde] saknas; [Beskrivning] saknas; Varning: [Kontraktstyp (vara/tjänst/entreprenad)] Vara men kategorin är tjänster',
    );
  });

  test('every finding with a column has its bracketed header in the row Status (the highlight contract)', () => {
    for (const f of result.findings) {
      if (f.column === null || f.row === null) continue;
      expect(result.status.get(f.row)).toContain(statusToken(f.column));
    }
  });

  test('English', () => {
    const en = validateProcurementRows(plan(), DEFAULT_SETTINGS, 2021, 'en');
    expect(en.status.get(10)).toBe('OK');
    expect(en.status.get(11)).toBe(
      'Error: [Uppskattat kontraktsvärde] not over 1,000,000 kr; Warning: [Kontraktstyp (vara/tjänst/entreprenad)] Vara but the category is services',
    );
    expect(en.findings[0].message).toContain(
      'Contact details for the procurement and purchasing coordinator are missing',
    );
  });

  test('threshold from settings changes the verdict', () => {
    const r = validateProcurementRows(plan(), { ...DEFAULT_SETTINGS, procurementThreshold: 2_000_000 }, 2021);
    // 3 000 000 and 5 000 000 still pass; the 1 000 000 row still fails.
    expect(r.findings.filter((f) => f.rule === 'value-under-threshold').map((f) => f.row)).toEqual([11]);
    const r2 = validateProcurementRows(
      plan(),
      { ...DEFAULT_SETTINGS, procurementThreshold: 4_000_000 },
      2021,
    );
    expect(r2.findings.filter((f) => f.rule === 'value-under-threshold').map((f) => f.row)).toEqual([
      10, 11, 14,
    ]);
  });

  test('plan year null skips the start-year rule', () => {
    const t = table([row({ row: 10, start: '2019-05-01', from: '2019-05-01' })]);
    expect(validateProcurementRows(t, DEFAULT_SETTINGS, null).summary.ok).toBe(1);
    expect(validateProcurementRows(t, DEFAULT_SETTINGS, 2021).findings.map((f) => f.rule)).toEqual([
      'start-outside-plan-year',
    ]);
  });

  test('an empty table', () => {
    const r = validateProcurementRows(table([]), DEFAULT_SETTINGS, 2021);
    expect(r.summary).toEqual({ rows: 0, ok: 0, warnings: 0, errors: 0 });
    expect(r.findings).toEqual([]);
  });
});

describe('statusText', () => {
  const f = (
    severity: Finding['severity'],
    column: string | null,
    message: string,
    brief?: string,
  ): Finding & { brief?: string } => ({
    rule: 'value-invalid',
    severity,
    sheet: 'S',
    row: 3,
    column,
    cell: null,
    message,
    ...(brief === undefined ? {} : { brief }),
  });

  test('OK for no findings, in both languages', () => {
    expect(statusText([], 'sv')).toBe('OK');
    expect(statusText([], 'en')).toBe('OK');
  });

  test('errors are listed first even when given after warnings', () => {
    expect(statusText([f('warning', 'B', 'w', 'varning'), f('error', 'A', 'e', 'fel')])).toBe(
      'Fel: [A] fel; Varning: [B] varning',
    );
  });

  test('only warnings', () => {
    expect(
      statusText([f('warning', 'Beskrivning', 'm', 'x'), f('warning', 'Kontraktstyp', 'm', 'y')], 'en'),
    ).toBe('Warning: [Beskrivning] x; [Kontraktstyp] y');
  });

  test('a plain Finding without brief falls back to its message; no column means no brackets', () => {
    expect(statusText([f('error', null, 'Något är fel')])).toBe('Fel: Något är fel');
  });

  test('statusToken collapses whitespace of wrapped headers', () => {
    expect(statusToken('Uppskattat\nkontraktsvärde ')).toBe('[Uppskattat kontraktsvärde]');
    expect(statusText([f('error', 'Uppskattat\nkontraktsvärde', 'm', 'saknas')])).toBe(
      'Fel: [Uppskattat kontraktsvärde] saknas',
    );
  });
});
