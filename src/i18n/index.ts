/**
 * UI string look-up. Swedish is the default; English when Office runs in English (SPEC §8).
 * Every user-visible word of the task pane and the ribbon commands comes from these catalogues.
 */
import type { Lang } from '../core/findings/finding';
import { en } from './en';
import { sv, type Catalogue, type MessageKey } from './sv';

export type { Lang } from '../core/findings/finding';
export type { Catalogue, MessageKey } from './sv';

export const catalogues: Record<Lang, Catalogue> = { sv, en };

/** Office's display language ("en-US", "sv-SE", …) → the UI language; anything but English is Swedish. */
export function pickLang(displayLanguage?: string | null): Lang {
  return displayLanguage?.trim().toLowerCase().startsWith('en') ? 'en' : 'sv';
}

export type Vars = Record<string, string | number>;

/** The message for `key` with `{name}` placeholders filled from `vars` (unknown ones are left visible). */
export function t(lang: Lang, key: MessageKey, vars?: Vars): string {
  const text = catalogues[lang][key];
  if (!vars) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(vars, name) ? String(vars[name]) : whole,
  );
}

/** Placeholder names in a message, for the test that both languages ask for the same values. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
}
