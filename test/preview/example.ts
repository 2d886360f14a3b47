/** The bundled 2021 example as bytes, and a preview store holding it. */
import * as fs from 'fs';
import * as path from 'path';
import { openXlsx } from '../../src/preview/workbook-files';
import { PreviewStore } from '../../src/preview/workbook-store';

export const EXAMPLE = path.join(__dirname, '..', '..', 'examples', 'amn-2021.xlsx');

export function exampleBytes(): ArrayBuffer {
  const buf = fs.readFileSync(EXAMPLE);
  return buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) as ArrayBuffer;
}

export async function storeWithExample(): Promise<PreviewStore> {
  const store = new PreviewStore();
  await openXlsx(store, exampleBytes(), 'amn-2021.xlsx');
  return store;
}
