/**
 * The export sheet for the central purchasing unit (SPEC §7): the contact block, then a clean
 * table of the rows that pass — numbers as numbers, dates as dates, the period in two columns —
 * and, below, the rows left out and why. A generated sheet: rewritten whole on every export.
 */
import type { Lang } from '../findings/finding';
import { emptySheetPlan, type PlanCell, type SheetPlan } from '../plan/write-plan';
import type { ProcurementExport } from '../procurement/export';
import { columnLetter, rangeAddress } from '../workbook/a1';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { generatedSheetName } from './generated-sheet';
import { uniqueTableName } from './table-layout';

export const EXPORT_SHEET = 'Till inköpsenheten';
export const EXPORT_TABLE = 'UpphandlingarExport';

const TEXT: Record<Lang, { title: string; excluded: string; row: string; reason: string; none: string }> = {
  sv: {
    title: 'Planerade upphandlingar – för stadens centrala inköpsenhet',
    excluded: 'Rader som inte exporterades (rätta felen och exportera igen)',
    row: 'Rad i planen',
    reason: 'Orsak',
    none: 'Alla rader exporterades.',
  },
  en: {
    title: 'Planned procurements – for the city’s central purchasing unit',
    excluded: 'Rows not exported (fix the errors and export again)',
    row: 'Row in the plan',
    reason: 'Reason',
    none: 'All rows were exported.',
  },
};

export function exportSheetPlan(
  wb: WorkbookSnapshot,
  exp: ProcurementExport,
  lang: Lang,
  planYear: number | null,
): SheetPlan {
  const t = TEXT[lang];
  // A sheet of the user's that carries the name is left alone (SPEC §8): "… (ny)" instead.
  const sheet = generatedSheetName(wb, EXPORT_SHEET, [TEXT.sv.title, TEXT.en.title]);
  const plan = emptySheetPlan(sheet, 'generated');
  plan.after = exp.sheet;
  plan.tabColor = '#2F5597';
  plan.writes.push({ address: 'A1', rows: [[planYear ? `${t.title} ${planYear}` : t.title]] });
  plan.styles.push({ address: 'A1', bold: true, fontSize: 14 });
  plan.writes.push({ address: 'A3', rows: exp.contact.map((c) => [c.label, c.answer || null]) });
  plan.styles.push({ address: `A3:A${2 + exp.contact.length}`, bold: true, wrap: true, vertical: 'top' });

  const headerRow = 4 + exp.contact.length;
  const ncol = exp.columns.length;
  const body: PlanCell[][] = exp.rows.length ? exp.rows.map((r) => r.cells) : [exp.columns.map(() => null)];
  plan.writes.push({ address: `A${headerRow}`, rows: [exp.columns.map((c) => c.header), ...body] });
  const lastRow = headerRow + body.length;
  plan.tables.push({
    name: uniqueTableName(wb, EXPORT_TABLE, wb.tables.find((x) => x.sheet === sheet)?.name ?? null),
    address: rangeAddress({ top: headerRow, left: 1, bottom: lastRow, right: ncol }),
    headers: exp.columns.map((c) => c.header),
    mode: 'create',
    style: 'TableStyleMedium2',
    calculated: [],
  });
  exp.columns.forEach((c, i) => {
    const col = columnLetter(i + 1);
    const range = `${col}${headerRow + 1}:${col}${lastRow}`;
    if (c.kind === 'date')
      plan.styles.push({ address: range, numberFormat: 'yyyy-mm-dd', horizontal: 'left' });
    if (c.kind === 'amount') plan.styles.push({ address: range, numberFormat: '#,##0 "kr"' });
  });

  const exRow = lastRow + 2;
  plan.writes.push({ address: `A${exRow}`, rows: [[exp.excluded.length ? t.excluded : t.none]] });
  plan.styles.push({ address: `A${exRow}`, bold: true });
  if (exp.excluded.length) {
    plan.writes.push({
      address: `A${exRow + 1}`,
      rows: [[t.row, t.reason], ...exp.excluded.map((e) => [e.row, e.reason])],
    });
    plan.styles.push({ address: `A${exRow + 1}:B${exRow + 1}`, bold: true });
  }
  plan.columnWidths = { A: 34, B: 34, C: 34, D: 16, E: 16, F: 16, G: 18, H: 14 };
  plan.freeze = { rows: headerRow, columns: 0 };
  return plan;
}
