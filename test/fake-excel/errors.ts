/**
 * The error the fake throws, shaped like OfficeExtension.Error (name, code, message,
 * debugInfo with errorLocation / statement / surroundingStatements, traceMessages).
 * It is installed as the global `OfficeExtension.Error`, so `instanceof` works as in Office.
 */
export interface FakeDebugInfo {
  code: string;
  message: string;
  errorLocation?: string;
  statement?: string;
  surroundingStatements?: string[];
}

export class FakeOfficeError extends Error {
  override name = 'OfficeExtension.Error';
  code: string;
  debugInfo: FakeDebugInfo;
  traceMessages: string[] = [];
  innerError: unknown = null;

  constructor(
    code: string,
    message: string,
    location?: { errorLocation?: string; statement?: string; surroundingStatements?: string[] },
  ) {
    super(message);
    this.code = code;
    this.debugInfo = { code, message, ...location };
  }
}

/** Error codes the fake raises; the strings are Excel's (Excel.ErrorCodes, OfficeExtension.ErrorCodes). */
export const Codes = {
  propertyNotLoaded: 'PropertyNotLoaded',
  itemNotFound: 'ItemNotFound',
  itemAlreadyExists: 'ItemAlreadyExists',
  invalidArgument: 'InvalidArgument',
  invalidOperation: 'InvalidOperation',
  notImplemented: 'NotImplemented',
  generalException: 'GeneralException',
  requestPayloadSizeLimitExceeded: 'RequestPayloadSizeLimitExceeded',
  responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
  invalidOperationInCellEditMode: 'InvalidOperationInCellEditMode',
  invalidRequestContext: 'InvalidRequestContext',
} as const;

/** An error raised while a queued statement runs at sync time. */
export function statementError(code: string, message: string): FakeOfficeError {
  return new FakeOfficeError(code, message);
}

/** Thrown synchronously by the fake when code touches what neither it nor Excel offers. */
export function notImplemented(what: string): FakeOfficeError {
  return new FakeOfficeError(
    Codes.notImplemented,
    `Fake Excel: ${what} is not implemented by the fake. Add it (with Excel's semantics) or do not use it.`,
  );
}
