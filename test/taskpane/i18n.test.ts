import { en } from '../../src/i18n/en';
import { sv } from '../../src/i18n/sv';
import { catalogues, pickLang, placeholders, t } from '../../src/i18n';

describe('UI catalogues', () => {
  test('Swedish and English have the same keys', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(sv).sort());
  });

  test.each(Object.entries(catalogues))('no %s message is empty', (_, catalogue) => {
    const empty = Object.entries(catalogue).filter(([, text]) => text.trim() === '');
    expect(empty).toEqual([]);
  });

  test('each message asks for the same values in both languages', () => {
    const differing = Object.keys(sv).filter(
      (key) =>
        placeholders(sv[key as keyof typeof sv]).join() !== placeholders(en[key as keyof typeof en]).join(),
    );
    expect(differing).toEqual([]);
  });
});

describe('pickLang', () => {
  test.each([
    ['en-US', 'en'],
    ['en-GB', 'en'],
    ['EN', 'en'],
    ['sv-SE', 'sv'],
    ['fi-FI', 'sv'],
    ['', 'sv'],
    [undefined, 'sv'],
    [null, 'sv'],
  ])('%p → %s', (displayLanguage, lang) => {
    expect(pickLang(displayLanguage)).toBe(lang);
  });
});

describe('t', () => {
  test('fills placeholders', () => {
    expect(t('sv', 'findings.errors', { count: 3 })).toBe('Fel (3)');
    expect(t('en', 'error.selectCell', { cell: 'F9', sheet: 'Blad1' })).toBe(
      'Cell F9 on sheet Blad1 could not be selected.',
    );
  });

  test('leaves an unknown placeholder visible rather than blank', () => {
    expect(t('sv', 'findings.errors', {})).toBe('Fel ({count})');
  });
});
