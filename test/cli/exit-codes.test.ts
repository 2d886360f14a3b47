/** Exit codes, folders and the CSV of several plans (SPEC §9). */
import * as fs from 'fs';
import * as path from 'path';
import { EXAMPLE, runCli, tempDir } from './run-cli';

test('a file that is not a workbook exits 2 with a Swedish sentence and no stack trace', async () => {
  const dir = tempDir();
  const bad = path.join(dir, 'inte-excel.xlsx');
  fs.writeFileSync(bad, 'det här är ingen arbetsbok');
  const r = await runCli(['check', bad]);
  expect(r.code).toBe(2);
  expect(r.out).toContain('Filen kunde inte läsas som en Excel-arbetsbok');
  expect(r.out + r.err).not.toMatch(/\n\s+at /);
});

test('a missing file exits 2', async () => {
  const r = await runCli(['validate-procurement', path.join(tempDir(), 'finns-inte.xlsx'), '--json']);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.out).error).toMatch(/kunde inte läsas/);
});

test('wrong arguments exit 2 with the usage', async () => {
  for (const args of [
    [],
    ['gissa'],
    ['generate-ikp', EXAMPLE],
    ['check', EXAMPLE, '--year', 'x'],
    ['check', EXAMPLE, '--okänd'],
  ]) {
    const r = await runCli(args);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/Användning|usage|--year|Okänd|behöver/);
  }
});

test('a workbook without any of the tables is a finding, not a crash', async () => {
  const dir = tempDir();
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('Budget').getCell('A1').value = 'Inget här';
  const file = path.join(dir, 'tom.xlsx');
  await wb.xlsx.writeFile(file);
  const r = await runCli(['check', file, '--json']);
  expect(r.code).toBe(1);
  expect(JSON.parse(r.out).findings.map((f: { rule: string }) => f.rule)).toEqual(['table-missing']);
  const g = await runCli(['generate-ikp', file, '-o', path.join(dir, 'ut.xlsx')]);
  expect(g.code).toBe(1);
  expect(g.out).toContain('Hittar inte risk- och väsentlighetsanalysen');
});

test('validate-procurement on a folder: one report per file and one CSV with the header once', async () => {
  const dir = tempDir();
  fs.copyFileSync(EXAMPLE, path.join(dir, 'amf.xlsx'));
  fs.copyFileSync(EXAMPLE, path.join(dir, 'sdf.xlsx'));
  fs.writeFileSync(path.join(dir, '~$amf.xlsx'), 'Excel lock file');
  const csv = path.join(dir, 'alla.csv');
  const r = await runCli(['validate-procurement', dir, '--json', '--csv', csv]);
  expect(r.code).toBe(1);
  const reports = JSON.parse(r.out) as { file: string }[];
  expect(reports.map((x) => path.basename(x.file))).toEqual(['amf.xlsx', 'sdf.xlsx']);
  const text = fs.readFileSync(csv, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  const lines = text.slice(1).split('\r\n').filter(Boolean);
  expect(lines[0].split(';')[0]).toBe('Verksamhet');
  expect(lines.filter((l) => l.startsWith('Verksamhet'))).toHaveLength(1);
  expect(lines).toHaveLength(1 + 2 * 5);
});
