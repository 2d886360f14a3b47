import { nrMissing } from '../../../src/core/rules/vor/nr-missing';
import { nrDuplicate } from '../../../src/core/rules/vor/nr-duplicate';
import { columnMissing } from '../../../src/core/rules/vor/column-missing';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { VorTable } from '../../../src/core/model/vor';
import { VOR_2014_FIELDS, vorTable } from '../../helpers/vor-builders';

const ctx = (table: VorTable, lang: 'sv' | 'en' = 'sv') => ({ table, settings: DEFAULT_SETTINGS, lang });

describe('nr-missing', () => {
  it('fires on an event without Nr', () => {
    const t = vorTable([{ nr: 1 }, { nr: null, event: 'Lokaler saknas' }, { nr: '  ' }]);
    const f = nrMissing(ctx(t));
    expect(f.map((x) => [x.rule, x.severity, x.cell])).toEqual([
      ['nr-missing', 'error', 'D3'],
      ['nr-missing', 'error', 'D4'],
    ]);
    expect(f[0].message).toContain('"Lokaler saknas" saknar Nr');
  });

  it('does not fire on a goal row without events', () => {
    expect(nrMissing(ctx(vorTable([{ event: null, nr: null }])))).toEqual([]);
  });

  it('produces nothing for the 2014 layout, which has no Nr column', () => {
    const t = vorTable([{ nr: null }, { nr: null }], { fields: VOR_2014_FIELDS });
    expect(nrMissing(ctx(t))).toEqual([]);
    expect(nrDuplicate(ctx(t))).toEqual([]);
  });
});

describe('nr-duplicate', () => {
  it('fires on every later use of a Nr, naming the first row', () => {
    const t = vorTable([{ nr: 7 }, { nr: 8 }, { nr: ' 7' }, { nr: 7 }]);
    const f = nrDuplicate(ctx(t));
    expect(f.map((x) => x.cell)).toEqual(['D4', 'D5']);
    expect(f[0].message).toContain('Nr 7 används redan på rad 2');
  });

  it('does not fire on unique or blank Nr', () => {
    expect(nrDuplicate(ctx(vorTable([{ nr: 1 }, { nr: 2 }, { nr: null }, { nr: null }])))).toEqual([]);
  });
});

describe('column-missing', () => {
  it('fires once per missing required column, pointing at the header row', () => {
    const t = vorTable([{}], { fields: ['goal', 'process', 'nr', 'event', 'rv'], headerRow: 3 });
    const f = columnMissing(ctx(t));
    expect(f.map((x) => [x.rule, x.severity, x.row, x.column, x.cell])).toEqual([
      ['column-missing', 'error', 3, null, 'A3'],
      ['column-missing', 'error', 3, null, 'A3'],
    ]);
    expect(f[0].message).toContain('"Sannolikhet" saknas');
    expect(f[1].message).toContain('"Konsekvens" saknas');
  });

  it('names the event column in English', () => {
    const f = columnMissing(ctx(vorTable([], { fields: ['likelihood', 'consequence'] }), 'en'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('the column "Oönskad händelse" is missing');
  });

  it('does not fire on the 2021 or the 2014 layout', () => {
    expect(columnMissing(ctx(vorTable([{}])))).toEqual([]);
    expect(columnMissing(ctx(vorTable([{}], { fields: VOR_2014_FIELDS })))).toEqual([]);
  });
});
