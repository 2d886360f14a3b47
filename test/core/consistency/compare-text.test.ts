import { normalizeText, sameText } from '../../../src/core/text/compare-text';

describe('normalizeText / sameText (SPEC §6)', () => {
  it('treats a hyphenated word break as the same word', () => {
    expect(sameText('Informations-säkerhet', 'Informationssäkerhet')).toBe(true);
    expect(sameText('Informations\u00ADsäkerhet', 'Informationssäkerhet')).toBe(true); // soft hyphen
    expect(sameText('Informations–säkerhet', 'Informationssäkerhet')).toBe(true); // en dash
    expect(sameText('flykting-mottagande', 'flyktingmottagande')).toBe(true);
  });

  it('ignores case, every kind of space and line breaks', () => {
    expect(sameText('Klassrums- undervisning', 'klassrumsundervisning')).toBe(true);
    expect(
      sameText(
        'Styra, stödja och kontrollera\nförvaltningens ansvar',
        'Styra, stödja och kontrollera förvaltningens  ansvar',
      ),
    ).toBe(true);
    expect(sameText('3\u00A0000\u202Fkr', '3000kr')).toBe(true);
    expect(sameText('BEDRÄGLIGT beteende', 'bedrägligt beteende')).toBe(true);
  });

  it('ignores punctuation at either end but not inside', () => {
    expect(sameText('Rättssäkerhet kan inte säkerställas.', 'Rättssäkerhet kan inte säkerställas')).toBe(
      true,
    );
    expect(sameText('"Gallring verkställs inte"', 'Gallring verkställs inte')).toBe(true);
    expect(
      sameText('Relevant underlag saknas; alla kostnader', 'Relevant underlag saknas alla kostnader'),
    ).toBe(false);
  });

  it('applies Unicode NFC first, so decomposed å equals composed å', () => {
    expect(sameText('Lo\u0308nehantering', 'Lönehantering')).toBe(true);
    expect(normalizeText('A\u030Arsma\u030Al')).toBe('årsmål');
  });

  it('still tells different words apart', () => {
    expect(sameText('Projektrevisning', 'Projektredovisning')).toBe(false);
    expect(sameText('svenskunskaper', 'svenskkunskaper')).toBe(false);
    expect(sameText('Regler följs inte', 'Regler följs')).toBe(false);
  });

  it('normalizes an empty or punctuation-only text to the empty key', () => {
    expect(normalizeText('  ')).toBe('');
    expect(normalizeText(' - . ')).toBe('');
  });
});
