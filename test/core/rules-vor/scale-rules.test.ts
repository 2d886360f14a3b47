import { scaleInvalid } from '../../../src/core/rules/vor/scale-invalid';
import { scaleLabelMismatch } from '../../../src/core/rules/vor/scale-label-mismatch';
import { scaleOutOfRange } from '../../../src/core/rules/vor/scale-out-of-range';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { VorTable } from '../../../src/core/model/vor';
import { labelMismatch, VOR_2021_FIELDS, vorTable } from '../../helpers/vor-builders';

const ctx = (table: VorTable, lang: 'sv' | 'en' = 'sv') => ({ table, settings: DEFAULT_SETTINGS, lang });
// 2021 layout: goal A, process B, method C, Nr D, event E, Sannolikhet F, Konsekvens G, RV H, IKP I.

describe('scale-invalid', () => {
  it('fires on text that is no scale value, naming sheet, row, column and cell', () => {
    const t = vorTable([
      { s: 3, k: 4 },
      { s: 'hög', k: 4 },
    ]);
    const f = scaleInvalid(ctx(t));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'scale-invalid',
      severity: 'error',
      sheet: 'Risk & Väsentlighet',
      row: 3,
      column: 'Sannolikhet',
      cell: 'F3',
    });
    expect(f[0].message).toContain('Blad "Risk & Väsentlighet", rad 3, kolumn "Sannolikhet" (F3)');
    expect(f[0].message).toContain('"hög"');
    expect(f[0].message).toMatch(/Skriv en siffra 1–5/);
  });

  it('fires on a blank rating of an event, in English when asked', () => {
    const t = vorTable([{ s: 3, k: null }]);
    const f = scaleInvalid(ctx(t, 'en'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ cell: 'G2', column: 'Konsekvens' });
    expect(f[0].message).toMatch(
      /^Sheet "Risk & Väsentlighet", row 2, column "Konsekvens" \(G2\): the event has no rating/,
    );
  });

  it('does not fire on valid ratings, goal rows, or other scale errors', () => {
    const t = vorTable([
      { s: 1, k: 5 },
      { event: null },
      { s: 7, k: 3 },
      { s: labelMismatch('2 - Möjlig'), k: 3 },
    ]);
    expect(scaleInvalid(ctx(t))).toEqual([]);
  });

  it('checks the residual columns when present, but a blank residual is fine', () => {
    const t = vorTable(
      [
        { s: 4, k: 4, sAfter: 'x', kAfter: 2 },
        { s: 4, k: 4 },
      ],
      { fields: [...VOR_2021_FIELDS, 'likelihoodAfter', 'consequenceAfter'] },
    );
    const f = scaleInvalid(ctx(t));
    expect(f.map((x) => [x.cell, x.column])).toEqual([['J2', 'Sannolikhet efter åtgärd']]);
  });

  it('ignores a missing scale column (column-missing reports that)', () => {
    const t = vorTable([{ s: null, k: 3 }], { fields: ['nr', 'event', 'consequence'] });
    expect(scaleInvalid(ctx(t))).toEqual([]);
  });
});

describe('scale-label-mismatch', () => {
  it('fires on "2 - Möjlig" and says what 2 means', () => {
    const t = vorTable([{ s: labelMismatch('2 - Möjlig'), k: 3 }]);
    const f = scaleLabelMismatch(ctx(t));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'scale-label-mismatch', severity: 'error', cell: 'F2' });
    expect(f[0].message).toContain('"2 - Möjlig"');
    expect(f[0].message).toContain('2 betyder "2 - Mindre sannolikt"');
  });

  it('does not fire on matching number and label or on other errors', () => {
    const t = vorTable([
      { s: 3, k: 3 },
      { s: 'abc', k: 9 },
    ]);
    expect(scaleLabelMismatch(ctx(t))).toEqual([]);
  });
});

describe('scale-out-of-range', () => {
  it('fires on a number outside 1–5', () => {
    const t = vorTable([
      { s: 3, k: 6 },
      { s: 0, k: 2 },
    ]);
    const f = scaleOutOfRange(ctx(t));
    expect(f.map((x) => x.cell)).toEqual(['G2', 'F3']);
    expect(f[0].message).toContain('6 ligger utanför skalan 1–5');
  });

  it('does not fire on 1 or 5', () => {
    expect(scaleOutOfRange(ctx(vorTable([{ s: 1, k: 5 }])))).toEqual([]);
  });
});
