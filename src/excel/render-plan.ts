/**
 * Renders a WritePlan with Office.js: every operation is queued and sent in as few
 * `context.sync()` calls as the request size allows — one for a typical command, whatever its
 * row count (SPEC §8). Excel on the web refuses a request over 5 MB, so operations are packed
 * into batches of at most `maxRequestBytes` (default 4 000 000, leaving room for the estimate's
 * error); only a plan larger than that takes more than one sync.
 *
 * Semantics (write-plan.ts):
 * - generated sheet: created when missing (after `after`), else kept where it is and emptied —
 *   contents, formats, conditional formats and dropdowns cleared, tables the plan does not keep
 *   deleted. Clearing rather than delete-and-recreate keeps the sheet's position and every
 *   reference to it from other sheets, and a failure half-way leaves an existing sheet, not a
 *   missing one;
 * - user sheet: only the plan's ranges are written; nothing else is touched;
 * - tables: `create` adds one over the written range; `keep` resizes the existing table;
 * - what could fail for a reason known in advance (a missing sheet or table, a name taken) is
 *   checked before anything is queued, so such a plan writes nothing.
 *
 * Before queueing, renderPlan needs to know which sheets and tables exist. Pass the snapshot
 * readSnapshot returned in the same Excel.run (`opts.snapshot`) to save the sync that otherwise
 * reads them.
 */
import type { Lang } from '../core/findings/finding';
import type { SheetPlan, WritePlan } from '../core/plan/write-plan';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import {
  activateOp,
  addSheetOp,
  calculatedOps,
  clearSheetOps,
  columnWidthOps,
  conditionalFormatOps,
  createTableOp,
  deleteTableOp,
  freezeOp,
  keepTableOp,
  type Op,
  REQUEST_BASE_BYTES,
  sheetPropsOp,
  styleOps,
  validationOp,
  writeOps,
} from './plan-ops';
import { ExcelHostError } from './run-excel';

export const DEFAULT_MAX_REQUEST_BYTES = 4_000_000;
export const INVALID_PLAN = 'InvalidPlan';

export interface RenderOptions {
  maxRequestBytes?: number;
  /** The workbook as read earlier in this Excel.run; without it one sync reads sheets and tables. */
  snapshot?: WorkbookSnapshot;
  /** Language of the texts Excel shows for the plan's dropdowns, and of errors. */
  lang?: Lang;
}

export interface RenderStats {
  /** All syncs renderPlan made, the layout read included. */
  syncs: number;
  /** 1 when sheets and tables had to be read first (no snapshot given), else 0. */
  layoutSyncs: number;
  /** Estimated request bytes of each write sync, in order. */
  batchBytes: number[];
  maxBatchBytes: number;
}

/** Which sheets (in tab order) and tables the workbook has. */
export interface WorkbookLayout {
  sheets: { name: string; visible: boolean }[];
  tables: { name: string; sheet: string }[];
}

export async function renderPlan(
  ctx: Excel.RequestContext,
  plan: WritePlan,
  opts: RenderOptions = {},
): Promise<RenderStats> {
  const maxBytes = opts.maxRequestBytes ?? DEFAULT_MAX_REQUEST_BYTES;
  const lang = opts.lang ?? 'sv';
  let layoutSyncs = 0;
  let layout: WorkbookLayout;
  if (opts.snapshot) layout = layoutOf(opts.snapshot);
  else {
    layout = await readLayout(ctx);
    layoutSyncs = 1;
  }
  checkPlan(plan, layout, lang);
  const ops = planOps(plan, layout, maxBytes, lang);
  const batches = pack(ops, maxBytes);
  const batchBytes: number[] = [];
  for (const batch of batches) {
    for (const o of batch.ops) o.queue(ctx);
    // One sync per batch is the design: each batch is as large as the request limit allows.
    await ctx.sync();
    batchBytes.push(batch.bytes);
  }
  return {
    syncs: layoutSyncs + batches.length,
    layoutSyncs,
    batchBytes,
    maxBatchBytes: Math.max(0, ...batchBytes),
  };
}

export function layoutOf(s: WorkbookSnapshot): WorkbookLayout {
  return {
    sheets: s.sheets.map((x) => ({ name: x.name, visible: x.visible !== false })),
    tables: s.tables.map((t) => ({ name: t.name, sheet: t.sheet })),
  };
}

