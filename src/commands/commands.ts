/**
 * The function file's entry (commands.html): the ribbon's ExecuteFunction buttons in manifest.xml.
 * Names given to Office.actions.associate must match the manifest's <FunctionName>s.
 */
import { checkExcelRequirements } from '../excel/requirements';
import { createOfficeHost } from '../excel/office-host';
import { pickLang, type Lang } from '../i18n';
import { localStorageOrNothing, RIBBON_COMMANDS, type RibbonCommandId } from './ribbon-handoff';
import { runRibbonCommand, type RibbonDeps } from './run-ribbon-command';

function deps(): RibbonDeps {
  const addin = (Office as Partial<typeof Office>).addin;
  return {
    lang: pickLang(Office.context.displayLanguage),
    workbook: Office.context.document?.url ?? '',
    checkRequirements: checkExcelRequirements,
    createHost: async (lang: Lang) => createOfficeHost(lang),
    storage: localStorageOrNothing(),
    showTaskpane: typeof addin?.showAsTaskpane === 'function' ? () => addin.showAsTaskpane() : undefined,
  };
}

function associate(command: RibbonCommandId) {
  Office.actions.associate(command, (event: Office.AddinCommands.Event) =>
    runRibbonCommand(command, event, deps()),
  );
}

// Registered as the function file loads, as Office's templates do; the handlers run after Office is ready.
RIBBON_COMMANDS.forEach(associate);
