import { emptySheetPlan, type SheetPlan, type WritePlan } from '../../src/core/plan/write-plan';
import { readSnapshot } from '../../src/excel/read-snapshot';
import { renderPlan } from '../../src/excel/render-plan';
import { createFakeExcel, type FakeExcel, type FakeWorkbookInit } from '../fake-excel';

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

const VOR_HEADERS = ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV', 'IKP'];

/** A user's VoR sheet: a title, a table of 3 events, a note beside it, an old RV typed over. */
function vorWorkbook(): FakeWorkbookInit {
  return {
    sheets: [
      { name: 'Start', values: [['Välkommen']] },
      {
        name: 'Risk & Väsentlighet',
        values: [
          ['VoR 2024', null, null, null, null, null, null, 'Anteckning'],
          [],
          VOR_HEADERS,
          [1, 'Fel i utbetalning', '3 - Möjlig', '4 - Allvarlig', 99, 'Ja'],
          [2, 'Jäv', 2, 2, null, null],
          [3, 'Informationssäkerhet', 4, 4, null, null, null, 'egen kommentar'],
        ],
        formulas: [[], [], [], [], [null, null, null, null, '=C5*D5']],
      },
    ],
    tables: [{ name: 'RiskVasentlighet', sheet: 'Risk & Väsentlighet', address: 'A3:F6' }],
  };
}

const IKP_HEADERS = ['Nr', 'Oönskad händelse', 'RV', 'Kontrollaktivitet', 'Status'];

function ikpSheet(rows: number): SheetPlan {
  const sp = emptySheetPlan('Internkontrollplan', 'generated');
  sp.after = 'Risk & Väsentlighet';
  sp.tabColor = '#1F4E79';
  const body = Array.from({ length: rows }, (_, i) => [
    i + 1,
    `Händelse ${i + 1}`,
    12,
    i % 2 ? 'Stickprov' : null,
    null,
  ]);
  sp.writes = [
    { address: 'A1', rows: [['Internkontrollplan 2024']] },
    { address: 'A3', rows: [IKP_HEADERS, ...body] },
  ];
  const last = 3 + rows;
  sp.tables = [
    {
      name: 'Internkontrollplan',
      address: `A3:E${last}`,
      headers: IKP_HEADERS,
      mode: 'create',
      style: 'TableStyleMedium2',
      calculated: [],
    },
  ];
  sp.validations = [
    {
      address: `E4:E${last}`,
      list: ['Ej påbörjad', 'Pågår', 'Klar'],
      strict: true,
      prompt: 'Välj status',
    },
  ];
  sp.conditionalFormats = [
    {
      address: `C4:C${last}`,
      formula: '=C4>=12',
      fill: '#F4B6B6',
      fontColor: '#5A0000',
      bold: true,
    },
    { address: `C4:C${last}`, formula: '=C4<12', fill: '#FFF2B3' },
  ];
  sp.styles = [
    { address: 'A1', bold: true, fontSize: 14 },
    { address: `A3:E3`, bold: true, fill: '#DDEBF7', wrap: true, border: true },
  ];
  sp.columnWidths = { A: 6, B: 50 };
  sp.freeze = { rows: 3, columns: 0 };
  return sp;
}

function vorSheet(): SheetPlan {
  const sp = emptySheetPlan('Risk & Väsentlighet', 'user');
  sp.writes = [
    { address: 'E4', rows: [[null], [null], [null]] },
    { address: 'G3', rows: [['Riskklass'], ['IKP'], ['VoR'], ['IKP']] },
  ];
  sp.tables = [
    {
      name: 'RiskVasentlighet',
      address: 'A3:G6',
      headers: [...VOR_HEADERS, 'Riskklass'],
      mode: 'keep',
      style: 'TableStyleMedium2',
      calculated: [{ column: 'RV', template: '={Sannolikhet}*{Konsekvens}' }],
    },
  ];
  sp.validations = [
    {
      address: 'F4:F6',
      list: ['Ja', 'Nej, endast VoR'],
      source: "'Inställningar'!$D$2:$D$3",
      strict: true,
    },
  ];
  sp.conditionalFormats = [{ address: 'E4:E6', formula: '=E4>=12', fill: '#F4B6B6' }];
  return sp;
}

