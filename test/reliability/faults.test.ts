/**
 * Fault injection (SPEC §8: nothing is half-written): the fake Excel fails each
 * `context.sync()` of every command in turn — the read, and every write request — and then:
 *
 * - the command rejects with an ExcelHostError carrying Office's code, never anything else;
 * - every cell of the user's is as it was, and what people typed into the IKP is still there;
 * - running the command again, without faults, completes and leaves exactly the workbook a
 *   clean run leaves (a half-written generated sheet is recognised and rewritten).
 *
 * Two sessions: the add-in's own (officeSession: 2 syncs to read, 1 to write), and the same with
 * a request limit small enough that every write is split over several requests — the path a
 * plan larger than Excel on the web's 5 MB request takes — so half-written workbooks happen.
 * Excel in cell-edit mode at any sync is retried by runExcel and must end like a clean run too.
 */
import { createWorkbookHost, type WorkbookSession } from '../../src/app/command-host';
import type { WorkbookHost } from '../../src/app/workbook-host';
import { officeSession } from '../../src/excel/office-host';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { DEFAULT_MAX_REQUEST_BYTES, layoutOf, planOps, renderPlan } from '../../src/excel/render-plan';
import { REQUEST_BASE_BYTES } from '../../src/excel/plan-ops';
import type { WritePlan } from '../../src/core/plan/write-plan';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { generateIkp } from '../../src/core/commands/generate-ikp';
import { exportProcurement } from '../../src/core/commands/export-procurement';
import { CELL_EDIT_MODE, ExcelHostError, runExcel } from '../../src/excel/run-excel';
import { createFakeExcel, type FakeExcel, type WorkbookState } from '../fake-excel';
import {
  type CorpusCase,
  TYPED_IN_IKP,
  ikpWithUserCells,
  procurementGrid,
  procurementSheet,
  vorGrid,
  vorSheet,
} from './corpus';
import { FIGURES } from './figures';
import { FIXED_NOW } from './helpers/outcome';
import { missingValues, userCellChanges } from './helpers/ownership';
import { cellMapOfState, fakeInit } from './helpers/workbooks';
import { applyPlan } from './helpers/apply-plan';
import { officeValue } from './helpers/cells';
import { cellAt, findSheet } from '../../src/core/workbook/cells';

/**
 * officeSession's batch (read, compute, render) with a request limit, and without runExcel's
 * back-off between retries (the tests need not wait for Excel to leave cell-edit mode).
 */
function testSession(maxRequestBytes?: number): WorkbookSession {
  return {
    run: (compute) =>
      runExcel(
        async (ctx) => {
          const snapshot = await readSnapshot(ctx);
          const result = compute(snapshot);
          if (result.plan.sheets.length || result.plan.activate)
            await renderPlan(ctx, result.plan, { snapshot, lang: 'sv', maxRequestBytes });
          return result;
        },
        { sleep: async () => undefined },
      ),
    selectCell: async () => undefined,
  };
}

function session(maxRequestBytes: number | undefined): WorkbookSession {
  return maxRequestBytes === undefined ? officeSession('sv') : testSession(maxRequestBytes);
}

const vor = vorSheet(vorGrid());
const plan = procurementSheet(procurementGrid());
const FULL: CorpusCase = {
  id: 'faults-full',
  about: 'a VoR (plain range), an IKP generated earlier and filled in, a procurement plan, a note',
  sheets: [
    vor.sheet,
    ikpWithUserCells(),
    plan.sheet,
    { name: 'Anteckningar', rows: [['Möte 3/4'], ['Ta upp riskmatrisen']] },
  ],
  commands: [],
  includes: [],
  excludes: [],
  owned: [vor.owned, plan.owned],
  generated: ['Internkontrollplan'],
  keptInIkp: TYPED_IN_IKP,
};
const EMPTY: CorpusCase = {
  ...FULL,
  id: 'faults-empty',
  sheets: [{ name: 'Anteckningar', rows: [['Möte 3/4']] }],
  owned: [],
  generated: [],
  keptInIkp: [],
};

