/** Renders the pane at once ("connecting"), then again when start-up has settled. */
import { createRoot } from 'react-dom/client';
import { localStorageOrNothing } from '../commands/ribbon-handoff';
import { pickLang } from '../i18n';
import { boot, type BootDeps, type Booted } from './boot';
import { Root } from './Root';

export type StartDeps = Pick<BootDeps, 'checkRequirements' | 'createHost'>;

export async function startTaskpane(container: HTMLElement, deps: StartDeps): Promise<Booted> {
  const root = createRoot(container);
  const initialLang = pickLang(navigator.language);
  const storage = localStorageOrNothing();
  root.render(<Root booted={null} initialLang={initialLang} storage={storage} />);

  let booted: Booted;
  try {
    booted = await boot({
      ...deps,
      // office.js may not have loaded at all (offline, blocked by the network).
      office: typeof Office === 'undefined' ? undefined : Office,
      browserLanguage: navigator.language,
      excelLoaded: () => typeof Excel !== 'undefined',
    });
  } catch (error) {
    booted = { lang: initialLang, state: { kind: 'host-failed', error } };
  }
  root.render(<Root booted={booted} initialLang={initialLang} storage={storage} />);
  return booted;
}
