/**
 * The grouping columns of the VoR and the IKP — KF-mål, Process, Arbetssätt, outermost first —
 * as the published plans lay them out (SPEC §2.1): a blank cell means "same as the row above".
 *
 * Two refinements, both because of how the plans are written:
 *
 * 1. A cell written on a row starts a new group at its level, and the levels inside it start
 *    over: a blank Process under a newly written KF-mål is blank, not the previous goal's process
 *    (the 2021 plan's goal 2.5 has no process and no events).
 *
 * 2. Page-break continuation. The published 2021 VoR broke the Arbetssätt cell of process
 *    "Informations-säkerhet" over a PDF page: event 44 says "Styra, stödja och kontrollera" and
 *    event 45 "förvaltningens ansvar vad gäller hantering av personuppgifter" (seed 003, near
 *    line 946; 46–48 are blank = same). Rule: a grouping cell that begins with a lower-case
 *    letter continues the cell above — joined with a space, for every row of the group, earlier
 *    and later — when
 *      - the row directly before (the previous non-blank row) wrote that same cell,
 *      - that text does not end a sentence (. ! ?),
 *      - the outer grouping cells of this row are blank or continuations themselves, and
 *      - the inner grouping cells of this row are blank or could continue too,
 *    so "e-tjänster" written as a new process with its own new Arbetssätt is not glued on.
 *    The brief names Process and Arbetssätt; KF-mål follows the same rule (the seed breaks a
 *    goal the same way: "3.2. Stockholm använder skattemedlen" / "effektivt till största …").
 *
 * Rows share a GroupText object per group, so a continuation updates the whole group in O(1)
 * and reading stays linear in the number of rows.
 */
import { startsLowercase } from '../parse/text';

export interface GroupText {
  text: string;
}

const ENDS_SENTENCE = /[.!?]$/;

export class GroupFillDown {
  private readonly current: GroupText[];
  private readonly writtenOnPrevious: boolean[];

  constructor(private readonly levels: number) {
    this.current = Array.from({ length: levels }, () => ({ text: '' }));
    this.writtenOnPrevious = new Array<boolean>(levels).fill(false);
  }

  /**
   * Takes the trimmed grouping cells of the next non-blank row ('' when blank or when the
   * table has no such column), outermost first, and returns the row's groups. Read `.text`
   * only after the last row: a later continuation may still extend it.
   */
  next(cells: readonly string[]): GroupText[] {
    const n = this.levels;
    const canContinue: boolean[] = [];
    for (let i = 0; i < n; i++) {
      const w = cells[i] ?? '';
      canContinue.push(
        w !== '' &&
          this.writtenOnPrevious[i] &&
          startsLowercase(w) &&
          !ENDS_SENTENCE.test(this.current[i].text),
      );
    }
    const groups: GroupText[] = [];
    let outerStarted = false; // an outer level started a new group on this row
    for (let i = 0; i < n; i++) {
      const w = cells[i] ?? '';
      if (w === '') {
        if (outerStarted) this.current[i] = { text: '' };
      } else if (!outerStarted && canContinue[i] && this.innerMayContinue(cells, canContinue, i)) {
        this.current[i].text += ` ${w}`;
      } else {
        this.current[i] = { text: w };
        outerStarted = true;
      }
      this.writtenOnPrevious[i] = w !== '';
      groups.push(this.current[i]);
    }
    return groups;
  }

  private innerMayContinue(
    cells: readonly string[],
    canContinue: readonly boolean[],
    level: number,
  ): boolean {
    for (let j = level + 1; j < this.levels; j++) {
      if ((cells[j] ?? '') !== '' && !canContinue[j]) return false;
    }
    return true;
  }
}
