/**
 * SPEC §6, §8: regenerating the Internkontrollplan never loses what a person typed. Random
 * sequences of what people do between two clicks on "Generate IKP sheet" — rate an event again,
 * change a decision, reword or renumber an event, add or delete one in the VoR, type into the
 * IKP's own columns, add a column of their own to the IKP — run on the core with an in-memory
 * plan renderer (helpers/apply-plan.ts). After every regeneration:
 *
 * - every value typed into the IKP is still there, in its column, together with the values typed
 *   into the same row (a row whose event left the selection stays, flagged);
 * - no cell of the VoR the user owns has changed;
 * - regenerating once more changes nothing.
 */
import fc from 'fast-check';
import { generateIkp } from '../../src/core/commands/generate-ikp';
import { cellAddress, parseRange, rangeAddress } from '../../src/core/workbook/a1';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import type { PropertyId } from './figures';
import { applyPlan } from './helpers/apply-plan';
import { type CellMap, type NormCell, normValue } from './helpers/cells';
import { userCellChanges } from './helpers/ownership';
import { checkProperty, runsOf, statedRuns } from './helpers/property';

const VOR = 'Risk & Väsentlighet';
const IKP = 'Internkontrollplan';
const HEADER_ROW = 3;
const OPTS = { lang: 'sv' as const, now: new Date(2026, 10, 22, 9, 30) };
const USER_COLUMNS = [
  'Systematisk kontroll',
  'Kontrollaktivitet',
  'Kontrollansvarig',
  'Frekvens',
  'Status',
  'Resultat/avvikelse',
  'Vidtagna åtgärder',
];
const TEXTS = [
  'Fel antagning',
  'Brist på lärare',
  'Dataläckage',
  'Jäv vid upphandling',
  'Fel i betyg',
  'Informations-säkerhet brister',
];
const DECISIONS = [null, 'Ja', 'Nej, endast VoR'];

// ---- the workbook, edited as a person edits it ----

function clone(wb: WorkbookSnapshot): WorkbookSnapshot {
  return structuredClone(wb);
}

function sheetOf(wb: WorkbookSnapshot, name: string) {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  s.formulas ??= [];
  return s as typeof s & { formulas: (string | null)[][] };
}

function setCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number, v: CellValue): void {
  const s = sheetOf(wb, sheet);
  while (s.values.length < row) s.values.push([]);
  while (s.formulas.length < row) s.formulas.push([]);
  const r = s.values[row - 1];
  while (r.length < col) r.push(null);
  r[col - 1] = v;
  const f = s.formulas[row - 1];
  while (f.length < col) f.push(null);
  f[col - 1] = null;
}

function getCell(wb: WorkbookSnapshot, sheet: string, row: number, col: number): CellValue {
  return sheetOf(wb, sheet).values[row - 1]?.[col - 1] ?? null;
}

function tableOn(wb: WorkbookSnapshot, sheet: string) {
  return wb.tables.find((t) => t.sheet === sheet) ?? null;
}

/** The VoR's data rows and columns: its table once the add-in made one, else the plain range. */
function vorBox(wb: WorkbookSnapshot): { top: number; bottom: number; headers: string[] } {
  const t = tableOn(wb, VOR);
  if (t) {
    const b = parseRange(t.address);
    return { top: b.top + 1, bottom: b.bottom, headers: t.headers };
  }
  const s = sheetOf(wb, VOR);
  return {
    top: HEADER_ROW + 1,
    bottom: s.values.length,
    headers: (s.values[HEADER_ROW - 1] as string[]).map(String),
  };
}

function resizeTable(wb: WorkbookSnapshot, sheet: string, rows: number, cols = 0, header?: string): void {
  const t = tableOn(wb, sheet);
  if (!t) return;
  const b = parseRange(t.address);
  t.address = rangeAddress({ ...b, bottom: Math.max(b.top + 1, b.bottom + rows), right: b.right + cols });
  if (header) t.headers.push(header);
}

// ---- what people do ----

type Action =
  | { type: 'rate'; pick: number; s: number; k: number }
  | { type: 'decide'; pick: number; decision: number }
  | { type: 'reword'; pick: number; text: number }
  | { type: 'renumber'; pick: number }
  | { type: 'addEvent'; text: number; s: number; k: number; decision: number }
  | { type: 'deleteEvent'; pick: number }
  | { type: 'type'; pick: number; column: number }
  | { type: 'addColumn'; pick: number }
  | { type: 'regenerate' };

