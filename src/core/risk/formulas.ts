/**
 * Excel formulas for the live RV and Riskklass columns and the heat-map conditional formats
 * (SPEC §4: "Inside Excel the RV and Riskklass columns are live"; §5.1: the colours follow a
 * value as soon as it changes, with no add-in running).
 *
 * Templates name columns of the same table in braces (`{Sannolikhet}`), see CalculatedColumn in
 * src/core/plan/write-plan.ts. English function names, comma separators. No LET/LAMBDA, so the
 * formulas work in Excel 2016+ and LibreOffice too.
 *
 * What the RV formula computes from a Sannolikhet/Konsekvens cell (SPEC §3) — the same number
 * the core's parser (src/core/parse/scale.ts) gives for the forms people write:
 *   - a number cell 1–5 (3, 3.0);
 *   - text starting with a digit 1–5 that is not followed by another digit: `3`, `3 - Möjlig`,
 *     `3. Möjlig`, `3 Möjlig`, `3.0`, `3,0`, with spaces around;
 *   - a label alone, any case, surrounding or doubled spaces: the Swedish and English names and
 *     the plans' misspellings (`Allvarig`, `Mycket allvarig`, `Möjligt`).
 * It gives "" (blank) for an empty cell and for what it cannot read. Where the core reports a
 * finding on a cell, the formula may disagree — the finding is what tells the user:
 *   - `2 - Möjlig` or `3 - Hög` (scale-label-mismatch, scale-invalid): the formula trusts the
 *     leading digit and gives 2 or 3;
 *   - `3.5` as text (scale-out-of-range): the formula reads the leading 3.
 * Forms the core reads more leniently than Excel can — a label without its diacritics
 * (`Mojlig`, `Kannbar`), punctuation around a label alone (`Möjlig.`), a sign (`+3`), a cell
 * starting with a no-break space — give "" in Excel while the core computes RV from them (no
 * finding: the value is valid). The row's RV then shows blank in Excel, and its heat-map colour
 * is missing, until the cell is written in one of the forms above (the canonical `3 - Möjlig`).
 * Braces appear only as column placeholders: the renderers (src/excel, src/xlsx) read every
 * `{…}` as a column name, so the formulas use no array constants.
 */
import type { ConditionalFormat } from '../plan/write-plan';
import type { Settings } from '../settings/settings';
import { parseCell, columnLetter } from '../workbook/a1';
import { BAND_COLORS } from './band-colors';
import { type Band, bandRanges, isEmptyRange } from './bands';
import { type ScaleKind, scaleLabels } from './scale-names';

/** Default header texts the templates refer to (SPEC §2.1). */
export const RV_HEADERS = {
  likelihood: 'Sannolikhet',
  consequence: 'Konsekvens',
  rv: 'RV',
  likelihoodAfter: 'Sannolikhet efter åtgärd',
  consequenceAfter: 'Konsekvens efter åtgärd',
  rvAfter: 'RV efter åtgärd',
} as const;

function quote(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}

/**
 * The labels of a scale as one lookup text, `|osannolikt=1|mindre sannolikt=2|…|`: FIND of
 * `|label=` gives where the label's value digit stands. FIND compares exactly (no wildcards, so
 * `*` or `?` in a cell never match), and LOWER on both sides makes it case-insensitive.
 * No array constants: braces are reserved for column placeholders in a template.
 */
function labelLookup(kind: ScaleKind): string {
  return `|${scaleLabels(kind)
    .map(([name, v]) => `${name.toLowerCase()}=${v}`)
    .join('|')}|`;
}

/**
 * The scale value (1–5) of the cell `ref`, or an error value when it is none: the caller wraps
 * the whole RV in IFERROR. FIND(digit,"12345") turns a digit into its number without VALUE,
 * which depends on the locale.
 */
export function scaleValueFormula(ref: string, kind: ScaleKind): string {
  const t = `TRIM(${ref})`;
  const table = quote(labelLookup(kind));
  const at = `FIND("|"&LOWER(${t})&"=",${table})`;
  const byLabel = `FIND(MID(${table},${at}+LEN(${t})+2,1),"12345")`;
  const byDigit = `FIND(LEFT(${t},1),"12345")`;
  return (
    `IF(ISNUMBER(${ref}),IF(AND(${ref}>=1,${ref}<=5,${ref}=INT(${ref})),${ref},NA()),` +
    `IF(${t}="",NA(),IF(ISNUMBER(-MID(${t},2,1)),NA(),IFERROR(${byDigit},${byLabel}))))`
  );
}

function placeholder(header: string): string {
  return `{${header}}`;
}

/** RV = S × K as a calculated-column template; blank when either cell is not a scale value. */
export function rvTemplate(
  likelihoodHeader: string = RV_HEADERS.likelihood,
  consequenceHeader: string = RV_HEADERS.consequence,
): string {
  const s = scaleValueFormula(placeholder(likelihoodHeader), 'likelihood');
  const k = scaleValueFormula(placeholder(consequenceHeader), 'consequence');
  return `=IFERROR(${s}*${k},"")`;
}

/** Riskklass from RV with the workbook's thresholds as constants (SPEC §4). */
export function riskClassTemplate(settings: Settings, rvHeader: string = RV_HEADERS.rv): string {
  const rv = placeholder(rvHeader);
  return (
    `=IF(ISNUMBER(${rv}),IF(${rv}>=${settings.ikpThreshold},"IKP",` +
    `IF(${rv}>=${settings.actionThreshold},"Åtgärd","VoR")),"")`
  );
}

/** "$I4" from "I4" or "$I$4": column fixed, row relative, so one rule serves a whole row. */
function rowRelative(topCell: string): string {
  const { row, col } = parseCell(topCell.replace(/\$/g, ''));
  return `$${columnLetter(col)}${row}`;
}

/**
 * The conditional-format rule of one band, relative to the range's top-left row: `rvTopCell`
 * is the RV cell of that row. ISNUMBER first: Excel ranks text above every number, so a blank
 * ("") RV would otherwise count as critical. Null when the band is empty for these thresholds.
 */
export function bandRuleFormula(bandName: Band, rvTopCell: string, settings: Settings): string | null {
  const range = bandRanges(settings).find((r) => r.band === bandName);
  if (!range || isEmptyRange(range)) return null;
  const c = rowRelative(rvTopCell);
  const upper = bandName === 'critical' ? '' : `,${c}<${range.max + 1}`;
  return `=AND(ISNUMBER(${c}),${c}>=${range.min}${upper})`;
}

/**
 * The four band formats for `address` (the RV column's body, or RV together with the S and K
 * cells of the same rows): each rule looks at the RV cell of its own row.
 */
export function bandConditionalFormats(
  address: string,
  rvTopCell: string,
  settings: Settings,
): ConditionalFormat[] {
  const out: ConditionalFormat[] = [];
  for (const r of bandRanges(settings)) {
    const formula = bandRuleFormula(r.band, rvTopCell, settings);
    if (formula === null) continue;
    const color = BAND_COLORS[r.band];
    out.push({ address, formula, fill: color.fill, fontColor: color.font, stopIfTrue: true });
  }
  return out;
}
