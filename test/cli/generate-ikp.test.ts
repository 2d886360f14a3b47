/**
 * generate-ikp through the CLI (SPEC §6, §9): the output opens with real tables, live formulas,
 * dropdowns and conditional formats; regenerating merges without losing anything typed; a
 * second run changes nothing; the input is never modified.
 */
import * as fs from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { readXlsxFile } from '../../src/xlsx/read-file';
import { renderPlan } from '../../src/xlsx/render-plan';
import { writeXlsxFile } from '../../src/xlsx/write-workbook';
import { emptySheetPlan } from '../../src/core/plan/write-plan';
import { cellAt } from '../../src/core/workbook/cells';
import type { WorkbookSnapshot } from '../../src/core/workbook/snapshot';
import { EXAMPLE, runCli, sha, tempDir } from './run-cli';

async function snapshot(file: string): Promise<WorkbookSnapshot> {
  return (await readXlsxFile(file)).snapshot;
}

function sheetGrid(wb: WorkbookSnapshot, name: string) {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

/** Rows of the IKP table as objects by header. */
function ikpRows(wb: WorkbookSnapshot): Record<string, unknown>[] {
  const t = wb.tables.find((x) => x.name === 'Internkontrollplan')!;
  const s = sheetGrid(wb, t.sheet);
  const m = /^([A-Z]+)(\d+):([A-Z]+)(\d+)$/.exec(t.address)!;
  const top = Number(m[2]);
  const bottom = Number(m[4]);
  const out: Record<string, unknown>[] = [];
  for (let r = top + 1; r <= bottom; r++) {
    const o: Record<string, unknown> = { row: r };
    t.headers.forEach((h, i) => (o[h] = cellAt(s, r, 1 + i)));
    out.push(o);
  }
  return out;
}

describe('generate-ikp on the 2021 example', () => {
  const dir = tempDir();
  const out = path.join(dir, 'out.xlsx');
  let code: number;
  let wb: ExcelJS.Workbook;
  let snap: WorkbookSnapshot;
  const inputHash = sha(EXAMPLE);

  beforeAll(async () => {
    code = (await runCli(['generate-ikp', EXAMPLE, '-o', out])).code;
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    snap = await snapshot(out);
  });

  it('exits 0, writes Internkontrollplan and Riskmatris, and leaves the input as it was', () => {
    expect(code).toBe(0);
    expect(wb.worksheets.map((w) => w.name)).toEqual(
      expect.arrayContaining([
        'Risk & Väsentlighet',
        'Internkontrollplan',
        'Riskmatris',
        'Planerade upphandlingar',
      ]),
    );
    expect(sha(EXAMPLE)).toBe(inputHash);
  });

  it('makes the VoR a real table with live RV and Riskklass formulas', () => {
    const vor = snap.tables.find((t) => t.name === 'RiskVasentlighet')!;
    expect(vor.sheet).toBe('Risk & Väsentlighet');
    expect(vor.headers).toEqual(expect.arrayContaining(['RV', 'Riskklass', 'IKP']));
    const ws = wb.getWorksheet('Risk & Väsentlighet')!;
    const rvCol = vor.headers.indexOf('RV') + 1;
    const classCol = vor.headers.indexOf('Riskklass') + 1;
    for (const row of [4, 30, 69]) {
      expect(String(ws.getCell(row, rvCol).formula ?? '')).toMatch(/F\d+|G\d+/);
      expect(String(ws.getCell(row, classCol).formula ?? '')).toContain('"IKP"');
    }
  });

  it('puts dropdowns on Sannolikhet, Konsekvens and the IKP decision', () => {
    const ws = wb.getWorksheet('Risk & Väsentlighet')!;
    expect(ws.getCell('F10').dataValidation?.type).toBe('list');
    expect(ws.getCell('G10').dataValidation?.type).toBe('list');
    expect(ws.getCell('I10').dataValidation?.type).toBe('list');
  });

  it('colours RV, S and K by band with native conditional formats', () => {
    const ws = wb.getWorksheet('Risk & Väsentlighet')! as ExcelJS.Worksheet & {
      conditionalFormattings: { ref: string; rules: unknown[] }[];
    };
    const refs = ws.conditionalFormattings.map((c) => c.ref);
    expect(refs.some((r) => r.startsWith('H4'))).toBe(true);
    expect(refs.some((r) => r.startsWith('F4'))).toBe(true);
    const rules = ws.conditionalFormattings.flatMap((c) => c.rules);
    expect(rules.length).toBeGreaterThanOrEqual(12);
  });

  it('generates the 25 selected events plus the 3 published rows that left the selection, flagged', () => {
    const rows = ikpRows(snap);
    expect(rows).toHaveLength(28);
    const flagged = rows.filter((r) => r['Urval'] === 'Ingår inte längre i urvalet');
    expect(flagged.map((r) => r['Oönskad händelse'])).toEqual(
      expect.arrayContaining([
        'Rättssäkerhet kan inte säkerställas.',
        'Bristande kunskaper bland medarbetarna gällande informationssäkerhet',
        'Upphandlingar genomförs inte trots att lagar och regler samt budget föreskriver detta',
      ]),
    );
    // The hand-filled columns of the published plan came across (matched by event text).
    const e23 = rows.find((r) => r['Nr'] === 23)!;
    expect(e23['Kontrollaktivitet']).toBe('Stickprov');
    expect(e23['Systematisk kontroll']).toContain('förtroendekänsliga konton');
    expect(e23['RV']).toBe(12);
  });

  it('draws the Riskmatris with counts and event numbers', () => {
    const s = sheetGrid(snap, 'Riskmatris');
    const texts = s.values.flat().filter((v): v is string => typeof v === 'string');
    expect(texts.some((t) => /^\d+: [\d, ]+$/.test(t))).toBe(true);
    expect(texts.some((t) => t.startsWith('5 - Mycket sannolikt'))).toBe(true);
    expect(texts.some((t) => t.startsWith('Senast uppdaterad'))).toBe(true);
    // Sannolikhet 3 × Konsekvens 4 = RV 12: events 23, 27, 29, 34, 35, 36, 44, 45, 47, 49, 59.
    expect(texts).toContain('11: 23, 27, 29, 34, 35, 36, 44, 45, 47, 49, 59');
  });

  it('accepts its own output and then changes nothing', async () => {
    const again = path.join(dir, 'again.xlsx');
    expect((await runCli(['generate-ikp', out, '-o', again])).code).toBe(0);
    const a = await snapshot(out);
    const b = await snapshot(again);
    for (const name of [
      'Risk & Väsentlighet',
      'Internkontrollplan',
      'Riskmatris',
      'Planerade upphandlingar',
    ]) {
      expect(sheetGrid(b, name).values).toEqual(sheetGrid(a, name).values);
      expect(sheetGrid(b, name).formulas).toEqual(sheetGrid(a, name).formulas);
    }
    expect(b.tables).toEqual(a.tables);
  });

  it('refuses to overwrite its input', async () => {
    const copy = path.join(dir, 'copy.xlsx');
    fs.copyFileSync(EXAMPLE, copy);
    const r = await runCli(['generate-ikp', copy, '-o', copy]);
    expect(r.code).toBe(2);
    expect(sha(copy)).toBe(sha(EXAMPLE));
  });
});

describe('regenerating merges: nothing typed is lost (SPEC §6)', () => {
  const dir = tempDir();
  const first = path.join(dir, 'first.xlsx');
  const edited = path.join(dir, 'edited.xlsx');
  const second = path.join(dir, 'second.xlsx');
  const third = path.join(dir, 'third.xlsx');

  beforeAll(async () => {
    expect((await runCli(['generate-ikp', EXAMPLE, '-o', first])).code).toBe(0);
    const { workbook, snapshot: snap } = await readXlsxFile(first);
    const ikp = snap.tables.find((t) => t.name === 'Internkontrollplan')!;
    const rows = ikpRows(snap);
    const rowOf = (nr: number) => rows.find((r) => r['Nr'] === nr)!.row as number;
    const col = (h: string) => String.fromCharCode(64 + ikp.headers.indexOf(h) + 1);
    // A person fills Kontrollansvarig, and adds a column of their own to the table.
    const ikpPlan = emptySheetPlan('Internkontrollplan', 'user');
    ikpPlan.writes.push({ address: `${col('Kontrollansvarig')}${rowOf(23)}`, rows: [['Ekonomichefen']] });
    ikpPlan.writes.push({ address: `${col('Kontrollansvarig')}${rowOf(59)}`, rows: [['HR-chefen']] });
    const extraCol = String.fromCharCode(64 + ikp.headers.length + 1);
    const lastRow = 3 + rows.length;
    ikpPlan.writes.push({ address: `${extraCol}3`, rows: [['Egen kommentar']] });
    ikpPlan.writes.push({ address: `${extraCol}${rowOf(23)}`, rows: [['Följs upp i T2']] });
    ikpPlan.tables.push({
      name: 'Internkontrollplan',
      address: `A3:${extraCol}${lastRow}`,
      headers: [...ikp.headers, 'Egen kommentar'],
      mode: 'keep',
      style: 'TableStyleMedium2',
      calculated: [],
    });
    // The VoR changes: event 23 drops to RV 8 and is decided "Nej, endast VoR"; a new event 66
    // with RV 15 joins the last process.
    const vor = snap.tables.find((t) => t.name === 'RiskVasentlighet')!;
    const vorSheet = sheetGrid(snap, 'Risk & Väsentlighet');
    let row23 = 0;
    for (let r = 4; r <= 69; r++) if (cellAt(vorSheet, r, 4) === 23) row23 = r;
    expect(cellAt(vorSheet, row23, 5)).toBe('Bedrägligt beteende');
    const vorPlan = emptySheetPlan('Risk & Väsentlighet', 'user');
    vorPlan.writes.push({ address: `F${row23}`, rows: [['2. Mindre sannolikt']] });
    vorPlan.writes.push({ address: `I${row23}`, rows: [['Nej, endast VoR']] });
    vorPlan.writes.push({
      address: 'A70',
      rows: [
        [
          null,
          null,
          null,
          66,
          'Lösenord delas mellan medarbetare',
          '3. Möjlig',
          '5. Mycket allvarlig',
          null,
          null,
        ],
      ],
    });
    const lastLetter = String.fromCharCode(64 + vor.headers.length);
    vorPlan.tables.push({
      name: 'RiskVasentlighet',
      address: `A3:${lastLetter}70`,
      headers: vor.headers,
      mode: 'keep',
      style: 'TableStyleMedium2',
      calculated: [],
    });
    renderPlan(workbook, { sheets: [ikpPlan, vorPlan] });
    await writeXlsxFile(workbook, edited);
    expect((await runCli(['generate-ikp', edited, '-o', second])).code).toBe(0);
    expect((await runCli(['generate-ikp', second, '-o', third])).code).toBe(0);
  });

  it("keeps Kontrollansvarig and the person's own column", async () => {
    const rows = ikpRows(await snapshot(second));
    expect(rows.find((r) => r['Nr'] === 59)!['Kontrollansvarig']).toBe('HR-chefen');
    const e23 = rows.find((r) => r['Nr'] === 23)!;
    expect(e23['Kontrollansvarig']).toBe('Ekonomichefen');
    expect(e23['Egen kommentar']).toBe('Följs upp i T2');
  });

  it('flags the event that dropped below 12 and was decided Nej', async () => {
    const rows = ikpRows(await snapshot(second));
    expect(rows.find((r) => r['Nr'] === 23)!['Urval']).toBe('Ingår inte längre i urvalet');
  });

  it("adds the new RV 15 event inside its group, after the group's other events", async () => {
    const rows = ikpRows(await snapshot(second));
    const i66 = rows.findIndex((r) => r['Nr'] === 66);
    expect(i66).toBeGreaterThan(0);
    expect(rows[i66]['RV']).toBe(15);
    expect(rows[i66]['Process']).toBe('Systematiskt informationssäkerhetsarbete');
    expect(rows[i66 - 1]['Nr']).toBe(65);
  });

  it("sets the new mandatory event's blank decision to Ja in the VoR", async () => {
    const s = sheetGrid(await snapshot(second), 'Risk & Väsentlighet');
    expect(cellAt(s, 70, 9)).toBe('Ja');
  });

  it('changes nothing on a second run', async () => {
    const a = await snapshot(second);
    const b = await snapshot(third);
    expect(sheetGrid(b, 'Internkontrollplan').values).toEqual(sheetGrid(a, 'Internkontrollplan').values);
    expect(sheetGrid(b, 'Risk & Väsentlighet').values).toEqual(sheetGrid(a, 'Risk & Väsentlighet').values);
    expect(b.tables).toEqual(a.tables);
  });
});