type Command = [name: string, init: CorpusCase, run: (h: WorkbookHost) => Promise<unknown>];
const COMMANDS: Command[] = [
  ['generateIkp', FULL, (h) => h.generateIkp()],
  ['validateProcurement', FULL, (h) => h.validateProcurement()],
  ['refreshRisk', FULL, (h) => h.refreshRisk()],
  ['exportProcurement', FULL, (h) => h.exportProcurement()],
  [
    'saveSettings',
    FULL,
    (h) =>
      h.saveSettings({ ikpThreshold: 10, actionThreshold: 6, procurementThreshold: 800_000, planYear: 2021 }),
  ],
  ['setupTemplate', EMPTY, (h) => h.setupTemplate()],
];

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

function start(c: CorpusCase, maxRequestBytes: number | undefined): WorkbookHost {
  fake?.uninstall();
  fake = createFakeExcel(fakeInit(c));
  return createWorkbookHost(session(maxRequestBytes), 'sv', { now: () => FIXED_NOW });
}

async function cleanRun(
  c: CorpusCase,
  run: Command[2],
  maxRequestBytes: number | undefined,
): Promise<{ state: WorkbookState; syncs: number }> {
  const host = start(c, maxRequestBytes);
  await run(host);
  return { state: fake!.state(), syncs: fake!.syncCount };
}

/**
 * The smallest request limit under which every sheet of the command's plan still fits in one
 * request: each sheet then goes in a request of its own, and a failure can strike between any
 * two of them.
 */
async function perSheetLimit(c: CorpusCase, run: Command[2]): Promise<{ limit: number; sheets: number }> {
  let seen: { plan: WritePlan; snapshot: WorkbookSnapshot } | null = null;
  fake?.uninstall();
  fake = createFakeExcel(fakeInit(c));
  const probe: WorkbookSession = {
    run: (compute) =>
      runExcel(async (ctx) => {
        const snapshot = await readSnapshot(ctx);
        const result = compute(snapshot);
        if (result.plan.sheets.length && !seen) seen = { plan: result.plan, snapshot };
        return result;
      }),
    selectCell: async () => undefined,
  };
  await run(createWorkbookHost(probe, 'sv', { now: () => FIXED_NOW }));
  const { plan, snapshot } = seen!;
  let limit = DEFAULT_MAX_REQUEST_BYTES;
  for (let i = 0; i < 5; i++) {
    const sizes = new Map<number, number>();
    for (const o of planOps(plan, layoutOf(snapshot), limit, 'sv'))
      if (o.group !== undefined) sizes.set(o.group, (sizes.get(o.group) ?? 0) + o.bytes);
    const need = Math.max(...sizes.values()) + REQUEST_BASE_BYTES;
    if (need === limit) break;
    limit = need;
  }
  return { limit, sheets: plan.sheets.length };
}

/** What is wrong after a failed run: user cells changed, typed IKP values gone. */
function damage(c: CorpusCase, before: WorkbookState, after: WorkbookState): string[] {
  const a = cellMapOfState(after);
  const out = userCellChanges(cellMapOfState(before), a, c);
  if (c.keptInIkp.length) {
    const lost = missingValues(a, 'Internkontrollplan', c.keptInIkp);
    if (lost.length) out.push(`typed IKP values lost: ${lost.join(', ')}`);
  }
  return out;
}

const show = (v: unknown): string => JSON.stringify(v)?.slice(0, 120) ?? 'undefined';

/** Where two workbook states differ, one line per difference (empty when they are equal). */
export function stateDiff(got: WorkbookState, want: WorkbookState): string[] {
  const out: string[] = [];
  if (got.active !== want.active) out.push(`active sheet ${got.active}, not ${want.active}`);
  const names = (s: WorkbookState) => s.sheets.map((x) => x.name).join(' | ');
  if (names(got) !== names(want)) out.push(`sheets ${names(got)}, not ${names(want)}`);
  if (show(got.tables) !== show(want.tables) || JSON.stringify(got.tables) !== JSON.stringify(want.tables)) {
    out.push(
      `tables ${JSON.stringify(got.tables.map((t) => [t.name, t.sheet, t.address]))}, not ${JSON.stringify(want.tables.map((t) => [t.name, t.sheet, t.address]))}`,
    );
  }
  for (const w of want.sheets) {
    const g = got.sheets.find((x) => x.name === w.name);
    if (!g) continue;
    for (const key of [
      'visibility',
      'tabColor',
      'freeze',
      'columnWidths',
      'conditionalFormats',
      'validations',
    ] as const) {
      if (JSON.stringify(g[key]) !== JSON.stringify(w[key]))
        out.push(`${w.name}: ${key} ${show(g[key])}, not ${show(w[key])}`);
    }
    for (const addr of new Set([...Object.keys(g.cells), ...Object.keys(w.cells)])) {
      if (JSON.stringify(g.cells[addr]) !== JSON.stringify(w.cells[addr]))
        out.push(`${w.name}!${addr}: ${show(g.cells[addr])}, not ${show(w.cells[addr])}`);
    }
  }
  return out;
}

