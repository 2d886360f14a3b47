/** calculated-looks.ts over an ExcelJS workbook: its snapshot and its conditional formats. */
import type ExcelJS from 'exceljs';
import { parseRange, parseCell, type RangeBox } from '../core/workbook/a1';
import { snapshotOf } from '../xlsx/snapshot-of';
import { calculatedLooks, type CalculatedLooks } from './calculated-looks';

export function workbookLooks(workbook: ExcelJS.Workbook): CalculatedLooks {
  const boxes = new Map<string, RangeBox[]>();
  for (const ws of workbook.worksheets) {
    // Not in ExcelJS's type declarations, but what its xlsx reader and writer use.
    const formats =
      (ws as unknown as { conditionalFormattings?: { ref?: string }[] }).conditionalFormattings ?? [];
    const refs = formats.flatMap((cf) => String(cf.ref ?? '').split(/\s+/));
    boxes.set(
      ws.name,
      refs.filter((ref) => ref !== '').flatMap((ref) => safeRange(ref)),
    );
  }
  return calculatedLooks(snapshotOf(workbook), (sheet, address) => {
    const { row, col } = parseCell(address);
    return (boxes.get(sheet) ?? []).some(
      (b) => row >= b.top && row <= b.bottom && col >= b.left && col <= b.right,
    );
  });
}

function safeRange(ref: string): RangeBox[] {
  try {
    return [parseRange(ref)];
  } catch {
    return [];
  }
}
