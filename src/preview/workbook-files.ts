/**
 * Getting a workbook into the page and out of it: an .xlsx the user picks, the bundled example
 * (fetched from the page's own origin — the preview requests nothing from anywhere else), a new
 * empty workbook, and the current workbook as an .xlsx download.
 */
import ExcelJS from 'exceljs';
import { readXlsxBuffer } from '../xlsx/read-workbook';
import type { PreviewStore } from './workbook-store';

/** Served next to the page: dist-preview/examples/ (webpack.preview.config.js) or the repo's examples/. */
export const EXAMPLE_URL = 'examples/amn-2021.xlsx';
export const EXAMPLE_NAME = 'amn-2021.xlsx';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export class ExampleFetchError extends Error {
  constructor(readonly status: number | string) {
    super(`GET ${EXAMPLE_URL}: ${status}`);
    this.name = 'ExampleFetchError';
  }
}

/** Reads the bytes as an .xlsx and makes it the page's workbook; the old one stays if reading fails. */
export function openXlsx(store: PreviewStore, bytes: ArrayBuffer, fileName: string): Promise<void> {
  return store.exclusive(async () => {
    store.setLoading(fileName);
    try {
      const { workbook } = await readXlsxBuffer(bytes);
      store.open(workbook, fileName);
    } finally {
      store.setLoading(null);
    }
  });
}

export async function openExample(store: PreviewStore, fetchImpl: typeof fetch = fetch): Promise<void> {
  store.setLoading(EXAMPLE_NAME);
  let bytes: ArrayBuffer;
  try {
    const response = await fetchImpl(new URL(EXAMPLE_URL, document.baseURI).href);
    if (!response.ok) throw new ExampleFetchError(response.status);
    bytes = await response.arrayBuffer();
  } catch (error) {
    store.setLoading(null);
    throw error instanceof ExampleFetchError ? error : new ExampleFetchError(String(error));
  }
  await openXlsx(store, bytes, EXAMPLE_NAME);
}

/** An empty workbook with one sheet, ready for "Skapa tabeller från mall". */
export function openEmpty(store: PreviewStore, fileName: string, sheetName: string): Promise<void> {
  return store.exclusive(async () => {
    const workbook = new ExcelJS.Workbook();
    workbook.addWorksheet(sheetName);
    store.open(workbook, fileName);
  });
}

/** The current workbook as .xlsx bytes, after any command still running has finished. */
export function workbookBlob(store: PreviewStore): Promise<Blob> {
  return store.exclusive(async () => {
    const data = await store.requireWorkbook().xlsx.writeBuffer();
    return new Blob([data as ArrayBuffer], { type: XLSX_TYPE });
  });
}

/** Hands a file to the browser's downloads, as a link click does. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.appendChild(link);
  link.click();
  link.remove();
  // The download has its own copy once it started; a minute is ample for the browser to begin it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** "amn-2021.xlsx" stays itself; anything else gets the .xlsx extension. */
export function xlsxName(fileName: string | null): string {
  const name = (fileName ?? 'arbetsbok').replace(/\.(xlsx|xlsm|xls)$/i, '');
  return `${name}.xlsx`;
}
