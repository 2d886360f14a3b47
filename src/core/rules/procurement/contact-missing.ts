/**
 * contact-missing (SPEC §7, §2.3): each line of the contact block above the table must answer
 * what it asks — the administration's e-mail and phone; the procurement and purchasing lead's
 * and the coordinator's name, e-mail and phone. 2021 plan: the coordinator line has no answer.
 * A line the block lacks altogether is reported too, pointing at the table when the reader
 * placed it there (row null: the line has no row of its own).
 */
import type { Lang, Localized } from '../../findings/finding';
import type { ContactLine } from '../../model/procurement';
import { cellAddress } from '../../workbook/a1';
import { CONTACT_ASKS, missingContactParts, type ContactPart } from './contact';
import {
  locationPrefix,
  type ProcurementContext,
  type ProcurementFinding,
  type ProcurementRule,
} from './context';
import { joinList } from './format';
import { hasContent } from './text';

export const CONTACT_KEYS: readonly ContactLine['key'][] = ['administration', 'lead', 'coordinator'];

/** The template's question for each line (seed 003), used in messages and the export. */
export const CONTACT_LABELS: Record<ContactLine['key'], string> = {
  administration: 'Kontaktuppgift förvaltningen, mailadress och telefonnummer',
  lead: 'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer',
  coordinator: 'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer',
};

const WHO: Record<ContactLine['key'], Localized> = {
  administration: { sv: 'förvaltningen', en: 'the administration' },
  lead: { sv: 'upphandlings- och inköpsansvarig', en: 'the procurement and purchasing lead' },
  coordinator: { sv: 'upphandlings- och inköpssamordnare', en: 'the procurement and purchasing coordinator' },
};

const PART_NAMES: Record<ContactPart, Localized> = {
  name: { sv: 'namn', en: 'name' },
  email: { sv: 'e-postadress', en: 'e-mail address' },
  phone: { sv: 'telefonnummer', en: 'phone number' },
};

function partList(parts: ContactPart[], lang: Lang): string {
  return joinList(
    parts.map((p) => PART_NAMES[p][lang]),
    lang,
  );
}

function make(
  ctx: ProcurementContext,
  row: number | null,
  cell: string | null,
  text: Localized,
  brief: Localized,
): ProcurementFinding {
  const sheet = ctx.table.location.sheet;
  return {
    rule: 'contact-missing',
    severity: 'error',
    sheet,
    row,
    column: null,
    cell,
    message: locationPrefix(sheet, row, null, cell, ctx.lang) + text[ctx.lang],
    brief: brief[ctx.lang],
  };
}

/**
 * The reader (src/core/tables/contact-block.ts) reports a line whose label is not in the sheet
 * at all with its label placed on the table's first header cell: there is no line to fill in.
 */
function isAbsent(ctx: ProcurementContext, line: ContactLine): boolean {
  const loc = ctx.table.location;
  return line.answer === '' && line.labelRow === loc.headerRow && line.labelCol === loc.firstCol;
}

export const contactMissing: ProcurementRule = {
  id: 'contact-missing',
  severity: 'error',
  check(ctx) {
    const out: ProcurementFinding[] = [];
    for (const key of CONTACT_KEYS) {
      const asks = CONTACT_ASKS[key];
      const line = ctx.table.contact.find((l) => l.key === key);
      if (!line || isAbsent(ctx, line)) {
        out.push(
          make(
            ctx,
            null,
            line ? cellAddress(line.answerRow, line.answerCol) : null,
            {
              sv: `Kontaktuppgifterna ovanför tabellen saknar raden "${CONTACT_LABELS[key]}". Lägg till raden och fyll i ${partList(asks, 'sv')}.`,
              en: `The contact block above the table lacks the line "${CONTACT_LABELS[key]}" (${WHO[key].en}). Add the line and fill in ${partList(asks, 'en')}.`,
            },
            { sv: 'raden saknas', en: 'line missing' },
          ),
        );
        continue;
      }
      const cell = cellAddress(line.answerRow, line.answerCol);
      const empty = !hasContent(line.answer);
      const missing = empty ? asks : missingContactParts(key, line.answer);
      if (missing.length === 0) continue;
      const text: Localized = empty
        ? {
            sv: `Kontaktuppgifter för ${WHO[key].sv} saknas. Fyll i ${partList(asks, 'sv')}.`,
            en: `Contact details for ${WHO[key].en} are missing. Fill in ${partList(asks, 'en')}.`,
          }
        : {
            sv: `Kontaktuppgifterna för ${WHO[key].sv} saknar ${partList(missing, 'sv')}. Lägg till det som saknas.`,
            en: `The contact details for ${WHO[key].en} are missing the ${partList(missing, 'en')}. Add what is missing.`,
          };
      out.push(
        make(ctx, line.answerRow, cell, text, {
          sv: `${partList(missing, 'sv')} saknas`,
          en: `${partList(missing, 'en')} missing`,
        }),
      );
    }
    return out;
  },
};
