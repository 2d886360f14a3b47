/**
 * The 2014 layout through the CLI (SPEC §2: aliases, fill-down, no Nr column): the 2014
 * indicator VoR (Verksamhetsområde, Indikator, Risk, Väsentlighet, Aktivitet) and the 2014 IKP
 * (Indikator/Väsentlig process, Risk, Kontrollmoment, Ansvarig, Frekvens) as plain ranges under
 * titles on sheets named as people name them.
 */
import * as path from 'path';
import ExcelJS from 'exceljs';
import { fixtureRows, toCell } from '../helpers/tsv-workbook';
import { readXlsxFile } from '../../src/xlsx/read-file';
import { cellAt } from '../../src/core/workbook/cells';
import { runCli, runJson, tempDir } from './run-cli';

async function workbook2014(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const put = (name: string, title: string, rows: string[][]) => {
    const ws = wb.addWorksheet(name);
    ws.getCell('A1').value = title;
    rows.forEach((r, i) =>
      r.forEach((v, j) => (ws.getCell(3 + i, 1 + j).value = toCell(v) as ExcelJS.CellValue)),
    );
  };
  put('VoR 2014', 'Risk & Väsentlighet Indikatorer – 2014', fixtureRows('rv-indikatorer-2014.tsv'));
  put('IKP 2014', 'Internkontrollplan – 2014', fixtureRows('ikp-2014.tsv'));
  await wb.xlsx.writeFile(file);
}

describe('the 2014 layout', () => {
  const dir = tempDir();
  const input = path.join(dir, 'plan-2014.xlsx');
  const output = path.join(dir, 'out-2014.xlsx');
  beforeAll(() => workbook2014(input));

  it('check reads the 23 events and reports no Nr rule (the 2014 layout has no Nr column)', async () => {
    const { json } = await runJson(['check', input]);
    expect(json.summary).toMatchObject({ events: 23, ikpRows: 14 });
    const rules = json.findings.map((f) => f.rule);
    expect(rules).not.toContain('nr-missing');
    expect(rules).not.toContain('column-missing');
    expect(rules.filter((r) => r.startsWith('scale-'))).toEqual([]);
  });

  it('generate-ikp merges the 2014 plan: Ansvarig and Frekvens of a row that left the selection are kept', async () => {
    expect((await runCli(['generate-ikp', input, '-o', output])).code).toBeLessThan(2);
    const { snapshot } = await readXlsxFile(output);
    // The user's "IKP 2014" holds more than the plan (a title): it is read, never written;
    // the generated plan goes to its own sheet.
    const table = snapshot.tables.find((t) => t.name === 'Internkontrollplan')!;
    expect(table.sheet).toBe('Internkontrollplan');
    const sheet = snapshot.sheets.find((s) => s.name === table.sheet)!;
    const h = (name: string) => table.headers.indexOf(name) + 1;
    let found = false;
    for (let r = 4; r <= 60; r++) {
      if (cellAt(sheet, r, h('Oönskad händelse')) !== 'Andelen högutbildade som studerar är färre.') continue;
      found = true;
      expect(cellAt(sheet, r, h('Kontrollansvarig'))).toBe('Leif Styfberg');
      expect(cellAt(sheet, r, h('Frekvens'))).toBe('tertial');
      expect(cellAt(sheet, r, h('Urval'))).toBe('Ingår inte längre i urvalet');
    }
    expect(found).toBe(true);
    // The 2014 IKP sheet itself is untouched.
    const original = snapshot.sheets.find((s) => s.name === 'IKP 2014')!;
    expect(cellAt(original, 4, 6)).toBe('Thomas Lundberg');
  });
});
