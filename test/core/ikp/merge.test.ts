import { mergeIkp, mergedGrid, type MergedIkp } from '../../../src/core/ikp/merge';
import {
  GENERATED_IKP_HEADERS,
  URVAL_DECIDED,
  URVAL_NO_LONGER_SELECTED,
  urvalMandatory,
} from '../../../src/core/ikp/ikp-columns';
import { DEFAULT_SETTINGS } from '../../../src/core/settings/settings';
import type { IkpTable } from '../../../src/core/model/ikp';
import type { VorTable } from '../../../src/core/model/vor';
import {
  type EventSpec,
  IKP_2021_FIELDS,
  ikpTable,
  mergedToIkpTable,
  VOR_2021_FIELDS,
  vorTable,
} from '../../helpers/vor-builders';

const S = DEFAULT_SETTINGS;
const G1 = '1.1 I Stockholm är människor självförsörjande';
const G2 = '3.1 Stockholm har en budget i balans';
const withControl = { fields: [...VOR_2021_FIELDS, 'control' as const] };

const v1: EventSpec[] = [
  {
    nr: 1,
    goal: G1,
    process: 'Betygsättning',
    method: 'Betyg',
    event: 'Diskrepans mellan färdigheter och kunskapskrav',
    s: 3,
    k: 4,
    decision: 'ja',
  },
  {
    nr: 2,
    goal: G1,
    process: 'Betygsättning',
    method: 'Betyg',
    event: 'Brist på legitimerade lärare',
    s: 2,
    k: 3,
    decision: 'nej',
  },
  {
    nr: 3,
    goal: G1,
    process: 'Betygsättning',
    method: 'Betyg',
    event: 'Felaktiga underlag',
    s: 3,
    k: 3,
    decision: 'ja',
  },
  {
    nr: 4,
    goal: G2,
    process: 'Redovisning',
    method: 'Utlägg via LISA',
    event: 'Staden betalar ut för ej berättigade utlägg',
    s: 4,
    k: 4,
    decision: 'ja',
    control: 'Kontroll av kvitton',
  },
  {
    nr: 5,
    goal: G2,
    process: 'Lönehantering',
    method: 'Löneutbetalning',
    event: 'Felaktiga löneutbetalningar',
    s: 2,
    k: 2,
    decision: 'nej',
  },
];

/** The grid a person sees, to compare two generations. */
const sheet = (m: MergedIkp) => ({ headers: m.headers, grid: mergedGrid(m) });
const col = (m: MergedIkp, header: string) => m.rows.map((r) => r.cells[header]);

/** A person edits the generated sheet: fills columns and adds "Egen kommentar" after Kontrollansvarig. */
function edit(m: MergedIkp): IkpTable {
  const at = m.headers.indexOf('Kontrollansvarig') + 1;
  const headers = [...m.headers.slice(0, at), 'Egen kommentar', ...m.headers.slice(at)];
  const rows = m.rows.map((r) => {
    const nr = r.cells['Nr'];
    return {
      ...r,
      cells: {
        ...r.cells,
        Kontrollansvarig: `Ansvarig ${nr}`,
        Kontrollaktivitet: nr === 3 ? { formula: '=CONCAT("Stick","prov")' } : 'Stickprov',
        'Egen kommentar': nr === 4 ? { formula: '=TODAY()' } : `Kommentar ${nr}`,
      },
    };
  });
  return mergedToIkpTable({ headers, rows });
}

