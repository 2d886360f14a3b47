/**
 * A ribbon button (manifest.xml, ExecuteFunction) runs its host command straight away. Excel has
 * no notification API for add-ins, so the result goes to the task pane (ribbon-handoff.ts), which
 * is brought up when there is something to read — findings or an error — if this Office can
 * (Office.addin.showAsTaskpane needs a shared runtime). The workbook shows the rest: the IKP
 * sheet, the Status column. `event.completed()` is always called, or Excel keeps waiting.
 */
import type { WorkbookHost } from '../app/workbook-host';
import type { Lang } from '../i18n';
import type { CheckRequirements } from '../taskpane/boot';
import { errorDetails, type HostErrorLike } from '../taskpane/host-error';
import { leaveHandoff, type RibbonCommandId } from './ribbon-handoff';

export interface RibbonEvent {
  completed(): void;
}

export interface RibbonDeps {
  lang: Lang;
  /** Office.context.document.url: whose task pane may show the result. */
  workbook: string;
  checkRequirements: CheckRequirements;
  createHost: (lang: Lang) => Promise<WorkbookHost>;
  storage: Storage | undefined;
  /** Office.addin.showAsTaskpane where this Office has it. */
  showTaskpane?: () => Promise<void>;
  now?: () => Date;
}

async function show(deps: RibbonDeps) {
  try {
    await deps.showTaskpane?.();
  } catch (error) {
    // The result waits in storage for when the user opens the pane.
    console.warn('Internkontroll: could not open the task pane', error);
  }
}

export async function runRibbonCommand(
  command: RibbonCommandId,
  event: RibbonEvent,
  deps: RibbonDeps,
): Promise<void> {
  const at = () => (deps.now?.() ?? new Date()).toISOString();
  try {
    const requirements = deps.checkRequirements(deps.lang);
    if (!requirements.ok) {
      const tooOld: HostErrorLike = {
        name: 'ExcelHostError',
        code: 'RequirementsNotMet',
        message: requirements.message,
      };
      throw tooOld;
    }
    const host = await deps.createHost(deps.lang);
    const { summary, findings } = await host[command]();
    leaveHandoff(deps.storage, { command, workbook: deps.workbook, at: at(), result: { summary, findings } });
    if (findings.length > 0) await show(deps);
  } catch (error) {
    leaveHandoff(deps.storage, { command, workbook: deps.workbook, at: at(), error: errorDetails(error) });
    await show(deps);
  } finally {
    event.completed();
  }
}
