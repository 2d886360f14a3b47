/**
 * The plan year of a procurement plan (SPEC §7): the year the plan's procurements start in,
 * against which start-outside-plan-year checks Planerat startdatum.
 *
 * Precedence — explicit choices before inferred ones:
 *   1. option   — the CLI's `--year`: typed for this very run, so it wins over everything.
 *   2. setting  — the workbook setting (Settings.planYear): the user set it on purpose for this
 *                 workbook, whereas a title is often copied from last year's plan and not updated.
 *   3. title    — a year in the title above the table ("PLAN FÖR UPPHANDLING 2021").
 *   4. majority — the year most planned starts fall in (ties: the earliest), reported as a guess.
 *   5. none     — no year at all; the start-year rule is skipped and the note says so.
 * When an explicit year disagrees with the title the note says that too.
 */
import type { Lang, Localized } from '../findings/finding';
import type { DateResult } from '../model/procurement';
import { serialToYmd } from '../parse/excel-date';

export type PlanYearSource = 'option' | 'setting' | 'title' | 'majority' | 'none';

export interface PlanYearInput {
  /** The title above the table, e.g. "PLAN FÖR UPPHANDLING 2021". */
  title: string | null;
  /** Settings.planYear. */
  settingYear: number | null;
  /** The CLI's --year. */
  optionYear: number | null;
  rows: readonly { start: DateResult }[];
  /** Language of the note; Swedish by default. */
  lang?: Lang;
}

export interface PlanYear {
  year: number | null;
  source: PlanYearSource;
  /** A sentence for the report when the year was guessed, missing, or disagrees with the title. */
  note: string | null;
}

function validYear(y: number | null): y is number {
  return y !== null && Number.isInteger(y) && y >= 1900 && y <= 9999;
}

/** The first four-digit year (19xx/20xx) in a title, else null. */
export function yearFromTitle(title: string | null): number | null {
  if (!title) return null;
  const m = /(?<!\d)((?:19|20)\d{2})(?!\d)/u.exec(title);
  return m ? Number(m[1]) : null;
}

/** The year most valid planned starts fall in; ties go to the earliest year. */
export function majorityStartYear(
  rows: readonly { start: DateResult }[],
): { year: number; count: number; of: number } | null {
  const counts = new Map<number, number>();
  let of = 0;
  for (const r of rows) {
    if (r.start.kind !== 'ok') continue;
    of++;
    const y = serialToYmd(r.start.value).year;
    counts.set(y, (counts.get(y) ?? 0) + 1);
  }
  let best: { year: number; count: number } | null = null;
  for (const [year, count] of counts) {
    if (!best || count > best.count || (count === best.count && year < best.year)) best = { year, count };
  }
  return best ? { ...best, of } : null;
}

const SOURCE_NAME: Record<'option' | 'setting', Localized> = {
  option: { sv: '--year', en: '--year' },
  setting: { sv: 'inställningen', en: 'the setting' },
};

export function detectPlanYear(input: PlanYearInput): PlanYear {
  const lang = input.lang ?? 'sv';
  const titleYear = yearFromTitle(input.title);

  for (const source of ['option', 'setting'] as const) {
    const year = source === 'option' ? input.optionYear : input.settingYear;
    if (!validYear(year)) continue;
    const note: Localized | null =
      titleYear !== null && titleYear !== year
        ? {
            sv: `Planåret ${year} (från ${SOURCE_NAME[source].sv}) skiljer sig från rubrikens ${titleYear}. Startdatum kontrolleras mot ${year}.`,
            en: `The plan year ${year} (from ${SOURCE_NAME[source].en}) differs from the title's ${titleYear}. Start dates are checked against ${year}.`,
          }
        : null;
    return { year, source, note: note ? note[lang] : null };
  }

  if (titleYear !== null) return { year: titleYear, source: 'title', note: null };

  const majority = majorityStartYear(input.rows);
  if (majority) {
    const { year, count, of } = majority;
    const note: Localized = {
      sv:
        `Planåret ${year} är gissat: ${count} av ${of} planerade startdatum ligger ${year}. ` +
        `Skriv året i rubriken (PLAN FÖR UPPHANDLING ${year}) eller ange planåret i inställningarna (kommandoraden: --year).`,
      en:
        `The plan year ${year} is a guess: ${count} of ${of} planned start dates fall in ${year}. ` +
        `Put the year in the title (PLAN FÖR UPPHANDLING ${year}) or set the plan year in the settings (command line: --year).`,
    };
    return { year, source: 'majority', note: note[lang] };
  }

  const none: Localized = {
    sv: 'Planåret kunde inte bestämmas, så startdatum kontrolleras inte mot något planår. Skriv året i rubriken eller ange det i inställningarna (kommandoraden: --year).',
    en: 'The plan year could not be determined, so start dates are not checked against a plan year. Put the year in the title or set it in the settings (command line: --year).',
  };
  return { year: null, source: 'none', note: none[lang] };
}