const injected = { oneRequest: 0, perSheet: 0, cellEdit: 0 };

async function failEverySync(
  c: CorpusCase,
  run: Command[2],
  maxRequestBytes: number | undefined,
  count: 'oneRequest' | 'perSheet',
): Promise<{ syncs: number; problems: string[] }> {
  const clean = await cleanRun(c, run, maxRequestBytes);
  const problems: string[] = [];
  for (let k = 1; k <= clean.syncs; k++) {
    const host = start(c, maxRequestBytes);
    const before = fake!.state();
    fake!.failSync(k);
    injected[count]++;
    let rejected: unknown = null;
    await run(host).catch((e: unknown) => (rejected = e));
    if (!(rejected instanceof ExcelHostError) || rejected.code !== 'GeneralException') {
      problems.push(`sync ${k}: expected an ExcelHostError GeneralException, got ${String(rejected)}`);
    }
    problems.push(...damage(c, before, fake!.state()).map((p) => `after a failure at sync ${k}: ${p}`));
    await run(host);
    problems.push(
      ...stateDiff(fake!.state(), clean.state).map((d) => `rerun after a failure at sync ${k}: ${d}`),
    );
  }
  return { syncs: clean.syncs, problems };
}

describe('one request (the add-in as it runs)', () => {
  test.each(COMMANDS)(
    '%s: a failure at any sync harms nothing, and the next run completes',
    async (_name, c, run) => {
      const { syncs, problems } = await failEverySync(c, run, undefined, 'oneRequest');
      expect(syncs).toBe(3);
      expect(problems).toEqual([]);
    },
  );
});

describe('one request per sheet (a plan too large for one request)', () => {
  test.each(COMMANDS)(
    '%s: a failure between any two sheets harms nothing, and the next run repairs',
    async (_name, c, run) => {
      const { limit, sheets } = await perSheetLimit(c, run);
      const { syncs, problems } = await failEverySync(c, run, limit, 'perSheet');
      expect(problems).toEqual([]);
      // Two syncs read; the sheets are written in several requests when there are several.
      if (sheets > 1) expect(syncs).toBeGreaterThan(3);
    },
  );
});

test.each(COMMANDS)(
  '%s: Excel in cell-edit mode at any sync is retried and ends like a clean run',
  async (_name, c, run) => {
    const clean = await cleanRun(c, run, undefined);
    for (let k = 1; k <= clean.syncs; k++) {
      const host = createWorkbookHost(testSession(), 'sv', { now: () => FIXED_NOW });
      fake?.uninstall();
      fake = createFakeExcel(fakeInit(c));
      fake.failSync(k, CELL_EDIT_MODE);
      injected.cellEdit++;
      await run(host);
      expect(stateDiff(fake.state(), clean.state).map((d) => `cell-edit mode at sync ${k}: ${d}`)).toEqual(
        [],
      );
    }
  },
);

test('as many faults were injected as docs/reliability.md states', () => {
  expect(COMMANDS).toHaveLength(FIGURES.faultCommands);
  expect(injected).toEqual(FIGURES.faults);
});