async function render(plan: WritePlan, withSnapshot = true, maxRequestBytes?: number) {
  return Excel.run(async (ctx) => {
    const snapshot = withSnapshot ? await readSnapshot(ctx) : undefined;
    const before = fake.syncCount;
    const stats = await renderPlan(ctx, plan, { snapshot, maxRequestBytes });
    return { stats, syncs: fake.syncCount - before };
  });
}

test('a generated sheet with table, calculated column, dropdown and formats is written in 1 sync', async () => {
  fake = createFakeExcel(vorWorkbook());
  const plan: WritePlan = { sheets: [ikpSheet(40), vorSheet()], activate: 'Internkontrollplan' };
  const { stats, syncs } = await render(plan);
  expect(syncs).toBe(1);
  expect(stats.syncs).toBe(1);

  const s = fake.state();
  expect(s.sheets.map((x) => x.name)).toEqual(['Start', 'Risk & Väsentlighet', 'Internkontrollplan']);
  expect(s.active).toBe('Internkontrollplan');
  const ikp = s.sheets[2];
  expect(ikp.tabColor).toBe('#1F4E79');
  expect(ikp.freeze).toEqual({ rows: 3, columns: 0 });
  expect(ikp.columnWidths).toEqual({ A: 35.25, B: 266.25 });
  expect(ikp.cells.A1).toMatchObject({
    value: 'Internkontrollplan 2024',
    format: { bold: true, fontSize: 14 },
  });
  expect(ikp.cells.D5).toMatchObject({ value: 'Stickprov' });
  expect(ikp.cells.D4).toBeUndefined(); // null in the plan: an empty cell
  expect(ikp.validations).toEqual([
    {
      ranges: ['E4:E43'],
      rule: { list: { inCellDropDown: true, source: 'Ej påbörjad,Pågår,Klar' } },
      errorAlert: {
        showAlert: true,
        style: 'Stop',
        title: 'Ogiltigt värde',
        message: 'Välj ett av värdena i listan: Ej påbörjad, Pågår, Klar',
      },
      prompt: { showPrompt: true, title: 'Välj i listan', message: 'Välj status' },
    },
  ]);
  // Excel's priority order is the plan's order.
  expect(ikp.conditionalFormats).toEqual([
    { ranges: ['C4:C43'], formula: '=C4>=12', fill: '#F4B6B6', fontColor: '#5A0000', bold: true },
    { ranges: ['C4:C43'], formula: '=C4<12', fill: '#FFF2B3' },
  ]);

  const ikpTable = s.tables.find((t) => t.name === 'Internkontrollplan')!;
  expect(ikpTable).toMatchObject({
    sheet: 'Internkontrollplan',
    address: 'A3:E43',
    headers: IKP_HEADERS,
    style: 'TableStyleMedium2',
  });

  const vorTable = s.tables.find((t) => t.name === 'RiskVasentlighet')!;
  expect(vorTable.address).toBe('A3:G6');
  expect(vorTable.headers).toEqual([...VOR_HEADERS, 'Riskklass']);
  expect(vorTable.calculated).toEqual({ RV: '=[@[Sannolikhet]]*[@[Konsekvens]]' });
  const vor = s.sheets[1];
  expect(vor.validations[0].rule).toEqual({
    list: { inCellDropDown: true, source: "='Inställningar'!$D$2:$D$3" },
  });
});

test('without a snapshot, one more sync reads which sheets and tables exist', async () => {
  fake = createFakeExcel(vorWorkbook());
  const { stats, syncs } = await render({ sheets: [ikpSheet(5)] }, false);
  expect(syncs).toBe(2);
  expect(stats).toMatchObject({ syncs: 2, layoutSyncs: 1 });
});

