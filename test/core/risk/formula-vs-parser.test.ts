/**
 * The RV formula Excel computes must give the same number as the core for the forms people
 * write (src/core/risk/formulas.ts lists the lenient forms where it cannot).
 */
import fc from 'fast-check';
import { rvTemplate } from '../../../src/core/risk/formulas';
import { SCALE_NAMES, scaleLabels } from '../../../src/core/risk/scale-names';
import { parseScale } from '../../../src/core/parse/scale';
import type { CellValue } from '../../../src/core/workbook/snapshot';
import { fixtureRows, toCell } from '../../helpers/tsv-workbook';
import { evaluate } from './excel-formula-eval';

const template = rvTemplate();
const excelRv = (s: CellValue, k: CellValue) => evaluate(template, { '{Sannolikhet}': s, '{Konsekvens}': k });
const coreRv = (s: CellValue, k: CellValue) => {
  const a = parseScale(s, 'likelihood');
  const b = parseScale(k, 'consequence');
  return a.kind === 'ok' && b.kind === 'ok' ? a.value * b.value : null;
};

describe('RV formula vs the core parser', () => {
  it('agrees on every Sannolikhet/Konsekvens cell of the published plans', () => {
    const files: Array<[string, string, string]> = [
      ['vor-2021', 'Sannolikhet', 'Konsekvens'],
      ['rv-processer-2014', 'Sannolikhet', 'Väsentlighet'],
      ['rv-indikatorer-2014', 'Sannolikhet', 'Väsentlighet'],
      ['ikp-2014', 'Sannolikhet', 'Väsentlighet'],
    ];
    let compared = 0;
    for (const [file, sHeader, kHeader] of files) {
      const [header, ...rows] = fixtureRows(file);
      const si = header.indexOf(sHeader);
      const ki = header.indexOf(kHeader);
      for (const r of rows) {
        const s = toCell(r[si]);
        const k = toCell(r[ki]);
        const core = coreRv(s, k);
        expect(excelRv(s, k)).toBe(core === null ? '' : core);
        if (core !== null) compared++;
      }
    }
    expect(compared).toBeGreaterThan(140);
  });

  it('agrees on generated written forms of every value (property)', () => {
    const form = (kind: 'likelihood' | 'consequence') =>
      fc
        .record({
          v: fc.integer({ min: 1, max: 5 }),
          lang: fc.constantFrom('sv' as const, 'en' as const),
          sep: fc.constantFrom(' - ', '. ', ' ', '-', ' – ', '.', ': ', ') '),
          shape: fc.constantFrom('number', 'digit', 'digit+label', 'label', 'variant'),
          upper: fc.boolean(),
          pad: fc.constantFrom('', ' ', '  '),
        })
        .map(({ v, lang, sep, shape, upper, pad }): CellValue => {
          const name = SCALE_NAMES[kind][lang][v - 1];
          const variants = scaleLabels(kind)
            .filter(([, value]) => value === v)
            .map(([n]) => n);
          const text =
            shape === 'number'
              ? null
              : shape === 'digit'
                ? String(v)
                : shape === 'digit+label'
                  ? `${v}${sep}${name}`
                  : shape === 'label'
                    ? name
                    : variants[variants.length - 1];
          if (text === null) return v;
          return pad + (upper ? text.toUpperCase() : text) + pad;
        });
    fc.assert(
      fc.property(form('likelihood'), form('consequence'), (s, k) => {
        const core = coreRv(s, k);
        return core !== null && excelRv(s, k) === core;
      }),
      { numRuns: 500 },
    );
  });
});