describe('mergeIkp: first generation from a VoR', () => {
  const m = mergeIkp(vorTable(v1, withControl), null, S);

  it('has the canonical columns in order', () => {
    expect(m.headers).toEqual(GENERATED_IKP_HEADERS);
    expect(m.headers).toEqual([
      'KF:s mål för verksamhetsområdet',
      'Process',
      'Arbetssätt',
      'Systematisk kontroll',
      'Nr',
      'Oönskad händelse',
      'RV',
      'Kontrollaktivitet',
      'Kontrollansvarig',
      'Frekvens',
      'Status',
      'Resultat/avvikelse',
      'Vidtagna åtgärder',
      'Urval',
    ]);
  });

  it('holds the selected events grouped by goal and process, with Nr, event, RV (a value) and Urval', () => {
    expect(col(m, 'Nr')).toEqual([1, 3, 4]);
    expect(col(m, 'RV')).toEqual([12, 9, 16]);
    expect(col(m, 'Oönskad händelse')[0]).toBe('Diskrepans mellan färdigheter och kunskapskrav');
    expect(col(m, 'Urval')).toEqual([urvalMandatory(12), URVAL_DECIDED, urvalMandatory(12)]);
    expect(col(m, 'KF:s mål för verksamhetsområdet')).toEqual([G1, G1, G2]);
    expect(m.rows.every((r) => r.status === 'selected' && r.added && !r.flagged)).toBe(true);
    expect(m.rows.map((r) => r.vorRow)).toEqual([2, 4, 5]);
  });

  it('pre-fills Systematisk kontroll from the VoR for a new event, else leaves it blank', () => {
    expect(col(m, 'Systematisk kontroll')).toEqual([null, null, 'Kontroll av kvitton']);
    expect(col(m, 'Kontrollansvarig')).toEqual([null, null, null]);
  });

  it('groups a goal that comes back later in the VoR with its first appearance', () => {
    const specs: EventSpec[] = [
      { nr: 1, goal: 'A', process: 'P', s: 4, k: 4 },
      { nr: 2, goal: 'B', process: 'Q', s: 4, k: 4 },
      { nr: 3, goal: 'A', process: 'R', s: 4, k: 4 },
      { nr: 4, goal: 'A', process: 'P', s: 4, k: 4 },
      { nr: 5, goal: 'B', process: 'Q', s: 4, k: 4 },
    ];
    expect(col(mergeIkp(vorTable(specs), null, S), 'Nr')).toEqual([1, 4, 3, 2, 5]);
  });
});

describe('mergeIkp: regenerating after people worked in the plan and the VoR changed', () => {
  const first = mergeIkp(vorTable(v1, withControl), null, S);
  const edited = edit(first);
  // Event 1 drops to RV 8 and is decided Nej; a new RV-15 event (Nr 6) joins G1 / Betygsättning,
  // typed at the bottom of the VoR.
  const v2: EventSpec[] = [
    { ...v1[0], s: 2, k: 4, decision: 'nej' },
    ...v1.slice(1),
    {
      nr: 6,
      goal: G1,
      process: 'Betygsättning',
      method: 'Betyg',
      event: 'Ny händelse',
      s: 5,
      k: 3,
      decision: null,
      control: 'Ny kontroll',
    },
  ];
  const second = mergeIkp(vorTable(v2, withControl), edited, S);

  it('keeps the added column where the person put it', () => {
    const i = second.headers.indexOf('Kontrollansvarig');
    expect(second.headers[i + 1]).toBe('Egen kommentar');
    expect(second.headers.filter((h) => h === 'Egen kommentar')).toHaveLength(1);
  });

  it('loses nothing that was typed, formulas included', () => {
    const byNr = new Map(second.rows.map((r) => [r.cells['Nr'], r.cells]));
    for (const nr of [1, 3, 4]) expect(byNr.get(nr)!['Kontrollansvarig']).toBe(`Ansvarig ${nr}`);
    expect(byNr.get(3)!['Kontrollaktivitet']).toEqual({ formula: '=CONCAT("Stick","prov")' });
    expect(byNr.get(4)!['Egen kommentar']).toEqual({ formula: '=TODAY()' });
    expect(byNr.get(1)!['Egen kommentar']).toBe('Kommentar 1');
    expect(byNr.get(4)!['Systematisk kontroll']).toBe('Kontroll av kvitton');
  });

  it('flags the row whose event dropped out, keeping its cells, at its VoR position', () => {
    const r = second.rows[0];
    expect(r.cells['Nr']).toBe(1);
    expect(r.status).toBe('no-longer-selected');
    expect(r.flagged).toBe(true);
    expect(r.cells['Urval']).toBe(URVAL_NO_LONGER_SELECTED);
    expect(r.cells['RV']).toBe(12); // untouched: the row is kept as it was
    expect(r.cells['Kontrollaktivitet']).toBe('Stickprov');
  });

  it('puts the new event inside its goal and process, with the VoR control pre-filled', () => {
    expect(col(second, 'Nr')).toEqual([1, 3, 6, 4]);
    const added = second.rows[2];
    expect(added.added).toBe(true);
    expect(added.cells['RV']).toBe(15);
    expect(added.cells['Systematisk kontroll']).toBe('Ny kontroll');
    expect(added.cells['Kontrollansvarig']).toBeNull();
    expect(added.cells['Egen kommentar']).toBeNull();
  });

  it('changes nothing when run again with the same VoR', () => {
    const third = mergeIkp(vorTable(v2, withControl), mergedToIkpTable(second), S);
    expect(sheet(third)).toEqual(sheet(second));
    expect(third.rows.map((r) => [r.status, r.flagged])).toEqual(
      second.rows.map((r) => [r.status, r.flagged]),
    );
    expect(third.rows.some((r) => r.added)).toBe(false);
    const fourth = mergeIkp(vorTable(v2, withControl), mergedToIkpTable(third), S);
    expect(sheet(fourth)).toEqual(sheet(second));
  });

  it('unflags a row whose event re-enters the selection, keeping its typed cells', () => {
    const v3 = v2.map((e) => (e.nr === 1 ? { ...e, s: 3, k: 4, decision: 'ja' } : e));
    const again = mergeIkp(vorTable(v3, withControl), mergedToIkpTable(second), S);
    const r = again.rows[0];
    expect(r.cells['Nr']).toBe(1);
    expect(r.flagged).toBe(false);
    expect(r.status).toBe('selected');
    expect(r.cells['Urval']).toBe(urvalMandatory(12));
    expect(r.cells['Kontrollansvarig']).toBe('Ansvarig 1');
  });

  it('follows a changed IKP threshold in the selection and in Urval', () => {
    const again = mergeIkp(vorTable(v2, withControl), mergedToIkpTable(second), { ...S, ikpThreshold: 16 });
    expect(col(again, 'Urval')).toEqual([
      URVAL_NO_LONGER_SELECTED,
      URVAL_DECIDED,
      URVAL_NO_LONGER_SELECTED,
      urvalMandatory(16),
    ]);
  });
});

