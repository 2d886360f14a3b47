/**
 * RFC 4180 CSV as LibreOffice writes it: "," between fields, '"' around fields that hold a
 * comma, a quote or a line break, '""' for a quote inside. Record i is the sheet's row i + 1:
 * LibreOffice starts at A1 and writes empty rows as ",,,".
 */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let i = text.charCodeAt(0) === 0xfeff ? 1 : 0; // a byte-order mark, if any
  for (; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && text[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/** The cell at Excel row `row`, column `col` (both 1-based); '' beyond the data. */
export function csvCell(rows: string[][], row: number, col: number): string {
  return rows[row - 1]?.[col - 1] ?? '';
}