const pick = fc.nat(1000);
const rating = fc.integer({ min: 1, max: 5 });
const action: fc.Arbitrary<Action> = fc.oneof(
  { weight: 2, arbitrary: fc.record({ type: fc.constant('rate' as const), pick, s: rating, k: rating }) },
  { weight: 2, arbitrary: fc.record({ type: fc.constant('decide' as const), pick, decision: fc.nat(2) }) },
  {
    weight: 1,
    arbitrary: fc.record({ type: fc.constant('reword' as const), pick, text: fc.nat(TEXTS.length - 1) }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('renumber' as const), pick }) },
  {
    weight: 1,
    arbitrary: fc.record({
      type: fc.constant('addEvent' as const),
      text: fc.nat(TEXTS.length - 1),
      s: rating,
      k: rating,
      decision: fc.nat(2),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('deleteEvent' as const), pick }) },
  {
    weight: 4,
    arbitrary: fc.record({
      type: fc.constant('type' as const),
      pick,
      column: fc.nat(USER_COLUMNS.length - 1),
    }),
  },
  { weight: 1, arbitrary: fc.record({ type: fc.constant('addColumn' as const), pick }) },
  { weight: 3, arbitrary: fc.constant({ type: 'regenerate' as const }) },
);

const event = fc.record({
  nr: fc.option(fc.nat(3), { freq: 5 }),
  text: fc.nat(TEXTS.length - 1),
  s: rating,
  k: rating,
  decision: fc.nat(2),
});

function initialVor(
  events: { nr: number | null; text: number; s: number; k: number; decision: number }[],
): WorkbookSnapshot {
  const values: CellValue[][] = [
    ['Väsentlighets- och riskanalys 2024'],
    [],
    [
      'KF:s mål för verksamhetsområdet',
      'Process',
      'Nr',
      'Oönskad händelse',
      'Sannolikhet',
      'Konsekvens',
      'IKP',
    ],
    // Nr: 1, 2, … with a few left out (events matched by text) — `nr` only says whether.
    ...events.map((e, i) => [
      i < 2 ? `Mål ${i + 1}` : null,
      i % 3 === 0 ? `Process ${i}` : null,
      e.nr === null ? null : i + 1,
      `${TEXTS[e.text]} ${i % 4}`,
      e.s,
      e.k,
      DECISIONS[e.decision],
    ]),
  ];
  return { sheets: [{ name: VOR, values, origin: { row: 1, col: 1 } }], tables: [] };
}

interface Typed {
  /** Groups of values typed into one IKP row: header → value. */
  groups: Map<string, string>[];
  counter: number;
}

function ikpRows(
  wb: WorkbookSnapshot,
): { headers: string[]; rows: Record<string, CellValue>[]; top: number } | null {
  const t = wb.tables.find((x) => x.sheet === IKP);
  if (!t) return null;
  const b = parseRange(t.address);
  const rows: Record<string, CellValue>[] = [];
  for (let r = b.top + 1; r <= b.bottom; r++) {
    rows.push(Object.fromEntries(t.headers.map((h, j) => [h, getCell(wb, IKP, r, b.left + j)])));
  }
  return { headers: t.headers, rows, top: b.top + 1 };
}

