/**
 * A typed fake of the Excel JavaScript API for tests: `createFakeExcel(initial)` installs the
 * globals `Excel` (run, the enums the add-in uses), `OfficeExtension` (Error) and `Office`
 * (context.requirements.isSetSupported), backed by an in-memory workbook with Office.js's
 * rules (see context.ts). Read the workbook back with `snapshot()` / `state()`.
 */
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { columnLetter } from '../../src/core/workbook/a1';
import { boxAddress, parseAddress } from './boxes';
import { type FakeHost, FakeContext, strict, type SyncRecord } from './context';
import { Codes, FakeOfficeError, notImplemented } from './errors';
import { type CellModel, cellKey, keyCol, keyRow, WorkbookModel } from './model';
import { FakeWorkbook } from './objects';

export { FakeOfficeError } from './errors';
export type { SyncRecord } from './context';

export interface FakeSheetInit {
  name: string;
  /** Values from `origin` (default A1); a value of { formula } … see `formulas`. */
  values?: CellValue[][];
  /** Formulas over the same cells ("=F5*G5"); the value stays what `values` says. */
  formulas?: (string | null | undefined)[][];
  origin?: { row: number; col: number };
  visible?: boolean;
  visibility?: 'Visible' | 'Hidden' | 'VeryHidden';
  tabColor?: string;
}

export interface FakeTableInit {
  name: string;
  sheet: string;
  address: string;
  headers?: string[];
  style?: string;
}

/** A WorkbookSnapshot is a valid description; `active` names the active sheet. */
export interface FakeWorkbookInit {
  sheets: FakeSheetInit[];
  tables?: FakeTableInit[];
  active?: string;
}

export interface FakeExcelOptions {
  /** Excel on the web refuses a request or a response over 5 MB. */
  requestLimitBytes?: number;
  responseLimitBytes?: number;
  /** Highest ExcelApi requirement set the fake claims (default 1.17). */
  apiVersion?: string;
}

export interface CellState {
  value: CellValue;
  formula?: string;
  quotePrefix?: boolean;
  numberFormat?: string;
  format?: Record<string, unknown>;
}

export interface SheetState {
  name: string;
  visibility: string;
  tabColor: string;
  freeze: { rows: number; columns: number };
  columnWidths: Record<string, number>;
  cells: Record<string, CellState>;
  conditionalFormats: {
    ranges: string[];
    formula?: string;
    fill?: string;
    fontColor?: string;
    bold?: boolean;
    stopIfTrue?: boolean;
  }[];
  validations: { ranges: string[]; rule: unknown; errorAlert?: unknown; prompt?: unknown }[];
}

export interface TableState {
  name: string;
  sheet: string;
  address: string;
  headers: string[];
  style: string;
  /** Calculated columns: header → formula. */
  calculated: Record<string, string>;
}

export interface WorkbookState {
  active: string;
  sheets: SheetState[];
  tables: TableState[];
  selection: { sheet: string; address: string } | null;
}

export interface FakeExcel {
  readonly model: WorkbookModel;
  /** Every sync so far, in order: bytes sent and received, statements, failure code. */
  readonly syncs: SyncRecord[];
  readonly syncCount: number;
  /** Makes the nth sync from now (1 = the next one) fail with `code` before anything is applied. */
  failSync(nth: number, code?: string): void;
  /** The next `count` syncs fail with `code` (e.g. InvalidOperationInCellEditMode). */
  failNextSyncs(count: number, code: string): void;
  setApiVersion(version: string): void;
  snapshot(): WorkbookSnapshot;
  state(): WorkbookState;
  /** A request context outside Excel.run (for tests that drive one directly). */
  newContext(): Excel.RequestContext;
  uninstall(): void;
}

const GLOBALS = ['Excel', 'OfficeExtension', 'Office'] as const;

