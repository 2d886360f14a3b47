import { CELL_EDIT_MODE, EXCEL_NOT_AVAILABLE, ExcelHostError, runExcel } from '../../src/excel/run-excel';
import { createFakeExcel, type FakeExcel } from '../fake-excel';

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

const noWait = { sleep: async () => undefined };

async function caught(p: Promise<unknown>): Promise<ExcelHostError> {
  try {
    await p;
  } catch (e) {
    return e as ExcelHostError;
  }
  throw new Error('expected a rejection');
}

test('outside Office (no Excel) it fails with a typed, explained error', async () => {
  expect(typeof (globalThis as { Excel?: unknown }).Excel).toBe('undefined');
  const e = await caught(runExcel(async () => 1));
  expect(e).toBeInstanceOf(ExcelHostError);
  expect(e.code).toBe(EXCEL_NOT_AVAILABLE);
  expect(e.message).toMatch(/utanför Excel.*outside Excel/);
});

test('returns what the batch returns', async () => {
  fake = createFakeExcel({ sheets: [{ name: 'VoR', values: [[7]] }] });
  const v = await runExcel(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem('VoR').getRange('A1').load('values');
    await ctx.sync();
    return r.values[0][0];
  });
  expect(v).toBe(7);
});

test('an Office error becomes an ExcelHostError with code, message and debugInfo', async () => {
  fake = createFakeExcel();
  const e = await caught(
    runExcel(async (ctx) => {
      ctx.workbook.worksheets.getItem('Saknas').getRange('A1').values = [[1]];
      await ctx.sync();
    }),
  );
  expect(e).toBeInstanceOf(ExcelHostError);
  expect(e.name).toBe('ExcelHostError');
  expect(e.code).toBe('ItemNotFound');
  expect(e.message).toContain('Saknas');
  expect(e.debugInfo?.errorLocation).toBe('Range.values');
  expect(e.debugInfo?.statement).toContain('getItem("Saknas")');
  expect(e.debugInfo?.surroundingStatements?.length).toBeGreaterThan(0);
});

test('while Excel is in cell-edit mode the batch is retried with a growing back-off', async () => {
  fake = createFakeExcel();
  fake.failNextSyncs(2, CELL_EDIT_MODE);
  const waits: number[] = [];
  let attempts = 0;
  const v = await runExcel(
    async (ctx) => {
      attempts++;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [['ok']];
      await ctx.sync();
      return 'done';
    },
    { sleep: async (ms) => void waits.push(ms) },
  );
  expect(v).toBe('done');
  expect(attempts).toBe(3);
  expect(waits).toEqual([250, 500]);
  expect(fake.snapshot().sheets[0].values).toEqual([['ok']]);
});

test('cell-edit mode that does not end gives up after the retries with the Office code', async () => {
  fake = createFakeExcel();
  fake.failNextSyncs(10, CELL_EDIT_MODE);
  let attempts = 0;
  const e = await caught(
    runExcel(
      async (ctx) => {
        attempts++;
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await ctx.sync();
      },
      { ...noWait, retries: 2 },
    ),
  );
  expect(e.code).toBe(CELL_EDIT_MODE);
  expect(attempts).toBe(3);
});

test('other errors are not retried', async () => {
  fake = createFakeExcel();
  fake.failNextSyncs(1, 'GeneralException');
  let attempts = 0;
  const e = await caught(
    runExcel(async (ctx) => {
      attempts++;
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
      await ctx.sync();
    }, noWait),
  );
  expect(e.code).toBe('GeneralException');
  expect(attempts).toBe(1);
});

test('a plain exception from the batch keeps its message', async () => {
  fake = createFakeExcel();
  const e = await caught(
    runExcel(async () => {
      throw new TypeError('boom');
    }, noWait),
  );
  expect(e).toBeInstanceOf(ExcelHostError);
  expect([e.code, e.message]).toEqual(['TypeError', 'boom']);
});
