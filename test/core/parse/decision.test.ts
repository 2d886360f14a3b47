import { parseDecision } from '../../../src/core/parse/decision';
import type { CellValue } from '../../../src/core/workbook/snapshot';

test.each<[CellValue, 'ja' | 'nej' | null]>([
  ['Ja', 'ja'],
  [' ja ', 'ja'],
  ['JA', 'ja'],
  ['Ja, beslutat', 'ja'],
  ['★', 'ja'],
  ['*', 'ja'],
  ['x', 'ja'],
  ['X', 'ja'],
  [true, 'ja'],
  ['Nej, endast VoR', 'nej'],
  ['Nej', 'nej'],
  ['nej endast vor', 'nej'],
  [false, 'nej'],
  [null, null],
  ['', null],
  ['Kanske', null],
  ['Jaha', null],
])('%p → %p', (v, d) => {
  expect(parseDecision(v)).toBe(d);
});
