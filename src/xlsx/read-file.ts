/** Reading an .xlsx file from disk (Node only; the CLI). The file is only read, never written. */
import { readFile } from 'node:fs/promises';
import { readXlsxBuffer, type ReadWorkbook } from './read-workbook';

export async function readXlsxFile(path: string): Promise<ReadWorkbook> {
  return readXlsxBuffer(await readFile(path));
}
