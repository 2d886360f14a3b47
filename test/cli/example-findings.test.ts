/**
 * The findings a correct implementation reports — and must not report — on the published 2021
 * plans (fixtures README), through the CLI on the bundled example, as SPEC §9's JSON.
 */
import { EXAMPLE, runJson, sha, type JsonRun } from './run-cli';

describe('validate-procurement on the 2021 example', () => {
  let result: JsonRun;
  beforeAll(async () => {
    result = await runJson(['validate-procurement', EXAMPLE]);
  });

  it('reports exactly the four known findings', () => {
    const rules = result.json.findings.map((f) => f.rule).sort();
    expect(rules).toEqual([
      'contact-missing',
      'stray-punctuation',
      'type-category-mismatch',
      'value-under-threshold',
    ]);
  });

  it('points each finding at the sheet, Excel row and column', () => {
    const by = (rule: string) => result.json.findings.find((f) => f.rule === rule)!;
    expect(by('value-under-threshold')).toMatchObject({
      severity: 'error',
      sheet: 'Planerade upphandlingar',
      row: 14,
      column: 'Uppskattat kontraktsvärde',
      cell: 'E14',
    });
    expect(by('type-category-mismatch')).toMatchObject({ severity: 'warning', row: 14, cell: 'F14' });
    expect(by('stray-punctuation')).toMatchObject({ severity: 'warning', row: 15, column: 'Beskrivning' });
    expect(by('contact-missing')).toMatchObject({ severity: 'error', row: 5, cell: 'B5' });
  });

  it("does not report Handledning's later contract start nor its 4-year period, nor the 3-year framework", () => {
    const rules = result.json.findings.map((f) => f.rule);
    expect(rules).not.toContain('period-before-start');
    expect(rules).not.toContain('framework-over-4-years');
    expect(rules).not.toContain('start-outside-plan-year');
  });

  it('summarises rows as SPEC §9 and exits 1 because the plan has errors', () => {
    expect(result.json.summary).toMatchObject({ rows: 6, ok: 4, warnings: 1, errors: 1, planYear: 2021 });
    expect(result.code).toBe(1);
  });
});

describe('check on the 2021 example', () => {
  let result: JsonRun;
  beforeAll(async () => {
    result = await runJson(['check', EXAMPLE]);
  });

  it('reports exactly the four known VoR ↔ IKP inconsistencies', () => {
    const rules = result.json.findings.map((f) => f.rule).sort();
    expect(rules).toEqual(['ikp-excluded-in-vor', 'ikp-not-in-vor', 'ikp-not-in-vor', 'ikp-text-differs']);
  });

  it("names the events: 7 excluded, the two IKP events missing from the VoR, event 27's method", () => {
    const f = result.json.findings as Array<{ rule: string; message: string; column: string | null }>;
    expect(f.find((x) => x.rule === 'ikp-excluded-in-vor')!.message).toContain(
      'Rättssäkerhet kan inte säkerställas.',
    );
    const notIn = f.filter((x) => x.rule === 'ikp-not-in-vor').map((x) => x.message);
    expect(
      notIn.some((m) => m.includes('Bristande kunskaper bland medarbetarna gällande informationssäkerhet')),
    ).toBe(true);
    expect(notIn.some((m) => m.includes('Upphandlingar genomförs inte trots att lagar och regler'))).toBe(
      true,
    );
    const differs = f.find((x) => x.rule === 'ikp-text-differs')!;
    expect(differs.column).toBe('Arbetssätt');
    expect(differs.message).toContain('Projektredovisning');
    expect(differs.message).toContain('Projektrevisning');
  });

  it('does not report Informations-säkerhet, any RV, or a missing event', () => {
    const rules = result.json.findings.map((f) => f.rule);
    expect(rules).not.toContain('ikp-rv-differs');
    expect(rules).not.toContain('ikp-missing');
    expect(result.json.findings.filter((f) => f.rule === 'ikp-text-differs')).toHaveLength(1);
  });

  it('reports no VoR rule on the published VoR and exits 1 (ikp-not-in-vor is an error)', () => {
    const vorRules = [
      'scale-invalid',
      'scale-label-mismatch',
      'scale-out-of-range',
      'rv-mismatch',
      'mandatory-excluded',
      'decision-missing',
      'action-missing',
      'nr-missing',
      'nr-duplicate',
      'column-missing',
    ];
    expect(result.json.findings.filter((f) => vorRules.includes(f.rule))).toEqual([]);
    expect(result.code).toBe(1);
  });
});

test('the CLI never modifies its input', async () => {
  const before = sha(EXAMPLE);
  await runJson(['check', EXAMPLE]);
  await runJson(['validate-procurement', EXAMPLE]);
  expect(sha(EXAMPLE)).toBe(before);
});