export function createFakeExcel(initial?: FakeWorkbookInit, options: FakeExcelOptions = {}): FakeExcel {
  const model = buildModel(initial ?? { sheets: [{ name: 'Sheet1' }] });
  const host: FakeHost = {
    model,
    syncs: [],
    requestLimitBytes: options.requestLimitBytes ?? 5 * 1024 * 1024,
    responseLimitBytes: options.responseLimitBytes ?? 5 * 1024 * 1024,
    faults: new Map(),
  };
  let apiVersion = options.apiVersion ?? '1.17';

  const newContext = (): FakeContext & { workbook: FakeWorkbook } => {
    const ctx = new FakeContext(host) as FakeContext & { workbook: FakeWorkbook };
    Object.defineProperty(ctx, 'workbook', { value: strict(new FakeWorkbook(ctx), 'Workbook') });
    return strict(ctx, 'RequestContext');
  };

  async function run(...args: unknown[]): Promise<unknown> {
    if (args.length !== 1 || typeof args[0] !== 'function')
      throw notImplemented('Excel.run with anything but a batch function');
    const batch = args[0] as (ctx: unknown) => Promise<unknown>;
    const ctx = newContext();
    const result = await batch(ctx);
    // Excel.run sends what is still queued when the batch returns.
    if (ctx.queue.length > 0) await ctx.sync();
    return result;
  }

  const excel = strict(
    {
      run,
      ConditionalFormatType: { custom: 'Custom' },
      SheetVisibility: { visible: 'Visible', hidden: 'Hidden', veryHidden: 'VeryHidden' },
      ClearApplyTo: { all: 'All', formats: 'Formats', contents: 'Contents' },
      DataValidationAlertStyle: { stop: 'Stop', warning: 'Warning', information: 'Information' },
      ErrorCodes: { ...Codes },
    },
    'Excel',
  );
  const officeExtension = strict({ Error: FakeOfficeError, ErrorCodes: { ...Codes } }, 'OfficeExtension');
  const office = strict(
    {
      context: strict(
        {
          requirements: strict(
            {
              isSetSupported: (name: string, version?: string) =>
                name === 'ExcelApi' && compareVersions(version ?? '1.1', apiVersion) <= 0,
            },
            'Office.context.requirements',
          ),
        },
        'Office.context',
      ),
    },
    'Office',
  );

  const g = globalThis as Record<string, unknown>;
  const saved = GLOBALS.map((k) => [k, g[k]] as const);
  g.Excel = excel;
  g.OfficeExtension = officeExtension;
  g.Office = office;

  return {
    model,
    syncs: host.syncs,
    get syncCount() {
      return host.syncs.length;
    },
    failSync(nth, code = Codes.generalException) {
      host.faults.set(host.syncs.length + nth, code);
    },
    failNextSyncs(count, code) {
      for (let i = 1; i <= count; i++) host.faults.set(host.syncs.length + i, code);
    },
    setApiVersion(v) {
      apiVersion = v;
    },
    snapshot: () => snapshotOf(model),
    state: () => stateOf(model),
    newContext: () => newContext() as unknown as Excel.RequestContext,
    uninstall() {
      for (const [k, v] of saved) {
        if (v === undefined) delete g[k];
        else g[k] = v;
      }
    },
  };
}

