/**
 * Properties of the parsers (SPEC §3, §4, §8), on any cell value — strings of any Unicode
 * (lone surrogates included), texts built from the characters amounts, dates and scales are
 * made of, every double (NaN, ±Infinity, -0), booleans, error values and empty cells:
 *
 * - parseScale, parseAmount, parseDate, parsePeriod, parseDecision and cellText never throw and
 *   always return a well-formed result;
 * - parse(format(x)) = x for scale values, amounts, dates and periods;
 * - RV is always an integer 1–25 (S × K) or the row has a scale finding.
 */
import fc from 'fast-check';
import { checkWorkbook } from '../../src/core/commands/check';
import { MAX_DATE_SERIAL, formatDate, formatPeriod, parseDate, parsePeriod } from '../../src/core/parse/date';
import { formatAmount, parseAmount } from '../../src/core/parse/amount';
import { parseDecision } from '../../src/core/parse/decision';
import { formatScale, parseScale, type ScaleKind } from '../../src/core/parse/scale';
import { cellText } from '../../src/core/parse/text';
import { locateTables } from '../../src/core/tables/locate';
import { readVor } from '../../src/core/tables/read-vor';
import type { CellValue, WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import type { PropertyId } from './figures';
import { checkProperty, runsOf, statedRuns } from './helpers/property';

const IDS: PropertyId[] = [
  'parsers-never-throw',
  'scale-format-parse',
  'amount-format-parse',
  'date-format-parse',
  'period-format-parse',
  'rv-in-range-or-finding',
];

/** Pieces of the texts people type into amount, date, period and scale cells. */
const PIECES = [
  '0',
  '1',
  '2',
  '3',
  '5',
  '9',
  '12',
  '000',
  '2021',
  '-',
  '–',
  '—',
  '−',
  '+',
  ',',
  '.',
  ':',
  ')',
  ' ',
  '\u00a0',
  '\u202f',
  '\u2009',
  '\t',
  'kr',
  'mkr',
  'mnkr',
  'tkr',
  'miljoner',
  ' kr',
  'e',
  'E',
  '%',
  '01',
  '13',
  '29',
  '31',
  '-02-',
  'T',
  '24:00',
  'Möjlig',
  'möjlig',
  'Allvarig',
  'Likely',
  'Nej',
  'Ja',
  '★',
  '#N/A',
  '=',
  '@',
  '🔥',
  'ש',
];
const domainText = fc.array(fc.constantFrom(...PIECES), { maxLength: 8 }).map((p) => p.join(''));

export const anyCell: fc.Arbitrary<CellValue> = fc.oneof(
  domainText,
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.double(),
  fc.integer(),
  fc.constantFrom(
    0,
    -0,
    1e15,
    -1e15,
    2.5,
    6,
    44197,
    MAX_DATE_SERIAL,
    MAX_DATE_SERIAL + 1,
    Number.MAX_VALUE,
    Number.MIN_VALUE,
  ),
  fc.boolean(),
  fc.constant(null),
  fc.record({ error: fc.oneof(fc.constantFrom('#N/A', '#REF!', '#DIV/0!', '#VALUE!'), fc.string()) }),
);

const kinds = fc.constantFrom<ScaleKind>('likelihood', 'consequence');

function wellFormed(r: { kind: string; value?: unknown; raw?: unknown }): boolean {
  if (r.kind === 'empty') return true;
  if (r.kind === 'error') return typeof r.raw === 'string';
  return r.kind === 'ok' && typeof r.value === 'number' && Number.isFinite(r.value);
}

test('the parsers never throw and always give a well-formed result, on any cell', async () => {
  await checkProperty('parsers-never-throw', fc.tuple(anyCell, kinds), ([v, kind]) => {
    const scale = parseScale(v, kind);
    expect(wellFormed(scale)).toBe(true);
    if (scale.kind === 'ok') expect([1, 2, 3, 4, 5]).toContain(scale.value);
    const amount = parseAmount(v);
    expect(wellFormed(amount)).toBe(true);
    const date = parseDate(v);
    expect(wellFormed(date)).toBe(true);
    if (date.kind === 'ok')
      expect(Number.isInteger(date.value) && date.value >= 1 && date.value <= MAX_DATE_SERIAL).toBe(true);
    const period = parsePeriod(v);
    expect(wellFormed(period.from) && wellFormed(period.to)).toBe(true);
    expect([null, 'ja', 'nej']).toContain(parseDecision(v));
    expect(typeof cellText(v)).toBe('string');
  });
});

test('parseScale(formatScale(n)) = n, whatever the case and the spaces around it', async () => {
  const arb = fc.tuple(
    fc.integer({ min: 1, max: 5 }),
    kinds,
    fc.constantFrom('as is', 'upper', 'lower'),
    fc.constantFrom('', ' ', '  ', '\u00a0'),
  );
  await checkProperty('scale-format-parse', arb, ([n, kind, casing, pad]) => {
    const written = formatScale(n, kind);
    const typed =
      casing === 'upper' ? written.toUpperCase() : casing === 'lower' ? written.toLowerCase() : written;
    expect(parseScale(`${pad}${typed}${pad}`, kind)).toEqual({ kind: 'ok', value: n });
  });
});

test('parseAmount(formatAmount(x)) = x for every finite amount', async () => {
  const arb = fc.oneof(
    fc.double({ noNaN: true, noDefaultInfinity: true }),
    fc.integer({ min: -1e15, max: 1e15 }),
    fc.integer({ min: 0, max: 5_000_000 }),
  );
  await checkProperty('amount-format-parse', arb, (x) => {
    const r = parseAmount(formatAmount(x));
    expect(r.kind).toBe('ok');
    if (r.kind === 'ok') expect(r.value === x).toBe(true);
  });
});

/** Every calendar date Excel knows; serial 60 is Excel's phantom 1900-02-29, which is no date. */
const realDate = fc.integer({ min: 1, max: MAX_DATE_SERIAL }).filter((s) => s !== 60);

test('parseDate(formatDate(d)) = d, and formatDate(parseDate(text)) = text, for every date 1900–9999', async () => {
  await checkProperty('date-format-parse', realDate, (serial) => {
    const text = formatDate(serial);
    expect(parseDate(text)).toEqual({ kind: 'ok', value: serial });
    expect(formatDate((parseDate(text) as { value: number }).value)).toBe(text);
    expect(parseDate(serial)).toEqual({ kind: 'ok', value: serial });
  });
});

test('parsePeriod gives back both ends, whichever dash joins them', async () => {
  const arb = fc.tuple(realDate, realDate, fc.constantFrom(' - ', '-', ' – ', '–', ' — ', '—', '  -  '));
  await checkProperty('period-format-parse', arb, ([a, b, dash]) => {
    const from = Math.min(a, b);
    const to = Math.max(a, b);
    const expected = { from: { kind: 'ok', value: from }, to: { kind: 'ok', value: to } };
    expect(parsePeriod(formatPeriod(from, to))).toEqual(expected);
    expect(parsePeriod(`${formatDate(from)}${dash}${formatDate(to)}`)).toEqual(expected);
  });
});

const SCALE_RULES = new Set(['scale-invalid', 'scale-out-of-range', 'scale-label-mismatch']);
const scaleCell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.integer({ min: 1, max: 5 }),
  fc
    .integer({ min: 1, max: 5 })
    .chain((n) =>
      fc.constantFrom<CellValue>(
        String(n),
        `${n}. ${formatScale(n, 'likelihood').slice(4)}`,
        formatScale(n, 'consequence'),
      ),
    ),
  anyCell,
);

