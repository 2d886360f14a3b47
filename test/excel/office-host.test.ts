/**
 * The add-in's host inside (fake) Excel, end to end: the task pane's commands on the 2021
 * example give the same findings as the CLI, in a constant number of syncs whatever the size,
 * every command twice leaves the workbook as once, cells the add-in does not own are never
 * written, and what people type in the IKP survives regeneration (SPEC §6, §8).
 */
import * as path from 'path';
import { createWorkbookHost } from '../../src/app/command-host';
import type { WorkbookHost } from '../../src/app/workbook-host';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { officeSession } from '../../src/excel/office-host';
import { readXlsxFile } from '../../src/xlsx/read-file';
import { createFakeExcel, type FakeExcel, type WorkbookState } from '../fake-excel';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { vorRows, procurementRows } = require('../../scripts/synthetic') as {
  vorRows: (n: number) => CellValue[][];
  procurementRows: (n: number) => CellValue[][];
};

const NOW = new Date(2026, 10, 22, 9, 30);
let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

let example: WorkbookSnapshot;
beforeAll(async () => {
  example = (await readXlsxFile(path.join(__dirname, '..', '..', 'examples', 'amn-2021.xlsx'))).snapshot;
});

function hostOn(init: WorkbookSnapshot): WorkbookHost {
  fake = createFakeExcel(init);
  return createWorkbookHost(officeSession('sv'), 'sv', { now: () => NOW });
}

async function syncsOf(run: () => Promise<unknown>): Promise<{ syncs: number; maxRequestBytes: number }> {
  const before = fake!.syncs.length;
  await run();
  const done = fake!.syncs.slice(before);
  return { syncs: done.length, maxRequestBytes: Math.max(...done.map((s) => s.requestBytes)) };
}

/** One table per workbook: a 10 000-row VoR and a 10 000-row plan together would not fit one
 * 5 MB response of Excel on the web, and the reader would (rightly) read in blocks. */
function vorWorkbook(events: number): WorkbookSnapshot {
  return { sheets: [{ name: 'Risk & Väsentlighet', values: vorRows(events) }], tables: [] };
}

function procurementWorkbook(rows: number): WorkbookSnapshot {
  return { sheets: [{ name: 'Planerade upphandlingar', values: procurementRows(rows) }], tables: [] };
}

describe('on the 2021 example', () => {
  it('check reports the four known VoR ↔ IKP inconsistencies', async () => {
    const host = hostOn(example);
    const r = await host.check();
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'ikp-excluded-in-vor',
      'ikp-not-in-vor',
      'ikp-not-in-vor',
      'ikp-text-differs',
    ]);
  });

  it('validate procurement reports the four known findings and writes the Status column', async () => {
    const host = hostOn(example);
    const r = await host.validateProcurement();
    expect(r.findings.map((f) => f.rule).sort()).toEqual([
      'contact-missing',
      'stray-punctuation',
      'type-category-mismatch',
      'value-under-threshold',
    ]);
    const sheet = fake!.state().sheets.find((s) => s.name === 'Planerade upphandlingar')!;
    expect(sheet.cells['G7']?.value).toBe('Status');
    expect(String(sheet.cells['G14']?.value)).toMatch(/^Fel: \[Uppskattat kontraktsvärde\]/);
    expect(sheet.cells['G10']?.value).toBe('OK');
  });

  it('generate IKP makes the Internkontrollplan and Riskmatris sheets and reports the counts', async () => {
    const host = hostOn(example);
    const r = await host.generateIkp();
    expect(r.summary).toContain('25 händelser av 65');
    const s = fake!.state();
    expect(s.sheets.map((x) => x.name)).toEqual(expect.arrayContaining(['Internkontrollplan', 'Riskmatris']));
    expect(s.tables.map((t) => t.name)).toEqual(
      expect.arrayContaining(['RiskVasentlighet', 'Internkontrollplan']),
    );
  });

  it('reads the status the task pane shows', async () => {
    const host = hostOn(example);
    const status = await host.readStatus();
    expect(status.tables.map((t) => [t.kind, t.found, t.rows])).toEqual([
      ['vor', true, 65],
      ['ikp', true, 28],
      ['procurement', true, 6],
    ]);
    expect(status.planYear).toEqual({ year: 2021, source: 'title' });
  });

  it('exports the passing rows as CSV and a sheet', async () => {
    const host = hostOn(example);
    const r = await host.exportProcurement();
    expect(r.csv.startsWith('\uFEFF')).toBe(true);
    expect(r.csv).not.toContain('Digitalt lyft');
    expect(r.csv).toContain('Gröna investeringar');
    expect(r.fileName).toBe('planerade-upphandlingar-2021.csv');
    expect(fake!.state().sheets.map((s) => s.name)).toContain('Till inköpsenheten');
  });
});

