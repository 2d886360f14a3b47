/**
 * Which Excel the add-in needs, checked at start-up (STYLE.md §5), so an older Excel gets a
 * sentence instead of an ApiNotFound halfway through a command.
 *
 * The highest requirement set among the APIs src/excel uses decides. From @types/office-js
 * ("[Api set: ExcelApi x.y]"):
 *
 * | API                                                                | set  |
 * |--------------------------------------------------------------------|------|
 * | Excel.run, range.values/formulas/valueTypes/numberFormat, tables.add, worksheets.add, worksheet.position, activate, range.select, format.fill/font/wrapText/alignment/borders, range.clear | 1.1 |
 * | worksheet.visibility (setting it), format.columnWidth, table.worksheet, getResizedRange | 1.2 |
 * | table.showHeaders                                                  | 1.3  |
 * | getItemOrNullObject, getUsedRangeOrNullObject, isNullObject         | 1.4  |
 * | conditionalFormats.add(custom), clearAll, custom.rule/format, stopIfTrue | 1.6 |
 * | worksheet.tabColor, worksheet.freezePanes                          | 1.7  |
 * | range.dataValidation (rule, errorAlert, prompt, clear)             | 1.8  |
 * | table.resize — grows a kept table to the plan's address            | 1.13 |
 *
 * So ExcelApi 1.13. `table.resize` is what lifts it from 1.8: the alternative on older Excel,
 * `table.columns.add` / `rows.add`, inserts cells and shifts whatever is beside the table, which
 * would move the user's cells (SPEC §8: never touch what the plan does not write). Every Excel
 * still supported has 1.13: Microsoft 365 (Windows, Mac, web, iPad) and Office 2021/2024 LTSC
 * (which have 1.14+); only Excel 2016/2019 (out of support) lack it.
 */
import type { Lang } from '../core/findings/finding';

export const REQUIRED_EXCEL_API = '1.13';

export type RequirementCheck = { ok: true } | { ok: false; version: string; message: string };

/** isSetSupported is injectable for tests; by default it is Office's. */
export function checkExcelRequirements(
  lang: Lang = 'sv',
  isSetSupported: (name: string, version: string) => boolean = officeIsSetSupported,
): RequirementCheck {
  if (isSetSupported('ExcelApi', REQUIRED_EXCEL_API)) return { ok: true };
  const message =
    lang === 'sv'
      ? `Den här versionen av Excel är för gammal för Internkontroll: tillägget behöver Excel API ${REQUIRED_EXCEL_API} ` +
        '(Microsoft 365, Excel på webben eller Excel 2021 och senare). Uppdatera Excel eller använd Excel på webben.'
      : `This version of Excel is too old for Internkontroll: the add-in needs Excel API ${REQUIRED_EXCEL_API} ` +
        '(Microsoft 365, Excel on the web, or Excel 2021 and later). Update Excel or use Excel on the web.';
  return { ok: false, version: REQUIRED_EXCEL_API, message };
}

function officeIsSetSupported(name: string, version: string): boolean {
  if (typeof Office === 'undefined' || !Office.context?.requirements) return false;
  return Office.context.requirements.isSetSupported(name, version);
}
