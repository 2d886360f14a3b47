/** Builds ProcurementRow / ProcurementTable objects for the procurement tests. */
import type { ProcurementField } from '../../../src/core/model/columns';
import type {
  AmountResult,
  ContactLine,
  DateResult,
  ProcurementRow,
  ProcurementTable,
} from '../../../src/core/model/procurement';
import { ymdToSerial } from '../../../src/core/parse/excel-date';

export function serial(iso: string): number {
  const [year, month, day] = iso.split('-').map(Number);
  return ymdToSerial({ year, month, day });
}

/** '2021-01-01' → ok, null → empty, { bad: 'x' } → error with raw 'x'. */
export type DateSpec = string | null | { bad: string };
export type AmountSpec = number | null | { bad: string };

export function date(spec: DateSpec): DateResult {
  if (spec === null) return { kind: 'empty' };
  if (typeof spec === 'object') return { kind: 'error', error: 'date-invalid', raw: spec.bad };
  return { kind: 'ok', value: serial(spec) };
}

export function amount(spec: AmountSpec): AmountResult {
  if (spec === null) return { kind: 'empty' };
  if (typeof spec === 'object') return { kind: 'error', error: 'value-invalid', raw: spec.bad };
  return { kind: 'ok', value: spec };
}

export interface RowSpec {
  row: number;
  unit: string;
  category: string;
  description: string;
  start: DateSpec;
  from: DateSpec;
  to: DateSpec;
  value: AmountSpec;
  type: string;
  /** Raw typed texts when they differ from the fields (e.g. untrimmed). */
  raw: Partial<Record<ProcurementField, string | number | null>>;
}

export const VALID: Omit<RowSpec, 'row' | 'raw'> = {
  unit: 'Arbetsmarknadsinsatser',
  category: 'Externa tjänster, 1013, 101810',
  description: 'Gröna investeringar',
  start: '2021-01-01',
  from: '2021-01-01',
  to: '2021-12-31',
  value: 3_000_000,
  type: 'Tjänst',
};

export type Layout = 'combined' | 'separate';

let nextRow = 10;

export function row(spec: Partial<RowSpec> = {}, layout: Layout = 'combined'): ProcurementRow {
  const s: RowSpec = { ...VALID, row: spec.row ?? nextRow++, raw: {}, ...spec };
  const raw: ProcurementRow['raw'] = {
    category: s.category,
    description: s.description,
    type: s.type,
    ...s.raw,
  };
  return {
    row: s.row,
    unit: s.unit,
    category: s.category.trim(),
    description: s.description.trim(),
    start: date(s.start),
    periodFrom: date(s.from),
    periodTo: date(s.to),
    periodCombined: layout === 'combined',
    value: amount(s.value),
    type: s.type.trim(),
    raw,
  };
}

/** Rows numbered from `first` in order (the builder's rows keep their given row numbers otherwise). */
export function rows(specs: Partial<RowSpec>[], first = 10, layout: Layout = 'combined'): ProcurementRow[] {
  return specs.map((s, i) => row({ row: first + i, ...s }, layout));
}

export const COMBINED_HEADERS = [
  'Verksamhet',
  'Kategorifamilj',
  'Beskrivning',
  'Planerat startdatum för upphandling',
  'Avtalsperiod (fr.o.m - t.o.m) inkl förlängningsoptioner',
  'Uppskattat kontraktsvärde',
  'Kontraktstyp (vara/tjänst/entreprenad)',
  'Status',
];

export const SEPARATE_HEADERS = [
  'Verksamhet',
  'Kategorifamilj',
  'Beskrivning',
  'Planerat startdatum för upphandling',
  'Avtalsperiod fr.o.m',
  'Avtalsperiod t.o.m',
  'Uppskattat kontraktsvärde',
  'Kontraktstyp',
  'Status',
];

export const COMPLETE_CONTACT: ContactLine[] = [
  contactLine('administration', 'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500', 2),
  contactLine('lead', 'Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527', 3),
  contactLine('coordinator', 'Anna Andersson, anna.andersson@stockholm.se, 08-508 35 600', 4),
];

export function contactLine(key: ContactLine['key'], answer: string, labelRow: number): ContactLine {
  return { key, labelRow, labelCol: 1, answer, answerRow: labelRow, answerCol: 2 };
}

export interface TableOptions {
  layout?: Layout;
  contact?: ContactLine[];
  title?: string | null;
  sheet?: string;
  /** Drop these fields from the table's columns (a table without that column). */
  without?: ProcurementField[];
}

export function table(dataRows: ProcurementRow[], options: TableOptions = {}): ProcurementTable {
  const layout = options.layout ?? 'combined';
  const headers = layout === 'combined' ? COMBINED_HEADERS : SEPARATE_HEADERS;
  const fields: ProcurementField[] =
    layout === 'combined'
      ? ['unit', 'category', 'description', 'start', 'period', 'value', 'type', 'status']
      : ['unit', 'category', 'description', 'start', 'periodFrom', 'periodTo', 'value', 'type', 'status'];
  const columns: Partial<Record<ProcurementField, number>> = {};
  fields.forEach((f, i) => {
    if (!options.without?.includes(f)) columns[f] = i + 1;
  });
  const headerRow = 8;
  return {
    location: {
      kind: 'procurement',
      sheet: options.sheet ?? 'Planerade upphandlingar',
      tableName: 'PlaneradeUpphandlingar',
      foundBy: 'table',
      headerRow,
      firstCol: 1,
      lastCol: headers.length,
      lastRow: Math.max(headerRow, ...dataRows.map((r) => r.row)),
      headers,
      columns,
    },
    rows: dataRows,
    groupRows: [],
    contact: options.contact ?? COMPLETE_CONTACT,
    title: options.title ?? 'PLAN FÖR UPPHANDLING 2021',
  };
}
