import { checkConsistency } from '../../../src/core/rules/consistency/check-consistency';
import { consistencyInput } from '../../../src/core/rules/consistency/consistency-input';
import { ikpNotInVor } from '../../../src/core/rules/consistency/ikp-not-in-vor';
import { ikpExcludedInVor } from '../../../src/core/rules/consistency/ikp-excluded-in-vor';
import { ikpMissing } from '../../../src/core/rules/consistency/ikp-missing';
import { ikpRvDiffers } from '../../../src/core/rules/consistency/ikp-rv-differs';
import { ikpTextDiffers } from '../../../src/core/rules/consistency/ikp-text-differs';
import { mergeIkp } from '../../../src/core/ikp/merge';
import { URVAL_NO_LONGER_SELECTED } from '../../../src/core/ikp/ikp-columns';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import type { IkpTable } from '../../../src/core/model/ikp';
import type { VorTable } from '../../../src/core/model/vor';
import {
  type EventSpec,
  IKP_2021_FIELDS,
  ikpTable,
  mergedToIkpTable,
  vorTable,
} from '../../helpers/vor-builders';

const S = DEFAULT_SETTINGS;
const ctx = (vor: VorTable, ikp: IkpTable, settings: Settings = S, lang: 'sv' | 'en' = 'sv') => ({
  table: consistencyInput(vor, ikp),
  settings,
  lang,
});

const vorSpecs: EventSpec[] = [
  {
    nr: 7,
    process: 'Deltagarprocess',
    method: 'Dokumentation',
    event: 'Rättssäkerhet kan inte säkerställas.',
    s: 2,
    k: 4,
    decision: 'nej',
  },
  {
    nr: 27,
    process: 'Redovisning',
    method: 'Projektrevisning',
    event: 'Staden kan bli återbetalningsskyldig',
    s: 3,
    k: 4,
    decision: 'ja',
  },
  {
    nr: 44,
    process: 'Informations-säkerhet',
    method: 'Styra, stödja och kontrollera',
    event: 'Anmälan om behandling av personuppgift saknas',
    s: 3,
    k: 4,
    decision: 'ja',
  },
  {
    nr: 50,
    process: 'Inköp',
    method: 'Styra',
    event: 'Regler och riktlinjer för upphandling följs inte',
    s: 3,
    k: 3,
    decision: 'ja',
  },
  {
    nr: 51,
    process: 'Inköp',
    method: 'Styra',
    event: 'Upphandlingar sker utan diarieföring',
    s: 4,
    k: 3,
    decision: 'ja',
  },
];
const vor = vorTable(vorSpecs);

describe('ikp-not-in-vor', () => {
  it('fires on an IKP event that is in the VoR neither by Nr nor by text', () => {
    const ikp = ikpTable([
      { nr: null, event: 'Bristande kunskaper bland medarbetarna gällande informationssäkerhet', rv: 12 },
      { nr: 44, event: 'Anmälan om behandling av personuppgift saknas', rv: 12 },
    ]);
    const f = ikpNotInVor(ctx(vor, ikp));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'ikp-not-in-vor',
      severity: 'error',
      sheet: 'Internkontrollplan',
      row: 2,
      column: 'Oönskad händelse',
      cell: 'F2',
    });
    expect(f[0].message).toContain(
      'finns inte i väsentlighets- och riskanalysen på bladet "Risk & Väsentlighet"',
    );
  });

  it('falls back to the text when the IKP row has a Nr the VoR does not know', () => {
    const ikp = ikpTable([{ nr: 999, event: 'anmälan om behandling av personuppgift saknas.' }]);
    expect(ikpNotInVor(ctx(vor, ikp))).toEqual([]);
  });

  it('ignores blank IKP lines', () => {
    const ikp = ikpTable([{ nr: null, event: '', goal: '', process: '', method: '' }]);
    ikp.rows[0].byHeader = {};
    expect(ikpNotInVor(ctx(vor, ikp))).toEqual([]);
  });
});

