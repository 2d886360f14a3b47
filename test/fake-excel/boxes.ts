/**
 * Rectangles of cells for the fake Excel: parsing the address forms Office.js accepts
 * ("B3", "B3:F20", "C:C", "3:5", "'Sheet 1'!B3"), and the set operations that conditional
 * formats, data validation and tables need (intersection, subtraction).
 */
import { cellAddress, columnLetter, columnNumber, type RangeBox } from '../../src/core/workbook/a1';

export type Box = RangeBox;

export const MAX_ROWS = 1_048_576;
export const MAX_COLS = 16_384;

export function wholeSheet(): Box {
  return { top: 1, left: 1, bottom: MAX_ROWS, right: MAX_COLS };
}

/** Parses a sheet-local address; a sheet part ("Sheet1!") is dropped. Throws on anything else. */
export function parseAddress(address: string): Box {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '').trim();
  const parts = local.split(':');
  if (parts.length > 2 || parts.some((p) => p === '')) throw new Error(`bad address ${address}`);
  const [a, b = a] = parts;
  const cols = /^([A-Za-z]{1,3})$/;
  const rows = /^(\d+)$/;
  if (cols.test(a) && cols.test(b)) {
    const l = columnNumber(a);
    const r = columnNumber(b);
    return checked({ top: 1, left: Math.min(l, r), bottom: MAX_ROWS, right: Math.max(l, r) }, address);
  }
  if (rows.test(a) && rows.test(b)) {
    const t = Number(a);
    const u = Number(b);
    return checked({ top: Math.min(t, u), left: 1, bottom: Math.max(t, u), right: MAX_COLS }, address);
  }
  const pa = parseCellStrict(a, address);
  const pb = parseCellStrict(b, address);
  return checked(
    {
      top: Math.min(pa.row, pb.row),
      left: Math.min(pa.col, pb.col),
      bottom: Math.max(pa.row, pb.row),
      right: Math.max(pa.col, pb.col),
    },
    address,
  );
}

function parseCellStrict(cell: string, address: string): { row: number; col: number } {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(cell);
  if (!m) throw new Error(`bad address ${address}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

function checked(b: Box, address: string): Box {
  if (b.top < 1 || b.left < 1 || b.bottom > MAX_ROWS || b.right > MAX_COLS) {
    throw new Error(`bad address ${address}`);
  }
  return b;
}

/** "A1:C3" (whole columns as "C:C", whole rows as "3:3", one cell as "B2"), like Excel. */
export function boxAddress(b: Box): string {
  if (b.top === 1 && b.bottom === MAX_ROWS) {
    return `${columnLetter(b.left)}:${columnLetter(b.right)}`;
  }
  if (b.left === 1 && b.right === MAX_COLS) return `${b.top}:${b.bottom}`;
  const a = cellAddress(b.top, b.left);
  const z = cellAddress(b.bottom, b.right);
  return a === z ? a : `${a}:${z}`;
}

export function rows(b: Box): number {
  return b.bottom - b.top + 1;
}

export function cols(b: Box): number {
  return b.right - b.left + 1;
}

export function intersect(a: Box, b: Box): Box | null {
  const top = Math.max(a.top, b.top);
  const left = Math.max(a.left, b.left);
  const bottom = Math.min(a.bottom, b.bottom);
  const right = Math.min(a.right, b.right);
  return top <= bottom && left <= right ? { top, left, bottom, right } : null;
}

export function sameBox(a: Box, b: Box): boolean {
  return a.top === b.top && a.left === b.left && a.bottom === b.bottom && a.right === b.right;
}

export function containsBox(outer: Box, inner: Box): boolean {
  return (
    inner.top >= outer.top &&
    inner.left >= outer.left &&
    inner.bottom <= outer.bottom &&
    inner.right <= outer.right
  );
}

/** a minus b, as up to four rectangles (above, below, left, right of the overlap). */
export function subtract(a: Box, b: Box): Box[] {
  const o = intersect(a, b);
  if (!o) return [a];
  const out: Box[] = [];
  if (a.top < o.top) out.push({ top: a.top, left: a.left, bottom: o.top - 1, right: a.right });
  if (o.bottom < a.bottom) out.push({ top: o.bottom + 1, left: a.left, bottom: a.bottom, right: a.right });
  if (a.left < o.left) out.push({ top: o.top, left: a.left, bottom: o.bottom, right: o.left - 1 });
  if (o.right < a.right) out.push({ top: o.top, left: o.right + 1, bottom: o.bottom, right: a.right });
  return out;
}
