#!/usr/bin/env node
/**
 * Builds examples/amn-2021.xlsx: the Arbetsmarknadsnämnd's published 2021 VoR, IKP and
 * procurement plan (seed 003), from the clean TSV transcriptions in test/data/. The tables are
 * plain ranges under a title row, as the committee's own workbooks are; the add-in and the CLI
 * turn them into real tables. The procurement sheet carries the contact block as published:
 * the coordinator's line has no answer.
 *
 *   npm run example        (writes examples/amn-2021.xlsx)
 */
const fs = require('fs');
const path = require('path');
const ExcelJS = require('exceljs');

const root = path.resolve(__dirname, '..');
const data = (name) => path.join(root, 'test', 'data', name);

function readTsv(file) {
  const lines = fs.readFileSync(file, 'utf8').replace(/\r/g, '').split('\n');
  while (lines.length && lines[lines.length - 1] === '') lines.pop();
  return lines.map((l) => l.split('\t'));
}

/** Whole numbers (Nr, RV) become numeric cells, as they are in Excel; everything else stays text. */
function cell(text) {
  if (/^\d+$/.test(text)) return Number(text);
  return text === '' ? null : text;
}

function isoToDate(text) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? new Date(Date.UTC(+m[1], +m[2] - 1, +m[3])) : null;
}

function putTable(ws, topRow, rows, { widths, dateColumns = [] } = {}) {
  rows.forEach((r, i) => {
    const excelRow = ws.getRow(topRow + i);
    r.forEach((text, c) => {
      const date = i > 0 && dateColumns.includes(c) ? isoToDate(text) : null;
      excelRow.getCell(c + 1).value = date ?? (i === 0 ? text : cell(text));
      if (date) excelRow.getCell(c + 1).numFmt = 'yyyy-mm-dd';
      if (i === 0) excelRow.getCell(c + 1).font = { bold: true };
      excelRow.getCell(c + 1).alignment = { vertical: 'top', wrapText: true };
    });
  });
  (widths || []).forEach((w, i) => (ws.getColumn(i + 1).width = w));
}

async function main() {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Arbetsmarknadsnämnden (exempel)';
  wb.created = new Date(Date.UTC(2021, 0, 1));
  wb.modified = wb.created;

  const vor = wb.addWorksheet('Risk & Väsentlighet');
  vor.getCell('A1').value = 'Väsentlighets- och riskanalys 2021 – Arbetsmarknadsnämnden';
  vor.getCell('A1').font = { bold: true, size: 14 };
  putTable(vor, 3, readTsv(data('vor-2021.tsv')), { widths: [40, 30, 40, 6, 50, 18, 18, 6, 16] });

  const ikp = wb.addWorksheet('Internkontrollplan');
  ikp.getCell('A1').value = 'Internkontrollplan 2021 – Arbetsmarknadsnämnden';
  ikp.getCell('A1').font = { bold: true, size: 14 };
  putTable(ikp, 3, readTsv(data('ikp-2021.tsv')), { widths: [40, 30, 40, 40, 50, 6, 40] });

  const up = wb.addWorksheet('Planerade upphandlingar');
  up.getCell('A1').value = 'PLAN FÖR UPPHANDLING 2021';
  up.getCell('A1').font = { bold: true, size: 14 };
  const contact = [
    [
      'Kontaktuppgift förvaltningen, mailadress och telefonnummer',
      'Arbetsmarknadsförvaltningen, info.amf@stockholm.se, 08-508 35 500',
    ],
    [
      'Upphandlings- och inköpsansvarig, namn, mailadress och telefonnummer',
      'Johnny Ridemar, inköpsansvarig, johnny.ridemar@stockholm.se, 08-508 35 527',
    ],
    // As published: the coordinator's line has no answer (SPEC §2.3, fixtures README).
    ['Upphandlings- och inköpssamordnare, namn, mailadress och telefonnummer', null],
  ];
  contact.forEach(([label, answer], i) => {
    up.getCell(3 + i, 1).value = label;
    up.getCell(3 + i, 2).value = answer;
  });
  putTable(up, 7, readTsv(data('upphandling-2021.tsv')), {
    widths: [32, 34, 16, 28, 20, 18],
    dateColumns: [2],
  });

  const out = path.join(root, 'examples', 'amn-2021.xlsx');
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await wb.xlsx.writeFile(out);
  console.log(`Wrote ${path.relative(root, out)}`);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
