/** Writing an ExcelJS workbook to an .xlsx file or a Buffer (Node; the CLI). */
import { EventEmitter } from 'node:events';
import { rename, unlink, writeFile } from 'node:fs/promises';
import type ExcelJS from 'exceljs';
import { zipParts, type ZipPart } from './native-zip';

/** Stands in for ExcelJS's zip writer: keeps each part as ExcelJS renders it. */
class PartCollector extends EventEmitter {
  readonly parts: ZipPart[] = [];
  append(
    data: string | Buffer | Uint8Array | ArrayBuffer,
    options: { name: string; base64?: boolean },
  ): void {
    const bytes =
      typeof data === 'string'
        ? Buffer.from(data, options.base64 ? 'base64' : 'utf8')
        : Buffer.from(data instanceof ArrayBuffer ? new Uint8Array(data) : data);
    this.parts.push({ name: options.name, data: bytes });
  }
  finalize(): void {
    this.emit('finish');
  }
}

/** ExcelJS 4.4's XLSX writer steps (lib/xlsx/xlsx.js `write`), the same order. */
interface XlsxSteps {
  prepareModel(model: unknown, options: object): void;
  addContentTypes(zip: PartCollector, model: unknown): Promise<void>;
  addOfficeRels(zip: PartCollector, model: unknown): Promise<void>;
  addWorkbookRels(zip: PartCollector, model: unknown): Promise<void>;
  addWorksheets(zip: PartCollector, model: unknown): Promise<void>;
  addSharedStrings(zip: PartCollector, model: unknown): Promise<void>;
  addDrawings(zip: PartCollector, model: unknown): Promise<void>;
  addTables(zip: PartCollector, model: unknown): Promise<void>;
  addThemes(zip: PartCollector, model: unknown): Promise<void>;
  addStyles(zip: PartCollector, model: unknown): Promise<void>;
  addMedia(zip: PartCollector, model: unknown): Promise<void>;
  addApp(zip: PartCollector, model: unknown): Promise<void>;
  addCore(zip: PartCollector, model: unknown): Promise<void>;
  addWorkbook(zip: PartCollector, model: unknown): Promise<void>;
}

const STEPS: readonly (keyof XlsxSteps)[] = [
  'prepareModel',
  'addContentTypes',
  'addOfficeRels',
  'addWorkbookRels',
  'addWorksheets',
  'addSharedStrings',
  'addDrawings',
  'addTables',
  'addThemes',
  'addStyles',
  'addMedia',
  'addApp',
  'addCore',
  'addWorkbook',
];

/**
 * The .xlsx bytes: ExcelJS renders the parts, Node's zlib packs them. Should a future ExcelJS
 * lack one of the steps, its own writer is used instead (slower, same file).
 */
export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  const xlsx = workbook.xlsx as unknown as Partial<XlsxSteps>;
  if (!STEPS.every((s) => typeof xlsx[s] === 'function')) {
    const data = await workbook.xlsx.writeBuffer();
    return Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
  }
  const x = xlsx as XlsxSteps;
  const model = (workbook as unknown as { model: unknown }).model;
  const zip = new PartCollector();
  x.prepareModel(model, {});
  await x.addContentTypes(zip, model);
  await x.addOfficeRels(zip, model);
  await x.addWorkbookRels(zip, model);
  await x.addWorksheets(zip, model);
  await x.addSharedStrings(zip, model); // always after the worksheets, as ExcelJS does
  await x.addDrawings(zip, model);
  await x.addTables(zip, model);
  await Promise.all([x.addThemes(zip, model), x.addStyles(zip, model)]);
  await x.addMedia(zip, model);
  await Promise.all([x.addApp(zip, model), x.addCore(zip, model)]);
  await x.addWorkbook(zip, model);
  return zipParts(zip.parts);
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
