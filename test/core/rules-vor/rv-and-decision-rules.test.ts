import { rvMismatch } from '../../../src/core/rules/vor/rv-mismatch';
import { mandatoryExcluded } from '../../../src/core/rules/vor/mandatory-excluded';
import { decisionMissing } from '../../../src/core/rules/vor/decision-missing';
import { actionMissing } from '../../../src/core/rules/vor/action-missing';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import type { VorTable } from '../../../src/core/model/vor';
import { VOR_2014_FIELDS, VOR_2021_FIELDS, vorTable } from '../../helpers/vor-builders';

const custom: Settings = { ...DEFAULT_SETTINGS, ikpThreshold: 10, actionThreshold: 6 };
const ctx = (table: VorTable, settings = DEFAULT_SETTINGS, lang: 'sv' | 'en' = 'sv') => ({
  table,
  settings,
  lang,
});

describe('rv-mismatch', () => {
  it('fires on a typed RV that differs from S × K', () => {
    const t = vorTable([{ s: 3, k: 4, rvCell: 9 }]);
    const f = rvMismatch(ctx(t));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'rv-mismatch', severity: 'error', row: 2, column: 'RV', cell: 'H2' });
    expect(f[0].message).toContain('RV är 9 men Sannolikhet × Konsekvens = 3 × 4 = 12');
  });

  it('fires on typed text that is not the RV', () => {
    const t = vorTable([
      { s: 3, k: 4, rvCell: 'hög' },
      { s: 2, k: 2, rvCell: '5' },
    ]);
    expect(rvMismatch(ctx(t)).map((f) => f.row)).toEqual([2, 3]);
  });

  it('does not fire on a typed RV that agrees, a blank cell, or a formula', () => {
    const t = vorTable([
      { s: 3, k: 4, rvCell: 12 },
      { s: 3, k: 4, rvCell: '12' },
      { s: 3, k: 4, rvCell: null },
      { s: 3, k: 4, rvCell: '  ' },
      { s: 3, k: 4, rvCell: 99, rvIsFormula: true },
    ]);
    expect(rvMismatch(ctx(t))).toEqual([]);
  });

  it('does not fire when S or K cannot be read, or on a goal row', () => {
    const t = vorTable([
      { s: 'x', k: 4, rvCell: 7 },
      { event: null, rvCell: 3 },
    ]);
    expect(rvMismatch(ctx(t))).toEqual([]);
  });

  it('does not fire when the table has no RV column', () => {
    const t = vorTable([{ s: 3, k: 4, rvCell: 9 }], { fields: VOR_2014_FIELDS });
    expect(rvMismatch(ctx(t))).toEqual([]);
  });
});

describe('mandatory-excluded', () => {
  it('fires when RV ≥ 12 is decided "Nej, endast VoR"', () => {
    const t = vorTable([{ s: 3, k: 4, decision: 'nej' }]);
    const f = mandatoryExcluded(ctx(t));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'mandatory-excluded', severity: 'error', column: 'IKP', cell: 'I2' });
    expect(f[0].message).toContain('RV 12');
    expect(f[0].message).toContain('"Nej, endast VoR"');
  });

  it('does not fire below the threshold, on Ja or on a blank decision', () => {
    const t = vorTable([
      { s: 4, k: 2, decision: 'nej' },
      { s: 4, k: 4, decision: 'ja' },
      { s: 4, k: 4, decision: null },
    ]);
    expect(mandatoryExcluded(ctx(t))).toEqual([]);
  });

  it('follows a changed IKP threshold', () => {
    const t = vorTable([{ s: 5, k: 2, decision: 'nej' }]); // RV 10
    expect(mandatoryExcluded(ctx(t))).toEqual([]);
    expect(mandatoryExcluded(ctx(t, custom))).toHaveLength(1);
  });
});

describe('decision-missing', () => {
  it('fires on an undecided event in the Åtgärd band (warning)', () => {
    const t = vorTable([
      { s: 3, k: 3, decision: null },
      { s: 1, k: 11 },
    ]);
    const f = decisionMissing(ctx(t));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ rule: 'decision-missing', severity: 'warning', row: 2, cell: 'I2' });
    expect(f[0].message).toContain('"Ja" eller "Nej, endast VoR"');
  });

  it('says so when the cell holds text that is no decision', () => {
    const t = vorTable([{ s: 5, k: 2, decision: 'Kanske' }]);
    const f = decisionMissing(ctx(t, DEFAULT_SETTINGS, 'en'));
    expect(f).toHaveLength(1);
    expect(f[0].message).toContain('"Kanske" is not a decision');
  });

  it('does not fire when decided, below the band, or mandatory (those are filled with Ja)', () => {
    const t = vorTable([
      { s: 3, k: 3, decision: 'ja' },
      { s: 3, k: 3, decision: 'nej' },
      { s: 2, k: 4, decision: null },
      { s: 4, k: 4, decision: null },
    ]);
    expect(decisionMissing(ctx(t))).toEqual([]);
  });

  it('follows changed thresholds: RV 6 enters the band at 10 / 6, RV 10 leaves it', () => {
    const t = vorTable([
      { s: 2, k: 3 },
      { s: 5, k: 2 },
    ]);
    expect(decisionMissing(ctx(t)).map((f) => f.row)).toEqual([3]);
    expect(decisionMissing(ctx(t, custom)).map((f) => f.row)).toEqual([2]);
  });

  it('does not fire when the table has no decision column (2014 layout)', () => {
    const t = vorTable([{ s: 3, k: 3 }], { fields: VOR_2014_FIELDS });
    expect(decisionMissing(ctx(t))).toEqual([]);
  });
});

describe('action-missing', () => {
  const withAction = [...VOR_2021_FIELDS, 'action' as const];

  it('fires on RV ≥ 9 without an action when the table has an Åtgärd column', () => {
    const t = vorTable(
      [
        { s: 3, k: 3, action: '' },
        { s: 4, k: 4, action: '  ' },
      ],
      { fields: withAction },
    );
    const f = actionMissing(ctx(t));
    expect(f.map((x) => [x.cell, x.severity, x.column])).toEqual([
      ['J2', 'warning', 'Åtgärd'],
      ['J3', 'warning', 'Åtgärd'],
    ]);
  });

  it('does not fire with an action, below 9, on goal rows, or without the column', () => {
    const t = vorTable([{ s: 3, k: 3, action: 'Utbildning' }, { s: 2, k: 4 }, { event: null }], {
      fields: withAction,
    });
    expect(actionMissing(ctx(t))).toEqual([]);
    expect(actionMissing(ctx(vorTable([{ s: 4, k: 4 }])))).toEqual([]);
  });

  it('follows a changed action threshold', () => {
    const t = vorTable([{ s: 2, k: 3 }], { fields: withAction });
    expect(actionMissing(ctx(t))).toEqual([]);
    expect(actionMissing(ctx(t, custom))).toHaveLength(1);
  });
});
