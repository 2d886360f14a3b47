import { parseCategory } from '../../../src/core/rules/procurement/category';
import { categoryInvalid } from '../../../src/core/rules/procurement/category-invalid';
import { parseContractType } from '../../../src/core/rules/procurement/contract-type';
import { descriptionMissing } from '../../../src/core/rules/procurement/description-missing';
import { typeCategoryMismatch } from '../../../src/core/rules/procurement/type-category-mismatch';
import { typeInvalid } from '../../../src/core/rules/procurement/type-invalid';
import { row } from './builders';
import { run } from './run';

describe('type-invalid (Vara / Tjänst / Entreprenad, any case, trimmed)', () => {
  test.each(['Vara', 'vara', 'TJÄNST', ' Tjänst ', 'Entreprenad', 'entreprenad\u00a0'])(
    '%j is valid',
    (type) => {
      expect(parseContractType(type)).not.toBeNull();
      expect(run(typeInvalid, [row({ type })])).toEqual([]);
    },
  );

  test.each(['Varor', 'Tjänster', 'Tjanst', 'Konsult', 'Vara/Tjänst'])('%j is invalid', (type) => {
    const [f] = run(typeInvalid, [row({ row: 11, type })]);
    expect(f).toMatchObject({
      rule: 'type-invalid',
      severity: 'error',
      column: 'Kontraktstyp (vara/tjänst/entreprenad)',
      cell: 'G11',
    });
    expect(f.message).toContain(`"${type}" är inte Vara, Tjänst eller Entreprenad`);
  });

  test('an empty type is missing', () => {
    const [f] = run(typeInvalid, [row({ type: '' })]);
    expect(f.brief).toBe('saknas');
  });

  test('canonical form', () => {
    expect(parseContractType(' tjänst ')).toBe('Tjänst');
    expect(parseContractType('ENTREPRENAD')).toBe('Entreprenad');
  });
});

describe('category-invalid (a family name followed by numeric codes)', () => {
  test.each([
    'Externa tjänster, 1013, 101810',
    'Externa tjänster, 1013, 101316',
    'IT-tjänster 1020 102010',
    'Livsmedel; 1030',
    'Externa tjänster, 1013, 101810,',
  ])('%j is valid', (category) => {
    expect(run(categoryInvalid, [row({ category })])).toEqual([]);
  });

  test('parses family and codes', () => {
    expect(parseCategory('Externa tjänster, 1013, 101810')).toEqual({
      kind: 'ok',
      family: 'Externa tjänster',
      codes: ['1013', '101810'],
    });
  });

  test.each([
    ['', 'saknas'],
    ['Externa tjänster', 'kategorikoder saknas'],
    ['1013, 101810', 'kategorifamilj saknas'],
    ['Externa tjänster, 1013, okänd', 'inte familj följd av koder'],
    ['Jobbtorg Stockholm', 'kategorikoder saknas'],
  ])('%j is invalid: %s', (category, brief) => {
    const [f] = run(categoryInvalid, [row({ row: 14, category })]);
    expect(f).toMatchObject({
      rule: 'category-invalid',
      severity: 'error',
      column: 'Kategorifamilj',
      cell: 'B14',
      brief,
    });
  });
});

describe('description-missing', () => {
  test('empty, blank or punctuation-only descriptions are missing', () => {
    for (const description of ['', '   ', '-', '\u00a0']) {
      expect(run(descriptionMissing, [row({ row: 15, description })])).toMatchObject([
        { rule: 'description-missing', cell: 'C15', column: 'Beskrivning' },
      ]);
    }
  });
  test('any text is a description', () => {
    expect(
      run(descriptionMissing, [row({ description: 'Handledning,' }), row({ description: 'SYV' })]),
    ).toEqual([]);
  });
});

describe('type-category-mismatch (warning)', () => {
  test('a services family typed Vara (2021: Digitalt lyft av jobbtorg och SYV)', () => {
    const [f, ...rest] = run(typeCategoryMismatch, [
      row({ row: 9, description: 'Digitalt lyft av jobbtorg och SYV', type: 'Vara' }),
    ]);
    expect(rest).toEqual([]);
    expect(f).toMatchObject({
      rule: 'type-category-mismatch',
      severity: 'warning',
      column: 'Kontraktstyp (vara/tjänst/entreprenad)',
      cell: 'G9',
      brief: 'Vara men kategorin är tjänster',
    });
  });

  test('a goods family typed Tjänst', () => {
    for (const category of ['Förbrukningsvaror, 1040, 104010', 'Vara, 1040', 'Livsmedel och varor 1050']) {
      expect(run(typeCategoryMismatch, [row({ category, type: 'Tjänst' })]).map((f) => f.brief)).toEqual([
        'Tjänst men kategorin är varor',
      ]);
    }
  });

  test('no mismatch when type and family agree, for Entreprenad, for ambiguous families or unknown types', () => {
    const cases = [
      row({ category: 'Externa tjänster, 1013, 101810', type: 'Tjänst' }),
      row({ category: 'Förbrukningsvaror, 1040', type: 'Vara' }),
      row({ category: 'Externa tjänster, 1013', type: 'Entreprenad' }),
      row({ category: 'Förbrukningsvaror, 1040', type: 'Entreprenad' }),
      row({ category: 'Varor och tjänster, 1099', type: 'Vara' }),
      row({ category: 'Varaktiga anläggningar, 1060', type: 'Tjänst' }),
      row({ category: 'Externa tjänster, 1013', type: 'Varor' }),
      row({ category: 'Bygg, 1070', type: 'Vara' }),
    ];
    expect(run(typeCategoryMismatch, cases)).toEqual([]);
  });

  test('type case and spaces do not matter', () => {
    expect(run(typeCategoryMismatch, [row({ type: ' VARA ' })])).toHaveLength(1);
  });
});
