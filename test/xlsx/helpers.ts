/** Shared helpers for the xlsx adapter tests: round trips, the zip's XML, hand-built plans. */
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { emptySheetPlan, type SheetPlan } from '../../src/core/plan/write-plan';
import { readXlsxBuffer, type ReadWorkbook } from '../../src/xlsx/read-workbook';
import { toBuffer } from '../../src/xlsx/write-workbook';

export async function roundTrip(workbook: ExcelJS.Workbook): Promise<ReadWorkbook> {
  return readXlsxBuffer(await toBuffer(workbook));
}

/** A fresh ExcelJS read of the bytes, without the adapter's repairs. */
export async function plainExcelJsRead(buf: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  return wb;
}

/**
 * Rewrites every table XML the way Excel itself writes tables: no headerRowCount (1 is the
 * default), no filterColumn elements, totalsRowShown="0"; and, for the named columns, a
 * <calculatedColumnFormula> child.
 */
export async function likeExcel(buf: Buffer, calculated: Record<string, string> = {}): Promise<Buffer> {
  const zip = await JSZip.loadAsync(buf);
  for (const name of Object.keys(zip.files).filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))) {
    let xml = await zip.files[name].async('string');
    xml = xml.replace(/\sheaderRowCount="1"/, '').replace(/totalsRowShown="1"/, 'totalsRowShown="0"');
    xml = xml.replace(/<autoFilter ref="([^"]+)">[\s\S]*?<\/autoFilter>/, '<autoFilter ref="$1"/>');
    for (const [column, formula] of Object.entries(calculated)) {
      xml = xml.replace(
        new RegExp(`<tableColumn id="(\\d+)" name="${column}"[^>]*/>`),
        `<tableColumn id="$1" name="${column}"><calculatedColumnFormula>${formula}</calculatedColumnFormula></tableColumn>`,
      );
    }
    zip.file(name, xml);
  }
  return zip.generateAsync({ type: 'nodebuffer' });
}

export async function zipFiles(buf: Buffer): Promise<Record<string, string>> {
  const zip = await JSZip.loadAsync(buf);
  const out: Record<string, string> = {};
  for (const name of Object.keys(zip.files)) {
    if (!zip.files[name].dir) out[name] = await zip.files[name].async('string');
  }
  return out;
}

export interface TableXml {
  file: string;
  id: string;
  name: string;
  ref: string;
  headerRowCount: string | undefined;
  autoFilterRef: string | undefined;
  columns: string[];
  columnIds: string[];
  tableCount: number;
}

function attr(tag: string, name: string): string | undefined {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? m[1] : undefined;
}

function unescapeXml(s: string): string {
  return s
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

export async function tableXmls(buf: Buffer): Promise<TableXml[]> {
  const files = await zipFiles(buf);
  return Object.keys(files)
    .filter((f) => /^xl\/tables\/table\d+\.xml$/.test(f))
    .sort()
    .map((file) => {
      const xml = files[file];
      const table = /<table\s[^>]*>/.exec(xml)?.[0] ?? '';
      const autoFilter = /<autoFilter\s[^>]*>/.exec(xml)?.[0];
      const cols = [...xml.matchAll(/<tableColumn\s[^>]*>/g)].map((m) => m[0]);
      return {
        file,
        id: attr(table, 'id') ?? '',
        name: attr(table, 'name') ?? '',
        ref: attr(table, 'ref') ?? '',
        headerRowCount: attr(table, 'headerRowCount'),
        autoFilterRef: autoFilter ? attr(autoFilter, 'ref') : undefined,
        columns: cols.map((c) => unescapeXml(attr(c, 'name') ?? '')),
        columnIds: cols.map((c) => attr(c, 'id') ?? ''),
        tableCount: (xml.match(/<table\s/g) ?? []).length,
      };
    });
}

/** The sheet XML (xl/worksheets/sheetN.xml) of the sheet with this name. */
export async function sheetXml(buf: Buffer, sheetName: string): Promise<string> {
  const files = await zipFiles(buf);
  const book = files['xl/workbook.xml'];
  const rels = files['xl/_rels/workbook.xml.rels'];
  const sheetTag = [...book.matchAll(/<sheet\s[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => unescapeXml(attr(t, 'name') ?? '') === sheetName);
  if (!sheetTag) throw new Error(`no sheet ${sheetName}`);
  const rid = attr(sheetTag, 'r:id');
  const rel = [...rels.matchAll(/<Relationship\s[^>]*>/g)]
    .map((m) => m[0])
    .find((t) => attr(t, 'Id') === rid);
  const target = attr(rel ?? '', 'Target') ?? '';
  return files[`xl/${target.replace(/^\/?xl\//, '')}`];
}

export function sheetPlan(sheet: string, kind: SheetPlan['kind'], extra: Partial<SheetPlan> = {}): SheetPlan {
  return { ...emptySheetPlan(sheet, kind), ...extra };
}

/** A cell's value, formula and style as plain data, for before/after comparisons. */
export function cellFingerprint(cell: ExcelJS.Cell): unknown {
  return {
    type: cell.type,
    value: cell.type === ExcelJS.ValueType.Formula ? null : cell.value,
    formula: cell.type === ExcelJS.ValueType.Formula ? cell.formula : null,
    result: cell.type === ExcelJS.ValueType.Formula ? cell.result : null,
    style: JSON.parse(JSON.stringify(cell.style ?? {})),
    note: cell.note ?? null,
  };
}
