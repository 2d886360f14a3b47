/**
 * The column catalogue of the three tables (SPEC §2.1–§2.3): each field's canonical Swedish
 * header, the aliases older plans and real workbooks use, and the header lists the add-in
 * writes when it creates a table.
 *
 * Matching is tolerant of case, whitespace, punctuation and diacritics (foldKey). An alias
 * ending in `*` also matches a header that starts with it followed by more words
 * ("Indikator*" matches "Indikator/Väsentlig process"); when several such prefixes match,
 * the longest wins, so "Avtalsperiod (fr.o.m - t.o.m) …" is the combined period while
 * "Avtalsperiod fr.o.m" is its start. Short or generic aliases (S, K, Mål, Risk, Status) only
 * match exactly, so a title or a note in a header row is not taken for a column.
 */
import type { IkpField, ProcurementField, TableKind, VorField } from '../model/columns';
import { foldKey } from '../parse/text';

export interface ColumnSpec<F extends string> {
  field: F;
  /** The canonical header the add-in writes (never with the `*` marker). */
  header: string;
  /** Other accepted headers; a trailing `*` allows more words after it. */
  aliases: readonly string[];
}

const GOAL = ['KF:s mål*', 'KF-mål', 'Mål', 'Mål för verksamhetsområdet', 'Verksamhetsområde', 'Verksamhet'];
const PROCESS = ['Väsentlig process', 'Väsentliga processer', 'Processer', 'Indikator*'];
const METHOD = ['Arbetsätt'];
const NR = ['Id', 'Nummer', 'Nr*'];
const EVENT = ['Risk', 'Händelse', 'Oönskade händelser', 'Oönskad händelse*'];
const CONTROL = ['Kontrollmoment', 'Systematisk kontroll*'];
const LIKELIHOOD = ['S'];
const CONSEQUENCE = ['Väsentlighet', 'K', 'V'];
const RV = ['Riskvärde'];

export const VOR_COLUMNS: readonly ColumnSpec<VorField>[] = [
  { field: 'goal', header: 'KF:s mål för verksamhetsområdet', aliases: GOAL },
  { field: 'process', header: 'Process', aliases: PROCESS },
  { field: 'method', header: 'Arbetssätt', aliases: METHOD },
  { field: 'nr', header: 'Nr', aliases: NR },
  { field: 'event', header: 'Oönskad händelse', aliases: EVENT },
  { field: 'control', header: 'Systematisk kontroll', aliases: CONTROL },
  { field: 'likelihood', header: 'Sannolikhet', aliases: LIKELIHOOD },
  { field: 'consequence', header: 'Konsekvens', aliases: CONSEQUENCE },
  { field: 'rv', header: 'RV', aliases: RV },
  { field: 'riskClass', header: 'Riskklass', aliases: [] },
  {
    field: 'decision',
    header: 'IKP',
    aliases: ['Internkontrollplan', 'Ingår i IKP', 'IKP-beslut', 'Beslut IKP'],
  },
  { field: 'action', header: 'Åtgärd', aliases: ['Åtgärder', 'Aktivitet', 'Aktiviteter'] },
  { field: 'routine', header: 'Finns rutinbeskrivning', aliases: ['Finns rutinbeskr.', 'Rutinbeskrivning'] },
  {
    field: 'runningControls',
    header: 'Genomförs löpande kontroller',
    aliases: ['Genomförs löp. kontroller', 'Löpande kontroller'],
  },
  { field: 'likelihoodAfter', header: 'Sannolikhet efter åtgärd', aliases: [] },
  { field: 'consequenceAfter', header: 'Konsekvens efter åtgärd', aliases: ['Väsentlighet efter åtgärd'] },
  { field: 'rvAfter', header: 'RV efter åtgärd', aliases: ['Riskvärde efter åtgärd', 'Restrisk'] },
];

