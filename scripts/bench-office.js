/**
 * The add-in's side of `npm run bench`: context.sync() calls and request sizes of the Office.js
 * host, measured on the typed fake of the Excel API (test/fake-excel), which counts syncs and
 * the bytes of every request like Excel on the web. Sync counts must be the same at 100 and
 * 10 000 rows (SPEC §8), and no request may exceed 4 MB.
 */
require('./ts-require');
const path = require('path');
const root = path.resolve(__dirname, '..');
const { createFakeExcel } = require(path.join(root, 'test', 'fake-excel', 'index.ts'));
const { createWorkbookHost } = require(path.join(root, 'src', 'app', 'command-host.ts'));
const { officeSession } = require(path.join(root, 'src', 'excel', 'office-host.ts'));
const { vorRows, procurementRows } = require('./synthetic');

async function measure(sheet, rows, command) {
  const fake = createFakeExcel({ sheets: [{ name: sheet, values: rows }], tables: [] });
  try {
    const host = createWorkbookHost(officeSession('sv'), 'sv', { now: () => new Date(2026, 0, 1) });
    await host[command]();
    return { syncs: fake.syncs.length, maxRequestBytes: Math.max(...fake.syncs.map((s) => s.requestBytes)) };
  } finally {
    fake.uninstall();
  }
}

async function officeFigures() {
  const syncs = { generateIkp: {}, validateProcurement: {} };
  const maxRequestBytes = { generateIkp: {}, validateProcurement: {} };
  for (const n of [100, 10000]) {
    const g = await measure('Risk & Väsentlighet', vorRows(n), 'generateIkp');
    const v = await measure('Planerade upphandlingar', procurementRows(n), 'validateProcurement');
    syncs.generateIkp[n] = g.syncs;
    syncs.validateProcurement[n] = v.syncs;
    maxRequestBytes.generateIkp[n] = g.maxRequestBytes;
    maxRequestBytes.validateProcurement[n] = v.maxRequestBytes;
  }
  return { syncs, maxRequestBytes };
}

module.exports = { officeFigures };
