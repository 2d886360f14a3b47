/**
 * Reading an .xlsx into an ExcelJS workbook and the core's WorkbookSnapshot (SPEC §9). This file
 * stays free of Node APIs so the browser preview can read a dropped file with it; the file-path
 * variant is in read-file.ts.
 */
import ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import { snapshotOf } from './snapshot-of';
import { repairLoadedTables } from './table-repair';

export { snapshotOf } from './snapshot-of';

export interface ReadWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
}

/** The bytes of an .xlsx file: a Node Buffer, an ArrayBuffer or a Uint8Array. */
export type XlsxBytes = ArrayBuffer | Uint8Array;

export async function readXlsxBuffer(data: XlsxBytes): Promise<ReadWorkbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(data as unknown as ExcelJS.Buffer);
  repairLoadedTables(workbook);
  return { workbook, snapshot: snapshotOf(workbook) };
}
