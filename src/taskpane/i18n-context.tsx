/** The UI language for every component, so none of them has to be handed `lang` by hand. */
import { createContext, useCallback, useContext, type ReactNode } from 'react';
import { t, type Lang, type MessageKey, type Vars } from '../i18n';

const LangContext = createContext<Lang>('sv');

export function LangProvider({ lang, children }: { lang: Lang; children: ReactNode }) {
  return <LangContext.Provider value={lang}>{children}</LangContext.Provider>;
}

export function useLang(): Lang {
  return useContext(LangContext);
}

export type Translate = (key: MessageKey, vars?: Vars) => string;

/** `const tr = useT(); tr('settings.save')`: a message in the current language. */
export function useT(): Translate {
  const lang = useLang();
  return useCallback((key: MessageKey, vars?: Vars) => t(lang, key, vars), [lang]);
}
