/** A1 addresses: the one place that converts between column letters, numbers and ranges. */

export function columnLetter(col: number): string {
  let n = col;
  let s = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** "F12" for row 12, column 6. */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

export interface RangeBox {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** "B3:F20" for the box. A single cell gives "B3". */
export function rangeAddress(box: RangeBox): string {
  const a = cellAddress(box.top, box.left);
  const b = cellAddress(box.bottom, box.right);
  return a === b ? a : `${a}:${b}`;
}

/** Parses "B3", "B3:F20", "$B$3:$F$20" or "'Sheet 1'!B3:F20" (the sheet part is dropped). */
export function parseRange(address: string): RangeBox {
  const bang = address.lastIndexOf('!');
  const local = (bang >= 0 ? address.slice(bang + 1) : address).replace(/\$/g, '');
  const [a, b = a] = local.split(':');
  const pa = parseCell(a);
  const pb = parseCell(b);
  return {
    top: Math.min(pa.row, pb.row),
    left: Math.min(pa.col, pb.col),
    bottom: Math.max(pa.row, pb.row),
    right: Math.max(pa.col, pb.col),
  };
}

export function parseCell(cell: string): { row: number; col: number } {
  const m = /^([A-Za-z]{1,3})(\d+)$/.exec(cell.trim());
  if (!m) throw new Error(`Not an A1 cell address: ${cell}`);
  return { col: columnNumber(m[1]), row: Number(m[2]) };
}

/** Sheet name quoted for a formula or an address when it needs it: 'IKP 2024'!A1. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}
