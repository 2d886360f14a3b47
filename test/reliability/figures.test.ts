/**
 * docs/reliability.md states the figures of the reliability tests; they must be the figures the
 * tests count. The corpus test checks FIGURES.corpusCases against the corpus, each property test
 * that it ran PROPERTIES[id] times, the fault test the faults it injected against FIGURES.faults;
 * this test checks that the document states exactly those numbers.
 */
import * as fs from 'fs';
import * as path from 'path';
import { CORPUS } from './corpus';
import { FAULTS_INJECTED, FIGURES, PROPERTIES } from './figures';

const doc = fs.readFileSync(path.join(__dirname, '..', '..', 'docs', 'reliability.md'), 'utf8');

/** Rows `| label | number |` of the document's tables. */
function tableRows(): Map<string, number> {
  const rows = new Map<string, number>();
  for (const m of doc.matchAll(/^\|\s*([^|]+?)\s*\|\s*(\d+)\s*\|\s*$/gm)) rows.set(m[1], Number(m[2]));
  return rows;
}

/** Rows `| \`id\` | what | runs |` of the properties table. */
function propertyRows(): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of doc.matchAll(/^\|\s*`([a-z0-9-]+)`\s*\|[^|]*\|\s*(\d+)\s*\|\s*$/gm))
    out[m[1]] = Number(m[2]);
  return out;
}

test('the figures table states what the tests count', () => {
  const rows = tableRows();
  const byPrefix = (p: string) => CORPUS.filter((c) => c.id.startsWith(p)).length;
  expect(Object.fromEntries(rows)).toEqual({
    'Bad-input corpus cases': CORPUS.length,
    'Corpus cases on the VoR and the IKP': byPrefix('vor-'),
    'Corpus cases on the procurement plan': byPrefix('proc-'),
    'Corpus cases on whole workbooks': CORPUS.length - byPrefix('vor-') - byPrefix('proc-'),
    'Property tests': Object.keys(PROPERTIES).length,
    'Property runs (fast-check)': Object.values(PROPERTIES).reduce((a, b) => a + b, 0),
    'Commands under fault injection': FIGURES.faultCommands,
    'Faults injected': FAULTS_INJECTED,
    'Faults with one write request': FIGURES.faults.oneRequest,
    'Faults with one request per sheet': FIGURES.faults.perSheet,
    "Faults as Excel's cell-edit mode": FIGURES.faults.cellEdit,
  });
  expect(CORPUS.length).toBe(FIGURES.corpusCases);
  expect(FIGURES.properties).toBe(Object.keys(PROPERTIES).length);
  expect(FIGURES.propertyRuns).toBe(Object.values(PROPERTIES).reduce((a, b) => a + b, 0));
});

test('the properties table names every property with its runs', () => {
  expect(propertyRows()).toEqual(PROPERTIES);
});

test('the prose agrees: the corpus runs on both paths, the faults per session', () => {
  const prose = doc.replace(/\s+/g, ' ');
  expect(prose).toContain(`so the corpus is ${2 * CORPUS.length} runs`);
  expect(prose).toContain(`3 syncs (${FIGURES.faults.oneRequest} faults)`);
  expect(prose).toContain(`each sheet goes in a request of its own (${FIGURES.faults.perSheet} faults)`);
  expect(prose).toContain(`at each of the ${FIGURES.faults.cellEdit} syncs`);
});
