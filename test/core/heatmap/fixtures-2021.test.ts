import { riskMatrix } from '../../../src/core/heatmap/matrix';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { fixtureVor } from '../../helpers/vor-builders';

describe('Riskmatris of the 2021 VoR', () => {
  const m = riskMatrix(fixtureVor('vor-2021').rows, DEFAULT_SETTINGS);
  const cell = (s: number, k: number) => m.rows[5 - s][k - 1];

  it('places all 65 events', () => {
    expect(m.placed).toBe(65);
    expect(m.unplaced).toEqual([]);
    expect(m.rows.flat().reduce((n, c) => n + c.count, 0)).toBe(65);
  });

  it('lists the events of each cell by Nr', () => {
    expect(cell(3, 4).text).toBe('11: 23, 27, 29, 34, 35, 36, 44, 45, 47, 49, 59');
    expect(cell(4, 3).text).toBe('3: 39, 46, 51');
    expect(cell(5, 1).text).toBe('1: 31');
    expect(cell(5, 5).text).toBe('');
  });
});
