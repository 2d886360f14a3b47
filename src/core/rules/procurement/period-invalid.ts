/**
 * period-invalid (SPEC §7): Avtalsperiod needs both ends as valid dates. A one-sided period
 * ("2021-01-01 -") is invalid: the purchasing unit needs the end date incl. options.
 * Splitting the combined cell (`-`, `–`, `—`) is the parser's job; this rule reads its results.
 */
import type { Localized } from '../../findings/finding';
import type { DateResult, ProcurementRow } from '../../model/procurement';
import {
  columnName,
  eachRow,
  periodColumn,
  quoted,
  rowFinding,
  type ProcurementContext,
  type ProcurementFinding,
  type ProcurementRule,
} from './context';

const END_NAME: Record<'from' | 'to', Localized> = {
  from: { sv: 'fr.o.m', en: 'fr.o.m (from)' },
  to: { sv: 't.o.m', en: 't.o.m (to)' },
};

function isMissing(result: DateResult): boolean {
  return result.kind === 'empty' || (result.kind === 'error' && result.raw.trim() === '');
}

function endProblem(result: DateResult, end: 'from' | 'to'): Localized | null {
  if (result.kind === 'ok') return null;
  // The parser reports the missing end of a one-sided period as an error with raw ''.
  if (isMissing(result)) return { sv: `${END_NAME[end].sv} saknas`, en: `${END_NAME[end].en} missing` };
  const raw = quoted(result.kind === 'error' ? result.raw : '');
  return {
    sv: `${END_NAME[end].sv} ${raw} är inget datum`,
    en: `${END_NAME[end].en} ${raw} is not a date`,
  };
}

const WHAT_TO_DO: Localized = {
  sv: 'Ange avtalsperioden inklusive förlängningsoptioner med båda datumen, t.ex. 2021-01-01 - 2021-12-31.',
  en: 'Enter the contract period including extension options with both dates, e.g. 2021-01-01 - 2021-12-31.',
};

function finding(
  ctx: ProcurementContext,
  row: ProcurementRow,
  end: 'from' | 'to',
  brief: Localized,
): ProcurementFinding {
  const { field, ref } = periodColumn(ctx.table, row, end);
  return rowFinding(ctx, {
    rule: 'period-invalid',
    severity: 'error',
    row,
    field,
    ref,
    text: {
      sv: `${columnName(field, ref, 'sv')}: ${brief.sv}. ${WHAT_TO_DO.sv}`,
      en: `${columnName(field, ref, 'en')}: ${brief.en}. ${WHAT_TO_DO.en}`,
    },
    brief,
  });
}

export const periodInvalid: ProcurementRule = {
  id: 'period-invalid',
  severity: 'error',
  check(ctx) {
    return eachRow(ctx, (row) => {
      const { periodFrom: from, periodTo: to } = row;
      const fromProblem = endProblem(from, 'from');
      const toProblem = endProblem(to, 'to');
      if (!fromProblem && !toProblem) return null;
      if (!row.periodCombined) {
        // Separate columns: one finding per offending cell, so each can be selected.
        const out: ProcurementFinding[] = [];
        if (fromProblem) out.push(finding(ctx, row, 'from', fromProblem));
        if (toProblem) out.push(finding(ctx, row, 'to', toProblem));
        return out;
      }
      // One combined cell: one finding saying what is wrong with it.
      if (isMissing(from) && isMissing(to)) {
        return finding(ctx, row, 'from', { sv: 'saknas', en: 'missing' });
      }
      if (from.kind === 'error' && to.kind === 'error' && from.raw === to.raw) {
        const raw = quoted(from.raw);
        return finding(ctx, row, 'from', { sv: `${raw} är ingen period`, en: `${raw} is not a period` });
      }
      const parts = [fromProblem, toProblem].filter((p): p is Localized => p !== null);
      return finding(ctx, row, 'from', {
        sv: parts.map((p) => p.sv).join(', '),
        en: parts.map((p) => p.en).join(', '),
      });
    });
  },
};
