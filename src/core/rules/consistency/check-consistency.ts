/** Runs the VoR↔IKP consistency rules of SPEC §6, findings in sheet order (IKP sheet first). */
import type { Finding, Lang } from '../../findings/finding';
import type { IkpTable } from '../../model/ikp';
import type { VorTable } from '../../model/vor';
import type { Settings } from '../../settings/settings';
import { type Rule, sortFindings } from '../rule';
import { type ConsistencyInput, consistencyInput } from './consistency-input';
import { ikpExcludedInVor } from './ikp-excluded-in-vor';
import { ikpMissing } from './ikp-missing';
import { ikpNotInVor } from './ikp-not-in-vor';
import { ikpRvDiffers } from './ikp-rv-differs';
import { ikpTextDiffers } from './ikp-text-differs';

export const CONSISTENCY_RULES: ReadonlyArray<Rule<ConsistencyInput>> = [
  ikpNotInVor,
  ikpExcludedInVor,
  ikpMissing,
  ikpRvDiffers,
  ikpTextDiffers,
];

export function checkConsistency(
  vor: VorTable,
  ikp: IkpTable,
  settings: Settings,
  lang: Lang = 'sv',
): Finding[] {
  const ctx = { table: consistencyInput(vor, ikp), settings, lang };
  return sortFindings(CONSISTENCY_RULES.flatMap((rule) => rule(ctx)));
}
