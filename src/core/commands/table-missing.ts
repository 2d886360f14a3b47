/**
 * A table the command needs cannot be found (SPEC §2): a finding that says which one and how to
 * fix it, instead of a crash.
 */
import type { Finding, Lang } from '../findings/finding';
import type { TableKind } from '../model/columns';
import { DEFAULT_NAMES } from '../tables/headers';

const WHAT: Record<TableKind, Record<Lang, string>> = {
  vor: { sv: 'risk- och väsentlighetsanalysen (VoR)', en: 'the risk analysis (VoR)' },
  ikp: { sv: 'internkontrollplanen (IKP)', en: 'the internal control plan (IKP)' },
  procurement: { sv: 'planen för upphandling', en: 'the procurement plan' },
};

const NEEDS: Record<TableKind, Record<Lang, string>> = {
  vor: {
    sv: 'Oönskad händelse, Sannolikhet och Konsekvens',
    en: 'Oönskad händelse, Sannolikhet and Konsekvens',
  },
  ikp: {
    sv: 'Oönskad händelse och Kontrollaktivitet eller Frekvens',
    en: 'Oönskad händelse and Kontrollaktivitet or Frekvens',
  },
  procurement: {
    sv: 'Beskrivning och Uppskattat kontraktsvärde',
    en: 'Beskrivning and Uppskattat kontraktsvärde',
  },
};

export function tableMissing(kind: TableKind, lang: Lang): Finding {
  const names = DEFAULT_NAMES[kind];
  const message =
    lang === 'sv'
      ? `Hittar inte ${WHAT[kind].sv}: ingen tabell ${names.table}, inget blad "${names.sheet}" och ingen rubrikrad med kolumnerna ${NEEDS[kind].sv} bland de första 30 raderna på något blad. Lägg till tabellen eller skapa den från mallen.`
      : `Cannot find ${WHAT[kind].en}: no table ${names.table}, no sheet "${names.sheet}" and no header row with the columns ${NEEDS[kind].en} in the first 30 rows of any sheet. Add the table or create it from the template.`;
  return {
    rule: 'table-missing',
    severity: 'error',
    sheet: '',
    row: null,
    column: null,
    cell: null,
    message,
  };
}
