/**
 * The preview's WorkbookSession (src/preview/preview-session.ts) on the bundled example: the same
 * commands and results as the add-in and the CLI, rendered into the ExcelJS workbook in memory,
 * and a finding's link selecting its cell in the sheet view's state.
 */
import ExcelJS from 'exceljs';
import { createPreviewHost } from '../../src/preview/preview-session';
import { openEmpty, openXlsx, workbookBlob, xlsxName } from '../../src/preview/workbook-files';
import { PreviewStore } from '../../src/preview/workbook-store';
import { exampleBytes, storeWithExample } from './example';

const NOW = () => new Date(Date.UTC(2021, 0, 15, 9, 0));

test('opening the example shows its active sheet, nothing selected', async () => {
  const store = await storeWithExample();
  const state = store.getState();
  expect(state.fileName).toBe('amn-2021.xlsx');
  expect(state.activeSheet).toBe('Risk & Väsentlighet');
  expect(state.selection).toBeNull();
  expect(state.generation).toBe(1);
  expect(state.loading).toBeNull();
});

test('check reports the four known inconsistencies of the published plans and writes nothing', async () => {
  const store = await storeWithExample();
  const host = createPreviewHost(store, 'sv', { now: NOW });
  const before = store.getState().version;
  const result = await host.check();
  expect(result.findings.map((f) => [f.rule, f.cell]).sort()).toEqual([
    ['ikp-excluded-in-vor', 'E5'],
    ['ikp-not-in-vor', 'E22'],
    ['ikp-not-in-vor', 'E26'],
    ['ikp-text-differs', 'C9'],
  ]);
  expect(store.getState().version).toBe(before);
});

test('generate IKP renders into the workbook in the page and shows the sheet it activates', async () => {
  const store = await storeWithExample();
  const host = createPreviewHost(store, 'sv', { now: NOW });
  const before = store.getState().version;
  const result = await host.generateIkp();
  expect(result.summary).toContain('25 händelser av 65');
  const state = store.getState();
  expect(state.version).toBe(before + 1);
  const names = state.workbook?.worksheets.map((ws) => ws.name);
  expect(names).toEqual(expect.arrayContaining(['Internkontrollplan', 'Riskmatris']));
  expect(names).toContain(state.activeSheet);
  const status = await host.readStatus();
  expect(status.tables.find((t) => t.kind === 'ikp')).toMatchObject({
    found: true,
    foundBy: 'table',
    rows: 28,
  });
});

test('a finding link selects its cell; a rebuilt sheet loses the selection; a missing sheet is an error', async () => {
  const store = await storeWithExample();
  const host = createPreviewHost(store, 'sv', { now: NOW });
  await host.selectCell('internkontrollplan', '$e$22');
  expect(store.getState()).toMatchObject({
    activeSheet: 'Internkontrollplan',
    selection: { sheet: 'Internkontrollplan', cell: 'E22' },
  });
  await host.validateProcurement(); // writes Status on a user sheet: the selection stays
  expect(store.getState().selection).toEqual({ sheet: 'Internkontrollplan', cell: 'E22' });
  await host.generateIkp(); // rebuilds the Internkontrollplan sheet
  expect(store.getState().selection).toBeNull();
  await expect(host.selectCell('Finns inte', 'A1')).rejects.toThrow('Finns inte');
});

test('commands and downloads take turns: a download waits for the command before it', async () => {
  const store = await storeWithExample();
  const host = createPreviewHost(store, 'sv', { now: NOW });
  const order: string[] = [];
  const generating = host.generateIkp().then(() => order.push('generate'));
  const saving = workbookBlob(store).then((blob) => {
    order.push('download');
    return blob;
  });
  const [, blob] = await Promise.all([generating, saving]);
  expect(order).toEqual(['generate', 'download']);

  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await blob.arrayBuffer()) as ExcelJS.Buffer);
  expect(saved.worksheets.map((ws) => ws.name)).toContain('Riskmatris');
});

test('a file that is not an .xlsx leaves the open workbook as it was', async () => {
  const store = await storeWithExample();
  const before = store.getState();
  const notXlsx = new TextEncoder().encode('Verksamhet;Beskrivning\n').buffer as ArrayBuffer;
  await expect(openXlsx(store, notXlsx, 'plan.csv')).rejects.toThrow();
  expect(store.getState().workbook).toBe(before.workbook);
  expect(store.getState().fileName).toBe('amn-2021.xlsx');
  expect(store.getState().loading).toBeNull();
});

test('a command without a workbook fails in words', async () => {
  const host = createPreviewHost(new PreviewStore(), 'sv');
  await expect(host.check()).rejects.toThrow('Ingen arbetsbok är öppen');
});

test('the download keeps the name of the file that was opened', () => {
  expect(xlsxName('amn-2021.xlsx')).toBe('amn-2021.xlsx');
  expect(xlsxName('Plan 2025.XLSX')).toBe('Plan 2025.xlsx');
  expect(xlsxName(null)).toBe('arbetsbok.xlsx');
});

test('the bytes of the example open in a second store independently', async () => {
  const a = await storeWithExample();
  const b = new PreviewStore();
  await openXlsx(b, exampleBytes(), 'copy.xlsx');
  await createPreviewHost(a, 'sv', { now: NOW }).generateIkp();
  expect(b.getState().workbook?.worksheets.map((ws) => ws.name)).not.toContain('Riskmatris');
});

test('a new empty workbook gets the three tables from the template', async () => {
  const store = new PreviewStore();
  await openEmpty(store, 'Bok1.xlsx', 'Blad1');
  const host = createPreviewHost(store, 'sv', { now: NOW });
  expect((await host.readStatus()).tables.every((t) => !t.found)).toBe(true);
  await host.setupTemplate();
  const status = await host.readStatus();
  expect(status.tables.map((t) => [t.kind, t.found])).toEqual([
    ['vor', true],
    ['ikp', true],
    ['procurement', true],
  ]);
  expect(store.getState().fileName).toBe('Bok1.xlsx');
});