describe('ikp-excluded-in-vor', () => {
  it('fires on an IKP event decided "Nej, endast VoR" (event 7 of 2021)', () => {
    const ikp = ikpTable(
      [
        {
          event: 'Rättssäkerhet kan inte säkerställas.',
          process: 'Deltagarprocess',
          method: 'Dokumentation',
          rv: 8,
        },
      ],
      { fields: IKP_2021_FIELDS },
    );
    const f = ikpExcludedInVor(ctx(vor, ikp));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'ikp-excluded-in-vor', severity: 'warning', row: 2, cell: 'E2' });
    expect(f[0].message).toContain('"Risk & Väsentlighet" I2');
    expect(f[0].message).toContain('"Nej, endast VoR"');
  });

  it('does not fire on events decided Ja or undecided', () => {
    const v = vorTable([
      { nr: 1, event: 'A', s: 4, k: 4, decision: null },
      { nr: 2, event: 'B', decision: 'ja' },
    ]);
    const ikp = ikpTable([
      { nr: 1, event: 'A' },
      { nr: 2, event: 'B' },
    ]);
    expect(ikpExcludedInVor(ctx(v, ikp))).toEqual([]);
  });
});

describe('ikp-missing', () => {
  it('fires on a selected VoR event with no IKP row, pointing at the VoR event cell', () => {
    const ikp = ikpTable([
      {
        nr: 27,
        event: 'Staden kan bli återbetalningsskyldig',
        process: 'Redovisning',
        method: 'Projektrevisning',
      },
      { nr: 44, event: 'Anmälan om behandling av personuppgift saknas' },
    ]);
    const f = ikpMissing(ctx(vor, ikp));
    expect(f.map((x) => [x.sheet, x.row, x.column, x.cell, x.severity])).toEqual([
      ['Risk & Väsentlighet', 5, 'Oönskad händelse', 'E5', 'error'],
      ['Risk & Väsentlighet', 6, 'Oönskad händelse', 'E6', 'error'],
    ]);
    expect(f[0].message).toContain('är beslutad "Ja"');
    expect(f[1].message).toContain('har RV 12 (12 eller mer)');
  });

  it('does not fire on events that are not selected, or that are present by text', () => {
    const ikp = ikpTable(
      vorSpecs
        .slice(1)
        .map((e) => ({ event: (e.event as string).toUpperCase(), process: e.process, method: e.method })),
      { fields: IKP_2021_FIELDS },
    );
    expect(ikpMissing(ctx(vor, ikp))).toEqual([]);
  });

  it('follows a changed IKP threshold', () => {
    const v = vorTable([{ nr: 1, event: 'A', s: 5, k: 2, decision: 'nej' }]);
    const ikp = ikpTable([]);
    expect(ikpMissing(ctx(v, ikp))).toEqual([]);
    expect(ikpMissing(ctx(v, ikp, { ...S, ikpThreshold: 10, actionThreshold: 6 }))).toHaveLength(1);
  });
});

describe('ikp-rv-differs', () => {
  it('fires when the IKP RV is not the VoR S × K', () => {
    const ikp = ikpTable([{ nr: 27, event: 'Staden kan bli återbetalningsskyldig', rv: 9 }]);
    const f = ikpRvDiffers(ctx(vor, ikp, S, 'en'));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'ikp-rv-differs', severity: 'warning', column: 'RV', cell: 'G2' });
    expect(f[0].message).toContain('is 9 here but 12 in the VoR');
  });

  it('does not fire when equal, blank, or the VoR rating is unreadable', () => {
    const v = vorTable([
      { nr: 1, event: 'A', s: 'x', k: 4, decision: 'ja' },
      { nr: 2, event: 'B', s: 3, k: 4 },
    ]);
    const ikp = ikpTable([
      { nr: 1, event: 'A', rv: 5 },
      { nr: 2, event: 'B', rv: 12 },
      { nr: 2, event: 'B', rv: null },
    ]);
    expect(ikpRvDiffers(ctx(v, ikp))).toEqual([]);
  });
});

