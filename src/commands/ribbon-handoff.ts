/**
 * How a ribbon command tells the task pane what it found. Without a shared runtime the function
 * file (commands.html) and the task pane are separate pages of the same origin, and Excel has no
 * notification API for add-ins (notificationMessages is Outlook's), so the function file leaves
 * its result in localStorage and the task pane shows it — findings with links — when it opens or,
 * if it is already open, on the `storage` event.
 *
 * localStorage is shared by every workbook the add-in runs in, so a hand-off names its workbook
 * and goes stale: another workbook's findings, or yesterday's, must never show up as this one's.
 */
import type { CommandResult } from '../app/workbook-host';
import type { ErrorDetails } from '../taskpane/host-error';

export const HANDOFF_KEY = 'internkontroll.ribbon-result';
export const HANDOFF_MAX_AGE_MS = 15 * 60 * 1000;

/** The ribbon's ExecuteFunction buttons: each name is a <FunctionName> in manifest.xml. */
export const RIBBON_COMMANDS = ['generateIkp', 'validateProcurement'] as const;
export type RibbonCommandId = (typeof RIBBON_COMMANDS)[number];

export interface RibbonHandoff {
  command: RibbonCommandId;
  /** Office.context.document.url of the workbook the command ran in ('' when unsaved). */
  workbook: string;
  /** ISO time the command finished. */
  at: string;
  result?: CommandResult;
  error?: ErrorDetails;
}

/** Where a task pane looks for hand-offs: the storage and the workbook it is open in. */
export interface RibbonInbox {
  storage: Storage;
  workbook: string;
  now?: () => Date;
}

/** localStorage throws in some sandboxed frames; then there is simply no hand-off. */
export function localStorageOrNothing(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

/** Best effort: the command itself succeeded, so a full or blocked storage must not fail it. */
export function leaveHandoff(storage: Storage | undefined, handoff: RibbonHandoff): boolean {
  try {
    storage?.setItem(HANDOFF_KEY, JSON.stringify(handoff));
    return storage !== undefined;
  } catch (error) {
    console.warn('Internkontroll: could not hand the ribbon result to the task pane', error);
    return false;
  }
}

function isHandoff(value: unknown): value is RibbonHandoff {
  if (typeof value !== 'object' || value === null) return false;
  const h = value as Partial<RibbonHandoff>;
  const knownCommand = (RIBBON_COMMANDS as readonly unknown[]).includes(h.command);
  const hasResult = typeof h.result?.summary === 'string' && Array.isArray(h.result.findings);
  const hasError = typeof h.error?.code === 'string' && typeof h.error.message === 'string';
  return (
    knownCommand && typeof h.workbook === 'string' && typeof h.at === 'string' && (hasResult || hasError)
  );
}

/**
 * The last ribbon result of this workbook, removed so it is shown once. Unreadable or stale
 * hand-offs are dropped; another workbook's is left for that workbook's pane.
 */
export function takeHandoff(inbox: RibbonInbox): RibbonHandoff | null {
  const { storage } = inbox;
  try {
    const text = storage.getItem(HANDOFF_KEY);
    if (!text) return null;
    const value = parseJson(text);
    const age = isHandoff(value) ? (inbox.now?.() ?? new Date()).getTime() - Date.parse(value.at) : NaN;
    // Both pages run on the same machine's clock; a minute's slack for rounding only.
    if (!isHandoff(value) || !(age >= -60_000 && age <= HANDOFF_MAX_AGE_MS)) {
      storage.removeItem(HANDOFF_KEY);
      return null;
    }
    if (value.workbook !== inbox.workbook) return null;
    storage.removeItem(HANDOFF_KEY);
    return value;
  } catch (error) {
    console.warn('Internkontroll: could not read the ribbon result', error);
    return null;
  }
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}