function compareVersions(a: string, b: string): number {
  const pa = a.split('.').map(Number);
  const pb = b.split('.').map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

function buildModel(init: FakeWorkbookInit): WorkbookModel {
  const m = new WorkbookModel();
  for (const s of init.sheets) {
    const sheet = m.addSheet(s.name);
    const o = s.origin ?? { row: 1, col: 1 };
    const height = Math.max(s.values?.length ?? 0, s.formulas?.length ?? 0);
    for (let i = 0; i < height; i++) {
      const vr = s.values?.[i] ?? [];
      const fr = s.formulas?.[i] ?? [];
      for (let j = 0; j < Math.max(vr.length, fr.length); j++) {
        const v = vr[j] ?? null;
        const f = fr[j];
        if (v === null && (f === null || f === undefined)) continue;
        const cell: CellModel = { value: v === '' ? null : v };
        if (typeof f === 'string' && f.startsWith('=')) cell.formula = f;
        sheet.cells.set(cellKey(o.row + i, o.col + j), cell);
      }
    }
    sheet.visibility = s.visibility ?? (s.visible === false ? 'Hidden' : 'Visible');
    sheet.tabColor = s.tabColor ?? '';
  }
  for (const t of init.tables ?? []) {
    const sheet = m.requireSheet(t.sheet);
    const box = parseAddress(t.address);
    t.headers?.forEach((h, i) => {
      const key = cellKey(box.top, box.left + i);
      if (!sheet.cells.get(key)) sheet.cells.set(key, { value: h });
    });
    const table = m.addTable(sheet, box, true);
    m.renameTable(table, t.name);
    if (t.style) table.style = t.style;
  }
  const active = init.active ? m.requireSheet(init.active) : m.sheets.find((s) => s.visibility === 'Visible');
  if (active) m.activeSheetId = active.id;
  return m;
}

function snapshotOf(m: WorkbookModel): WorkbookSnapshot {
  return {
    sheets: m.sheets.map((s) => {
      const used = m.usedBox(s, true);
      const values: CellValue[][] = [];
      const formulas: (string | null)[][] = [];
      if (used) {
        for (let r = used.top; r <= used.bottom; r++) {
          const vr: CellValue[] = [];
          const fr: (string | null)[] = [];
          for (let c = used.left; c <= used.right; c++) {
            const cell = s.cells.get(cellKey(r, c));
            vr.push(cell ? cell.value : null);
            fr.push(cell?.formula ?? null);
          }
          values.push(vr);
          formulas.push(fr);
        }
      }
      return {
        name: s.name,
        values,
        formulas,
        origin: used ? { row: used.top, col: used.left } : { row: 1, col: 1 },
        visible: s.visibility === 'Visible',
      };
    }),
    tables: m.tables.map((t) => ({
      name: t.name,
      sheet: m.sheetById(t.sheetId)!.name,
      address: boxAddress(t.box),
      headers: m.headers(t),
    })),
  };
}

function clean<T>(o: unknown): T {
  return JSON.parse(JSON.stringify(o)) as T;
}

function stateOf(m: WorkbookModel): WorkbookState {
  return clean<WorkbookState>({
    active: m.sheetById(m.activeSheetId)?.name ?? '',
    selection: m.selection
      ? {
          sheet: m.sheetById(m.selection.sheetId)?.name ?? '',
          address: boxAddress(m.selection.box),
        }
      : null,
    sheets: m.sheets.map((s) => ({
      name: s.name,
      visibility: s.visibility,
      tabColor: s.tabColor,
      freeze: s.freeze,
      columnWidths: Object.fromEntries(
        [...s.columnWidths].sort((a, b) => a[0] - b[0]).map(([c, w]) => [columnLetter(c), w]),
      ),
      cells: Object.fromEntries(
        [...s.cells.entries()]
          .sort((a, b) => a[0] - b[0])
          .map(([k, c]) => [
            boxAddress({ top: keyRow(k), left: keyCol(k), bottom: keyRow(k), right: keyCol(k) }),
            c,
          ]),
      ),
      conditionalFormats: s.conditionalFormats.map((cf) => ({
        ranges: cf.ranges.map(boxAddress),
        formula: cf.formula,
        fill: cf.fill,
        fontColor: cf.fontColor,
        bold: cf.bold,
        italic: cf.italic,
        stopIfTrue: cf.stopIfTrue,
      })),
      validations: s.validations.map(({ ranges, ...rest }) => ({
        ranges: ranges.map(boxAddress),
        ...rest,
      })),
    })),
    tables: m.tables.map((t) => {
      const hs = m.headers(t);
      return {
        name: t.name,
        sheet: m.sheetById(t.sheetId)!.name,
        address: boxAddress(t.box),
        headers: hs,
        style: t.style,
        calculated: Object.fromEntries(
          [...t.calculated].sort((a, b) => a[0] - b[0]).map(([off, f]) => [hs[off], f]),
        ),
      };
    }),
  });
}

/** For tests that need to throw what Excel throws. */
export function officeError(code: string, message = code): FakeOfficeError {
  return new FakeOfficeError(code, message);
}
