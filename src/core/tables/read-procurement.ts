/**
 * Reading the procurement plan (SPEC §2.3, §7) into ProcurementRows, with its contact block
 * and title (contact-block.ts).
 *
 * Group rows: the published plan has "Jobbtorg Stockholm" alone in the first column and then
 * "Arbetsmarknadsinsatser" alone in the second, with no value, date, period or type. Such a
 * row is not a data row: it sets Verksamhet for the rows below. A group in the table's first
 * column starts a new unit; one further right adds a level under the groups to its left
 * ("Jobbtorg Stockholm – Arbetsmarknadsinsatser"). A filled Verksamhet column wins.
 */
import type { LocatedTable, ProcurementField } from '../model/columns';
import type { ProcurementRow, ProcurementTable } from '../model/procurement';
import type { CellValue, WorkbookSnapshot } from '../workbook/snapshot';
import { parseAmount } from '../parse/amount';
import { parseDate, parsePeriod } from '../parse/date';
import { cellText, isBlank } from '../parse/text';
import { readContactBlock } from './contact-block';
import { forEachDataRow, sheetOf, type TableRow } from './table-rows';

const FIELDS: readonly ProcurementField[] = [
  'unit',
  'category',
  'description',
  'start',
  'period',
  'periodFrom',
  'periodTo',
  'value',
  'type',
  'status',
];
/** Cells a group row never has. */
const DATA_FIELDS: readonly ProcurementField[] = [
  'start',
  'period',
  'periodFrom',
  'periodTo',
  'value',
  'type',
];
/** "Externa tjänster, 1013" is a category (an incomplete data row), not a group heading. */
const CATEGORY_CODES = /,\s*\d/;

export const UNIT_SEPARATOR = ' – ';

/** The column index (0 = firstCol) of a group row's one text, or -1 when the row is data. */
function groupColumn(r: TableRow<ProcurementField>, statusIndex: number): number {
  if (DATA_FIELDS.some((f) => !isBlank(r.value(f)))) return -1;
  let at = -1;
  for (let i = 0; i < r.cells.length; i++) {
    if (i === statusIndex || isBlank(r.cells[i])) continue; // Status is the add-in's own
    if (at >= 0) return -1;
    at = i;
  }
  if (at < 0) return -1;
  const v = r.cells[at];
  return typeof v === 'string' && !CATEGORY_CODES.test(v) ? at : -1;
}

/** The period from the combined column, unless the fr.o.m / t.o.m columns hold it. */
function period(
  r: TableRow<ProcurementField>,
  loc: LocatedTable<ProcurementField>,
): Pick<ProcurementRow, 'periodFrom' | 'periodTo' | 'periodCombined'> {
  const splitFilled = !isBlank(r.value('periodFrom')) || !isBlank(r.value('periodTo'));
  if (loc.columns.period !== undefined && !splitFilled) {
    const p = parsePeriod(r.value('period'));
    return { periodFrom: p.from, periodTo: p.to, periodCombined: true };
  }
  return {
    periodFrom: parseDate(r.value('periodFrom')),
    periodTo: parseDate(r.value('periodTo')),
    periodCombined: false,
  };
}

export function readProcurement(wb: WorkbookSnapshot, loc: LocatedTable<ProcurementField>): ProcurementTable {
  const sheet = sheetOf(wb, loc);
  const statusIndex = loc.columns.status === undefined ? -1 : loc.columns.status - loc.firstCol;
  const rows: ProcurementRow[] = [];
  const groupRows: number[] = [];
  let groups: { index: number; text: string }[] = [];
  let unit = '';

  forEachDataRow(sheet, loc, (r) => {
    // A row holding nothing but the add-in's own Status (left from an earlier check) is blank.
    if (statusIndex >= 0 && r.cells.every((v, i) => i === statusIndex || isBlank(v))) return;
    const g = groupColumn(r, statusIndex);
    if (g >= 0) {
      groups = groups.filter((x) => x.index < g);
      groups.push({ index: g, text: cellText(r.cells[g]) });
      unit = groups.map((x) => x.text).join(UNIT_SEPARATOR);
      groupRows.push(r.row);
      return;
    }
    const raw: Partial<Record<ProcurementField, CellValue>> = {};
    for (const f of FIELDS) if (loc.columns[f] !== undefined) raw[f] = r.value(f);
    const ownUnit = r.text('unit');
    rows.push({
      row: r.row,
      unit: ownUnit !== '' ? ownUnit : unit,
      category: r.text('category'),
      description: r.text('description'),
      start: parseDate(r.value('start')),
      ...period(r, loc),
      value: parseAmount(r.value('value')),
      type: r.text('type'),
      raw,
    });
  });

  const { contact, title } = readContactBlock(sheet, loc.headerRow, loc.firstCol);
  return { location: loc, rows, groupRows, contact, title };
}