export const IKP_COLUMNS: readonly ColumnSpec<IkpField>[] = [
  { field: 'goal', header: 'KF:s mål för verksamhetsområdet', aliases: GOAL },
  { field: 'process', header: 'Process', aliases: PROCESS },
  { field: 'method', header: 'Arbetssätt', aliases: METHOD },
  { field: 'control', header: 'Systematisk kontroll', aliases: CONTROL },
  { field: 'nr', header: 'Nr', aliases: NR },
  { field: 'event', header: 'Oönskad händelse', aliases: EVENT },
  { field: 'rv', header: 'RV', aliases: RV },
  { field: 'activity', header: 'Kontrollaktivitet', aliases: ['Kontrollaktiviteter', 'Kontrollmetod'] },
  { field: 'responsible', header: 'Kontrollansvarig', aliases: ['Ansvarig*', 'Ansvar'] },
  { field: 'frequency', header: 'Frekvens', aliases: ['Frekvens*', 'Periodicitet'] },
  { field: 'status', header: 'Status', aliases: [] },
  { field: 'result', header: 'Resultat/avvikelse', aliases: ['Resultat*', 'Avvikelse*'] },
  { field: 'measures', header: 'Vidtagna åtgärder', aliases: ['Vidtagen åtgärd', 'Åtgärder'] },
  { field: 'likelihood', header: 'Sannolikhet', aliases: LIKELIHOOD },
  { field: 'consequence', header: 'Konsekvens', aliases: CONSEQUENCE },
  { field: 'selection', header: 'Urval', aliases: [] },
];

export const PROCUREMENT_COLUMNS: readonly ColumnSpec<ProcurementField>[] = [
  { field: 'unit', header: 'Verksamhet', aliases: ['Enhet', 'Avdelning', 'Verksamhetsområde'] },
  { field: 'category', header: 'Kategorifamilj', aliases: ['Kategori*'] },
  { field: 'description', header: 'Beskrivning', aliases: ['Beskrivning*', 'Benämning'] },
  {
    field: 'start',
    header: 'Planerat startdatum för upphandling',
    aliases: ['Planerat startdatum*', 'Planerad start*', 'Startdatum*'],
  },
  {
    field: 'period',
    header: 'Avtalsperiod (fr.o.m - t.o.m) inkl förlängningsoptioner',
    aliases: ['Avtalsperiod*', 'Avtalsperiod fr.o.m - t.o.m*', 'Avtalstid*'],
  },
  {
    field: 'periodFrom',
    header: 'Avtalsperiod fr.o.m',
    aliases: ['Avtalsperiod fr.o.m*', 'Avtalsperiod från*', 'Avtalsstart'],
  },
  {
    field: 'periodTo',
    header: 'Avtalsperiod t.o.m',
    aliases: ['Avtalsperiod t.o.m*', 'Avtalsperiod till*', 'Avtalsslut'],
  },
  {
    field: 'value',
    header: 'Uppskattat kontraktsvärde',
    aliases: ['Uppskattat kontraktsvärde*', 'Kontraktsvärde*', 'Uppskattat värde*'],
  },
  { field: 'type', header: 'Kontraktstyp', aliases: ['Kontraktstyp*', 'Typ av kontrakt'] },
  { field: 'status', header: 'Status', aliases: [] },
];

const CATALOGUE = { vor: VOR_COLUMNS, ikp: IKP_COLUMNS, procurement: PROCUREMENT_COLUMNS } as const;

export type FieldOf<K extends TableKind> = K extends 'vor'
  ? VorField
  : K extends 'ikp'
    ? IkpField
    : ProcurementField;

/** The canonical header of a field, as the add-in writes it. */
export function headerOf<K extends TableKind>(kind: K, field: FieldOf<K>): string {
  const spec = (CATALOGUE[kind] as readonly ColumnSpec<string>[]).find((c) => c.field === field);
  return spec ? spec.header : field;
}

/** Headers the add-in writes when it creates the VoR (SPEC §2.1). */
export const VOR_HEADERS: readonly string[] = [
  'KF:s mål för verksamhetsområdet',
  'Process',
  'Arbetssätt',
  'Nr',
  'Oönskad händelse',
  'Systematisk kontroll',
  'Sannolikhet',
  'Konsekvens',
  'RV',
  'Riskklass',
  'IKP',
  'Åtgärd',
];

/* The headers of a created Internkontrollplan are GENERATED_IKP_HEADERS (src/core/ikp/ikp-columns.ts),
   listed there once with which of them the add-in owns. */

