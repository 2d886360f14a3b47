/**
 * SPEC §6, §8: every operation is idempotent — running a command twice leaves the workbook
 * exactly as running it once (cells, formulas, formats, conditional formats, dropdowns, tables,
 * sheets, the active sheet), here on the fake Excel through the add-in's own host with a fixed
 * clock, on random workbooks (helpers/random-workbook.ts). The first run also leaves every cell
 * of the user's as it was.
 */
import fc from 'fast-check';
import type { WorkbookHost } from '../../src/app/workbook-host';
import type { Settings } from '../../src/core/settings/settings';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import type { PropertyId } from './figures';
import { officeHost } from './helpers/outcome';
import { userCellChanges } from './helpers/ownership';
import { checkProperty, runsOf, statedRuns } from './helpers/property';
import { asCase, randomWorkbook } from './helpers/random-workbook';
import { cellMapOfState, fakeInit } from './helpers/workbooks';

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const settings: fc.Arbitrary<Settings> = fc
  .record({
    ikp: fc.integer({ min: 2, max: 25 }),
    action: fc.integer({ min: 1, max: 25 }),
    procurement: fc.constantFrom(500_000, 1_000_000, 700_000),
    year: fc.option(fc.integer({ min: 2020, max: 2030 })),
  })
  .map((s) => ({
    ikpThreshold: s.ikp,
    actionThreshold: Math.min(s.action, s.ikp),
    procurementThreshold: s.procurement,
    planYear: s.year,
  }));

type Run = (h: WorkbookHost, s: Settings) => Promise<unknown>;

const COMMANDS: [PropertyId, Run][] = [
  ['twice-equals-once-generate-ikp', (h) => h.generateIkp()],
  ['twice-equals-once-refresh-risk', (h) => h.refreshRisk()],
  ['twice-equals-once-check', (h) => h.check()],
  ['twice-equals-once-validate-procurement', (h) => h.validateProcurement()],
  ['twice-equals-once-export-procurement', (h) => h.exportProcurement()],
  ['twice-equals-once-setup-template', (h) => h.setupTemplate()],
  ['twice-equals-once-save-settings', (h, s) => h.saveSettings(s)],
];

test.each(COMMANDS)('%s', async (id, run) => {
  await checkProperty(id, fc.tuple(randomWorkbook, settings), async ([w, s]) => {
    const c = asCase(w);
    fake?.uninstall();
    fake = createFakeExcel(fakeInit(c));
    const before = cellMapOfState(fake.state());
    const host = officeHost();
    await run(host, s);
    const once = fake.state();
    expect(userCellChanges(before, cellMapOfState(once), c)).toEqual([]);
    await run(host, s);
    expect(fake.state()).toEqual(once);
  });
});

test('every property of this file ran exactly as many times as docs/reliability.md states', () => {
  const ids = COMMANDS.map(([id]) => id);
  expect(runsOf(ids)).toEqual(statedRuns(ids));
});
