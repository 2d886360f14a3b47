/** Runs one procurement rule on built rows. */
import type { Lang } from '../../../src/core/findings/finding';
import type { ProcurementRow } from '../../../src/core/model/procurement';
import type { ProcurementFinding, ProcurementRule } from '../../../src/core/rules/procurement';
import { DEFAULT_SETTINGS, type Settings } from '../../../src/core/settings/settings';
import { table, type TableOptions } from './builders';

export interface RunOptions extends TableOptions {
  settings?: Partial<Settings>;
  planYear?: number | null;
  lang?: Lang;
}

export function run(
  rule: ProcurementRule,
  rows: ProcurementRow[],
  options: RunOptions = {},
): ProcurementFinding[] {
  return rule.check({
    table: table(rows, options),
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    planYear: options.planYear === undefined ? 2021 : options.planYear,
    lang: options.lang ?? 'sv',
  });
}