describe('mergeIkp: rows whose event is no longer in the VoR', () => {
  const vor = vorTable(v1, withControl);
  const existing = ikpTable([
    {
      nr: 1,
      goal: G1,
      process: 'Betygsättning',
      method: 'Betyg',
      event: 'Diskrepans mellan färdigheter och kunskapskrav',
      rv: 12,
      cells: { Kontrollansvarig: 'Anna' },
    },
    {
      nr: 99,
      goal: G1,
      process: 'Gammal',
      method: 'Gammal',
      event: 'Borttagen händelse',
      rv: 12,
      cells: { Kontrollansvarig: 'Bo' },
    },
    { nr: 98, goal: G1, process: 'Gammal', method: 'Gammal', event: 'Också borttagen', rv: 9 },
    {
      nr: 4,
      goal: G2,
      process: 'Redovisning',
      method: 'Utlägg via LISA',
      event: 'Staden betalar ut för ej berättigade utlägg',
      rv: 16,
    },
  ]);
  const m = mergeIkp(vor, existing, S);

  it('keeps them flagged, right after the row that preceded them, cells untouched', () => {
    expect(col(m, 'Nr')).toEqual([1, 99, 98, 3, 4]);
    expect(m.rows[1]).toMatchObject({ status: 'not-in-vor', flagged: true, vorRow: null, ikpRow: 3 });
    expect(m.rows[1].cells).toMatchObject({
      Process: 'Gammal',
      RV: 12,
      Kontrollansvarig: 'Bo',
      Urval: URVAL_NO_LONGER_SELECTED,
    });
  });

  it('keeps a row at the top when nothing preceded it, and is stable when run again', () => {
    const top = ikpTable([
      { nr: 99, event: 'Borttagen händelse', cells: { Kontrollansvarig: 'Bo' } },
      ...existing.rows.slice(0, 1).map((r) => ({ nr: 1, event: r.event })),
    ]);
    const once = mergeIkp(vor, top, S);
    expect(col(once, 'Nr')).toEqual([99, 1, 3, 4]);
    const twice = mergeIkp(vor, mergedToIkpTable(once), S);
    expect(sheet(twice)).toEqual(sheet(once));
    expect(sheet(mergeIkp(vor, mergedToIkpTable(m), S))).toEqual(sheet(m));
  });

  it('drops blank lines (nothing typed there to lose)', () => {
    const withBlank = ikpTable([
      { nr: null, event: '' },
      { nr: 1, event: 'Diskrepans mellan färdigheter och kunskapskrav' },
    ]);
    withBlank.rows[0].byHeader = Object.fromEntries(
      Object.keys(withBlank.rows[0].byHeader).map((h) => [h, null]),
    );
    expect(col(mergeIkp(vor, withBlank, S), 'Nr')).toEqual([1, 3, 4]);
  });

  it('keeps a second row for the same event, flagged, after the first', () => {
    const dup = ikpTable([
      { nr: 4, event: 'Staden betalar ut för ej berättigade utlägg', cells: { Kontrollansvarig: 'Första' } },
      { nr: 4, event: 'Staden betalar ut för ej berättigade utlägg', cells: { Kontrollansvarig: 'Andra' } },
    ]);
    const once = mergeIkp(vor, dup, S);
    expect(once.rows.map((r) => [r.cells['Nr'], r.cells['Kontrollansvarig'], r.flagged])).toEqual([
      [1, null, false],
      [3, null, false],
      [4, 'Första', false],
      [4, 'Andra', true],
    ]);
    expect(sheet(mergeIkp(vor, mergedToIkpTable(once), S))).toEqual(sheet(once));
  });
});

