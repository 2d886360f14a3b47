import { selectCell } from '../../src/excel/select-cell';
import { createFakeExcel, type FakeExcel } from '../fake-excel';

let fake: FakeExcel;
afterEach(() => fake?.uninstall());

test("a finding's link shows the sheet and selects the cell, in one sync", async () => {
  fake = createFakeExcel({ sheets: [{ name: 'Start' }, { name: 'Planerade upphandlingar' }] });
  await Excel.run((ctx) => selectCell(ctx, 'Planerade upphandlingar', 'F12'));
  expect(fake.syncCount).toBe(1);
  expect(fake.state().active).toBe('Planerade upphandlingar');
  expect(fake.state().selection).toEqual({ sheet: 'Planerade upphandlingar', address: 'F12' });
});

test('a sheet that is gone is an ItemNotFound error', async () => {
  fake = createFakeExcel();
  await expect(Excel.run((ctx) => selectCell(ctx, 'Borta', 'A1'))).rejects.toMatchObject({
    code: 'ItemNotFound',
  });
});
