/**
 * The one place the add-in calls `Excel.run` (STYLE.md §3). Office errors become an
 * `ExcelHostError` carrying Excel's code, message and debugInfo, which the task pane shows in two
 * levels (src/taskpane/host-error.ts). When Excel is in cell-edit mode every request fails with
 * InvalidOperationInCellEditMode until the user leaves the cell, so the batch is retried a few
 * times with a short back-off before the error reaches the user.
 *
 * Retrying re-runs the whole batch: batches must be idempotent — readSnapshot only reads, and
 * renderPlan renders a plan so that rendering it again changes nothing (SPEC §8).
 */

/** Excel's debugInfo (OfficeExtension.DebugInfo): where in the batch the error happened. */
export interface ExcelDebugInfo {
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
  fullStatements?: string[];
  innerError?: unknown;
}

export class ExcelHostError extends Error {
  override readonly name = 'ExcelHostError';
  constructor(
    /** Excel.ErrorCodes / OfficeExtension.ErrorCodes value, or ExcelNotAvailable. */
    readonly code: string,
    message: string,
    readonly debugInfo?: ExcelDebugInfo,
    readonly original?: unknown,
  ) {
    super(message);
  }
}

export const EXCEL_NOT_AVAILABLE = 'ExcelNotAvailable';
export const CELL_EDIT_MODE = 'InvalidOperationInCellEditMode';

export interface RunExcelOptions {
  /** Extra attempts while Excel is in cell-edit mode (default 3). */
  retries?: number;
  /** Wait before attempt n+1, in ms (default 250, 500, 1000 …). */
  backoffMs?: (attempt: number) => number;
  /** How to wait (tests pass one that resolves at once). */
  sleep?: (ms: number) => Promise<void>;
}

const defaultSleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms));

export async function runExcel<T>(
  batch: (ctx: Excel.RequestContext) => Promise<T>,
  options: RunExcelOptions = {},
): Promise<T> {
  if (typeof Excel === 'undefined' || typeof Excel.run !== 'function') {
    throw new ExcelHostError(
      EXCEL_NOT_AVAILABLE,
      'Excel är inte tillgängligt: tillägget körs utanför Excel. / Excel is not available: the add-in is running outside Excel.',
    );
  }
  const retries = options.retries ?? 3;
  const backoff = options.backoffMs ?? ((n: number) => 250 * 2 ** n);
  const sleep = options.sleep ?? defaultSleep;
  for (let attempt = 0; ; attempt++) {
    try {
      return await Excel.run(batch);
    } catch (e) {
      const err = toHostError(e);
      if (err.code !== CELL_EDIT_MODE || attempt >= retries) throw err;
      await sleep(backoff(attempt));
    }
  }
}

/** Office errors (OfficeExtension.Error, duck-typed) keep code, message and debugInfo. */
export function toHostError(e: unknown): ExcelHostError {
  if (e instanceof ExcelHostError) return e;
  if (isOfficeError(e)) {
    const d = e.debugInfo ?? {};
    const debugInfo: ExcelDebugInfo = {
      errorLocation: d.errorLocation,
      statement: d.statement,
      surroundingStatements: d.surroundingStatements,
    };
    return new ExcelHostError(e.code, e.message, debugInfo, e);
  }
  if (e instanceof Error) return new ExcelHostError(e.name || 'Error', e.message, undefined, e);
  return new ExcelHostError('Unknown', String(e), undefined, e);
}

interface OfficeErrorLike {
  code: string;
  message: string;
  debugInfo?: ExcelDebugInfo;
}

function isOfficeError(e: unknown): e is OfficeErrorLike {
  if (
    typeof OfficeExtension !== 'undefined' &&
    typeof OfficeExtension.Error === 'function' &&
    e instanceof OfficeExtension.Error
  ) {
    return true;
  }
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof (e as OfficeErrorLike).code === 'string' &&
    typeof (e as OfficeErrorLike).message === 'string'
  );
}
