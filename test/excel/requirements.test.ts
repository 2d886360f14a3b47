import { checkExcelRequirements, REQUIRED_EXCEL_API } from '../../src/excel/requirements';
import { createFakeExcel, type FakeExcel } from '../fake-excel';

let fake: FakeExcel | undefined;
afterEach(() => fake?.uninstall());

test('the add-in needs ExcelApi 1.13 (table.resize)', () => {
  expect(REQUIRED_EXCEL_API).toBe('1.13');
});

test('a recent Excel passes', () => {
  fake = createFakeExcel(undefined, { apiVersion: '1.17' });
  expect(checkExcelRequirements('sv')).toEqual({ ok: true });
});

test('Excel 2019 (ExcelApi 1.8) is told, in Swedish or English, what it needs', () => {
  fake = createFakeExcel(undefined, { apiVersion: '1.8' });
  const sv = checkExcelRequirements('sv');
  expect(sv.ok).toBe(false);
  if (!sv.ok) expect(sv.message).toMatch(/för gammal.*1\.13/);
  const en = checkExcelRequirements('en');
  if (en.ok) throw new Error('expected a failure');
  expect(en.message).toMatch(/too old.*1\.13/);
});

test('outside Office the check fails instead of throwing', () => {
  expect(checkExcelRequirements('en').ok).toBe(false);
});
