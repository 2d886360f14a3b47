/**
 * The published 2021 procurement plan (test/data/upphandling-2021.tsv) with the contact block of
 * seed 003 above it, coordinator unanswered: exactly the four findings of
 * shared/fixtures/README.md, "Known findings in the 2021 procurement plan", and none of its
 * non-findings.
 */
import { buildProcurementExport } from '../../../src/core/procurement/export';
import { procurementCsv } from '../../../src/core/procurement/csv';
import { detectPlanYear } from '../../../src/core/procurement/plan-year';
import { validateProcurementRows } from '../../../src/core/procurement/validate';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { locateTables } from '../../../src/core/tables/locate';
import { readProcurement } from '../../../src/core/tables/read-procurement';
import type { WorkbookSnapshot } from '../../../src/core/workbook/snapshot';
import { fixtureRows, snapshotFrom } from '../../helpers/tsv-workbook';

const ABOVE: string[][] = [
  ['PLAN FÖR UPPHANDLING 2021'], // 1
  [], // 2
  ['Kontaktuppgift förvaltningen, mailadress och telefonnummer'], // 3
  ['Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500'], // 4
  ['Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer'], // 5
  ['Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527'], // 6
  ['Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer'], // 7 — no answer
  [], // 8
  ['Planerade upphandlingar'], // 9
];
// Header on row 10, group rows 11–12, procurements on rows 13–18.
const DIGITALT_LYFT = 17;
const HANDLEDNING = 18;

function workbook(asTable: boolean, sheet: string): WorkbookSnapshot {
  return snapshotFrom([
    {
      name: sheet,
      rows: [...ABOVE, ...fixtureRows('upphandling-2021')],
      table: asTable ? 'PlaneradeUpphandlingar' : undefined,
      tableAt: ABOVE.length,
    },
  ]);
}

function validate(wb: WorkbookSnapshot) {
  const loc = locateTables(wb).procurement;
  if (!loc) throw new Error('procurement table not found');
  const table = readProcurement(wb, loc);
  const planYear = detectPlanYear({
    title: table.title,
    settingYear: null,
    optionYear: null,
    rows: table.rows,
  });
  return { table, planYear, result: validateProcurementRows(table, DEFAULT_SETTINGS, planYear.year, 'sv') };
}

describe.each([
  ['as a real table', true, 'Planerade upphandlingar'],
  ['as a plain range under the contact block', false, 'Upphandling 2021'],
])('2021 procurement plan %s', (_how, asTable, sheet) => {
  const { table, planYear, result } = validate(workbook(asTable, sheet));

  test('the plan year comes from the title', () => {
    expect(planYear).toEqual({ year: 2021, source: 'title', note: null });
  });

  test('six data rows; the two group rows are not rows', () => {
    expect(table.rows.map((r) => r.row)).toEqual([13, 14, 15, 16, 17, 18]);
    expect(table.groupRows).toEqual([11, 12]);
  });

  test('exactly the four known findings', () => {
    expect(result.findings.map((f) => [f.rule, f.row, f.column])).toEqual([
      ['contact-missing', 8, null],
      ['value-under-threshold', DIGITALT_LYFT, 'Uppskattat kontraktsvärde'],
      ['type-category-mismatch', DIGITALT_LYFT, 'Kontraktstyp (vara/tjänst/entreprenad)'],
      ['stray-punctuation', HANDLEDNING, 'Beskrivning'],
    ]);
    for (const f of result.findings) expect(f.sheet).toBe(sheet);
    expect(result.findings[0].message).toContain('upphandlings- och inköpssamordnare');
    expect(result.findings[1].message).toContain(
      'Uppskattat kontraktsvärde 1 000 000 kr är inte över 1 000 000 kr',
    );
    expect(result.findings[1].cell).toBe(`E${DIGITALT_LYFT}`);
    expect(result.findings[3].cell).toBe(`B${HANDLEDNING}`);
  });

  test('none of the non-findings', () => {
    const rules = new Set(result.findings.map((f) => f.rule));
    for (const r of [
      'period-before-start',
      'framework-over-4-years',
      'start-outside-plan-year',
      'duplicate-row',
      'category-invalid',
    ] as const) {
      expect(rules.has(r)).toBe(false);
    }
    // The lead and administration lines are complete; only the coordinator is reported.
    expect(result.findings.filter((f) => f.rule === 'contact-missing')).toHaveLength(1);
  });

  test('summary and Status', () => {
    expect(result.summary).toEqual({ rows: 6, ok: 4, warnings: 1, errors: 1 });
    expect(result.status.get(DIGITALT_LYFT)).toBe(
      'Fel: [Uppskattat kontraktsvärde] inte över 1 000 000 kr; Varning: [Kontraktstyp (vara/tjänst/entreprenad)] Vara men kategorin är tjänster',
    );
    expect(result.status.get(HANDLEDNING)).toMatch(/^Varning: \[Beskrivning\] "Handledning,"/);
    expect(result.status.get(13)).toBe('OK');
  });

  test('the export leaves out Digitalt lyft and keeps Handledning, (a warning)', () => {
    const exp = buildProcurementExport(table, result.perRow);
    expect(exp.rows.map((r) => r.sourceRow)).toEqual([13, 14, 15, 16, 18]);
    expect(exp.excluded.map((e) => [e.row, e.rule])).toEqual([[DIGITALT_LYFT, 'value-under-threshold']]);
    const csv = procurementCsv(exp).slice(1).split('\r\n');
    expect(csv[3]).toBe(
      'Jobbtorg Stockholm – Arbetsmarknadsinsatser;Externa tjänster, 1013, 101810;Ramavtal yrkesutbildningar;2021-11-01;2021-11-01;2024-10-31;18000000;Tjänst',
    );
  });
});