async function readLayout(ctx: Excel.RequestContext): Promise<WorkbookLayout> {
  const sheets = ctx.workbook.worksheets.load('items/name,items/visibility');
  const tables = ctx.workbook.tables.load('items/name,items/worksheet/name');
  await ctx.sync();
  return {
    sheets: sheets.items.map((s) => ({ name: s.name, visible: s.visibility === 'Visible' })),
    tables: tables.items.map((t) => ({ name: t.name, sheet: t.worksheet.name })),
  };
}

const same = (a: string, b: string): boolean => a.toLowerCase() === b.toLowerCase();

function keptName(sp: SheetPlan, tableName: string): boolean {
  return sp.tables.some((t) => t.mode === 'keep' && same(t.existingName ?? t.name, tableName));
}

/** Everything the plan needs to exist (or not) — checked before a single statement is queued. */
export function checkPlan(plan: WritePlan, layout: WorkbookLayout, lang: Lang): void {
  const problems: string[] = [];
  const sv = lang === 'sv';
  const sheetExists = (n: string) => layout.sheets.some((s) => same(s.name, n));
  const planned = new Set(plan.sheets.map((s) => s.sheet.toLowerCase()));
  // Tables that will be gone once generated sheets are emptied.
  const deleted = new Set(
    layout.tables
      .filter((t) =>
        plan.sheets.some((sp) => sp.kind === 'generated' && same(sp.sheet, t.sheet) && !keptName(sp, t.name)),
      )
      .map((t) => t.name.toLowerCase()),
  );
  for (const sp of plan.sheets) {
    if (sp.kind === 'user' && !sheetExists(sp.sheet)) {
      problems.push(sv ? `Bladet "${sp.sheet}" finns inte längre.` : `Sheet "${sp.sheet}" no longer exists.`);
    }
    for (const t of sp.tables) {
      const existing = layout.tables.find((x) => same(x.name, t.existingName ?? t.name));
      if (t.mode === 'keep' && (!existing || !same(existing.sheet, sp.sheet))) {
        problems.push(
          sv
            ? `Tabellen "${t.existingName ?? t.name}" finns inte på bladet "${sp.sheet}".`
            : `Table "${t.existingName ?? t.name}" is not on sheet "${sp.sheet}".`,
        );
      }
      if (t.mode === 'create' && existing && !deleted.has(existing.name.toLowerCase())) {
        problems.push(
          sv
            ? `Det finns redan en tabell som heter "${t.name}" (på bladet "${existing.sheet}").`
            : `A table named "${t.name}" already exists (on sheet "${existing.sheet}").`,
        );
      }
      if (t.headers.length !== width(t.address)) {
        problems.push(`Table "${t.name}": ${t.headers.length} headers for ${t.address}.`);
      }
      for (const c of t.calculated) {
        if (!t.headers.some((h) => same(h, c.column)))
          problems.push(`Table "${t.name}" has no column "${c.column}".`);
      }
    }
    for (const v of sp.validations) {
      if (!v.source && v.list.some((e) => e.includes(','))) {
        problems.push(
          `Dropdown ${sp.sheet}!${v.address}: an entry holds a comma, which an inline list cannot carry; give it a source range.`,
        );
      } else if (!v.source && v.list.join(',').length > 255) {
        problems.push(
          `Dropdown ${sp.sheet}!${v.address}: an inline list is limited to 255 characters; give it a source range.`,
        );
      }
    }
  }
  if (plan.activate) {
    const target = plan.sheets.find((s) => same(s.sheet, plan.activate!));
    const hiddenNow = layout.sheets.find((s) => same(s.name, plan.activate!))?.visible === false;
    if (!sheetExists(plan.activate) && !planned.has(plan.activate.toLowerCase())) {
      problems.push(
        sv ? `Bladet "${plan.activate}" finns inte.` : `Sheet "${plan.activate}" does not exist.`,
      );
    } else if (target?.hidden || (hiddenNow && target?.kind !== 'generated')) {
      problems.push(`Sheet "${plan.activate}" is hidden and cannot be shown.`);
    }
  }
  if (problems.length > 0) {
    throw new ExcelHostError(
      INVALID_PLAN,
      (sv ? 'Inget skrevs: ' : 'Nothing was written: ') + problems.join(' '),
    );
  }
}

