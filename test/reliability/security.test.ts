/**
 * Security (SPEC §7, §8):
 *
 * - CSV injection: text that starts with `=`, `+`, `-`, `@`, a tab or a carriage return reaches
 *   the CSV for the central purchasing unit neutralised (a leading apostrophe), through the
 *   add-in's export, the CLI's --csv and the CSV with the contact block; the export sheet and the
 *   generated IKP hold such text as text, never as a formula.
 * - No network: the pages' Content-Security-Policy allows no eval and no origin but Office's
 *   script host, and no source file calls a network API or names another origin.
 * - The manifest asks for ReadWriteDocument only and lists no extra domains.
 */
import * as fs from 'fs';
import * as path from 'path';
import { exportProcurement } from '../../src/core/commands/export-procurement';
import { procurementCsv } from '../../src/core/procurement/csv';
import { runCli, tempDir } from '../cli/run-cli';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { type CorpusCase, procurementGrid, procurementSheet, vorGrid, vorSheet } from './corpus';
import { FIXED_NOW, officeHost } from './helpers/outcome';
import { fakeInit, readXlsxContents, writeCaseXlsx } from './helpers/workbooks';

const ROOT = path.join(__dirname, '..', '..');
const OFFICE = 'https://appsforoffice.microsoft.com';

/** Text a spreadsheet would run: formulas, DDE, and the tab / CR forms that hide them. */
const PAYLOADS = [
  '=HYPERLINK("http://evil.example","klicka")',
  '+SUM(1,2)',
  '-2+3',
  '@SUM(A1)',
  '\t=1+1',
  '\r=1+1',
  "=cmd|' /C calc'!A0",
];
const DANGEROUS = /^[=+\-@\t\r]/;

function injectionCase(): CorpusCase {
  const g = procurementGrid();
  g.rows = PAYLOADS.map((p, i) => [
    p,
    'Externa tjänster, 1013, 101810',
    `${p} ${i}`,
    '2021-03-01',
    '2021-04-01 - 2022-03-31',
    `${i + 2} 000 000 kr`,
    'Tjänst',
  ]);
  const plan = procurementSheet(g, {
    contact: [
      [
        'Kontaktuppgift förvaltningen, mailadress och telefonnummer',
        "=cmd|' /C calc'!A0 info@stockholm.se 08-508 35 500",
      ],
      [
        'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer',
        '@Anna, anna@stockholm.se, 08-508 35 527',
      ],
      [
        'Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer',
        '+Bo, bo@stockholm.se, 08-508 35 600',
      ],
    ],
  });
  const vg = vorGrid();
  vg.set(2, 'Oönskad händelse', '=HYPERLINK("http://evil.example","risk")').set(
    1,
    'Oönskad händelse',
    '@SUM(A1)',
  );
  const vor = vorSheet(vg);
  return {
    id: 'csv-injection',
    about: 'formula payloads in every text cell that is exported or generated',
    sheets: [vor.sheet, plan.sheet],
    commands: [],
    includes: [],
    excludes: [],
    owned: [vor.owned, plan.owned],
    generated: [],
    keptInIkp: [],
  };
}

/** CSV fields (RFC 4180: quoted fields may hold ; " CR LF), the BOM dropped. */
export function csvFields(csv: string): string[] {
  const text = csv.replace(/^\uFEFF/, '');
  const fields: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      while (i < text.length) {
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ';' && !(text[i] === '\r' && text[i + 1] === '\n'))
        field += text[i++];
    }
    fields.push(field);
    if (text[i] === ';') i++;
    else if (text[i] === '\r' && text[i + 1] === '\n') i += 2;
  }
  return fields;
}

function unsafeFields(csv: string): string[] {
  return csvFields(csv).filter((f) => DANGEROUS.test(f));
}

