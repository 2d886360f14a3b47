/**
 * Turn plain ranges into real tables (SPEC §2: real workbooks are often plain ranges under a
 * title row). The task pane offers it when a table was found as a plain range; every other
 * command converts on its way too. Only the structure changes: no cell is written but a blank
 * or repeated header, which an Excel table cannot have.
 */
import type { LocatedTable, TableKind } from '../model/columns';
import type { SheetPlan } from '../plan/write-plan';
import { emptySheetPlan } from '../plan/write-plan';
import { layoutTable } from '../sheets/table-layout';
import { DEFAULT_NAMES } from '../tables/headers';
import { locateTables } from '../tables/locate';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import type { CommandOptions, CommandOutcome } from './command';

const KINDS: readonly TableKind[] = ['vor', 'ikp', 'procurement'];

export function convertToTables(wb: WorkbookSnapshot, opts: CommandOptions): CommandOutcome {
  const found = locateTables(wb);
  const sheets: SheetPlan[] = [];
  const converted: string[] = [];
  const taken: WorkbookSnapshot = { ...wb, tables: [...wb.tables] };
  for (const kind of KINDS) {
    const loc = found[kind] as LocatedTable<string> | null;
    if (!loc || loc.tableName !== null) continue;
    const layout = layoutTable(taken, loc, kind, DEFAULT_NAMES[kind].table, []);
    // The next table of this run must not take the same name.
    taken.tables.push({
      name: layout.table.name,
      sheet: loc.sheet,
      address: layout.table.address,
      headers: layout.headers,
    });
    const plan = sheets.find((s) => s.sheet === loc.sheet) ?? emptySheetPlan(loc.sheet, 'user');
    if (!sheets.includes(plan)) sheets.push(plan);
    plan.writes.push(...layout.headerWrites);
    plan.tables.push(layout.table);
    converted.push(`${layout.table.name} (${loc.sheet} ${layout.table.address})`);
  }
  const summary =
    opts.lang === 'sv'
      ? converted.length
        ? `Gjorde om till tabell: ${converted.join(', ')}. Inga värden ändrades.`
        : 'Alla tabeller som hittades är redan Excel-tabeller.'
      : converted.length
        ? `Converted to tables: ${converted.join(', ')}. No values were changed.`
        : 'Every table found is an Excel table already.';
  return { plan: { sheets }, findings: [], summary };
}