test('on a user sheet only the planned cells change; every other cell stays as it was', async () => {
  fake = createFakeExcel(vorWorkbook());
  const before = fake.state().sheets[1].cells;
  await render({ sheets: [vorSheet()] });
  const after = fake.state().sheets[1].cells;
  const planned = new Set(['E4', 'E5', 'E6', 'G3', 'G4', 'G5', 'G6']);
  for (const [addr, cell] of Object.entries(before)) {
    if (!planned.has(addr)) expect([addr, after[addr]]).toEqual([addr, cell]);
  }
  for (const addr of Object.keys(after)) if (!planned.has(addr)) expect(before[addr]).toBeDefined();
  expect(after.E4).toEqual({ value: null, formula: '=[@[Sannolikhet]]*[@[Konsekvens]]' });
  expect(after.G3).toEqual({ value: 'Riskklass' });
  expect(after.H1).toEqual({ value: 'Anteckning' });
  expect(after.H6).toEqual({ value: 'egen kommentar' });
  expect(fake.state().sheets[0]).toEqual(createFakeExcel(vorWorkbook()).state().sheets[0]);
});

test('a huge plan is split into several syncs, none over 4 MB, and everything is written', async () => {
  fake = createFakeExcel(vorWorkbook());
  const sp = ikpSheet(30_000);
  sp.writes[1].rows = sp.writes[1].rows.map((r, i) =>
    i === 0 ? r : [...r.slice(0, 3), `Kontrollaktivitet för händelse nummer ${i} — ${'å'.repeat(60)}`, null],
  );
  const { stats, syncs } = await render({ sheets: [sp] });
  expect(syncs).toBeGreaterThan(1);
  expect(stats.syncs).toBe(syncs);
  const writeSyncs = fake.syncs.slice(fake.syncs.length - syncs);
  for (const s of writeSyncs) {
    expect(s.failed).toBeUndefined();
    expect(s.requestBytes).toBeLessThanOrEqual(4_000_000);
  }
  // The estimate is an upper bound of what was sent.
  writeSyncs.forEach((s, i) => expect(s.requestBytes).toBeLessThanOrEqual(stats.batchBytes[i]));
  const cells = fake.state().sheets[2].cells;
  expect(cells.D30003).toMatchObject({
    value: `Kontrollaktivitet för händelse nummer 30000 — ${'å'.repeat(60)}`,
  });
  expect(fake.state().tables.find((t) => t.name === 'Internkontrollplan')!.address).toBe('A3:E30003');
});

test('text that Excel would read as a formula, number, date or error stays exactly that text', async () => {
  fake = createFakeExcel(vorWorkbook());
  const texts = [
    '=SUMMA(A1)',
    '+46 8 508 000 00',
    '-',
    '- inget -',
    '@hemma',
    '2021',
    '2021-01-01',
    '50%',
    'TRUE',
    '#N/A',
    "'citat",
    '1.1',
    'Ja',
    'Nej, endast VoR',
  ];
  const sp = emptySheetPlan('Export', 'generated');
  sp.writes = [{ address: 'A1', rows: texts.map((t) => [t]) }];
  await render({ sheets: [sp] });
  const cells = fake.state().sheets[2].cells;
  texts.forEach((t, i) => {
    expect(cells[`A${i + 1}`].value).toBe(t);
    expect(cells[`A${i + 1}`].formula).toBeUndefined();
  });
  // Plain words need no apostrophe.
  expect(cells.A13.quotePrefix).toBeUndefined();
  // Numbers, booleans, errors and formulas of the plan are written as such.
  const sp2 = emptySheetPlan('Export', 'generated');
  sp2.writes = [{ address: 'A1', rows: [[12, true, { error: '#N/A' }, { formula: '=A1*2' }]] }];
  await render({ sheets: [sp2] });
  const c2 = fake.state().sheets[2].cells;
  expect([c2.A1.value, c2.B1.value, c2.C1.value, c2.D1]).toEqual([
    12,
    true,
    { error: '#N/A' },
    { value: null, formula: '=A1*2' },
  ]);
  expect(c2.A2).toBeUndefined(); // the generated sheet was emptied first
});

