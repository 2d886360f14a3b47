/**
 * Builders for VoR and IKP model objects (src/core/model), so rule, merge and consistency tests
 * need no workbook (rows numbered from the row below the header unless given); and the
 * published plans read by the real readers (fixtureVor, fixture2021).
 */
import type { IkpField, LocatedTable, VorField } from '../../src/core/model/columns';
import type { IkpRow, IkpTable } from '../../src/core/model/ikp';
import type { Decision, ScaleResult, VorRow, VorTable } from '../../src/core/model/vor';
import type { MergedIkp } from '../../src/core/ikp/merge';
import { GENERATED_IKP_COLUMNS } from '../../src/core/ikp/ikp-columns';
import type { CellValue } from '../../src/core/workbook/snapshot';
import type { PlanCell } from '../../src/core/plan/write-plan';
import { locateTables } from '../../src/core/tables/locate';
import { readVor } from '../../src/core/tables/read-vor';
import { readIkp } from '../../src/core/tables/read-ikp';
import { fixtureRows, snapshotFrom } from './tsv-workbook';

export const VOR_HEADERS: Record<VorField, string> = {
  goal: 'KF:s mål för verksamhetsområdet',
  process: 'Process',
  method: 'Arbetssätt',
  nr: 'Nr',
  event: 'Oönskad händelse',
  control: 'Systematisk kontroll',
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
  rv: 'RV',
  riskClass: 'Riskklass',
  decision: 'IKP',
  action: 'Åtgärd',
  routine: 'Finns rutinbeskrivning',
  runningControls: 'Genomförs löpande kontroller',
  likelihoodAfter: 'Sannolikhet efter åtgärd',
  consequenceAfter: 'Konsekvens efter åtgärd',
  rvAfter: 'RV efter åtgärd',
};

/** The 2021 layout (SPEC §2.1 without the optional columns). */
export const VOR_2021_FIELDS: VorField[] = [
  'goal',
  'process',
  'method',
  'nr',
  'event',
  'likelihood',
  'consequence',
  'rv',
  'decision',
];
/** The 2014 layout: no Nr, no RV, no decision; an Åtgärd (Aktivitet) column. */
export const VOR_2014_FIELDS: VorField[] = [
  'goal',
  'process',
  'event',
  'routine',
  'runningControls',
  'likelihood',
  'consequence',
  'action',
];

export type ScaleInput = number | string | null | ScaleResult;

/** 1–5 → ok; another number → out of range; text → invalid; null → empty; or a ScaleResult. */
export function scale(v: ScaleInput): ScaleResult {
  if (v === null) return { kind: 'empty' };
  if (typeof v === 'object') return v;
  if (typeof v === 'number') {
    return v >= 1 && v <= 5 && Number.isInteger(v)
      ? { kind: 'ok', value: v as 1 | 2 | 3 | 4 | 5 }
      : { kind: 'error', error: 'scale-out-of-range', raw: String(v) };
  }
  return { kind: 'error', error: 'scale-invalid', raw: v };
}

export function labelMismatch(raw: string): ScaleResult {
  return { kind: 'error', error: 'scale-label-mismatch', raw };
}

export interface EventSpec {
  row?: number;
  goal?: string;
  process?: string;
  method?: string;
  nr?: string | number | null;
  /** null: a goal row without events. */
  event?: string | null;
  control?: string;
  s?: ScaleInput;
  k?: ScaleInput;
  /** 'ja' | 'nej' | null, or any other text as typed (then decision is null). */
  decision?: string | null;
  action?: string;
  rvCell?: CellValue;
  rvIsFormula?: boolean;
  sAfter?: ScaleInput;
  kAfter?: ScaleInput;
}

function decisionOf(d: string | null | undefined): { decision: Decision; raw: string } {
  if (d === 'ja') return { decision: 'ja', raw: 'Ja' };
  if (d === 'nej') return { decision: 'nej', raw: 'Nej, endast VoR' };
  if (d === null || d === undefined) return { decision: null, raw: '' };
  return { decision: null, raw: d };
}

