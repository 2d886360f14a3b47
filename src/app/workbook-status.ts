/** What the task pane shows about a workbook: its three tables and the settings in force. */
import { detectPlanYear } from '../core/procurement/plan-year';
import { readSettings } from '../core/settings/settings-sheet';
import type { TableKind } from '../core/model/columns';
import { locateTables } from '../core/tables/locate';
import { readProcurement } from '../core/tables/read-procurement';
import { readVor } from '../core/tables/read-vor';
import { readIkp } from '../core/tables/read-ikp';
import type { WorkbookSnapshot } from '../core/workbook/snapshot';
import type { TableStatus, WorkbookStatus } from './workbook-host';

export function workbookStatus(wb: WorkbookSnapshot): WorkbookStatus {
  const settings = readSettings(wb);
  const found = locateTables(wb);
  const status = (kind: TableKind, rows: number): TableStatus => {
    const loc = found[kind];
    return {
      kind,
      found: loc !== null,
      sheet: loc?.sheet ?? null,
      tableName: loc?.tableName ?? null,
      foundBy: loc?.foundBy ?? null,
      rows,
    };
  };
  const vorRows = found.vor ? readVor(wb, found.vor).rows.filter((r) => r.event !== null).length : 0;
  const ikpRows = found.ikp ? readIkp(wb, found.ikp).rows.length : 0;
  const procurement = found.procurement ? readProcurement(wb, found.procurement) : null;
  const year = detectPlanYear({
    title: procurement?.title ?? null,
    settingYear: settings.planYear,
    optionYear: null,
    rows: procurement?.rows ?? [],
  });
  return {
    tables: [
      status('vor', vorRows),
      status('ikp', ikpRows),
      status('procurement', procurement?.rows.length ?? 0),
    ],
    settings,
    planYear: { year: year.year, source: year.source === 'option' ? 'setting' : year.source },
  };
}
