/**
 * Checks of a write plan that need no workbook, made before anything is rendered so a plan
 * Excel would reject fails before the first cell is written.
 */
import type { TablePlan, WritePlan } from '../core/plan/write-plan';
import { planError } from './plan-error';
import { listFormula } from './render-validations';

/**
 * Excel's rules for a table name: a letter, "_" or "\" first, then letters, digits, "_" and ".";
 * no spaces; not something Excel reads as a cell reference (A1, R1C1, R, C); at most 255.
 */
export function isValidTableName(name: string): boolean {
  if (name.length === 0 || name.length > 255) return false;
  if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) return false;
  if (/^[A-Za-z]{1,3}\d+$/.test(name)) return false;
  if (/^[RrCc]$/.test(name) || /^[Rr]\d*[Cc]\d*$/.test(name)) return false;
  return true;
}

/** Excel's rules for a sheet name: 1–31 characters, none of * ? : \\ / [ ], no ' at either end. */
export function isValidSheetName(name: string): boolean {
  return name.length >= 1 && name.length <= 31 && !/[*?:/\\[\]]/.test(name) && !/^'|'$/.test(name);
}

function checkTable(t: TablePlan, sheet: string): void {
  if (!isValidTableName(t.name)) {
    throw planError(
      `"${t.name}" på bladet "${sheet}" kan inte vara ett tabellnamn i Excel (bokstav först, inga mellanslag).`,
      `"${t.name}" on sheet "${sheet}" cannot be an Excel table name (a letter first, no spaces).`,
    );
  }
  const seen = new Set<string>();
  for (const h of t.headers) {
    const key = h.toLowerCase();
    if (h.trim() === '' || seen.has(key)) {
      throw planError(
        `Tabellen ${t.name} har en tom eller dubblerad rubrik "${h}"; Excel kräver unika rubriker.`,
        `Table ${t.name} has an empty or repeated header "${h}"; Excel requires unique headers.`,
      );
    }
    seen.add(key);
  }
}

export function checkPlan(plan: WritePlan): void {
  const tableNames = new Set<string>();
  for (const sheet of plan.sheets) {
    if (!isValidSheetName(sheet.sheet)) {
      throw planError(
        `"${sheet.sheet}" kan inte vara ett bladnamn i Excel (högst 31 tecken, inte * ? : \\ / [ ]).`,
        `"${sheet.sheet}" cannot be an Excel sheet name (at most 31 characters, none of * ? : \\ / [ ]).`,
      );
    }
    for (const t of sheet.tables) {
      checkTable(t, sheet.sheet);
      const key = t.name.toLowerCase();
      if (tableNames.has(key)) {
        throw planError(
          `Tabellnamnet ${t.name} förekommer två gånger i planen.`,
          `The table name ${t.name} occurs twice in the plan.`,
        );
      }
      tableNames.add(key);
    }
    for (const v of sheet.validations) listFormula(v);
  }
}
