/**
 * The task pane's and ribbon's words in Swedish, the default language (SPEC §8).
 * `{name}` marks a value filled in by `t()`; en.ts must use the same placeholders.
 */
export const sv = {
  'app.title': 'Internkontroll',
  'app.subtitle': 'Risk- och väsentlighetsanalys, internkontrollplan och plan för upphandling',
  'app.loading': 'Läser arbetsboken …',
  'boot.connecting': 'Ansluter till Excel …',
  'boot.outsideOffice.title': 'Öppna tillägget i Excel',
  'boot.outsideOffice.body':
    'Det här är ett tillägg för Excel. Öppna det från fliken Start i Excel (på webben, i Windows eller på Mac) för att arbeta med din arbetsbok.',
  'boot.tooOld.title': 'Den här Excel-versionen räcker inte',
  'boot.hostFailed': 'Tillägget kunde inte ansluta till arbetsboken.',

  'status.heading': 'Tabeller i arbetsboken',
  'status.table': 'Tabell',
  'status.sheet': 'Blad',
  'status.foundBy': 'Hittad genom',
  'status.rows': 'Rader',
  'status.missing': 'Saknas',
  'status.noneFound': 'Arbetsboken har ingen av de tre tabellerna. Skapa dem från mallen nedan.',
  'table.vor': 'Risk & Väsentlighet (VoR)',
  'table.ikp': 'Internkontrollplan (IKP)',
  'table.procurement': 'Planerade upphandlingar',
  'foundBy.table': 'tabellnamn',
  'foundBy.sheet': 'bladnamn',
  'foundBy.scan': 'rubrikrad',

  'settings.heading': 'Inställningar',
  'settings.ikpThreshold': 'Gräns för IKP (RV)',
  'settings.ikpThreshold.hint': 'Händelser med minst detta riskvärde ska alltid in i internkontrollplanen.',
  'settings.actionThreshold': 'Gräns för åtgärd (RV)',
  'settings.actionThreshold.hint': 'Från detta riskvärde ska åtgärder tas fram.',
  'settings.procurementThreshold': 'Beloppsgräns för upphandling',
  'settings.procurementThreshold.hint':
    'Upphandlingar över detta belopp ska redovisas, t.ex. 1 000 000 kr eller 1 mkr.',
  'settings.planYear': 'Planår',
  'settings.planYear.hint': 'Lämna tomt för att hitta året automatiskt.',
  'settings.save': 'Spara inställningar',
  'settings.saving': 'Sparar …',
  'settings.saved': 'Inställningarna är sparade.',
  'settings.error.integer': 'Ange ett heltal.',
  'settings.error.range': 'Ange ett heltal från {min} till {max}.',
  'settings.error.actionBelowIkp': 'Gränsen för åtgärd måste vara lägre än gränsen för IKP ({ikp}).',
  'settings.error.amount': 'Ange ett belopp i hela kronor, till exempel 1 000 000 kr eller 1,5 mkr.',
  'settings.error.year': 'Ange ett årtal med fyra siffror, eller lämna fältet tomt.',
  'planYear.title': 'Planår {year}, från rubriken på bladet Planerade upphandlingar.',
  'planYear.setting': 'Planår {year}, från inställningen ovan.',
  'planYear.option': 'Planår {year}, angivet på kommandoraden.',
  'planYear.majority': 'Planår {year}: året då flest upphandlingar planeras starta.',
  'planYear.none': 'Planåret är okänt. Ange det här eller i bladets rubrik (PLAN FÖR UPPHANDLING 2025).',

  'actions.heading': 'Kommandon',
  'action.setupTemplate': 'Skapa tabeller från mall',
  'action.setupTemplate.hint': 'Går bara när arbetsboken saknar alla tre tabellerna.',
  'action.convertToTables': 'Gör om områden till tabeller',
  'action.convertToTables.hint':
    'För tabeller som hittades som vanliga områden: de blir Excel-tabeller, inga värden ändras.',
  'action.refreshRisk': 'Beräkna RV och värmekarta',
  'action.generateIkp': 'Generera IKP-blad',
  'action.check': 'Kontrollera VoR ↔ IKP',
  'action.validateProcurement': 'Validera upphandling',
  'action.exportProcurement': 'Exportera till inköpsenheten',
  'progress.running': '{action} pågår …',

  'result.heading': 'Resultat',
  'result.download': 'Ladda ner {fileName}',
  'result.fromRibbon': 'Kört från menyfliksområdet kl. {time}',

  'findings.errors': 'Fel ({count})',
  'findings.warnings': 'Varningar ({count})',
  'findings.row': 'rad {row}',
  'findings.column': 'kolumn {column}',
  'findings.selectHint': 'Markera cellen {cell}',

  'error.title': 'Något gick fel',
  'error.command': '{action} kunde inte slutföras.',
  'error.readStatus': 'Arbetsboken kunde inte läsas.',
  'error.saveSettings': 'Inställningarna kunde inte sparas.',
  'error.selectCell': 'Cellen {cell} på bladet {sheet} kunde inte markeras.',
  'error.hint.cellEditMode': 'Excel är i redigeringsläge: tryck Enter eller Esc i cellen och försök igen.',
  'error.hint.notFound':
    'Ett blad, en tabell eller ett område som behövs finns inte längre. Kontrollera tabellerna och försök igen.',
  'error.hint.protected': 'Bladet eller arbetsboken är skyddad. Ta bort skyddet och försök igen.',
  'error.hint.tooLarge': 'Ändringen blev för stor för Excel. Försök igen; kvarstår felet, dela upp tabellen.',
  'error.hint.busy': 'Excel är upptaget just nu. Vänta en stund och försök igen.',
  'error.hint.generic':
    'Försök igen. Kvarstår felet: öppna Mer information och skicka uppgifterna till den som förvaltar tillägget.',
  'error.more': 'Mer information',
  'error.less': 'Dölj information',
  'error.code': 'Felkod',
  'error.message': 'Meddelande',
  'error.debugInfo': 'Felsökningsinformation',
  'error.dismiss': 'Stäng',
} as const;

export type MessageKey = keyof typeof sv;
export type Catalogue = Record<MessageKey, string>;