describe('ikp-text-differs', () => {
  it('fires on a different method (event 27: Projektrevisning vs Projektredovisning)', () => {
    const ikp = ikpTable(
      [
        {
          event: 'Staden kan bli återbetalningsskyldig',
          process: 'Redovisning',
          method: 'Projektredovisning',
          rv: 12,
        },
      ],
      { fields: IKP_2021_FIELDS },
    );
    const f = ikpTextDiffers(ctx(vor, ikp));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({
      rule: 'ikp-text-differs',
      severity: 'warning',
      column: 'Arbetssätt',
      cell: 'C2',
    });
    expect(f[0].message).toContain('"Projektredovisning" här men "Projektrevisning"');
  });

  it('does not fire on Informations-säkerhet vs Informationssäkerhet, case or spacing', () => {
    const ikp = ikpTable(
      [
        {
          event: 'Anmälan om behandling av personuppgift saknas',
          process: 'Informationssäkerhet',
          method: 'styra,  stödja och\nkontrollera',
          rv: 12,
        },
      ],
      { fields: IKP_2021_FIELDS },
    );
    expect(ikpTextDiffers(ctx(vor, ikp))).toEqual([]);
  });

  it('compares the event text only when matched by Nr', () => {
    const byNr = ikpTable([
      { nr: 51, event: 'Upphandlingar sker utan dokumentation', process: 'Inköp', method: 'Styra' },
    ]);
    const f = ikpTextDiffers(ctx(vor, byNr));
    expect(f.map((x) => x.column)).toEqual(['Oönskad händelse']);
    const byText = ikpTable(
      [{ event: 'upphandlingar sker utan diarieföring', process: 'Inköp', method: 'Styra' }],
      { fields: IKP_2021_FIELDS },
    );
    expect(ikpTextDiffers(ctx(vor, byText))).toEqual([]);
  });

  it('does not compare the KF goal', () => {
    const ikp = ikpTable([
      {
        nr: 50,
        goal: 'Något helt annat',
        event: 'Regler och riktlinjer för upphandling följs inte',
        process: 'Inköp',
        method: 'Styra',
      },
    ]);
    expect(ikpTextDiffers(ctx(vor, ikp))).toEqual([]);
  });

  it('reports a different Nr when the row was matched by text', () => {
    const v = vorTable([{ nr: 50, event: 'Regler följs inte' }]);
    const ikp = ikpTable([{ nr: 5, event: 'Regler följs inte' }]);
    const f = ikpTextDiffers(ctx(v, ikp));
    expect(f.map((x) => [x.column, x.cell])).toEqual([['Nr', 'E2']]);
  });

  it('skips a column one of the tables does not have', () => {
    const v = vorTable([{ nr: 1, event: 'A', method: 'X' }], {
      fields: ['goal', 'process', 'nr', 'event', 'likelihood', 'consequence'],
    });
    const ikp = ikpTable([{ nr: 1, event: 'A', method: 'Y' }]);
    expect(ikpTextDiffers(ctx(v, ikp))).toEqual([]);
  });
});

describe('checkConsistency', () => {
  it('finds nothing between a VoR and the plan generated from it', () => {
    const ikp = mergedToIkpTable(mergeIkp(vor, null, S));
    expect(checkConsistency(vor, ikp, S)).toEqual([]);
  });

  it('keeps reporting a flagged row (it asks to be deleted) and counts it as present', () => {
    const plan = mergedToIkpTable(mergeIkp(vor, null, S));
    // Event 27 drops out and is decided Nej: regenerating flags its row.
    const v2 = vorTable(vorSpecs.map((e) => (e.nr === 27 ? { ...e, s: 2, k: 4, decision: 'nej' } : e)));
    const again = mergeIkp(v2, plan, S);
    expect(again.rows.find((r) => r.cells['Nr'] === 27)!.cells['Urval']).toBe(URVAL_NO_LONGER_SELECTED);
    const f = checkConsistency(v2, mergedToIkpTable(again), S);
    expect(f.map((x) => x.rule)).toEqual(['ikp-excluded-in-vor', 'ikp-rv-differs']);
  });

  it('orders findings by sheet, row and column', () => {
    const ikp = ikpTable([
      {
        nr: 7,
        event: 'Rättssäkerhet kan inte säkerställas.',
        process: 'Deltagarprocess',
        method: 'Annat',
        rv: 6,
      },
      { nr: 1000, event: 'Okänd' },
    ]);
    const f = checkConsistency(vor, ikp, S);
    expect(f.map((x) => [x.sheet, x.cell, x.rule])).toEqual([
      ['Internkontrollplan', 'C2', 'ikp-text-differs'],
      ['Internkontrollplan', 'F2', 'ikp-excluded-in-vor'],
      ['Internkontrollplan', 'G2', 'ikp-rv-differs'],
      ['Internkontrollplan', 'F3', 'ikp-not-in-vor'],
      ['Risk & Väsentlighet', 'E3', 'ikp-missing'],
      ['Risk & Väsentlighet', 'E4', 'ikp-missing'],
      ['Risk & Väsentlighet', 'E5', 'ikp-missing'],
      ['Risk & Väsentlighet', 'E6', 'ikp-missing'],
    ]);
  });
});