describe('mergeIkp: an existing plan without Nr (matched by event text)', () => {
  // The published 2021 IKP has no Nr column, and its texts differ a little from the VoR's.
  const vor: VorTable = vorTable([
    {
      nr: 44,
      goal: G2,
      process: 'Informations-säkerhet',
      method: 'Styra',
      event: 'Anmälan om behandling av personuppgift saknas',
      s: 3,
      k: 4,
      decision: 'ja',
    },
    {
      nr: 45,
      goal: G2,
      process: 'Informations-säkerhet',
      method: 'Styra',
      event: 'Delegationsbeslut anmäls inte till nämnd.',
      s: 3,
      k: 4,
      decision: 'ja',
    },
    {
      nr: 46,
      goal: G2,
      process: 'Informations-säkerhet',
      method: 'Styra',
      event: 'Gallring verkställs inte',
      s: 4,
      k: 2,
      decision: 'ja',
    },
  ]);
  const existing = ikpTable(
    [
      {
        goal: G2,
        process: 'Informationssäkerhet',
        method: 'Styra',
        event: 'ANMÄLAN om behandling av personuppgift saknas',
        rv: 12,
        cells: { 'Systematisk kontroll': 'Kontroll vid behov', Kontrollaktivitet: 'Stickprov' },
      },
      {
        goal: G2,
        process: 'Informationssäkerhet',
        method: 'Styra',
        event: 'Delegationsbeslut anmäls inte till nämnd',
        rv: 12,
        cells: { Kontrollaktivitet: { formula: '=A1' } },
      },
    ],
    { fields: IKP_2021_FIELDS },
  );
  const m = mergeIkp(vor, existing, S);

  it('carries the typed cells over and fills in Nr from the VoR', () => {
    expect(col(m, 'Nr')).toEqual([44, 45, 46]);
    expect(col(m, 'Kontrollaktivitet')).toEqual(['Stickprov', { formula: '=A1' }, null]);
    expect(col(m, 'Systematisk kontroll')).toEqual(['Kontroll vid behov', null, null]);
    expect(m.rows.map((r) => r.added)).toEqual([false, false, true]);
    expect(col(m, 'Process')).toEqual([
      'Informations-säkerhet',
      'Informations-säkerhet',
      'Informations-säkerhet',
    ]);
  });

  it('adds the missing canonical columns and is stable from then on (matched by Nr)', () => {
    expect(m.headers).toEqual(GENERATED_IKP_HEADERS);
    expect(sheet(mergeIkp(vor, mergedToIkpTable(m), S))).toEqual(sheet(m));
  });
});
