/**
 * An in-memory WorkbookHost for the UI tests: it records every call, answers from plain data, and
 * lets a test hold a command open (to see the progress state) and then finish or fail it.
 */
import type {
  CommandResult,
  ExportResult,
  TableStatus,
  WorkbookHost,
  WorkbookStatus,
} from '../../src/app/workbook-host';
import type { Finding, Lang } from '../../src/core/findings/finding';
import { DEFAULT_SETTINGS, type Settings } from '../../src/core/settings/settings';

export type Call = { method: string; args: unknown[] };
type CommandName =
  'setupTemplate' | 'convertToTables' | 'refreshRisk' | 'generateIkp' | 'check' | 'validateProcurement';

export function table(kind: TableStatus['kind'], found: boolean, rows = 0): TableStatus {
  const sheet = {
    vor: 'Risk & Väsentlighet',
    ikp: 'Internkontrollplan',
    procurement: 'Planerade upphandlingar',
  }[kind];
  return found
    ? { kind, found, sheet, tableName: null, foundBy: 'sheet', rows }
    : { kind, found, sheet: null, tableName: null, foundBy: null, rows: 0 };
}

export function finding(partial: Partial<Finding> & Pick<Finding, 'severity' | 'message'>): Finding {
  return {
    rule: partial.severity === 'error' ? 'value-under-threshold' : 'stray-punctuation',
    sheet: 'Planerade upphandlingar',
    row: 9,
    column: 'Uppskattat kontraktsvärde',
    cell: 'F9',
    ...partial,
  };
}

interface Deferred<T> {
  promise: Promise<T>;
  resolve: (value: T) => void;
  reject: (error: unknown) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

export class FakeHost implements WorkbookHost {
  readonly calls: Call[] = [];
  status: WorkbookStatus;
  results: Partial<Record<CommandName, CommandResult>> = {};
  exportResult: ExportResult = {
    summary: 'Exporterade 3 rader.',
    findings: [],
    csv: '\uFEFFa;b\r\n',
    fileName: 'upphandling.csv',
  };
  /** When set, the next command waits for the test to settle it. */
  hold = false;
  pending: Deferred<unknown> | null = null;
  failWith: Partial<Record<string, unknown>> = {};

  constructor(
    readonly lang: Lang = 'sv',
    tables: TableStatus[] = [table('vor', true, 66), table('ikp', true, 28), table('procurement', true, 6)],
  ) {
    this.status = { tables, settings: { ...DEFAULT_SETTINGS }, planYear: { year: 2021, source: 'title' } };
  }

  private async answer<T>(method: string, args: unknown[], value: () => T): Promise<T> {
    this.calls.push({ method, args });
    if (this.hold) {
      this.hold = false;
      this.pending = deferred<unknown>();
      await this.pending.promise;
    }
    if (method in this.failWith) throw this.failWith[method];
    return value();
  }

  called(method: string): Call[] {
    return this.calls.filter((call) => call.method === method);
  }

  private command(name: CommandName) {
    return this.answer(name, [], () => this.results[name] ?? { summary: `${name} klart.`, findings: [] });
  }

  readStatus() {
    return this.answer('readStatus', [], () => JSON.parse(JSON.stringify(this.status)) as WorkbookStatus);
  }
  convertToTables() {
    return this.command('convertToTables');
  }
  setupTemplate() {
    return this.command('setupTemplate');
  }
  refreshRisk() {
    return this.command('refreshRisk');
  }
  generateIkp() {
    return this.command('generateIkp');
  }
  check() {
    return this.command('check');
  }
  validateProcurement() {
    return this.command('validateProcurement');
  }
  exportProcurement() {
    return this.answer('exportProcurement', [], () => this.exportResult);
  }
  saveSettings(settings: Settings) {
    return this.answer('saveSettings', [settings], () => {
      this.status = { ...this.status, settings: { ...settings } };
    });
  }
  selectCell(sheet: string, cell: string) {
    return this.answer('selectCell', [sheet, cell], () => undefined);
  }
}