test('RV is always an integer 1–25 equal to S × K, or the row has a scale finding', async () => {
  const arb = fc.array(fc.tuple(scaleCell, scaleCell), { minLength: 1, maxLength: 8 });
  await checkProperty('rv-in-range-or-finding', arb, (ratings) => {
    const values: CellValue[][] = [
      ['Nr', 'Oönskad händelse', 'Sannolikhet', 'Konsekvens', 'RV'],
      ...ratings.map(([s, k], i) => [i + 1, `Händelse ${i + 1}`, s, k, null]),
    ];
    const wb: WorkbookSnapshot = { sheets: [{ name: 'Risk & Väsentlighet', values }], tables: [] };
    const loc = locateTables(wb).vor!;
    const rows = readVor(wb, loc).rows;
    const findings = checkWorkbook(wb, { lang: 'sv', now: new Date(2026, 0, 1) }).findings;
    expect(rows).toHaveLength(ratings.length);
    for (const row of rows) {
      const s = parseScale(ratings[row.row - 2][0], 'likelihood');
      const k = parseScale(ratings[row.row - 2][1], 'consequence');
      if (row.rv !== null) {
        expect(Number.isInteger(row.rv) && row.rv >= 1 && row.rv <= 25).toBe(true);
        expect(s.kind === 'ok' && k.kind === 'ok' && row.rv === s.value * k.value).toBe(true);
      } else {
        expect(findings.some((f) => f.row === row.row && SCALE_RULES.has(f.rule))).toBe(true);
      }
    }
  });
});

test('every property of this file ran exactly as many times as docs/reliability.md states', () => {
  expect(runsOf(IDS)).toEqual(statedRuns(IDS));
});