export function vorRow(spec: EventSpec, row: number): VorRow {
  const likelihood = scale(spec.s === undefined ? 3 : spec.s);
  const consequence = scale(spec.k === undefined ? 3 : spec.k);
  const rv =
    likelihood.kind === 'ok' && consequence.kind === 'ok' ? likelihood.value * consequence.value : null;
  const d = decisionOf(spec.decision);
  const event = spec.event === undefined ? `Händelse på rad ${row}` : spec.event;
  return {
    row: spec.row ?? row,
    goal: spec.goal ?? '1.1 Mål',
    process: spec.process ?? 'Process A',
    method: spec.method ?? 'Arbetssätt A',
    nr:
      spec.nr === undefined
        ? event === null
          ? null
          : String(row)
        : spec.nr === null
          ? null
          : String(spec.nr),
    event,
    control: spec.control ?? '',
    likelihood: event === null && spec.s === undefined ? { kind: 'empty' } : likelihood,
    consequence: event === null && spec.k === undefined ? { kind: 'empty' } : consequence,
    rv: event === null && spec.s === undefined ? null : rv,
    rvCell: spec.rvCell === undefined ? null : spec.rvCell,
    rvIsFormula: spec.rvIsFormula ?? false,
    decision: d.decision,
    decisionRaw: d.raw,
    action: spec.action ?? '',
    likelihoodAfter: scale(spec.sAfter ?? null),
    consequenceAfter: scale(spec.kAfter ?? null),
  };
}

export function location<F extends string>(
  kind: 'vor' | 'ikp',
  sheet: string,
  fields: F[],
  headerOf: (f: F) => string,
  opts: { headerRow?: number; extraHeaders?: string[]; rowCount?: number } = {},
): LocatedTable<F> {
  const headerRow = opts.headerRow ?? 1;
  const headers = [...fields.map(headerOf), ...(opts.extraHeaders ?? [])];
  const columns: Partial<Record<F, number>> = {};
  fields.forEach((f, i) => (columns[f] = i + 1));
  return {
    kind,
    sheet,
    tableName: null,
    foundBy: 'sheet',
    headerRow,
    firstCol: 1,
    lastCol: headers.length,
    lastRow: headerRow + (opts.rowCount ?? 0),
    headers,
    columns,
  };
}

export function vorTable(
  specs: EventSpec[],
  opts: { fields?: VorField[]; sheet?: string; headerRow?: number } = {},
): VorTable {
  const headerRow = opts.headerRow ?? 1;
  const fields = opts.fields ?? VOR_2021_FIELDS;
  const rows = specs.map((s, i) => vorRow(s, headerRow + 1 + i));
  return {
    location: location('vor', opts.sheet ?? 'Risk & Väsentlighet', fields, (f) => VOR_HEADERS[f], {
      headerRow,
      rowCount: rows.length,
    }),
    rows,
  };
}

// ---- IKP ----

export const IKP_BUILDER_HEADERS: Record<IkpField, string> = {
  ...(Object.fromEntries(GENERATED_IKP_COLUMNS.map((c) => [c.field, c.header])) as Record<IkpField, string>),
  likelihood: 'Sannolikhet',
  consequence: 'Väsentlighet',
};

export const IKP_2021_FIELDS: IkpField[] = [
  'goal',
  'process',
  'method',
  'control',
  'event',
  'rv',
  'activity',
];
export const IKP_FULL_FIELDS: IkpField[] = GENERATED_IKP_COLUMNS.map((c) => c.field);

export interface IkpSpec {
  row?: number;
  goal?: string;
  process?: string;
  method?: string;
  nr?: string | number | null;
  event?: string;
  rv?: number | null;
  /** Other cells by header (user columns, extras); formulas as { formula }. */
  cells?: Record<string, CellValue | { formula: string }>;
}