function act(wb: WorkbookSnapshot, a: Action, typed: Typed): void {
  const box = vorBox(wb);
  const col = (h: string) => box.headers.indexOf(h) + 1;
  const dataRows = box.bottom - box.top + 1;
  const row = box.top + (((a as { pick?: number }).pick ?? 0) % Math.max(1, dataRows));
  switch (a.type) {
    case 'rate':
      if (dataRows > 0) {
        setCell(wb, VOR, row, col('Sannolikhet'), a.s);
        setCell(wb, VOR, row, col('Konsekvens'), a.k);
      }
      return;
    case 'decide':
      if (dataRows > 0) setCell(wb, VOR, row, col('IKP'), DECISIONS[a.decision]);
      return;
    case 'reword':
      if (dataRows > 0) setCell(wb, VOR, row, col('Oönskad händelse'), `${TEXTS[a.text]} (omformulerad)`);
      return;
    case 'renumber':
      if (dataRows > 0) setCell(wb, VOR, row, col('Nr'), 100 + typed.counter++);
      return;
    case 'addEvent': {
      const r = box.bottom + 1;
      setCell(wb, VOR, r, col('Nr'), 200 + typed.counter++);
      setCell(wb, VOR, r, col('Oönskad händelse'), `${TEXTS[a.text]} ny`);
      setCell(wb, VOR, r, col('Sannolikhet'), a.s);
      setCell(wb, VOR, r, col('Konsekvens'), a.k);
      setCell(wb, VOR, r, col('IKP'), DECISIONS[a.decision]);
      // Excel grows a table when a row is typed right below it; the live columns follow.
      resizeTable(wb, VOR, 1);
      const rv = col('RV');
      const rc = col('Riskklass');
      if (rv > 0) sheetOf(wb, VOR).formulas[r - 1][rv - 1] = '=calculated';
      if (rc > 0) sheetOf(wb, VOR).formulas[r - 1][rc - 1] = '=calculated';
      return;
    }
    case 'deleteEvent': {
      if (dataRows <= 1) return;
      const s = sheetOf(wb, VOR);
      s.values.splice(row - 1, 1);
      s.formulas.splice(row - 1, 1);
      resizeTable(wb, VOR, -1);
      return;
    }
    case 'type': {
      const ikp = ikpRows(wb);
      if (!ikp || ikp.rows.length === 0) return;
      const i = a.pick % ikp.rows.length;
      const header = USER_COLUMNS[a.column];
      const c = ikp.headers.indexOf(header) + 1;
      if (c <= 0) return;
      const value = `typat ${typed.counter++}`;
      // The value typed over leaves its group; the row's group is the one of any value in it.
      for (const g of typed.groups) if (g.get(header) === ikp.rows[i][header]) g.delete(header);
      const values = Object.values(ikp.rows[i]);
      let group = typed.groups.find((g) => [...g.values()].some((v) => values.includes(v)));
      if (!group) typed.groups.push((group = new Map()));
      group.set(header, value);
      setCell(wb, IKP, ikp.top + i, c, value);
      return;
    }
    case 'addColumn': {
      const ikp = ikpRows(wb);
      const t = tableOn(wb, IKP);
      if (!ikp || !t || ikp.rows.length === 0) return;
      const header = `Egen kolumn ${typed.counter++}`;
      const b = parseRange(t.address);
      setCell(wb, IKP, b.top, b.right + 1, header);
      resizeTable(wb, IKP, 0, 1, header);
      const i = a.pick % ikp.rows.length;
      const value = `eget ${typed.counter++}`;
      const values = Object.values(ikp.rows[i]);
      let group = typed.groups.find((g) => [...g.values()].some((v) => values.includes(v)));
      if (!group) typed.groups.push((group = new Map()));
      group.set(header, value);
      setCell(wb, IKP, ikp.top + i, b.right + 1, value);
      return;
    }
    case 'regenerate':
      return;
  }
}

// ---- checks ----

function cellMap(wb: WorkbookSnapshot): CellMap {
  const out: CellMap = new Map();
  for (const s of wb.sheets) {
    const m = new Map<string, NormCell>();
    const o = s.origin ?? { row: 1, col: 1 };
    s.values.forEach((r, i) =>
      r.forEach((v, j) => {
        const f = s.formulas?.[i]?.[j] ?? null;
        if ((v !== null && v !== '') || f)
          m.set(cellAddress(o.row + i, o.col + j), { value: normValue(v), formula: f });
      }),
    );
    out.set(s.name, m);
  }
  return out;
}

function regenerate(wb: WorkbookSnapshot): WorkbookSnapshot {
  return applyPlan(wb, generateIkp(wb, OPTS).plan);
}

function lostGroups(wb: WorkbookSnapshot, typed: Typed): string[] {
  const ikp = ikpRows(wb);
  const lost: string[] = [];
  for (const g of typed.groups) {
    if (g.size === 0) continue;
    const together = ikp?.rows.some((r) => [...g].every(([h, v]) => r[h] === v));
    if (!together) lost.push(JSON.stringify([...g]));
  }
  return lost;
}

test('regenerating the IKP never loses a typed cell, whatever people do in between', async () => {
  const arb = fc.tuple(
    fc.array(event, { minLength: 1, maxLength: 7 }),
    fc.array(action, { minLength: 1, maxLength: 24 }),
  );
  await checkProperty('ikp-merge-keeps-user-cells', arb, ([events, actions]) => {
    const typed: Typed = { groups: [], counter: 1 };
    let wb = regenerate(initialVor(events));
    for (const a of [...actions, { type: 'regenerate' as const }]) {
      if (a.type !== 'regenerate') {
        act(wb, a, typed);
        continue;
      }
      const before = wb;
      wb = regenerate(clone(wb));
      const changed = userCellChanges(cellMap(before), cellMap(wb), {
        owned: [{ kind: 'vor', sheet: VOR, headerRow: HEADER_ROW }],
        generated: [IKP, 'Riskmatris', 'Internkontroll inställningar'],
      });
      expect(changed).toEqual([]);
      expect(lostGroups(wb, typed)).toEqual([]);
    }
    expect(regenerate(clone(wb))).toEqual(wb);
  });
});

test('the property ran exactly as many times as docs/reliability.md states', () => {
  const ids: PropertyId[] = ['ikp-merge-keeps-user-cells'];
  expect(runsOf(ids)).toEqual(statedRuns(ids));
});
