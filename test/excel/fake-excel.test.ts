// These tests break the Office idiom on purpose (read before load, no sync), to see the fake
// refuse it; the office-addins lint rules apply to src/ only.
/**
 * The fake itself must behave like Office.js where the add-in depends on it, and fail loudly
 * where it does not know what Excel does.
 */
import { createFakeExcel, type FakeExcel } from '../fake-excel';

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

function codeOf(p: () => unknown): string | undefined {
  try {
    p();
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

async function rejectionCode(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
  } catch (e) {
    return (e as { code?: string }).code;
  }
  return undefined;
}

describe('proxy objects', () => {
  test('reading a property before load() and sync() throws PropertyNotLoaded', async () => {
    fake = createFakeExcel({ sheets: [{ name: 'VoR', values: [['a', 1]] }] });
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('VoR').getRange('A1:B1');
      expect(codeOf(() => r.values)).toBe('PropertyNotLoaded');
      r.load('values');
      expect(codeOf(() => r.values)).toBe('PropertyNotLoaded'); // loaded only after sync
      await ctx.sync();
      expect(r.values).toEqual([['a', 1]]);
      expect(codeOf(() => r.formulas)).toBe('PropertyNotLoaded'); // only what was loaded
    });
  });

  test('load() without property names is refused', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1');
      expect(codeOf(() => r.load())).toBe('NotImplemented');
    });
  });

  test('a member the fake (or Excel) does not have throws, read or written', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Sheet1').getRange('A1') as unknown as Record<
        string,
        unknown
      >;
      expect(codeOf(() => r.getBoundingRect)).toBe('NotImplemented');
      expect(codeOf(() => (r.valus = [[1]]))).toBe('NotImplemented');
      expect(codeOf(() => (ctx.workbook as unknown as Record<string, unknown>).names)).toBe('NotImplemented');
      expect(codeOf(() => (Excel as unknown as Record<string, unknown>).createWorkbook)).toBe(
        'NotImplemented',
      );
    });
  });

  test('getItemOrNullObject tells a missing sheet after sync, without load', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      const there = ctx.workbook.worksheets.getItemOrNullObject('Sheet1');
      const gone = ctx.workbook.worksheets.getItemOrNullObject('Nope');
      expect(codeOf(() => gone.isNullObject)).toBe('PropertyNotLoaded');
      await ctx.sync();
      expect(there.isNullObject).toBe(false);
      expect(gone.isNullObject).toBe(true);
    });
  });
});

describe('queue and sync', () => {
  test('writes are invisible until sync, and each sync is counted', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B1').values = [['x', 2]];
      expect(fake.state().sheets[0].cells).toEqual({});
      expect(fake.syncCount).toBe(0);
      await ctx.sync();
      expect(fake.syncCount).toBe(1);
      expect(fake.state().sheets[0].cells).toEqual({ A1: { value: 'x' }, B1: { value: 2 } });
    });
  });

  test('Excel.run sends what is still queued when the batch returns', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.snapshot().sheets[0].values).toEqual([[1]]);
  });

  test('a request over 5 MB fails like Excel on the web and changes nothing', async () => {
    fake = createFakeExcel();
    const big = Array.from({ length: 60_000 }, (_, i) => [`rad ${i} ${'x'.repeat(80)}`]);
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A60000').values = big;
        await ctx.sync();
      }),
    );
    expect(code).toBe('RequestPayloadSizeLimitExceeded');
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(5 * 1024 * 1024);
    expect(fake.state().sheets[0].cells).toEqual({});
  });

  test('an injected failure throws and applies none of the sync’s statements', async () => {
    fake = createFakeExcel();
    fake.failSync(1, 'GeneralException');
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('GeneralException');
    expect(fake.state().sheets[0].cells).toEqual({});
  });

  test('a failing statement stops the batch: earlier ones stay applied, debugInfo names it', async () => {
    fake = createFakeExcel();
    let error: { code?: string; debugInfo?: { statement?: string; errorLocation?: string } } = {};
    try {
      await Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1').values = [[1]];
        ctx.workbook.worksheets.getItem('Saknas').getRange('A1').values = [[2]];
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A2').values = [[3]];
        await ctx.sync();
      });
    } catch (e) {
      error = e as typeof error;
    }
    expect(error.code).toBe('ItemNotFound');
    expect(error.debugInfo?.statement).toContain('Saknas');
    expect(error.debugInfo?.errorLocation).toBe('Range.values');
    expect(fake.state().sheets[0].cells).toEqual({ A1: { value: 1 } });
  });
});

