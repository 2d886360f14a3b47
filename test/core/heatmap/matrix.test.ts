import { residualRiskMatrix, riskMatrix } from '../../../src/core/heatmap/matrix';
import { BAND_COLORS } from '../../../src/core/risk/band-colors';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { VOR_2014_FIELDS, VOR_2021_FIELDS, vorTable } from '../../helpers/vor-builders';

const S = DEFAULT_SETTINGS;

describe('riskMatrix (SPEC §5.2)', () => {
  const t = vorTable([
    { nr: 23, s: 3, k: 4 },
    { nr: 24, s: 3, k: 3 },
    { nr: 27, s: 3, k: 4 },
    { nr: 29, s: 3, k: 4 },
    { nr: 31, s: 5, k: 1 },
    { nr: null, s: 1, k: 1 }, // no Nr: named by its row (7)
    { event: null, nr: null }, // goal row: not an event
    { nr: 40, s: 'x', k: 3 }, // unreadable rating: cannot be placed
  ]);
  const m = riskMatrix(t.rows, S);

  it('runs Sannolikhet 5→1 top to bottom and Konsekvens 1→5 left to right', () => {
    expect(m.rows.map((r) => r[0].s)).toEqual([5, 4, 3, 2, 1]);
    expect(m.rows[0].map((c) => c.k)).toEqual([1, 2, 3, 4, 5]);
    expect(m.rows[0][4].rv).toBe(25);
    expect(m.rows[4][0].rv).toBe(1);
  });

  it('holds count and event numbers per cell, "3: 23, 27, 29"', () => {
    const cell = m.rows[5 - 3][4 - 1];
    expect(cell).toMatchObject({
      s: 3,
      k: 4,
      rv: 12,
      count: 3,
      events: ['23', '27', '29'],
      text: '3: 23, 27, 29',
    });
    expect(m.rows[5 - 3][3 - 1].text).toBe('1: 24');
    expect(m.rows[0][0].text).toBe('1: 31');
    expect(m.rows[4][0].text).toBe('1: rad 7');
    expect(m.rows[1][1]).toMatchObject({ count: 0, events: [], text: '' });
    expect(m.placed).toBe(6);
    expect(m.unplaced).toEqual(['40']);
  });

  it('colours every cell by its band', () => {
    const band = (s: number, k: number) => m.rows[5 - s][k - 1].band;
    expect(band(1, 4)).toBe('low');
    expect(band(5, 1)).toBe('medium');
    expect(band(3, 3)).toBe('high');
    expect(band(3, 4)).toBe('critical');
    expect(m.rows[5 - 3][3].fill).toBe(BAND_COLORS.critical.fill);
    expect(m.rows[5 - 3][3].font).toBe(BAND_COLORS.critical.font);
  });

  it('moves cells between bands when the thresholds change', () => {
    const c = riskMatrix(t.rows, { ...S, ikpThreshold: 10, actionThreshold: 6 });
    expect(c.rows[5 - 2][5 - 1].band).toBe('critical'); // RV 10
    expect(c.rows[5 - 2][3 - 1].band).toBe('high'); // RV 6
  });

  it('has Swedish axis labels with the scale names, and a legend', () => {
    expect(m.title).toBe('Riskmatris');
    expect(m.rowAxis.title).toBe('Sannolikhet');
    expect(m.rowAxis.labels.map((l) => l.text)).toEqual([
      '5 - Mycket sannolikt',
      '4 - Sannolikt',
      '3 - Möjlig',
      '2 - Mindre sannolikt',
      '1 - Osannolikt',
    ]);
    expect(m.columnAxis.title).toBe('Konsekvens');
    expect(m.columnAxis.labels.map((l) => l.text)).toEqual([
      '1 - Försumbar',
      '2 - Lindrig',
      '3 - Kännbar',
      '4 - Allvarlig',
      '5 - Mycket allvarlig',
    ]);
    expect(m.legend.map((l) => [l.band, l.range, l.text])).toEqual([
      ['low', '1–4', 'Låg: RV 1–4'],
      ['medium', '5–8', 'Medel: RV 5–8'],
      ['high', '9–11', 'Hög: RV 9–11'],
      ['critical', '12–25', 'Mycket hög: RV 12–25'],
    ]);
    expect(m.legend[3].fill).toBe(BAND_COLORS.critical.fill);
  });

  it('speaks English when asked', () => {
    const en = riskMatrix(t.rows, S, 'en');
    expect(en.rowAxis.title).toBe('Likelihood');
    expect(en.columnAxis.labels[4].text).toBe('5 - Severe');
    expect(en.rows[4][0].text).toBe('1: row 7');
    expect(en.legend[0].text).toBe('Low: RV 1–4');
  });
});

describe('residualRiskMatrix (SPEC §10)', () => {
  it('places events by their ratings after the action', () => {
    const t = vorTable(
      [
        { nr: 1, s: 4, k: 4, sAfter: 2, kAfter: 3 },
        { nr: 2, s: 4, k: 4, sAfter: 2, kAfter: 3 },
        { nr: 3, s: 3, k: 3 }, // no residual rating yet: not placed, not "unplaced"
        { nr: 4, s: 3, k: 3, sAfter: 2, kAfter: null }, // half a rating: unplaced
      ],
      { fields: [...VOR_2021_FIELDS, 'action', 'likelihoodAfter', 'consequenceAfter'] },
    );
    const m = residualRiskMatrix(t, S)!;
    expect(m.kind).toBe('residual');
    expect(m.title).toBe('Riskmatris efter åtgärd');
    expect(m.rowAxis.title).toBe('Sannolikhet efter åtgärd');
    expect(m.rows[5 - 2][3 - 1].text).toBe('2: 1, 2');
    expect(m.rows[5 - 4][4 - 1].count).toBe(0);
    expect(m.placed).toBe(2);
    expect(m.unplaced).toEqual(['4']);
  });

  it('is null when the VoR has no residual columns', () => {
    expect(residualRiskMatrix(vorTable([{ s: 3, k: 3 }]), S)).toBeNull();
    expect(residualRiskMatrix(vorTable([{ s: 3, k: 3 }], { fields: VOR_2014_FIELDS }), S)).toBeNull();
  });
});
