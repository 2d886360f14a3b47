import { duplicateRow } from '../../../src/core/rules/procurement/duplicate-row';
import { strayPunctuation } from '../../../src/core/rules/procurement/stray-punctuation';
import { hasStray, trimStray } from '../../../src/core/rules/procurement/stray';
import { row } from './builders';
import { run } from './run';

describe('duplicate-row (warning on the second and later occurrences)', () => {
  test('same procurement three times, differing only in case and whitespace', () => {
    const found = run(duplicateRow, [
      row({ row: 10, description: 'Gröna investeringar' }),
      row({ row: 11, description: 'Innovation ungdomsinsatser' }),
      row({
        row: 12,
        description: '  gröna\u00a0 INVESTERINGAR ',
        type: 'tjänst',
        category: 'externa tjänster,  1013, 101810',
      }),
      row({ row: 13, description: 'Gröna investeringar' }),
    ]);
    expect(found).toMatchObject([
      {
        rule: 'duplicate-row',
        severity: 'warning',
        row: 12,
        column: 'Beskrivning',
        cell: 'C12',
        brief: 'samma rad som rad 10',
      },
      { row: 13, brief: 'samma rad som rad 10' },
    ]);
  });

  test.each([
    ['category', { category: 'Externa tjänster, 1013, 101316' }],
    ['start', { start: '2021-02-01' }],
    ['period from', { from: '2021-02-01' }],
    ['period to', { to: '2022-12-31' }],
    ['value', { value: 3_000_001 }],
    ['type', { type: 'Vara' }],
  ] as const)('a different %s is not a duplicate', (_what, change) => {
    expect(run(duplicateRow, [row({ row: 10 }), row({ row: 11, ...change })])).toEqual([]);
  });

  test('blank rows are not duplicates of each other', () => {
    const blank = {
      unit: '',
      category: '',
      description: '',
      start: null,
      from: null,
      to: null,
      value: null,
      type: '',
    };
    expect(run(duplicateRow, [row(blank), row(blank)])).toEqual([]);
  });
});

describe('stray-punctuation (warning)', () => {
  test('"Handledning," has a trailing comma', () => {
    const [f, ...rest] = run(strayPunctuation, [row({ row: 15, description: 'Handledning,' })]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'stray-punctuation',
      severity: 'warning',
      row: 15,
      column: 'Beskrivning',
      cell: 'C15',
    });
    expect(f.message).toContain('"Handledning,"');
    expect(f.message).toContain('Skriv "Handledning"');
  });

  test('internal commas in the category are fine; a trailing one is not', () => {
    expect(run(strayPunctuation, [row({ category: 'Externa tjänster, 1013, 101810' })])).toEqual([]);
    expect(
      run(strayPunctuation, [row({ category: 'Externa tjänster, 1013, 101810,' })]).map((f) => f.column),
    ).toEqual(['Kategorifamilj']);
  });

  test('leading/trailing spaces (incl. no-break) in type, unit and description', () => {
    const found = run(strayPunctuation, [
      row({ row: 10, type: 'Tjänst ', raw: { unit: ' Jobbtorg', description: 'Gröna investeringar\u00a0' } }),
    ]);
    expect(found.map((f) => f.column).sort()).toEqual([
      'Beskrivning',
      'Kontraktstyp (vara/tjänst/entreprenad)',
      'Verksamhet',
    ]);
  });

  test('dates and amounts are not text cells for this rule', () => {
    expect(
      run(strayPunctuation, [
        row({ raw: { value: '3 000 000 kr.', start: ' 2021-01-01', period: '2021-01-01 - 2021-12-31 ' } }),
      ]),
    ).toEqual([]);
  });

  test('a unit filled down from a group row is not checked', () => {
    expect(run(strayPunctuation, [row({ unit: 'Jobbtorg Stockholm ' })])).toEqual([]);
  });

  test.each([
    ['Handledning,', true],
    ['- Handledning', true],
    ['Handledning;', true],
    ['Handledning .', true],
    ['Handledning..', true],
    ['• Städ', true],
    ['Städ m.m.', false],
    ['Konsulttjänster (IT)', false],
    ['"Lyftet"', false],
    ['Externa tjänster, 1013, 101810', false],
  ])('%j stray: %s', (text, stray) => {
    expect(hasStray(text)).toBe(stray);
  });

  test('trimStray keeps the text itself', () => {
    expect(trimStray(' ,Handledning, ')).toBe('Handledning');
  });

  test('English message', () => {
    const [f] = run(strayPunctuation, [row({ description: 'Handledning,' })], { lang: 'en' });
    expect(f.message).toContain('has punctuation or spaces at its start or end');
  });
});
