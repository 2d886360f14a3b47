/**
 * The preview's one workbook, held by ExcelJS in the page, and what the sheet view shows of it
 * (which sheet, which cell is selected). React reads it with useSyncExternalStore; the session
 * (preview-session.ts) and the file bar change it. Work on the workbook is queued, one job at a
 * time, so a download never serialises a workbook that a command is half-way through rendering.
 */
import type ExcelJS from 'exceljs';
import { activeSheetName, findWorksheet } from '../xlsx/sheet-setup';

/** A cell ("E22") or a range ("B3:D3") on a sheet, as a finding's link names it. */
export interface Selection {
  sheet: string;
  cell: string;
}

export interface PreviewState {
  workbook: ExcelJS.Workbook | null;
  fileName: string | null;
  /** Bumped by every change to the workbook, so views re-read it. */
  version: number;
  /** Bumped when another workbook is opened: the task pane starts afresh on it. */
  generation: number;
  /** The sheet the view shows. */
  activeSheet: string | null;
  selection: Selection | null;
  /** The name of a file being read, while it is. */
  loading: string | null;
}

const EMPTY: PreviewState = {
  workbook: null,
  fileName: null,
  version: 0,
  generation: 0,
  activeSheet: null,
  selection: null,
  loading: null,
};

export function isVisible(ws: ExcelJS.Worksheet): boolean {
  return ws.state === undefined || ws.state === 'visible';
}

export class PreviewStore {
  private state: PreviewState = EMPTY;
  private readonly listeners = new Set<() => void>();
  private queue: Promise<unknown> = Promise.resolve();

  readonly getState = (): PreviewState => this.state;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Runs `job` after every job queued before it (a failed job does not block the next). */
  exclusive<T>(job: () => Promise<T>): Promise<T> {
    const result = this.queue.then(job);
    this.queue = result.catch(() => undefined);
    return result;
  }

  requireWorkbook(): ExcelJS.Workbook {
    if (!this.state.workbook) throw new Error('Ingen arbetsbok är öppen. / No workbook is open.');
    return this.state.workbook;
  }

  setLoading(name: string | null): void {
    this.update({ loading: name });
  }

  /** Another workbook: shown from its active sheet, nothing selected. */
  open(workbook: ExcelJS.Workbook, fileName: string): void {
    this.update({
      workbook,
      fileName,
      version: this.state.version + 1,
      generation: this.state.generation + 1,
      activeSheet: shownSheet(workbook, activeSheetName(workbook)),
      selection: null,
      loading: null,
    });
  }

  /**
   * The workbook changed: show the sheet the command activated, else stay where the user was.
   * A selection on a sheet the command rebuilt goes, as it would in Excel (a new sheet starts at A1).
   */
  changed(activate?: string, rebuilt: readonly string[] = []): void {
    const workbook = this.requireWorkbook();
    const sheet = shownSheet(workbook, activate ?? this.state.activeSheet ?? undefined) ?? null;
    const current = this.state.selection;
    const gone = (name: string) =>
      !findWorksheet(workbook, name) || rebuilt.some((r) => r.toLowerCase() === name.toLowerCase());
    this.update({
      version: this.state.version + 1,
      activeSheet: sheet,
      selection: current && !gone(current.sheet) ? current : null,
    });
  }

  showSheet(name: string): void {
    const ws = this.state.workbook && findWorksheet(this.state.workbook, name);
    if (ws) this.update({ activeSheet: ws.name });
  }

  /** A finding's link: switch to its sheet and select its cell. Throws when there is no such sheet. */
  select(sheet: string, cell: string): void {
    const ws = findWorksheet(this.requireWorkbook(), sheet);
    if (!ws)
      throw new Error(`Bladet "${sheet}" finns inte i arbetsboken. / The workbook has no sheet "${sheet}".`);
    this.update({
      activeSheet: ws.name,
      selection: { sheet: ws.name, cell: cell.replace(/\$/g, '').toUpperCase() },
    });
  }

  private update(change: Partial<PreviewState>): void {
    this.state = { ...this.state, ...change };
    for (const listener of [...this.listeners]) listener();
  }
}

/** `name` when it is a visible sheet, else the first visible sheet (undefined when there is none). */
function shownSheet(workbook: ExcelJS.Workbook, name: string | undefined): string | undefined {
  const wanted = name === undefined ? undefined : findWorksheet(workbook, name);
  if (wanted && isVisible(wanted)) return wanted.name;
  return workbook.worksheets.find(isVisible)?.name;
}
