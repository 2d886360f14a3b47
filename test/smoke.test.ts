import { DEFAULT_SETTINGS } from '../src/core/settings/settings';
test('defaults are the thresholds of SPEC §4 and §7', () => {
  expect(DEFAULT_SETTINGS.ikpThreshold).toBe(12);
  expect(DEFAULT_SETTINGS.actionThreshold).toBe(9);
  expect(DEFAULT_SETTINGS.procurementThreshold).toBe(1_000_000);
});