describe('a constant number of syncs whatever the size (SPEC §8)', () => {
  const measured: Record<string, Record<number, { syncs: number; maxRequestBytes: number }>> = {
    generateIkp: {},
    validateProcurement: {},
  };

  it.each([100, 10000])('%i rows: generate IKP and validate procurement', async (n) => {
    const vorHost = hostOn(vorWorkbook(n));
    measured.generateIkp[n] = await syncsOf(() => vorHost.generateIkp());
    fake!.uninstall();
    const procurementHost = hostOn(procurementWorkbook(n));
    measured.validateProcurement[n] = await syncsOf(() => procurementHost.validateProcurement());
    expect(measured.generateIkp[n].syncs).toBeLessThanOrEqual(4);
    expect(measured.validateProcurement[n].syncs).toBeLessThanOrEqual(4);
    expect(measured.generateIkp[n].maxRequestBytes).toBeLessThanOrEqual(4_000_000);
  });

  it('is the same at 100 and 10 000 rows', () => {
    expect(measured.generateIkp[10000].syncs).toBe(measured.generateIkp[100].syncs);
    expect(measured.validateProcurement[10000].syncs).toBe(measured.validateProcurement[100].syncs);
  });
});

/** Every cell of the sheets the user owns, except the ones the add-in owns. */
function userCells(
  s: WorkbookState,
  owned: (sheet: string, address: string) => boolean,
): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const sheet of s.sheets) {
    if (
      ['Internkontrollplan', 'Riskmatris', 'Internkontroll inställningar', 'Till inköpsenheten'].includes(
        sheet.name,
      )
    )
      continue;
    for (const [addr, cell] of Object.entries(sheet.cells)) {
      if (owned(sheet.name, addr)) continue;
      if (cell.value === null && !cell.formula) continue;
      out[`${sheet.name}!${addr}`] = [cell.value, cell.formula ?? null];
    }
  }
  return out;
}

describe('non-destructive (SPEC §8)', () => {
  // The 2021 example: VoR table A3:I69 gets RV (H, formula) and Riskklass (J, appended), the IKP
  // decision column I only where blank and mandatory (none here: every mandatory event is Ja);
  // the procurement plan gets Status (G, appended).
  const owned = (sheet: string, addr: string): boolean => {
    const col = addr.replace(/\d+/g, '');
    if (sheet === 'Risk & Väsentlighet') return col === 'H' || col === 'J';
    if (sheet === 'Planerade upphandlingar') return col === 'G';
    return false;
  };

  it.each([
    'convertToTables',
    'refreshRisk',
    'generateIkp',
    'check',
    'validateProcurement',
    'exportProcurement',
    'setupTemplate',
  ] as const)(
    '%s never writes a cell the add-in does not own, and twice is the same as once',
    async (command) => {
      const host = hostOn(example);
      const before = userCells(fake!.state(), owned);
      await host[command]();
      const once = fake!.state();
      expect(userCells(once, owned)).toEqual(before);
      await host[command]();
      expect(fake!.state()).toEqual(once);
    },
  );

  it('saving settings rewrites the thresholds in the live formulas and keeps every user cell', async () => {
    const host = hostOn(example);
    const before = userCells(fake!.state(), owned);
    await host.saveSettings({
      ikpThreshold: 10,
      actionThreshold: 6,
      procurementThreshold: 2_000_000,
      planYear: 2021,
    });
    const s = fake!.state();
    expect(userCells(s, owned)).toEqual(before);
    const vor = s.tables.find((t) => t.name === 'RiskVasentlighet')!;
    expect(vor.calculated.Riskklass).toContain('>=10');
    expect((await host.readStatus()).settings.ikpThreshold).toBe(10);
  });

  it('keeps what people typed in the IKP when it is generated again', async () => {
    const host = hostOn(example);
    await host.generateIkp();
    // A person fills Kontrollansvarig for event 23 (through Excel, i.e. the fake's own API).
    const ikp = fake!.state().tables.find((t) => t.name === 'Internkontrollplan')!;
    const col = String.fromCharCode(65 + ikp.headers.indexOf('Kontrollansvarig'));
    const sheet = fake!.state().sheets.find((s) => s.name === 'Internkontrollplan')!;
    const row23 = Object.entries(sheet.cells)
      .find(([a, c]) => a.startsWith('E') && c.value === 23)![0]
      .slice(1);
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Internkontrollplan').getRange(`${col}${row23}`).values = [
        ['Ekonomichefen'],
      ];
      await ctx.sync();
    });
    await host.generateIkp();
    const after = fake!.state().sheets.find((s) => s.name === 'Internkontrollplan')!;
    expect(after.cells[`${col}${row23}`]?.value).toBe('Ekonomichefen');
  });
});

test('convert to tables turns the three plain ranges of the example into tables, values untouched', async () => {
  const host = hostOn(example);
  const before = fake!.snapshot();
  const r = await host.convertToTables();
  expect(r.summary).toMatch(/^Gjorde om till tabell: RiskVasentlighet \(Risk & Väsentlighet A3:I69\)/);
  const s = fake!.state();
  expect(s.tables.map((t) => [t.name, t.sheet, t.address]).sort()).toEqual([
    ['Internkontrollplan', 'Internkontrollplan', 'A3:G31'],
    ['PlaneradeUpphandlingar', 'Planerade upphandlingar', 'A7:F15'],
    ['RiskVasentlighet', 'Risk & Väsentlighet', 'A3:I69'],
  ]);
  expect(fake!.snapshot().sheets.map((x) => x.values)).toEqual(before.sheets.map((x) => x.values));
  const status = await host.readStatus();
  expect(status.tables.every((t) => t.tableName !== null)).toBe(true);
  expect((await host.convertToTables()).summary).toBe('Alla tabeller som hittades är redan Excel-tabeller.');
});