export function ikpTable(
  specs: IkpSpec[],
  opts: { fields?: IkpField[]; extras?: string[]; sheet?: string; headerRow?: number } = {},
): IkpTable {
  const headerRow = opts.headerRow ?? 1;
  const fields = opts.fields ?? IKP_FULL_FIELDS;
  const loc = location('ikp', opts.sheet ?? 'Internkontrollplan', fields, (f) => IKP_BUILDER_HEADERS[f], {
    headerRow,
    extraHeaders: opts.extras,
    rowCount: specs.length,
  });
  const rows: IkpRow[] = specs.map((s, i) => {
    const nr = s.nr === undefined || s.nr === null ? null : String(s.nr);
    const byHeader: IkpRow['byHeader'] = {};
    for (const h of loc.headers) byHeader[h] = null;
    const put = (f: IkpField, v: CellValue) => {
      if (fields.includes(f)) byHeader[IKP_BUILDER_HEADERS[f]] = v;
    };
    put('goal', s.goal ?? '1.1 Mål');
    put('process', s.process ?? 'Process A');
    put('method', s.method ?? 'Arbetssätt A');
    put('nr', nr === null ? null : /^\d+$/.test(nr) ? Number(nr) : nr);
    put('event', s.event ?? '');
    put('rv', s.rv ?? null);
    Object.assign(byHeader, s.cells ?? {});
    return {
      row: s.row ?? headerRow + 1 + i,
      goal: s.goal ?? '1.1 Mål',
      process: s.process ?? 'Process A',
      method: s.method ?? 'Arbetssätt A',
      nr: fields.includes('nr') ? nr : null,
      event: s.event ?? '',
      rv: fields.includes('rv') ? (s.rv ?? null) : null,
      byHeader,
    };
  });
  return { location: loc, rows };
}

function text(v: PlanCell | undefined): string {
  if (v === null || v === undefined || typeof v === 'object') return '';
  return String(v);
}

/**
 * The IKP as the reader would see the sheet the merge produced: header row 1, data from row 2,
 * canonical headers mapped to their fields, every other header an extra column.
 */
export function mergedToIkpTable(merged: MergedIkp, sheet = 'Internkontrollplan'): IkpTable {
  const fieldOf = new Map(GENERATED_IKP_COLUMNS.map((c) => [c.header, c.field]));
  const columns: Partial<Record<IkpField, number>> = {};
  merged.headers.forEach((h, i) => {
    const f = fieldOf.get(h);
    if (f) columns[f] = i + 1;
  });
  const rows: IkpRow[] = merged.rows.map((r, i) => {
    const nrCell = r.cells['Nr'];
    const rvCell = r.cells['RV'];
    return {
      row: 2 + i,
      goal: text(r.cells['KF:s mål för verksamhetsområdet']),
      process: text(r.cells['Process']),
      method: text(r.cells['Arbetssätt']),
      nr: text(nrCell) === '' ? null : text(nrCell),
      event: text(r.cells['Oönskad händelse']),
      rv: typeof rvCell === 'number' ? rvCell : null,
      byHeader: { ...r.cells },
    };
  });
  return {
    location: {
      kind: 'ikp',
      sheet,
      tableName: 'Internkontrollplan',
      foundBy: 'table',
      headerRow: 1,
      firstCol: 1,
      lastCol: merged.headers.length,
      lastRow: 1 + rows.length,
      headers: [...merged.headers],
      columns,
    },
    rows,
  };
}

// ---- the published plans, read by the real readers (src/core/tables) ----

/** A VoR fixture (test/data/<name>.tsv) as a real table on "Risk & Väsentlighet", read. */
export function fixtureVor(name = 'vor-2021'): VorTable {
  const wb = snapshotFrom([
    { name: 'Risk & Väsentlighet', rows: fixtureRows(name), table: 'RiskVasentlighet' },
  ]);
  const loc = locateTables(wb).vor;
  if (!loc) throw new Error(`no VoR found in ${name}`);
  return readVor(wb, loc);
}

/** The 2021 VoR and IKP on their own sheets, read as the add-in and the CLI read them. */
export function fixture2021(): { vor: VorTable; ikp: IkpTable } {
  const wb = snapshotFrom([
    { name: 'Risk & Väsentlighet', rows: fixtureRows('vor-2021'), table: 'RiskVasentlighet' },
    { name: 'Internkontrollplan', rows: fixtureRows('ikp-2021'), table: 'Internkontrollplan' },
  ]);
  const found = locateTables(wb);
  if (!found.vor || !found.ikp) throw new Error('2021 fixtures not found');
  return { vor: readVor(wb, found.vor), ikp: readIkp(wb, found.ikp) };
}
