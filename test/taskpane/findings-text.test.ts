import { findingText } from '../../src/taskpane/FindingsList';
import type { Finding } from '../../src/core/findings/finding';

const tr = ((key: string, vars?: Record<string, unknown>) =>
  key === 'findings.row'
    ? `rad ${vars?.row}`
    : key === 'findings.column'
      ? `kolumn ${vars?.column}`
      : key) as never;

const base: Finding = {
  rule: 'value-under-threshold',
  severity: 'error',
  sheet: 'Planerade upphandlingar',
  row: 14,
  column: 'Uppskattat kontraktsvärde',
  cell: 'E14',
  message: '',
};

test('a core message that names its place is shown as it is, not prefixed twice', () => {
  const message =
    'Blad "Planerade upphandlingar", rad 14, kolumn "Uppskattat kontraktsvärde" (E14): inte över 1 000 000 kr.';
  expect(findingText({ ...base, message }, tr)).toBe(message);
});

test('a message without its place gets sheet, row and column in front', () => {
  expect(findingText({ ...base, message: 'Värdet är för lågt.' }, tr)).toBe(
    'Planerade upphandlingar, rad 14, kolumn Uppskattat kontraktsvärde: Värdet är för lågt.',
  );
});
