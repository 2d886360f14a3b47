import {
  escapeColumnName,
  structuredFormula,
  textNeedsApostrophe,
  toFormulaInput,
} from '../../src/excel/cell-input';
import { charactersToPoints } from '../../src/excel/plan-ops';

test.each([
  '=A1',
  '+46',
  '-',
  '@x',
  "'x",
  '#N/A',
  '12',
  '1.5',
  '50%',
  '2021-01-01',
  'TRUE',
  'falskt',
  '3 - Möjlig',
  ' 12',
  'jan 2021',
  '(5)',
])('%j could be read as something else by Excel: apostrophe', (s) =>
  expect(textNeedsApostrophe(s)).toBe(true),
);

test.each(['Ja', 'Nej, endast VoR', 'Informationssäkerhet', 'Ej påbörjad', 'Åtgärd'])(
  '%j is plain text: written as is',
  (s) => {
    expect(textNeedsApostrophe(s)).toBe(false);
    expect(toFormulaInput(s)).toBe(s);
  },
);

test('plan cells to formulas input', () => {
  expect(toFormulaInput(null)).toBe('');
  expect(toFormulaInput(3)).toBe(3);
  expect(toFormulaInput(false)).toBe(false);
  expect(toFormulaInput({ formula: '=A1' })).toBe('=A1');
  expect(toFormulaInput({ error: '#N/A' })).toBe('#N/A');
  expect(toFormulaInput('=A1')).toBe("'=A1");
});

test("column names in structured references escape [ ] # and '", () => {
  expect(escapeColumnName("Nr #1 [a]'s")).toBe("Nr '#1 '[a']''s");
  expect(structuredFormula('={Sannolikhet}*{konsekvens}', ['Sannolikhet', 'Konsekvens'])).toBe(
    '=[@[Sannolikhet]]*[@[Konsekvens]]',
  );
  expect(structuredFormula('IF({RV}>=12,"IKP","")', ['RV'])).toBe('=IF([@[RV]]>=12,"IKP","")');
  expect(() => structuredFormula('={Saknas}', ['RV'])).toThrow(/Saknas/);
});

test('column widths: characters to points (7 px a character + 5 px padding, 0.75 pt a pixel)', () => {
  expect(charactersToPoints(10)).toBe(56.25);
  expect(charactersToPoints(8.43)).toBeCloseTo(48, 0);
});

test('array constants in a template stay; only column names become references', () => {
  expect(structuredFormula('=MATCH({S},{1,2,3,4,5},0)*INDEX({"a","b, c"},1)', ['S'])).toBe(
    '=MATCH([@[S]],{1,2,3,4,5},0)*INDEX({"a","b, c"},1)',
  );
  expect(() => structuredFormula('={Sannolikhet 2}', ['Sannolikhet'])).toThrow(/Sannolikhet 2/);
});
