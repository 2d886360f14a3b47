import type { Lang, Localized } from '../core/findings/finding';

/**
 * A write plan the workbook cannot take (a missing sheet, a table name Excel would reject, a
 * list too long for a dropdown). Thrown before the file is written, so nothing half-done is
 * saved (SPEC §8). The message is Swedish; `text.en` holds the English variant.
 */
export class XlsxPlanError extends Error {
  readonly text: Localized;

  constructor(text: Localized) {
    super(text.sv);
    this.name = 'XlsxPlanError';
    this.text = text;
  }

  messageIn(lang: Lang): string {
    return this.text[lang];
  }
}

export function planError(sv: string, en: string): XlsxPlanError {
  return new XlsxPlanError({ sv, en });
}
