/**
 * Start-up: wait for Office, check that this Excel has the API sets the add-in needs (STYLE.md:
 * "say which Excel is too old, in words"), then make the workbook host. Every dependency is passed
 * in, so the same steps run against a fake Office in the tests.
 */
import type { WorkbookHost } from '../app/workbook-host';
import { pickLang, type Lang } from '../i18n';

/** The slice of the global `Office` start-up uses; undefined when office.js did not load at all. */
export interface OfficeLike {
  onReady(): Promise<{ host: unknown }>;
  context?: { displayLanguage?: string; document?: { url?: string } };
}

/** The shape of checkExcelRequirements() in src/excel/requirements.ts: a sentence when too old. */
export type CheckRequirements = (lang: Lang) => { ok: true } | { ok: false; message: string };

export type BootState =
  | { kind: 'outside-office' }
  | { kind: 'too-old'; message: string }
  | { kind: 'host-failed'; error: unknown }
  | { kind: 'ready'; host: WorkbookHost; /** The document's URL ('' when unsaved). */ workbook: string };

export interface BootDeps {
  office: OfficeLike | undefined;
  /** The browser's language, used only when Office cannot tell. */
  browserLanguage?: string;
  /** True when office.js defined the `Excel` namespace; asked after onReady, when it has. */
  excelLoaded: () => boolean;
  checkRequirements: CheckRequirements;
  createHost: (lang: Lang) => Promise<WorkbookHost>;
}

export interface Booted {
  lang: Lang;
  state: BootState;
}

export async function boot(deps: BootDeps): Promise<Booted> {
  const { office } = deps;
  // office.js failed to load (offline, blocked): there is no Office to wait for.
  if (!office) return { lang: pickLang(deps.browserLanguage), state: { kind: 'outside-office' } };

  // Outside Office, onReady still resolves, with host null (and no `Excel`).
  const info = await office.onReady();
  if (info.host !== 'Excel' || !deps.excelLoaded())
    return { lang: pickLang(deps.browserLanguage), state: { kind: 'outside-office' } };

  const lang = pickLang(office.context?.displayLanguage);
  try {
    const requirements = deps.checkRequirements(lang);
    if (!requirements.ok) return { lang, state: { kind: 'too-old', message: requirements.message } };
    const host = await deps.createHost(lang);
    return { lang, state: { kind: 'ready', host, workbook: office.context?.document?.url ?? '' } };
  } catch (error) {
    return { lang, state: { kind: 'host-failed', error } };
  }
}
