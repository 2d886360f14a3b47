#!/usr/bin/env node
/**
 * npm run bench — speed figures into out/bench.json (a benchmark, not a timed test):
 *   domainMs: the core (locate + read + VoR rules + IKP selection and merge + Riskmatris, i.e.
 *     generateIkp and the consistency check) on generated VoR tables of 1 000, 10 000 and
 *     100 000 events, median of several runs. Target: 100k ≤ 12 × the 10k time.
 *   cliVsExceljs: generate-ikp on a generated 50 000-event workbook divided by a bare ExcelJS
 *     read + write of the same file, in the same run. Target ≤ 1.3.
 * Other scripts (the Office.js fake's sync counts, the bundle size) add their keys to the same
 * file; this one keeps them.
 */
const fs = require('fs');
const os = require('os');
const path = require('path');
const ExcelJS = require('exceljs');
const { vorRows } = require('./synthetic');
const { officeFigures } = require('./bench-office');
const { measureTaskpane, BUDGET_BYTES } = require('./bundle-size');
const { execFileSync } = require('child_process');

const root = path.resolve(__dirname, '..');
const lib = (p) => require(path.join(root, 'lib', p));
const { generateIkp } = lib('core/commands/generate-ikp');
const { checkWorkbook } = lib('core/commands/check');
const { main } = lib('cli/main');

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function snapshotOf(rows) {
  return { sheets: [{ name: 'Risk & Väsentlighet', values: rows }], tables: [] };
}

function timeDomain(events, runs) {
  const wb = snapshotOf(vorRows(events));
  const opts = { lang: 'sv', now: new Date(Date.UTC(2026, 0, 1)) };
  const times = [];
  for (let i = 0; i < runs; i++) {
    if (global.gc) global.gc();
    const t0 = process.hrtime.bigint();
    generateIkp(wb, opts);
    checkWorkbook(wb, opts);
    times.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  return median(times);
}

async function writeWorkbook(file, events) {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Risk & Väsentlighet');
  for (const r of vorRows(events)) ws.addRow(r);
  await wb.xlsx.writeFile(file);
}

async function timeCli(events, runs) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'ik-bench-'));
  const input = path.join(dir, 'vor.xlsx');
  await writeWorkbook(input, events);
  const quiet = { out: () => {}, err: () => {}, now: () => new Date(Date.UTC(2026, 0, 1)) };
  const bare = [];
  const cli = [];
  for (let i = 0; i < runs; i++) {
    let t0 = process.hrtime.bigint();
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(input);
    await wb.xlsx.writeFile(path.join(dir, 'bare.xlsx'));
    bare.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (global.gc) global.gc();
    t0 = process.hrtime.bigint();
    const code = await main(['generate-ikp', input, '-o', path.join(dir, 'out.xlsx')], quiet);
    cli.push(Number(process.hrtime.bigint() - t0) / 1e6);
    if (code === 2) throw new Error('generate-ikp could not read the generated workbook');
    if (global.gc) global.gc();
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { bareMs: median(bare), cliMs: median(cli) };
}

async function bench() {
  const outFile = path.join(root, 'out', 'bench.json');
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const previous = fs.existsSync(outFile) ? JSON.parse(fs.readFileSync(outFile, 'utf8')) : {};

  timeDomain(1000, 2); // warm-up: JIT
  const domainMs = {
    1000: timeDomain(1000, 7),
    10000: timeDomain(10000, 5),
    100000: timeDomain(100000, 3),
  };
  const rows = 50000;
  const { bareMs, cliMs } = await timeCli(rows, 3);
  const office = await officeFigures();
  // Build the add-in afresh so the bundle size is the current code's, not a stale dist/'s.
  const dist = path.join(root, 'dist');
  execFileSync(process.execPath, [require.resolve('webpack-cli/bin/cli.js'), '--mode', 'production'], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const bundleGzipBytes = measureTaskpane(dist).gzipBytes;
  const result = {
    ...previous,
    date: new Date().toISOString(),
    node: process.version,
    domainMs,
    domainScale100kOver10k: +(domainMs[100000] / domainMs[10000]).toFixed(2),
    cliVsExceljs: {
      rows,
      cliMs: Math.round(cliMs),
      exceljsReadWriteMs: Math.round(bareMs),
      ratio: +(cliMs / bareMs).toFixed(3),
    },
    syncs: office.syncs,
    maxRequestBytes: office.maxRequestBytes,
    bundleGzipBytes,
    bundleBudgetBytes: BUDGET_BYTES,
  };
  fs.writeFileSync(outFile, JSON.stringify(result, null, 2) + '\n');
  console.log(JSON.stringify(result, null, 2));
  const ok1 = domainMs[100000] <= 12 * domainMs[10000];
  const ok2 = result.cliVsExceljs.ratio <= 1.3;
  const ok3 = ['generateIkp', 'validateProcurement'].every(
    (c) => office.syncs[c][100] === office.syncs[c][10000],
  );
  const ok4 = office.maxRequestBytes.generateIkp[10000] <= 4_000_000;
  const ok5 = bundleGzipBytes <= BUDGET_BYTES;
  console.log(
    `100k ≤ 12 × 10k: ${ok1 ? 'yes' : 'NO'} (${result.domainScale100kOver10k}×); CLI / ExcelJS ≤ 1.3: ${ok2 ? 'yes' : 'NO'} (${result.cliVsExceljs.ratio})`,
  );
  console.log(
    `syncs same at 100 and 10 000: ${ok3 ? 'yes' : 'NO'}; request ≤ 4 MB: ${ok4 ? 'yes' : 'NO'}; task pane ≤ 150 KB gzip: ${ok5 ? 'yes' : 'NO'} (${Math.round(bundleGzipBytes / 1024)} KB)`,
  );
}

bench().catch((e) => {
  console.error(e);
  process.exit(1);
});
