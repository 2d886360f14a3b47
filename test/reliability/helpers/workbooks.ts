/**
 * A corpus case as the two workbooks the paths under test read — the fake Excel's initial state
 * and an .xlsx written by ExcelJS — and the cells of either read back as a CellMap.
 */
import ExcelJS from 'exceljs';
import { cellAddress, columnLetter } from '../../../src/core/workbook/a1';
import type { FakeWorkbookInit, WorkbookState } from '../../fake-excel';
import type { CaseSheet, CorpusCase } from '../corpus';
import {
  type CellMap,
  type CellSpec,
  type NormCell,
  excelJsValue,
  isBlankNorm,
  normValue,
  officeFormula,
  officeValue,
} from './cells';

function width(row: CellSpec[] | undefined): number {
  if (!row) return 0;
  let w = 0;
  row.forEach((c, i) => {
    if (c !== null && c !== undefined) w = i + 1;
  });
  return w;
}

function tableBox(s: CaseSheet): { top: number; bottom: number; left: number; right: number } | null {
  if (!s.table) return null;
  const top = s.table.headerRow;
  return { top, left: 1, right: width(s.rows[top - 1]), bottom: s.table.lastRow ?? s.rows.length };
}

/** The fake Excel's workbook: values as Office.js reads them, formulas beside them. */
export function fakeInit(c: CorpusCase): FakeWorkbookInit {
  return {
    sheets: c.sheets.map((s) => ({
      name: s.name,
      values: s.rows.map((r) => r.map(officeValue)),
      formulas: s.rows.map((r) => r.map(officeFormula)),
    })),
    tables: c.sheets.flatMap((s) => {
      const box = tableBox(s);
      if (!box || !s.table) return [];
      const address = `A${box.top}:${columnLetter(box.right)}${box.bottom}`;
      const headers = s.rows[box.top - 1].slice(0, box.right).map((h) => String(officeValue(h) ?? ''));
      return [{ name: s.table.name, sheet: s.name, address, headers }];
    }),
  };
}

/** The case as an .xlsx: real formulas, date and error cells, tables, merges, hidden rows. */
export async function writeCaseXlsx(c: CorpusCase, file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  for (const s of c.sheets) {
    const ws = wb.addWorksheet(s.name);
    const box = tableBox(s);
    s.rows.forEach((r, i) => {
      r.forEach((cell, j) => {
        if (cell === null || cell === undefined) return;
        ws.getCell(i + 1, j + 1).value = excelJsValue(cell) as ExcelJS.CellValue;
      });
    });
    if (box && s.table) {
      const header = s.rows[box.top - 1];
      const body: unknown[][] = [];
      for (let r = box.top + 1; r <= box.bottom; r++) {
        const row = s.rows[r - 1] ?? [];
        body.push(Array.from({ length: box.right }, (_, j) => excelJsValue(row[j] ?? null)));
      }
      ws.addTable({
        name: s.table.name,
        ref: `A${box.top}`,
        headerRow: true,
        style: { theme: 'TableStyleMedium2', showRowStripes: true },
        columns: header
          .slice(0, box.right)
          .map((h) => ({ name: String(officeValue(h) ?? ''), filterButton: true })),
        rows: body.length ? (body as ExcelJS.CellValue[][]) : [Array(box.right).fill(null)],
      });
    }
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const r of s.hiddenRows ?? []) ws.getRow(r).hidden = true;
  }
  await wb.xlsx.writeFile(file);
}

export interface XlsxContents {
  cells: CellMap;
  merges: Map<string, string[]>;
  hiddenRows: Map<string, number[]>;
  sheetNames: string[];
}

function excelJsCell(cell: ExcelJS.Cell): NormCell {
  const v = cell.value as unknown;
  if (v && typeof v === 'object' && ('formula' in v || 'sharedFormula' in v)) {
    return { value: normValue((v as { result?: unknown }).result ?? null), formula: `=${cell.formula}` };
  }
  return { value: normValue(v), formula: null };
}

/** Every non-blank cell of an .xlsx (a merged range's cells other than its first are skipped). */
export async function readXlsxContents(file: string): Promise<XlsxContents> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  const cells: CellMap = new Map();
  const merges = new Map<string, string[]>();
  const hiddenRows = new Map<string, number[]>();
  for (const ws of wb.worksheets) {
    const map = new Map<string, NormCell>();
    const hidden: number[] = [];
    ws.eachRow({ includeEmpty: true }, (row, r) => {
      if (row.hidden) hidden.push(r);
      row.eachCell({ includeEmpty: false }, (cell, col) => {
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const n = excelJsCell(cell);
        if (!isBlankNorm(n)) map.set(cellAddress(r, col), n);
      });
    });
    cells.set(ws.name, map);
    hiddenRows.set(ws.name, hidden);
    const model = ws.model as unknown as { merges?: string[] };
    merges.set(ws.name, [...(model.merges ?? [])].sort());
  }
  return { cells, merges, hiddenRows, sheetNames: wb.worksheets.map((w) => w.name) };
}

/** Every non-blank cell of the fake Excel's state. */
export function cellMapOfState(state: WorkbookState): CellMap {
  const out: CellMap = new Map();
  for (const s of state.sheets) {
    const map = new Map<string, NormCell>();
    for (const [addr, c] of Object.entries(s.cells)) {
      const n: NormCell = { value: normValue(c.value), formula: c.formula ?? null };
      if (!isBlankNorm(n)) map.set(addr, n);
    }
    out.set(s.name, map);
  }
  return out;
}
