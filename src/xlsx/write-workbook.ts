/** Writing an ExcelJS workbook to an .xlsx file or a Buffer (Node; the CLI). */
import { rename, unlink, writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { deflateStoredZip } from './native-zip';

/** The .xlsx bytes: ExcelJS builds the parts (stored), Node's zlib compresses them. */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const data = await workbook.xlsx.writeBuffer({ zip: { compression: 'STORE' } } as ExcelJS.XlsxWriteOptions);
  return deflateStoredZip(Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer));
}

/**
 * Writes the whole file first and then moves it into place, so a failure half-way never
 * leaves a truncated workbook at `path` (SPEC §8: nothing is half-written).
 */
export async function writeXlsxFile(workbook: ExcelJS.Workbook, path: string): Promise<void> {
  const data = await toBuffer(workbook);
  const temp = `${path}.${process.pid}.tmp`;
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (err) {
    await unlink(temp).catch(() => undefined);
    throw err;
  }
}
