import { errorDetails, formatDebugInfo, hintFor } from '../../src/taskpane/host-error';

describe('errorDetails', () => {
  test('an ExcelHostError keeps code, message and debugInfo', () => {
    const debugInfo = { errorLocation: 'Range.values', surroundingStatements: ['a', 'b'] };
    expect(
      errorDetails({ name: 'ExcelHostError', code: 'ItemNotFound', message: 'Gone.', debugInfo }),
    ).toEqual({
      code: 'ItemNotFound',
      message: 'Gone.',
      debugInfo,
    });
  });

  test('any object with code and message is read the same way (OfficeExtension.Error)', () => {
    class OfficeLikeError extends Error {
      code = 'GeneralException';
    }
    expect(errorDetails(new OfficeLikeError('boom'))).toEqual({ code: 'GeneralException', message: 'boom' });
  });

  test('a plain Error gives its name as the code', () => {
    expect(errorDetails(new RangeError('too far'))).toEqual({ code: 'RangeError', message: 'too far' });
  });

  test('strings and other values are still shown', () => {
    expect(errorDetails('nope')).toEqual({ code: 'Error', message: 'nope' });
    expect(errorDetails({ weird: 1 })).toEqual({ code: 'Unknown', message: '{\n  "weird": 1\n}' });
    expect(errorDetails(undefined)).toEqual({ code: 'Unknown', message: 'undefined' });
  });
});

test('hints name what to do for the codes a user can act on', () => {
  expect(hintFor('InvalidOperationInCellEditMode')).toBe('error.hint.cellEditMode');
  expect(hintFor('AccessDenied')).toBe('error.hint.protected');
  expect(hintFor('SomethingNew')).toBe('error.hint.generic');
});

test('debugInfo is shown as text', () => {
  expect(formatDebugInfo('plain')).toBe('plain');
  expect(formatDebugInfo({ a: 1 })).toBe('{\n  "a": 1\n}');
  const circular: Record<string, unknown> = {};
  circular.self = circular;
  expect(formatDebugInfo(circular)).toBe('[object Object]');
});
