/** Dropdown (list) validations of a sheet plan. */
import type ExcelJS from 'exceljs';
import type { ListValidation } from '../core/plan/write-plan';
import { boxesOverlap } from './table-model';
import { parseRange, rangeAddress, type RangeBox } from '../core/workbook/a1';
import { planError } from './plan-error';
import { stripEquals } from './render-writes';

/** Excel's limit on an inline list ("a,b,c" without the quotes). */
export const MAX_INLINE_LIST = 255;

/** ExcelJS keeps a sheet's validations as address → validation (one key per cell when read). */
type Validations = { model: Record<string, ExcelJS.DataValidation | undefined> };

function overlapsKey(box: RangeBox, key: string): boolean {
  try {
    return boxesOverlap(box, parseRange(key));
  } catch {
    return false; // an address this adapter does not parse: not one it wrote
  }
}

/** The formula1 of a list validation: the source range, or the entries inline in quotes. */
export function listFormula(v: ListValidation): string {
  if (v.source) return stripEquals(v.source);
  for (const item of v.list) {
    if (item.includes(',')) {
      throw planError(
        `Listvärdet "${item}" innehåller ett kommatecken; en lista i cellen kan inte bära det (ange en källa på ett blad).`,
        `The list entry "${item}" holds a comma, which an inline list cannot carry (give a source range).`,
      );
    }
  }
  const text = v.list.map((item) => item.replace(/"/g, '""')).join(',');
  if (text.length > MAX_INLINE_LIST) {
    throw planError(
      `Listan för ${v.address} är ${text.length} tecken; Excel tar högst ${MAX_INLINE_LIST} (lägg listan på ett blad och ange den som källa).`,
      `The list for ${v.address} is ${text.length} characters; Excel takes at most ${MAX_INLINE_LIST} (put it on a sheet and give it as the source).`,
    );
  }
  return `"${text}"`;
}

/**
 * Replaces whatever validation covered the range before (Excel refuses overlapping validations,
 * and running a command twice must leave one), then adds one validation for the whole range.
 */
export function renderValidations(ws: ExcelJS.Worksheet, validations: ListValidation[]): void {
  if (validations.length === 0) return;
  const store = (ws as unknown as { dataValidations: Validations }).dataValidations;
  const boxes = validations.map((v) => parseRange(v.address));
  for (const key of Object.keys(store.model)) {
    if (store.model[key] === undefined || boxes.some((b) => overlapsKey(b, key))) delete store.model[key];
  }
  validations.forEach((v, i) => {
    const prompt = v.prompt ? { showInputMessage: true, prompt: v.prompt } : {};
    store.model[rangeAddress(boxes[i])] = {
      type: 'list',
      allowBlank: true,
      formulae: [listFormula(v)],
      showErrorMessage: true,
      errorStyle: v.strict ? 'stop' : 'warning',
      ...prompt,
    };
  });
}