test('rendering the same plan twice leaves the workbook identical (one set of formats, not two)', async () => {
  fake = createFakeExcel(vorWorkbook());
  const plan: WritePlan = { sheets: [ikpSheet(20), vorSheet()], activate: 'Internkontrollplan' };
  await render(plan);
  const once = fake.state();
  await render(plan);
  expect(fake.state()).toEqual(once);
  expect(once.sheets[2].conditionalFormats).toHaveLength(2);
  expect(once.sheets[1].conditionalFormats).toHaveLength(1);
});

test('a generated sheet that exists keeps its place; its old tables, dropdowns and formats go', async () => {
  const init = vorWorkbook();
  init.sheets.push(
    { name: 'Internkontrollplan', values: [['gammalt'], ['Nr', 'X'], [1, 'y']] },
    { name: 'Sist' },
  );
  init.tables!.push({ name: 'Gammal', sheet: 'Internkontrollplan', address: 'A2:B3' });
  fake = createFakeExcel(init);
  await render({ sheets: [ikpSheet(3)] });
  const s = fake.state();
  expect(s.sheets.map((x) => x.name)).toEqual(['Start', 'Risk & Väsentlighet', 'Internkontrollplan', 'Sist']);
  expect(s.tables.map((t) => t.name).sort()).toEqual(['Internkontrollplan', 'RiskVasentlighet']);
  expect(s.sheets[2].cells.A1).toMatchObject({ value: 'Internkontrollplan 2024' });
});

test('a hidden generated sheet (settings) is created hidden', async () => {
  fake = createFakeExcel(vorWorkbook());
  const sp = emptySheetPlan('Inställningar', 'generated');
  sp.hidden = true;
  sp.writes = [{ address: 'A1', rows: [['ikpThreshold', 12]] }];
  await render({ sheets: [sp] });
  const s = fake.state().sheets.find((x) => x.name === 'Inställningar')!;
  expect(s.visibility).toBe('Hidden');
  expect(s.cells.B1).toEqual({ value: 12 });
});

describe('a plan that cannot be rendered writes nothing', () => {
  async function rejected(plan: WritePlan): Promise<{ code?: string; message?: string }> {
    const before = JSON.stringify(fake.state());
    try {
      await render(plan);
    } catch (e) {
      expect(JSON.stringify(fake.state())).toBe(before);
      return e as { code?: string; message?: string };
    }
    throw new Error('expected a rejection');
  }

  test('a user sheet that is gone', async () => {
    fake = createFakeExcel(vorWorkbook());
    const sp = vorSheet();
    sp.sheet = 'VoR 2023';
    const e = await rejected({ sheets: [ikpSheet(3), sp] });
    expect(e.code).toBe('InvalidPlan');
    expect(e.message).toContain('VoR 2023');
  });

  test('a dropdown entry with a comma and no source range', async () => {
    fake = createFakeExcel(vorWorkbook());
    const sp = vorSheet();
    delete sp.validations[0].source;
    expect((await rejected({ sheets: [sp] })).code).toBe('InvalidPlan');
  });

  test('a new table whose name is taken on another sheet', async () => {
    fake = createFakeExcel(vorWorkbook());
    const sp = ikpSheet(3);
    sp.tables[0].name = 'RiskVasentlighet';
    expect((await rejected({ sheets: [sp] })).code).toBe('InvalidPlan');
  });
});

test('a failed write sync reaches the caller as Excel reported it', async () => {
  fake = createFakeExcel(vorWorkbook());
  fake.failSync(3, 'GeneralException'); // syncs 1–2 read the snapshot
  await expect(render({ sheets: [ikpSheet(3)] })).rejects.toMatchObject({
    code: 'GeneralException',
  });
});
