/** Locating and reading the VoR and the IKP, shared by the risk commands. */
import type { Lang } from '../findings/finding';
import type { Finding } from '../findings/finding';
import type { IkpTable } from '../model/ikp';
import type { VorTable } from '../model/vor';
import { checkVor } from '../rules/vor/check-vor';
import type { Settings } from '../settings/settings';
import { locateTables } from '../tables/locate';
import { readIkp } from '../tables/read-ikp';
import { readVor } from '../tables/read-vor';
import type { WorkbookSnapshot } from '../workbook/snapshot';
import { tableMissing } from './table-missing';

export interface RiskTables {
  vor: VorTable | null;
  ikp: IkpTable | null;
  /** VoR rules (SPEC §4), or table-missing when there is no VoR. */
  findings: Finding[];
  /** True when the VoR lacks a column the RV needs: nothing can be computed or generated. */
  blocked: boolean;
}

export function readRiskTables(wb: WorkbookSnapshot, settings: Settings, lang: Lang): RiskTables {
  const located = locateTables(wb);
  const ikp = located.ikp ? readIkp(wb, located.ikp) : null;
  if (!located.vor) return { vor: null, ikp, findings: [tableMissing('vor', lang)], blocked: true };
  const vor = readVor(wb, located.vor);
  const findings = checkVor(vor, settings, lang);
  const c = vor.location.columns;
  const blocked = c.event === undefined || c.likelihood === undefined || c.consequence === undefined;
  return { vor, ikp, findings, blocked };
}