function width(address: string): number {
  const [a, b = a] = address.replace(/\$/g, '').split(':');
  const col = (s: string) =>
    [...s.replace(/\d+/g, '').toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return col(b) - col(a) + 1;
}

/** The plan as ordered operations (see the header for the order's reasons). */
export function planOps(plan: WritePlan, layout: WorkbookLayout, maxBytes: number, lang: Lang): Op[] {
  const order = layout.sheets.map((s) => s.name);
  const ops: Op[] = [];
  for (const [group, sp] of plan.sheets.entries()) {
    const first = ops.length;
    const existing = layout.sheets.find((s) => same(s.name, sp.sheet));
    if (sp.kind === 'generated') {
      if (existing) {
        for (const t of layout.tables) {
          if (same(t.sheet, sp.sheet) && !keptName(sp, t.name)) ops.push(deleteTableOp(t.name));
        }
        ops.push(...clearSheetOps(sp.sheet));
      } else {
        const after = sp.after ? order.findIndex((n) => same(n, sp.after!)) : -1;
        const position = after >= 0 ? after + 1 : null;
        ops.push(addSheetOp(sp.sheet, position));
        order.splice(position ?? order.length, 0, sp.sheet);
      }
      const visibility = sp.hidden ? 'Hidden' : existing && !existing.visible ? 'Visible' : undefined;
      if (sp.tabColor !== undefined || visibility !== undefined)
        ops.push(sheetPropsOp(sp.sheet, { tabColor: sp.tabColor, visibility }));
    } else if (sp.tabColor !== undefined) {
      ops.push(sheetPropsOp(sp.sheet, { tabColor: sp.tabColor }));
    }
    for (const t of sp.tables) if (t.mode === 'keep') ops.push(keepTableOp(t));
    ops.push(...writeOps(sp, maxBytes));
    for (const t of sp.tables) if (t.mode === 'create') ops.push(createTableOp(sp.sheet, t));
    for (const t of sp.tables) ops.push(...calculatedOps(sp.sheet, t));
    for (const v of sp.validations) ops.push(validationOp(sp.sheet, v, lang));
    ops.push(...conditionalFormatOps(sp.sheet, sp.conditionalFormats));
    for (const s of sp.styles) ops.push(...styleOps(sp.sheet, s, maxBytes));
    ops.push(...columnWidthOps(sp.sheet, sp.columnWidths));
    if (sp.freeze || (sp.kind === 'generated' && existing)) ops.push(freezeOp(sp.sheet, sp.freeze));
    for (let i = first; i < ops.length; i++) ops[i].group = group;
  }
  if (plan.activate) ops.push(activateOp(plan.activate));
  return ops;
}

/**
 * Packs ops into requests of at most maxBytes. A group (one sheet's ops) that does not fit in
 * what is left of the current request but fits in a request of its own starts a new one, so
 * Excel receives every sheet whole or not at all (SPEC §8: nothing is half-written). Only a sheet
 * larger than one request is split.
 */
export function pack(ops: Op[], maxBytes: number): { ops: Op[]; bytes: number }[] {
  const batches: { ops: Op[]; bytes: number }[] = [];
  let cur: Op[] = [];
  let bytes = REQUEST_BASE_BYTES;
  const groupBytes = new Map<number, number>();
  for (const o of ops)
    if (o.group !== undefined) groupBytes.set(o.group, (groupBytes.get(o.group) ?? 0) + o.bytes);
  for (const [i, o] of ops.entries()) {
    if (REQUEST_BASE_BYTES + o.bytes > maxBytes) {
      throw new ExcelHostError(
        INVALID_PLAN,
        `One operation needs ${o.bytes} bytes, more than the request limit ${maxBytes}.`,
      );
    }
    const startsGroup = o.group !== undefined && (i === 0 || ops[i - 1].group !== o.group);
    const whole = startsGroup ? groupBytes.get(o.group!)! : 0;
    if (cur.length > 0 && startsGroup && bytes + whole > maxBytes && REQUEST_BASE_BYTES + whole <= maxBytes) {
      batches.push({ ops: cur, bytes });
      cur = [];
      bytes = REQUEST_BASE_BYTES;
    }
    if (cur.length > 0 && bytes + o.bytes > maxBytes) {
      batches.push({ ops: cur, bytes });
      cur = [];
      bytes = REQUEST_BASE_BYTES;
    }
    cur.push(o);
    bytes += o.bytes;
  }
  if (cur.length > 0) batches.push({ ops: cur, bytes });
  return batches;
}