describe('cells', () => {
  test('input is parsed as if typed; an apostrophe keeps text; null leaves a cell, "" clears it', async () => {
    fake = createFakeExcel({ sheets: [{ name: 'S', values: [['keep', 'gone']] }] });
    await Excel.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('S');
      ws.getRange('A1:B1').formulas = [[null, '']];
      ws.getRange('A2:F2').formulas = [['=1+1', "'=1+1", '12', '-x', '#N/A', 'TRUE']];
      await ctx.sync();
    });
    const cells = fake.state().sheets[0].cells;
    expect(cells.A1).toEqual({ value: 'keep' });
    expect(cells.B1).toBeUndefined();
    expect(cells.A2).toEqual({ value: null, formula: '=1+1' });
    expect(cells.B2).toEqual({ value: '=1+1', quotePrefix: true });
    expect(cells.C2).toEqual({ value: 12 });
    expect(cells.D2).toEqual({ value: null, formula: '=-x' });
    expect(cells.E2).toEqual({ value: { error: '#N/A' } });
    expect(cells.F2).toEqual({ value: true });
  });

  test('an array that does not fit the range is an error', async () => {
    fake = createFakeExcel();
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('values, formulas and valueTypes read back as Office.js gives them', async () => {
    fake = createFakeExcel({
      sheets: [{ name: 'S', values: [['t', 3, null, { error: '#DIV/0!' }]], formulas: [[null, '=1+2']] }],
    });
    await Excel.run(async (ctx) => {
      const r = ctx.workbook.worksheets
        .getItem('S')
        .getUsedRange(true)
        .load('address,values,formulas,valueTypes');
      await ctx.sync();
      expect(r.address).toBe('S!A1:D1');
      expect(r.values).toEqual([['t', 3, '', '#DIV/0!']]);
      expect(r.formulas).toEqual([['t', '=1+2', '', '#DIV/0!']]);
      expect(r.valueTypes).toEqual([['String', 'Double', 'Empty', 'Error']]);
    });
  });
});

describe('tables', () => {
  const init = {
    sheets: [
      {
        name: 'T',
        values: [
          ['Nr', 'S', 'K', 'RV'],
          [1, 2, 3, null],
          [2, 4, 4, null],
        ],
      },
    ],
  };

  test('tables.add takes the header row as column names; a taken name is ItemAlreadyExists', async () => {
    fake = createFakeExcel(init);
    await Excel.run(async (ctx) => {
      const t = ctx.workbook.worksheets.getItem('T').tables.add('A1:D3', true);
      t.name = 'Risk';
      await ctx.sync();
    });
    expect(fake.state().tables).toEqual([
      {
        name: 'Risk',
        sheet: 'T',
        address: 'A1:D3',
        headers: ['Nr', 'S', 'K', 'RV'],
        style: 'TableStyleMedium2',
        calculated: {},
      },
    ]);
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.add('U').getRange('A1:B1').values = [['a', 'b']];
        const t = ctx.workbook.worksheets.getItem('U').tables.add('A1:B2', true);
        t.name = 'risk';
        await ctx.sync();
      }),
    );
    expect(code).toBe('ItemAlreadyExists');
  });

  test('a uniform formula over a body column makes a calculated column, filled into rows a resize adds', async () => {
    fake = createFakeExcel({ ...init, tables: [{ name: 'Risk', sheet: 'T', address: 'A1:D3' }] });
    await Excel.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('T').getRange('D2:D3').formulas = [['=[@S]*[@K]'], ['=[@S]*[@K]']];
      ctx.workbook.tables.getItem('Risk').resize('A1:E4');
      await ctx.sync();
    });
    const s = fake.state();
    expect(s.tables[0].address).toBe('A1:E4');
    expect(s.tables[0].headers).toEqual(['Nr', 'S', 'K', 'RV', 'Column5']);
    expect(s.tables[0].calculated).toEqual({ RV: '=[@S]*[@K]' });
    expect(s.sheets[0].cells.D4).toEqual({ value: null, formula: '=[@S]*[@K]' });
  });

  test('a structured reference to a column the table lacks is refused', async () => {
    fake = createFakeExcel({ ...init, tables: [{ name: 'Risk', sheet: 'T', address: 'A1:D3' }] });
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('T').getRange('D2:D3').formulas = [
          ['=[@[Saknas]]'],
          ['=[@[Saknas]]'],
        ];
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });

  test('resize keeps the header row where it is', async () => {
    fake = createFakeExcel({ ...init, tables: [{ name: 'Risk', sheet: 'T', address: 'A1:D3' }] });
    const code = await rejectionCode(
      Excel.run(async (ctx) => {
        ctx.workbook.tables.getItem('Risk').resize('A2:D5');
        await ctx.sync();
      }),
    );
    expect(code).toBe('InvalidArgument');
  });
});

describe('formats, validation, conditional formats', () => {
  test('conditional formats are kept per range, clearAll removes them from its range only', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      const cf = ctx.workbook.worksheets
        .getItem('Sheet1')
        .getRange('A1:A10')
        .conditionalFormats.add('Custom');
      cf.custom.rule.formula = '=A1>3';
      cf.custom.format.fill.color = '#FF0000';
      await ctx.sync();
      ctx.workbook.worksheets.getItem('Sheet1').getRange('A1:A5').conditionalFormats.clearAll();
      await ctx.sync();
    });
    expect(fake.state().sheets[0].conditionalFormats).toEqual([
      { ranges: ['A6:A10'], formula: '=A1>3', fill: '#FF0000' },
    ]);
  });

  test('a data validation rule is stored on its range; the alert belongs to it', async () => {
    fake = createFakeExcel();
    await Excel.run(async (ctx) => {
      const dv = ctx.workbook.worksheets.getItem('Sheet1').getRange('B2:B9').dataValidation;
      dv.clear();
      dv.rule = { list: { inCellDropDown: true, source: 'Ja,Nej' } };
      dv.errorAlert = {
        showAlert: true,
        style: 'Stop',
        title: 'Fel',
        message: 'Välj',
      } as Excel.DataValidationErrorAlert;
      await ctx.sync();
    });
    expect(fake.state().sheets[0].validations).toEqual([
      {
        ranges: ['B2:B9'],
        rule: { list: { inCellDropDown: true, source: 'Ja,Nej' } },
        errorAlert: { showAlert: true, style: 'Stop', title: 'Fel', message: 'Välj' },
      },
    ]);
  });
});
