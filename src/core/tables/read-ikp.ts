/**
 * Reading an existing Internkontrollplan (SPEC §2.2) into IkpRows, for the VoR↔IKP check and
 * for regenerating without losing work (SPEC §6): grouping cells filled down as in the VoR,
 * RV from the RV column (or S × K in the 2014 layout, which has Sannolikhet/Väsentlighet and
 * no RV), and every cell of the row by header text so hand-filled columns can be carried over.
 */
import type { IkpField, LocatedTable } from '../model/columns';
import type { IkpRow, IkpTable } from '../model/ikp';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { parseScale } from '../parse/scale';
import { cellText, isBlank } from '../parse/text';
import { GroupFillDown, type GroupText } from './grouping';
import { forEachDataRow, sheetOf, type TableRow } from './table-rows';

const GROUPING: readonly IkpField[] = ['goal', 'process', 'method'];
const NUMBER_TEXT = /^-?\d+(?:[.,]\d+)?$/;

/**
 * byHeader keys: the header text as written. A blank header has no key (its cells cannot be
 * carried by name); a repeated header gets " (2)", " (3)" … so no cell is silently dropped.
 */
export function headerKeys(headers: readonly string[]): (string | null)[] {
  const seen = new Map<string, number>();
  return headers.map((h) => {
    if (h === '') return null;
    const n = (seen.get(h) ?? 0) + 1;
    seen.set(h, n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

function rvOf(r: TableRow<IkpField>): number | null {
  const cell = r.value('rv');
  if (typeof cell === 'number' && Number.isFinite(cell)) return cell;
  const text = cellText(cell);
  if (NUMBER_TEXT.test(text)) return Number(text.replace(',', '.'));
  const s = parseScale(r.value('likelihood'), 'likelihood');
  const k = parseScale(r.value('consequence'), 'consequence');
  return s.kind === 'ok' && k.kind === 'ok' ? s.value * k.value : null;
}

export function readIkp(wb: WorkbookSnapshot, loc: LocatedTable<IkpField>): IkpTable {
  const sheet = sheetOf(wb, loc);
  const keys = headerKeys(loc.headers);
  const groupingCols = new Set(GROUPING.map((f) => loc.columns[f]).filter((c) => c !== undefined));
  const grouping = new GroupFillDown(3);
  const rows: IkpRow[] = [];
  const groups: GroupText[][] = [];
  // The published plans write a process's Systematisk kontroll once, on its first row, like the
  // grouping cells above it: a blank control on a row that continues the same process and method
  // (both blank) is "the same as above", and is read so, so that regenerating — which writes
  // every row in full — does not show those events without their control.
  const controlCol = loc.columns.control;
  const controlKey = controlCol === undefined ? null : keys[controlCol - loc.firstCol];
  let groupControl: IkpRow['byHeader'][string] | null = null;

  forEachDataRow(sheet, loc, (r) => {
    const rowGroups = grouping.next(GROUPING.map((f) => r.text(f)));
    // A row with nothing but grouping cells is a heading for the rows below, not a control.
    const onlyGrouping = r.cells.every((v, i) => isBlank(v) || groupingCols.has(loc.firstCol + i));
    if (onlyGrouping) return;
    const byHeader: IkpRow['byHeader'] = {};
    r.cells.forEach((v: CellValue, i) => {
      const key = keys[i];
      if (key === null) return;
      const formula = r.formulaAtIndex(i);
      byHeader[key] = formula !== null ? { formula } : v;
    });
    if (controlKey !== null) {
      const continues = GROUPING.every((f) => r.text(f) === '');
      if (!continues) groupControl = null;
      const own = byHeader[controlKey];
      if (isBlank(own as CellValue) && continues && groupControl !== null)
        byHeader[controlKey] = groupControl;
      else if (!isBlank(own as CellValue)) groupControl = own;
    }
    const nr = r.text('nr');
    groups.push(rowGroups);
    rows.push({
      row: r.row,
      goal: '',
      process: '',
      method: '',
      nr: nr === '' ? null : nr,
      event: r.text('event'),
      rv: rvOf(r),
      byHeader,
    });
  });

  rows.forEach((row, i) => {
    const [goal, process, method] = groups[i];
    row.goal = goal.text;
    row.process = process.text;
    row.method = method.text;
  });
  return { location: loc, rows };
}
