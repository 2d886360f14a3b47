/**
 * The contact block above the procurement table (SPEC §2.3): three question lines, each with
 * its answer —
 *   administration: "Kontaktuppgift förvaltningen, mailadress och telefonnummer"
 *   lead:           "Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer"
 *   coordinator:    "Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer"
 * and the sheet's title ("PLAN FÖR UPPHANDLING 2021"), the first other text above the table.
 *
 * Where the answer is: the first non-blank cell to the right of the label on the same row,
 * else the cell below the label (or the one below that when the row between is blank, as in
 * the published plan) unless it is itself a label or a title.
 *
 * Where a missing answer belongs (answerRow/answerCol, for the 'contact-missing' finding):
 * laid out like the answers that were found (same offset from their label), else the cell to
 * the right of the label. When the label itself is missing there is no place for it in the
 * sheet: labelRow = answerRow = the table's header row and labelCol = answerCol = its first
 * column, so a finding points at the table; nothing must be written there.
 */
import type { ContactLine } from '../model/procurement';
import { cellAt } from '../workbook/cells';
import type { SheetSnapshot } from '../workbook/snapshot';
import { cellText, foldKey, isBlank } from '../parse/text';

type ContactKey = ContactLine['key'];
const KEYS: readonly ContactKey[] = ['administration', 'lead', 'coordinator'];

/** A label asks for something; an answer gives it (an e-mail address, a phone number). */
const ASKS = /\b(namn|mailadress|mejladress|e post|epost|e mail|telefon\w*)\b/;
const GIVES = /@|\d(?:[\s-]?\d){5,}/;
const TITLE_LIKE = /^(plan for upphandling|planerade upphandlingar|anvisningar)\b/;

/** Which contact line a cell's text is the label of, null when it is none. */
export function contactLabelKey(text: string): ContactKey | null {
  if (text === '' || GIVES.test(text)) return null;
  const key = foldKey(text);
  if (!ASKS.test(key)) return null;
  if (key.includes('samordnare')) return 'coordinator';
  if (key.includes('ansvarig')) return 'lead';
  if (key.includes('kontaktuppgift') || key.includes('forvaltning')) return 'administration';
  return null;
}

export interface ContactBlock {
  contact: ContactLine[];
  title: string | null;
}

interface Found {
  row: number;
  col: number;
}

export function readContactBlock(sheet: SheetSnapshot, headerRow: number, firstCol: number): ContactBlock {
  const o = sheet.origin ?? { row: 1, col: 1 };
  const labels = new Map<ContactKey, Found>();
  const texts: { row: number; col: number; text: string }[] = [];
  for (let row = o.row; row < headerRow; row++) {
    const cells = sheet.values[row - o.row] ?? [];
    cells.forEach((v, i) => {
      if (typeof v !== 'string' || isBlank(v)) return;
      const text = v.trim();
      texts.push({ row, col: o.col + i, text });
      const key = contactLabelKey(text);
      if (key && !labels.has(key)) labels.set(key, { row, col: o.col + i });
    });
  }

  const isAnswer = (text: string): boolean =>
    text !== '' && contactLabelKey(text) === null && !TITLE_LIKE.test(foldKey(text));

  const answers = new Map<ContactKey, Found & { text: string }>();
  for (const [key, label] of labels) {
    const cells = sheet.values[label.row - o.row] ?? [];
    const start = label.col - o.col + 1;
    const offset = cells.slice(start).findIndex((v) => !isBlank(v));
    if (offset >= 0) {
      const text = cellText(cells[start + offset]);
      if (isAnswer(text)) answers.set(key, { row: label.row, col: label.col + 1 + offset, text });
      continue;
    }
    for (let d = 1; d <= 2 && label.row + d < headerRow; d++) {
      const below = cellText(cellAt(sheet, label.row + d, label.col));
      if (below === '') continue;
      if (isAnswer(below)) answers.set(key, { row: label.row + d, col: label.col, text: below });
      break;
    }
  }

  // The layout of the answers that were found tells where a missing one belongs.
  const first = [...answers].map(([key, a]) => ({ a, label: labels.get(key) as Found }))[0];
  const sample = first ? { dr: first.a.row - first.label.row, dc: first.a.col - first.label.col } : null;
  const contact: ContactLine[] = KEYS.map((key) => {
    const label = labels.get(key);
    if (!label) {
      return {
        key,
        labelRow: headerRow,
        labelCol: firstCol,
        answer: '',
        answerRow: headerRow,
        answerCol: firstCol,
      };
    }
    const found = answers.get(key);
    if (found) {
      const { row: answerRow, col: answerCol, text: answer } = found;
      return { key, labelRow: label.row, labelCol: label.col, answer, answerRow, answerCol };
    }
    let at = { row: label.row, col: label.col + 1 };
    if (sample && label.row + sample.dr < headerRow) {
      const candidate = { row: label.row + sample.dr, col: label.col + sample.dc };
      if (isBlank(cellAt(sheet, candidate.row, candidate.col))) at = candidate;
    }
    return {
      key,
      labelRow: label.row,
      labelCol: label.col,
      answer: '',
      answerRow: at.row,
      answerCol: at.col,
    };
  });

  const used = new Set<string>();
  for (const l of contact) {
    used.add(`${l.labelRow}:${l.labelCol}`);
    if (l.answer !== '') used.add(`${l.answerRow}:${l.answerCol}`);
  }
  const title = texts.find((t) => !used.has(`${t.row}:${t.col}`) && contactLabelKey(t.text) === null);
  return { contact, title: title ? title.text : null };
}
