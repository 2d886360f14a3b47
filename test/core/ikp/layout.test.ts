import { ikpLayout } from '../../../src/core/ikp/layout';
import { mergeIkp } from '../../../src/core/ikp/merge';
import { GENERATED_IKP_HEADERS } from '../../../src/core/ikp/ikp-columns';
import type { IkpField } from '../../../src/core/model/columns';
import type { IkpTable } from '../../../src/core/model/ikp';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import { ikpTable, mergedToIkpTable, vorTable } from '../../helpers/vor-builders';

/** An IKP read from a sheet with these headers; `fields` maps header index → field. */
function sheetWith(
  headers: string[],
  fields: Record<number, IkpField>,
  rows: Array<Record<string, unknown>>,
): IkpTable {
  const columns: Partial<Record<IkpField, number>> = {};
  for (const [i, f] of Object.entries(fields)) columns[f] = Number(i) + 1;
  const t = ikpTable([]);
  t.location = { ...t.location, headers, lastCol: headers.length, columns };
  const get = (r: Record<string, unknown>, f: IkpField) => {
    const i = Object.entries(fields).find(([, x]) => x === f)?.[0];
    return i === undefined ? null : (r[headers[Number(i)]] as string | number | null);
  };
  t.rows = rows.map((r, i) => ({
    row: 2 + i,
    goal: String(get(r, 'goal') ?? ''),
    process: String(get(r, 'process') ?? ''),
    method: String(get(r, 'method') ?? ''),
    nr: get(r, 'nr') === null ? null : String(get(r, 'nr')),
    event: String(get(r, 'event') ?? ''),
    rv: null,
    byHeader: r as IkpTable['rows'][number]['byHeader'],
  }));
  return t;
}

describe('ikpLayout: columns of the regenerated plan', () => {
  it('is the canonical columns when there is no plan yet', () => {
    expect(ikpLayout(null).headers).toEqual(GENERATED_IKP_HEADERS);
  });

  it('keeps added columns after the column that was on their left, and at the far left', () => {
    const headers = ['Först', 'Nr', 'Oönskad händelse', 'Egen 1', 'Egen 2', 'Kontrollansvarig', 'Sist'];
    const t = sheetWith(headers, { 1: 'nr', 2: 'event', 5: 'responsible' }, []);
    const out = ikpLayout(t).headers;
    expect(out[0]).toBe('Först');
    expect(out.slice(out.indexOf('Oönskad händelse'), out.indexOf('Oönskad händelse') + 3)).toEqual([
      'Oönskad händelse',
      'Egen 1',
      'Egen 2',
    ]);
    expect(out[out.indexOf('Kontrollansvarig') + 1]).toBe('Sist');
    expect(out.filter((h) => GENERATED_IKP_HEADERS.includes(h))).toEqual(GENERATED_IKP_HEADERS);
  });

  it('recognises a canonical header the reader left unmapped instead of adding it twice', () => {
    const t = sheetWith(['Nr', 'Oönskad händelse', 'Urval'], { 0: 'nr', 1: 'event' }, []);
    expect(ikpLayout(t).headers).toEqual(GENERATED_IKP_HEADERS);
  });

  it('keeps repeated and clashing headers apart, as the reader keys them', () => {
    const t = sheetWith(
      ['Nr', 'Oönskad händelse', '', 'Status', 'Status', 'Riskvärde', 'RV'],
      { 0: 'nr', 1: 'event', 3: 'status', 5: 'rv' },
      [{ Nr: 1, 'Oönskad händelse': 'A', Status: 'Klar', 'Status (2)': 'Egen', Riskvärde: 12, RV: 'hög' }],
    );
    const layout = ikpLayout(t);
    // The blank-header column has no cells in byHeader: nothing to carry.
    expect(layout.extras).toEqual([
      { header: 'Status (2)', source: 'Status (2)' },
      { header: 'RV (2)', source: 'RV' },
    ]);
    const m = mergeIkp(vorTable([{ nr: 1, event: 'A', s: 4, k: 4 }]), t, DEFAULT_SETTINGS);
    expect(m.rows[0].cells).toMatchObject({ Status: 'Klar', 'Status (2)': 'Egen', RV: 16, 'RV (2)': 'hög' });
    const again = mergeIkp(
      vorTable([{ nr: 1, event: 'A', s: 4, k: 4 }]),
      mergedToIkpTable(m),
      DEFAULT_SETTINGS,
    );
    expect(again.headers).toEqual(m.headers);
    expect(again.rows[0].cells).toEqual(m.rows[0].cells);
  });
});

describe('mergeIkp on a 2014-style plan (Indikator/Väsentlig process, Risk, Ansvarig …)', () => {
  const headers = [
    'Indikator/Väsentlig process',
    'Risk',
    'Sannolikhet',
    'Väsentlighet',
    'Kontrollmoment',
    'Ansvarig',
    'Frekvens',
  ];
  const existing = sheetWith(
    headers,
    {
      0: 'process',
      1: 'event',
      2: 'likelihood',
      3: 'consequence',
      4: 'control',
      5: 'responsible',
      6: 'frequency',
    },
    [
      {
        'Indikator/Väsentlig process': 'Löner',
        Risk: 'Felaktiga löner betalas ut',
        Sannolikhet: '3 - Möjlig',
        Väsentlighet: '4 - Allvarlig',
        Kontrollmoment: 'Stickprov',
        Ansvarig: 'Thomas Lundberg',
        Frekvens: 'månad',
      },
    ],
  );
  const vor = vorTable([{ nr: null, process: 'Löner', event: 'Felaktiga löner betalas ut.', s: 3, k: 4 }], {
    fields: ['goal', 'process', 'event', 'likelihood', 'consequence', 'action'],
  });
  const m = mergeIkp(vor, existing, DEFAULT_SETTINGS);

  it('maps the old columns onto the canonical ones and keeps Sannolikhet/Väsentlighet as added columns', () => {
    expect(m.headers.filter((h) => !GENERATED_IKP_HEADERS.includes(h))).toEqual([
      'Sannolikhet',
      'Väsentlighet',
    ]);
    expect(m.headers.indexOf('Sannolikhet')).toBe(m.headers.indexOf('Oönskad händelse') + 1);
    expect(m.rows).toHaveLength(1);
    expect(m.rows[0].cells).toMatchObject({
      Process: 'Löner',
      'Oönskad händelse': 'Felaktiga löner betalas ut.',
      'Systematisk kontroll': 'Stickprov',
      Kontrollansvarig: 'Thomas Lundberg',
      Frekvens: 'månad',
      Sannolikhet: '3 - Möjlig',
      Väsentlighet: '4 - Allvarlig',
      Nr: null,
      RV: 12,
    });
    const again = mergeIkp(vor, mergedToIkpTable(m), DEFAULT_SETTINGS);
    expect(again.headers).toEqual(m.headers);
    expect(again.rows.map((r) => r.cells)).toEqual(m.rows.map((r) => r.cells));
  });
});