describe("a half-written generated sheet is taken over, a sheet of the user's is never", () => {
  const vorValues = vorGrid().rows;
  const vorHeaders = vorGrid().headers as CellValue[];
  const base = (extra: { name: string; values: CellValue[][] }[]): WorkbookSnapshot => ({
    sheets: [
      { name: 'Risk & Väsentlighet', values: [vorHeaders, ...(vorValues as CellValue[][])] },
      ...extra,
    ],
    tables: [],
  });
  const sheetsOf = (wb: WorkbookSnapshot) =>
    generateIkp(wb, { lang: 'sv', now: FIXED_NOW }).plan.sheets.map((s) => s.sheet);
  const IKP_TITLE = 'Internkontrollplan – genererad från risk- och väsentlighetsanalysen';

  test.each([
    ['empty', [[]]],
    ['only its title', [[IKP_TITLE]]],
  ])('an IKP sheet that is %s is written again, not duplicated as "(ny)"', (_what, values) => {
    expect(sheetsOf(base([{ name: 'Internkontrollplan', values: values as CellValue[][] }]))).toContain(
      'Internkontrollplan',
    );
  });

  test("an IKP sheet with the title and a note of the user's is left alone", () => {
    expect(
      sheetsOf(base([{ name: 'Internkontrollplan', values: [[IKP_TITLE], [], ['min anteckning']] }])),
    ).toContain('Internkontrollplan (ny)');
  });

  test.each([
    ['empty', [[]], 'Riskmatris'],
    [
      "the add-in's (title in A1, axis header in A3)",
      [['Riskmatris'], [null, 'Konsekvens →'], ['Sannolikhet ↓']],
      'Riskmatris',
    ],
    ['half-written (only the title)', [['Riskmatris']], 'Riskmatris'],
    ["the user's, with another title", [['Min matris']], 'Riskmatris (ny)'],
    [
      "the user's, titled Riskmatris but laid out otherwise",
      [['Riskmatris'], [], ['Hög', 'Låg']],
      'Riskmatris (ny)',
    ],
  ])('a Riskmatris sheet that is %s', (_what, values, expected) => {
    expect(sheetsOf(base([{ name: 'Riskmatris', values: values as CellValue[][] }]))).toContain(expected);
  });

  test.each([
    ['empty', [[]], 'Till inköpsenheten'],
    [
      "the add-in's",
      [['Planerade upphandlingar – för stadens centrala inköpsenhet 2021']],
      'Till inköpsenheten',
    ],
    ["the user's", [['Skickat 2020-11-02']], 'Till inköpsenheten (ny)'],
  ])('an export sheet that is %s', (_what, values, expected) => {
    const g = procurementGrid();
    const wb: WorkbookSnapshot = {
      sheets: [
        { name: 'Planerade upphandlingar', values: procurementSheet(g).sheet.rows as CellValue[][] },
        { name: 'Till inköpsenheten', values: values as CellValue[][] },
      ],
      tables: [],
    };
    const r = exportProcurement(wb, { lang: 'sv', now: FIXED_NOW });
    expect(r.plan.sheets.map((s) => s.sheet)).toContain(expected);
    expect(r.plan.activate).toBe(expected);
  });
});

test('an IKP with a note under it: the new plan goes to "Internkontrollplan (ny)" and stays there, keeping what is typed into it', () => {
  const vor = vorSheet(vorGrid());
  const ikp = ikpWithUserCells();
  ikp.rows.push([], ['Anteckning under planen']);
  const wb0 = applyPlan(
    {
      sheets: [vor.sheet, ikp].map((s) => ({ name: s.name, values: s.rows.map((r) => r.map(officeValue)) })),
      tables: [
        {
          name: 'Internkontrollplan',
          sheet: 'Internkontrollplan',
          address: 'A3:O6',
          headers: ikp.rows[2].map(String),
        },
      ],
    },
    { sheets: [] },
  );
  const once = applyPlan(wb0, generateIkp(wb0, { lang: 'sv', now: FIXED_NOW }).plan);
  const twice = applyPlan(once, generateIkp(once, { lang: 'sv', now: FIXED_NOW }).plan);
  expect(once.sheets.map((s) => s.name)).toContain('Internkontrollplan (ny)');
  expect(twice).toEqual(once);
  expect(cellAt(findSheet(twice, 'Internkontrollplan')!, 8, 1)).toBe('Anteckning under planen');
  // What is typed into the new plan is merged from there next time.
  const typed = structuredClone(once);
  const ny = findSheet(typed, 'Internkontrollplan (ny)')!;
  const col = (ny.values[2] as CellValue[]).indexOf('Kontrollansvarig');
  ny.values[3][col] = 'Typat i (ny)';
  const again = applyPlan(typed, generateIkp(typed, { lang: 'sv', now: FIXED_NOW }).plan);
  expect(findSheet(again, 'Internkontrollplan (ny)')!.values.flat()).toContain('Typat i (ny)');
});
