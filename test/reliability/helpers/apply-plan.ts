/**
 * A tiny in-memory renderer of the core's WritePlan onto a WorkbookSnapshot, for property tests
 * that run the core many times without an adapter: cells, sheets and tables as write-plan.ts
 * describes them (a generated sheet is emptied and rewritten, a user sheet gets only the plan's
 * cells, tables are created or kept and resized). Formats, dropdowns and conditional formats are
 * not the core's business to read back and are ignored. Calculated columns get their template
 * as the formula of every body cell and no value, as a file written without Excel has.
 */
import { isFormulaCell, type PlanCell, type WritePlan } from '../../../src/core/plan/write-plan';
import { parseCell, parseRange } from '../../../src/core/workbook/a1';
import type {
  CellValue,
  SheetSnapshot,
  TableSnapshot,
  WorkbookSnapshot,
} from '../../../src/core/workbook/snapshot';

interface Cell {
  value: CellValue;
  formula: string | null;
}

interface Sheet {
  name: string;
  cells: Map<string, Cell>;
  visible: boolean;
}

const key = (row: number, col: number): string => `${row},${col}`;

function load(wb: WorkbookSnapshot): { sheets: Sheet[]; tables: TableSnapshot[] } {
  const sheets = wb.sheets.map((s) => {
    const o = s.origin ?? { row: 1, col: 1 };
    const cells = new Map<string, Cell>();
    s.values.forEach((row, i) =>
      row.forEach((v, j) => {
        const f = s.formulas?.[i]?.[j] ?? null;
        if (v !== null || f !== null) cells.set(key(o.row + i, o.col + j), { value: v, formula: f });
      }),
    );
    return { name: s.name, cells, visible: s.visible !== false };
  });
  return { sheets, tables: wb.tables.map((t) => ({ ...t, headers: [...t.headers] })) };
}

function save(sheets: Sheet[], tables: TableSnapshot[]): WorkbookSnapshot {
  return {
    sheets: sheets.map((s): SheetSnapshot => {
      let rows = 0;
      let cols = 0;
      for (const k of s.cells.keys()) {
        const [r, c] = k.split(',').map(Number);
        rows = Math.max(rows, r);
        cols = Math.max(cols, c);
      }
      const values: CellValue[][] = Array.from({ length: rows }, () => Array<CellValue>(cols).fill(null));
      const formulas: (string | null)[][] = Array.from({ length: rows }, () =>
        Array<string | null>(cols).fill(null),
      );
      for (const [k, c] of s.cells) {
        const [r, col] = k.split(',').map(Number);
        values[r - 1][col - 1] = c.value;
        formulas[r - 1][col - 1] = c.formula;
      }
      return { name: s.name, values, formulas, origin: { row: 1, col: 1 }, visible: s.visible };
    }),
    tables,
  };
}

function put(sheet: Sheet, row: number, col: number, c: PlanCell): void {
  if (c === null || c === undefined) sheet.cells.delete(key(row, col));
  else if (isFormulaCell(c)) sheet.cells.set(key(row, col), { value: null, formula: c.formula });
  else if (c === '') sheet.cells.delete(key(row, col));
  else sheet.cells.set(key(row, col), { value: c, formula: null });
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

export function applyPlan(wb: WorkbookSnapshot, plan: WritePlan): WorkbookSnapshot {
  const { sheets, tables } = load(wb);
  let allTables = tables;
  for (const sp of plan.sheets) {
    let sheet = sheets.find((s) => same(s.name, sp.sheet));
    if (sp.kind === 'generated') {
      const kept = new Set(
        sp.tables.filter((t) => t.mode === 'keep').map((t) => (t.existingName ?? t.name).toLowerCase()),
      );
      allTables = allTables.filter((t) => !same(t.sheet, sp.sheet) || kept.has(t.name.toLowerCase()));
      if (sheet) sheet.cells.clear();
      else {
        sheet = { name: sp.sheet, cells: new Map(), visible: true };
        const after = sp.after ? sheets.findIndex((s) => same(s.name, sp.after!)) : -1;
        sheets.splice(after >= 0 ? after + 1 : sheets.length, 0, sheet);
      }
      sheet.visible = !sp.hidden;
    } else if (!sheet) {
      throw new Error(`applyPlan: the plan writes to sheet "${sp.sheet}", which does not exist`);
    }
    for (const w of sp.writes) {
      const at = parseCell(w.address);
      w.rows.forEach((r, i) => r.forEach((c, j) => put(sheet!, at.row + i, at.col + j, c)));
    }
    for (const t of sp.tables) {
      const entry: TableSnapshot = {
        name: t.name,
        sheet: sheet.name,
        address: t.address,
        headers: [...t.headers],
      };
      if (t.mode === 'keep') {
        const i = allTables.findIndex((x) => same(x.name, t.existingName ?? t.name));
        if (i < 0) throw new Error(`applyPlan: no table ${t.existingName ?? t.name} to keep`);
        allTables[i] = entry;
      } else {
        if (allTables.some((x) => same(x.name, t.name)))
          throw new Error(`applyPlan: table name ${t.name} taken`);
        allTables.push(entry);
      }
      const box = parseRange(t.address);
      for (const calc of t.calculated) {
        const col = box.left + t.headers.findIndex((h) => same(h, calc.column));
        for (let r = box.top + 1; r <= Math.max(box.bottom, box.top + 1); r++) {
          sheet.cells.set(key(r, col), { value: null, formula: `=${calc.template}` });
        }
      }
    }
  }
  return save(sheets, allTables);
}