describe('CSV injection', () => {
  const c = injectionCase();
  let fake: FakeExcel | undefined;
  afterEach(() => {
    fake?.uninstall();
    fake = undefined;
  });

  test("the add-in's export: every payload arrives with a leading apostrophe, and all rows are exported", async () => {
    fake = createFakeExcel(fakeInit(c));
    const r = await officeHost().exportProcurement();
    expect(unsafeFields(r.csv)).toEqual([]);
    const fields = csvFields(r.csv);
    // The readers trim a cell's text, so the tab and CR forms arrive as the formula they hid.
    for (const p of PAYLOADS) expect(fields).toContain(`'${p.trim()}`);
    expect(r.csv.startsWith('\uFEFF')).toBe(true);
    // Every row passed validation, so every payload really reached the CSV.
    expect(fields.filter((f) => f.startsWith("'"))).toHaveLength(PAYLOADS.length * 2);
  });

  test('the export sheet and the generated IKP hold the payloads as text, not formulas', async () => {
    fake = createFakeExcel(fakeInit(c));
    const host = officeHost();
    await host.exportProcurement();
    await host.generateIkp();
    const state = fake.state();
    for (const name of ['Till inköpsenheten', 'Internkontrollplan']) {
      const sheet = state.sheets.find((s) => s.name === name)!;
      const texts = Object.values(sheet.cells).map((cell) => cell.value);
      expect(Object.entries(sheet.cells).filter(([, cell]) => cell.formula !== undefined)).toEqual([]);
      expect(texts).toEqual(
        expect.arrayContaining(
          name === 'Internkontrollplan'
            ? ['=HYPERLINK("http://evil.example","risk")']
            : PAYLOADS.map((p) => p.trim()),
        ),
      );
    }
  });

  test('the CSV with the contact block neutralises the contact answers too', () => {
    const wb = { sheets: c.sheets.map((s) => ({ name: s.name, values: s.rows as never })), tables: [] };
    const r = exportProcurement(wb, { lang: 'sv', now: FIXED_NOW });
    const csv = procurementCsv(r.export!, { includeContact: true });
    expect(unsafeFields(csv)).toEqual([]);
    expect(csvFields(csv)).toEqual(
      expect.arrayContaining([
        "'=cmd|' /C calc'!A0 info@stockholm.se 08-508 35 500",
        "'@Anna, anna@stockholm.se, 08-508 35 527",
      ]),
    );
  });

  test("the CLI's --csv and the workbooks it writes", async () => {
    const dir = tempDir();
    const input = path.join(dir, 'in.xlsx');
    await writeCaseXlsx(c, input);
    const csv = path.join(dir, 'ut.csv');
    const out = path.join(dir, 'ut.xlsx');
    const ikp = path.join(dir, 'ikp.xlsx');
    const r = await runCli(['validate-procurement', input, '--csv', csv, '-o', out]);
    expect(r.code).toBe(0);
    const text = fs.readFileSync(csv, 'utf8');
    expect(unsafeFields(text)).toEqual([]);
    for (const p of PAYLOADS) expect(csvFields(text)).toContain(`'${p.trim()}`);
    expect((await runCli(['generate-ikp', input, '-o', ikp])).code).toBeLessThan(2);
    for (const [file, sheet] of [
      [out, 'Till inköpsenheten'],
      [ikp, 'Internkontrollplan'],
    ] as const) {
      const cells = (await readXlsxContents(file)).cells.get(sheet)!;
      expect([...cells.values()].filter((cell) => cell.formula !== null)).toEqual([]);
    }
    fs.rmSync(dir, { recursive: true, force: true });
  });

  test('csvFields reads what procurementCsv writes (the checker itself)', () => {
    expect(csvFields('\uFEFFa;"b;c";"d""e"\r\n"x\r\ny";\r\n')).toEqual(['a', 'b;c', 'd"e', 'x\r\ny', '']);
    expect(unsafeFields('ok;=1+1\r\n')).toEqual(['=1+1']);
  });
});

// ---- no network ----

function csp(file: string): Map<string, string[]> | null {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) return null;
  return new Map(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((p) => p[0])
      .map(([name, ...sources]) => [name.toLowerCase(), sources]),
  );
}

describe.each(['src/taskpane/taskpane.html', 'src/commands/commands.html', 'src/taskpane/support.html'])(
  '%s',
  (page) => {
    const policy = csp(page);

    test('has a Content-Security-Policy', () => {
      expect(policy).not.toBeNull();
    });

    test("allows no eval, no wildcard and no origin but Office's script host", () => {
      const sources = [...policy!.values()].flat();
      expect(sources).not.toContain("'unsafe-eval'");
      expect(sources.filter((s) => s.includes('*'))).toEqual([]);
      const outside = sources.filter(
        (s) => /^(https?|wss?|ftp):/i.test(s) || /^[a-z0-9-]+(\.[a-z0-9-]+)+/i.test(s),
      );
      expect(outside.filter((s) => s !== OFFICE)).toEqual([]);
      // A bare scheme (https:) would allow every origin; data: only for images.
      expect(sources.filter((s) => /^[a-z-]+:$/i.test(s) && s !== 'data:')).toEqual([]);
    });

    test('falls back to nothing outside (default-src is self or none)', () => {
      expect([["'self'"], ["'none'"]]).toContainEqual(policy!.get('default-src'));
      const connect = policy!.get('connect-src') ?? policy!.get('default-src')!;
      expect(connect.every((s) => s === "'self'" || s === "'none'")).toBe(true);
    });
  },
);

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.(ts|tsx|html|js)$/.test(e.name) ? [p] : [];
  });
}

test("no source file calls a network API or names an origin other than Office's", () => {
  const network =
    /\b(fetch\s*\(|XMLHttpRequest|WebSocket|EventSource|sendBeacon|importScripts|navigator\.connection|RTCPeerConnection)/;
  const offending: string[] = [];
  for (const file of sourceFiles(path.join(ROOT, 'src'))) {
    const text = fs.readFileSync(file, 'utf8');
    const rel = path.relative(ROOT, file);
    if (network.test(text)) offending.push(`${rel}: ${network.exec(text)![0]}`);
    for (const url of text.match(/\b(?:https?|wss?):\/\/[^\s"'`)<>]+/g) ?? []) {
      if (!url.startsWith(`${OFFICE}/`) && url !== OFFICE && !url.startsWith(`${OFFICE};`))
        offending.push(`${rel}: ${url}`);
    }
  }
  expect(offending).toEqual([]);
});

// ---- the manifest ----

describe('manifest.xml', () => {
  const xml = fs.readFileSync(path.join(ROOT, 'manifest.xml'), 'utf8');

  test('asks for ReadWriteDocument and nothing more', () => {
    const permissions = [...xml.matchAll(/<Permissions>\s*([^<]*?)\s*<\/Permissions>/g)].map((m) => m[1]);
    expect(permissions).toEqual(['ReadWriteDocument']);
  });

  test('lists no AppDomains', () => {
    const domains = [...xml.matchAll(/<AppDomain>\s*([^<]*?)\s*<\/AppDomain>/g)].map((m) => m[1]);
    expect(domains).toEqual([]);
  });

  test("every URL it names is on the add-in's own origin", () => {
    const origins = new Set(
      [...xml.matchAll(/DefaultValue="(https?:\/\/[^"]+)"/g)].map((m) => new URL(m[1]).origin),
    );
    expect([...origins]).toHaveLength(1);
    const source = /<SourceLocation\s+DefaultValue="([^"]+)"/.exec(xml)![1];
    expect([...origins]).toEqual([new URL(source).origin]);
  });
});
