/**
 * What the error bar shows of a failure: the host throws `ExcelHostError`s
 * ({ name: 'ExcelHostError', code, message, debugInfo? }); Office.js's own OfficeExtension.Error has
 * the same fields. Read duck-typed so any thrown value still gets code, message and details —
 * never a swallowed error (STYLE.md, "Errors in two levels").
 */
import type { MessageKey } from '../i18n';

export interface HostErrorLike {
  name: 'ExcelHostError';
  code: string;
  message: string;
  debugInfo?: unknown;
}

export interface ErrorDetails {
  code: string;
  message: string;
  debugInfo?: unknown;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

export function errorDetails(error: unknown): ErrorDetails {
  if (isRecord(error) && typeof error.code === 'string' && typeof error.message === 'string') {
    return 'debugInfo' in error && error.debugInfo !== undefined
      ? { code: error.code, message: error.message, debugInfo: error.debugInfo }
      : { code: error.code, message: error.message };
  }
  if (error instanceof Error) return { code: error.name, message: error.message };
  if (typeof error === 'string') return { code: 'Error', message: error };
  return { code: 'Unknown', message: safeJson(error) };
}

// Excel.ErrorCodes that have something the user can do about them.
const HINTS: Record<string, MessageKey> = {
  InvalidOperationInCellEditMode: 'error.hint.cellEditMode',
  ItemNotFound: 'error.hint.notFound',
  AccessDenied: 'error.hint.protected',
  InsufficientPermissions: 'error.hint.protected',
  RequestPayloadSizeLimitExceeded: 'error.hint.tooLarge',
  ResponsePayloadSizeLimitExceeded: 'error.hint.tooLarge',
  ActivityLimitReached: 'error.hint.busy',
  Conflict: 'error.hint.busy',
  ServiceNotAvailable: 'error.hint.busy',
};

/** The "what to do" half of the short sentence for an error code. */
export function hintFor(code: string): MessageKey {
  return HINTS[code] ?? 'error.hint.generic';
}

/** debugInfo as readable text: Office's debugInfo is an object (errorLocation, statement, …). */
export function formatDebugInfo(debugInfo: unknown): string {
  return typeof debugInfo === 'string' ? debugInfo : safeJson(debugInfo);
}

function safeJson(value: unknown): string {
  try {
    return JSON.stringify(value, null, 2) ?? String(value);
  } catch {
    return String(value);
  }
}
