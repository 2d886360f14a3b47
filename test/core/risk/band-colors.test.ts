import { BAND_COLORS } from '../../../src/core/risk/band-colors';
import { BANDS } from '../../../src/core/risk/bands';

// WCAG 2 relative luminance and contrast ratio.
const channel = (c: number) => {
  const s = c / 255;
  return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
};
const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const linear = (hex: string) => rgb(hex).map(channel);
const luminance = (hex: string) => {
  const [r, g, b] = linear(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
};

// Machado, Oliveira & Fernandes (2009) full-severity simulation matrices, on linear RGB.
const SIMULATIONS: Record<string, number[][]> = {
  normal: [
    [1, 0, 0],
    [0, 1, 0],
    [0, 0, 1],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};
function lab([r, g, b]: number[]): number[] {
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}
function seenAs(hex: string, m: number[][]): number[] {
  const v = linear(hex);
  return lab(m.map((row) => Math.min(1, Math.max(0, row[0] * v[0] + row[1] * v[1] + row[2] * v[2]))));
}
const deltaE = (a: number[], b: number[]) => Math.hypot(a[0] - b[0], a[1] - b[1], a[2] - b[2]);

describe('BAND_COLORS (SPEC §5: colour-blind-safe hues, readable text)', () => {
  it.each(BANDS)('%s text meets WCAG AA contrast (4.5:1) on its fill', (b) => {
    expect(contrast(BAND_COLORS[b].fill, BAND_COLORS[b].font)).toBeGreaterThanOrEqual(4.5);
  });

  it.each(Object.keys(SIMULATIONS))('every pair of bands stays distinct with %s vision', (kind) => {
    for (let i = 0; i < BANDS.length; i++) {
      for (let j = i + 1; j < BANDS.length; j++) {
        const a = seenAs(BAND_COLORS[BANDS[i]].fill, SIMULATIONS[kind]);
        const b = seenAs(BAND_COLORS[BANDS[j]].fill, SIMULATIONS[kind]);
        expect(deltaE(a, b)).toBeGreaterThan(25);
      }
    }
  });

  it('goes green → yellow → orange → red in hue, as the committee reads a heat-map', () => {
    const hue = (hex: string) => {
      const [r, g, b] = rgb(hex).map((c) => c / 255);
      const max = Math.max(r, g, b),
        min = Math.min(r, g, b),
        d = max - min;
      const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
      return (h * 60 + 360) % 360;
    };
    expect(hue(BAND_COLORS.low.fill)).toBeGreaterThan(90);
    expect(hue(BAND_COLORS.low.fill)).toBeLessThan(170);
    expect(hue(BAND_COLORS.medium.fill)).toBeGreaterThan(45);
    expect(hue(BAND_COLORS.medium.fill)).toBeLessThan(65);
    expect(hue(BAND_COLORS.high.fill)).toBeGreaterThan(15);
    expect(hue(BAND_COLORS.high.fill)).toBeLessThan(40);
    expect(hue(BAND_COLORS.critical.fill) > 320 || hue(BAND_COLORS.critical.fill) < 10).toBe(true);
  });

  it('has labels in both languages', () => {
    for (const b of BANDS) {
      expect(BAND_COLORS[b].label.sv).not.toBe('');
      expect(BAND_COLORS[b].label.en).not.toBe('');
    }
  });
});
