/**
 * Formula-based conditional formats of a sheet plan (the heat-map, the procurement threshold).
 * Rendering twice leaves one set: formats already on the same range, or on an overlapping range
 * with one of the plan's formulas (an earlier run over a table that has since grown), go first.
 *
 * ExcelJS 4.4 does not write a rule's stopIfTrue; the plan's bands do not overlap, so the
 * first matching rule is the only one.
 */
import type ExcelJS from 'exceljs';
import type { ConditionalFormat } from '../core/plan/write-plan';
import { parseRange, rangeAddress } from '../core/workbook/a1';
import { argb } from './sheet-setup';
import { stripEquals } from './render-writes';
import { boxesOverlap } from './table-model';

interface CfRule {
  type: string;
  priority?: number;
  formulae?: unknown[];
  style?: Partial<ExcelJS.Style>;
}

interface Cf {
  ref: string;
  rules: CfRule[];
}

/**
 * "B3:B9 D3:D9" → the same ranges written canonically (no $, corners ordered); null for a ref
 * this adapter does not parse (whole columns such as "A:A"), which it then leaves alone.
 */
function canonicalRef(ref: string): string | null {
  try {
    return ref
      .trim()
      .split(/\s+/)
      .map((part) => rangeAddress(parseRange(part)))
      .join(' ');
  } catch {
    return null;
  }
}

function refBoxes(ref: string) {
  return ref.trim().split(/\s+/).map(parseRange);
}

export function renderConditionalFormats(ws: ExcelJS.Worksheet, formats: ConditionalFormat[]): void {
  if (formats.length === 0) return;
  const byRange = new Map<string, ConditionalFormat[]>();
  for (const f of formats) {
    const ref = canonicalRef(f.address) ?? f.address;
    byRange.set(ref, [...(byRange.get(ref) ?? []), f]);
  }

  const owner = ws as unknown as { conditionalFormattings: Cf[] };
  owner.conditionalFormattings = owner.conditionalFormattings.filter((cf) => !isReplaced(cf, byRange));

  let priority = 0;
  for (const cf of owner.conditionalFormattings)
    for (const r of cf.rules) priority = Math.max(priority, r.priority ?? 0);
  for (const [ref, group] of byRange) {
    const rules = group.map((f) => ({
      type: 'expression' as const,
      formulae: [stripEquals(f.formula)],
      style: cfStyle(f),
      priority: ++priority,
    }));
    ws.addConditionalFormatting({ ref, rules });
  }
}

function isReplaced(cf: Cf, byRange: Map<string, ConditionalFormat[]>): boolean {
  const ref = canonicalRef(cf.ref ?? '');
  if (ref === null) return false;
  if (byRange.has(ref)) return true;
  const boxes = refBoxes(ref);
  for (const [planRef, group] of byRange) {
    const planBoxes = refBoxes(planRef);
    if (!boxes.some((b) => planBoxes.some((p) => boxesOverlap(b, p)))) continue;
    const formulas = new Set(group.map((f) => stripEquals(f.formula)));
    const ours = cf.rules.every(
      (r) => r.type === 'expression' && r.formulae?.length === 1 && formulas.has(String(r.formulae[0])),
    );
    if (ours) return true;
  }
  return false;
}

function cfStyle(f: ConditionalFormat): Partial<ExcelJS.Style> {
  const style: Partial<ExcelJS.Style> = {
    // In a conditional format's (dxf) solid fill Excel paints the background colour.
    fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(f.fill) } },
  };
  if (f.fontColor || f.bold !== undefined) {
    const font: Partial<ExcelJS.Font> = {};
    if (f.fontColor) font.color = { argb: argb(f.fontColor) };
    if (f.bold !== undefined) font.bold = f.bold;
    style.font = font;
  }
  return style;
}