/** Headers of a created procurement plan (SPEC §2.3: the period in two columns). */
export const PROCUREMENT_HEADERS: readonly string[] = [
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

/** What the add-in writes in the IKP's Urval column for a row that left the selection (SPEC §6). */
export const LEFT_SELECTION = 'Ingår inte längre i urvalet';

/** Default table and sheet names (SPEC §2), and the other sheet names that identify a table. */
export const DEFAULT_NAMES: Record<
  TableKind,
  { table: string; sheet: string; otherSheets: readonly string[] }
> = {
  vor: {
    table: 'RiskVasentlighet',
    sheet: 'Risk & Väsentlighet',
    otherSheets: ['Risk och väsentlighet', 'VoR', 'Väsentlighets- och riskanalys'],
  },
  ikp: { table: 'Internkontrollplan', sheet: 'Internkontrollplan', otherSheets: ['IKP'] },
  procurement: {
    table: 'PlaneradeUpphandlingar',
    sheet: 'Planerade upphandlingar',
    otherSheets: ['Plan för upphandling', 'Upphandlingar'],
  },
};

/** Fields whose column must exist, reported as 'column-missing' (SPEC §4: VoR only). */
export const REQUIRED_FIELDS: {
  vor: readonly VorField[];
  ikp: readonly IkpField[];
  procurement: readonly ProcurementField[];
} = {
  vor: ['event', 'likelihood', 'consequence'],
  ikp: [],
  procurement: [],
};

interface Matcher {
  exact: Map<string, string>;
  /** Word-prefix aliases, longest first. */
  prefixes: { key: string; field: string }[];
}

function buildMatcher(columns: readonly ColumnSpec<string>[]): Matcher {
  const exact = new Map<string, string>();
  const prefixes: { key: string; field: string }[] = [];
  for (const c of columns) {
    for (const alias of [c.header, ...c.aliases]) {
      const isPrefix = alias.endsWith('*');
      const key = foldKey(isPrefix ? alias.slice(0, -1) : alias);
      if (!exact.has(key)) exact.set(key, c.field);
      if (isPrefix) prefixes.push({ key, field: c.field });
    }
  }
  prefixes.sort((a, b) => b.key.length - a.key.length);
  return { exact, prefixes };
}

const MATCHERS: Record<TableKind, Matcher> = {
  vor: buildMatcher(VOR_COLUMNS),
  ikp: buildMatcher(IKP_COLUMNS),
  procurement: buildMatcher(PROCUREMENT_COLUMNS),
};

const PARENTHESISED = /\([^)]*\)/g;

function matchKey(m: Matcher, key: string): string | null {
  return m.exact.get(key) ?? null;
}

function matchPrefix(m: Matcher, key: string): string | null {
  for (const p of m.prefixes) if (key.startsWith(`${p.key} `)) return p.field;
  return null;
}

/**
 * The field a header names in a table of this kind, null when none. Tries the whole header,
 * then the header without parenthesised remarks ("Kontraktstyp (vara/tjänst/entreprenad)"),
 * exactly first and then by word prefix.
 */
export function matchHeader<K extends TableKind>(kind: K, header: string): FieldOf<K> | null {
  const m = MATCHERS[kind];
  const full = foldKey(header);
  if (full === '') return null;
  const bare = foldKey(header.replace(PARENTHESISED, ' '));
  const field = matchKey(m, full) ?? matchKey(m, bare) ?? matchPrefix(m, full) ?? matchPrefix(m, bare);
  return field as FieldOf<K> | null;
}

export interface HeaderMapping<F extends string> {
  /** field → Excel column of the first header that names it. */
  columns: Partial<Record<F, number>>;
  /** Later headers naming a field already mapped (left unmapped; reported, never a crash). */
  duplicates: { field: F; col: number; usedCol: number }[];
}

/** Maps a header row (texts from `firstCol` rightwards) to fields; the first of duplicates wins. */
export function mapHeaders<K extends TableKind>(
  kind: K,
  headers: readonly string[],
  firstCol: number,
): HeaderMapping<FieldOf<K>> {
  const columns: Partial<Record<FieldOf<K>, number>> = {};
  const duplicates: HeaderMapping<FieldOf<K>>['duplicates'] = [];
  headers.forEach((h, i) => {
    const field = matchHeader(kind, h);
    if (field === null) return;
    const used = columns[field];
    if (used === undefined) columns[field] = firstCol + i;
    else duplicates.push({ field, col: firstCol + i, usedCol: used });
  });
  return { columns, duplicates };
}
