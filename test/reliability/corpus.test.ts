/**
 * The bad-input corpus (corpus.ts) through both paths (SPEC §8, §9):
 *
 * - the CLI on a real .xlsx written with ExcelJS: check, generate-ikp and validate-procurement
 *   with --json and --csv; exit code 0, 1 or 2, nothing on stdout or stderr that is a stack
 *   trace, the input file byte for byte unchanged, and in the workbook it writes every user cell
 *   equal to the input's (and merges and hidden rows kept);
 * - the Office.js host (createWorkbookHost over officeSession) on the fake Excel holding the same
 *   cells: every command resolves (or rejects with a Swedish ExcelHostError), and every user
 *   cell is unchanged afterwards.
 *
 * Each case must end in the rule ids it names, and both paths must report the same findings.
 */
import * as fs from 'fs';
import * as path from 'path';
import type { RuleId } from '../../src/core/findings/finding';
import type { CommandResult, WorkbookHost } from '../../src/app/workbook-host';
import { runCli, sha, tempDir, type JsonReport } from '../cli/run-cli';
import { createFakeExcel, type FakeExcel } from '../fake-excel';
import { CORPUS, type CorpusCase, type HostCommand } from './corpus';
import { FIGURES } from './figures';
import {
  findingProblems,
  hasStack,
  hostErrorProblems,
  officeHost,
  settle,
  textProblems,
} from './helpers/outcome';
import { missingValues, userCellChanges } from './helpers/ownership';
import { cellMapOfState, fakeInit, readXlsxContents, writeCaseXlsx } from './helpers/workbooks';

const RISK: HostCommand[] = ['check', 'generateIkp', 'refreshRisk'];
const PROCUREMENT: HostCommand[] = ['validateProcurement', 'exportProcurement'];

type Key = string;
const keyOf = (f: { rule: string; sheet: string; row: number | null; column: string | null }): Key =>
  `${f.rule} | ${f.sheet} | ${f.row ?? '-'} | ${f.column ?? '-'}`;

interface PathResult {
  problems: string[];
  /** Findings of check / validate-procurement (what the rule expectations are about). */
  findings: { rule: RuleId; sheet: string; row: number | null; column: string | null }[];
}

function expectationProblems(c: CorpusCase, rules: Set<string>, where: string): string[] {
  const out: string[] = [];
  for (const r of c.includes)
    if (!rules.has(r)) out.push(`${where}: expected a ${r} finding, got ${[...rules].join(', ') || 'none'}`);
  for (const r of c.excludes) if (rules.has(r)) out.push(`${where}: unexpected ${r} finding`);
  return out;
}

async function cliPath(c: CorpusCase): Promise<PathResult> {
  const dir = tempDir();
  const input = path.join(dir, 'in.xlsx');
  const out = path.join(dir, 'ut.xlsx');
  const csv = path.join(dir, 'ut.csv');
  const outProcurement = path.join(dir, 'upphandling.xlsx');
  await writeCaseXlsx(c, input);
  const hash = sha(input);
  const before = await readXlsxContents(input);
  const problems: string[] = [];
  const findings: PathResult['findings'] = [];

  const run = async (args: string[], collect: boolean): Promise<void> => {
    const r = await runCli([...args, '--json']);
    const what = `cli ${args[0]}`;
    if (![0, 1, 2].includes(r.code)) problems.push(`${what}: exit code ${r.code}`);
    if (hasStack(r.out) || hasStack(r.err)) problems.push(`${what}: a stack trace was printed`);
    if (r.err.trim() !== '') problems.push(...textProblems(`${what} stderr`, r.err));
    let json: JsonReport & { error?: string };
    try {
      json = JSON.parse(r.out) as JsonReport & { error?: string };
    } catch {
      problems.push(`${what}: stdout is not JSON: ${r.out.slice(0, 200)}`);
      return;
    }
    if (json.error !== undefined) problems.push(...textProblems(`${what} error`, json.error));
    for (const f of json.findings)
      problems.push(
        ...findingProblems(f as Parameters<typeof findingProblems>[0]).map((p) => `${what}: ${p}`),
      );
    if (collect) findings.push(...(json.findings as PathResult['findings']));
  };

  const risk = c.commands.some((x) => RISK.includes(x));
  const procurement = c.commands.some((x) => PROCUREMENT.includes(x));
  const outputs: string[] = [];
  if (risk) {
    await run(['check', input], true);
    await run(['generate-ikp', input, '-o', out], false);
    outputs.push(out);
  }
  if (procurement) {
    await run(['validate-procurement', input, '-o', outProcurement, '--csv', csv], true);
    // -o writes a workbook only when there is a plan to write the Status column into.
    if (fs.existsSync(outProcurement)) outputs.push(outProcurement);
  }

  if (sha(input) !== hash) problems.push('cli: the input file was modified');
  if (risk && !fs.existsSync(out)) problems.push('cli generate-ikp: no output workbook');
  for (const file of outputs.filter((f) => fs.existsSync(f))) {
    const what = `cli ${path.basename(file)}`;
    const after = await readXlsxContents(file);
    problems.push(...userCellChanges(before.cells, after.cells, c).map((p) => `${what}: ${p}`));
    for (const s of before.sheetNames) {
      if (c.generated.includes(s)) continue;
      const lost = (before.merges.get(s) ?? []).filter((m) => !(after.merges.get(s) ?? []).includes(m));
      if (lost.length) problems.push(`${what}: merges lost on ${s}: ${lost.join(', ')}`);
      const shown = (before.hiddenRows.get(s) ?? []).filter(
        (r) => !(after.hiddenRows.get(s) ?? []).includes(r),
      );
      if (shown.length) problems.push(`${what}: hidden rows shown on ${s}: ${shown.join(', ')}`);
    }
    if (file === out && c.keptInIkp.length) {
      const lost = missingValues(after.cells, 'Internkontrollplan', c.keptInIkp);
      if (lost.length) problems.push(`${what}: typed IKP values lost: ${lost.join(', ')}`);
    }
  }
  fs.rmSync(dir, { recursive: true, force: true });
  return { problems, findings };
}

const HOST_CALLS: Record<HostCommand, (h: WorkbookHost) => Promise<CommandResult>> = {
  check: (h) => h.check(),
  generateIkp: (h) => h.generateIkp(),
  refreshRisk: (h) => h.refreshRisk(),
  validateProcurement: (h) => h.validateProcurement(),
  exportProcurement: (h) => h.exportProcurement(),
};

let fake: FakeExcel | undefined;
afterEach(() => {
  fake?.uninstall();
  fake = undefined;
});

async function officePath(c: CorpusCase): Promise<PathResult> {
  fake = createFakeExcel(fakeInit(c));
  const before = cellMapOfState(fake.state());
  const host = officeHost();
  const problems: string[] = [];
  const findings: PathResult['findings'] = [];
  for (const cmd of c.commands) {
    const what = `office ${cmd}`;
    const r = await settle(HOST_CALLS[cmd](host));
    if (!r.ok) {
      const e = r.error as { code?: unknown; message?: unknown };
      problems.push(
        `${what}: rejected: ${String(e?.code)}: ${String(e?.message)}`,
        ...hostErrorProblems(what, r.error),
      );
      continue;
    }
    problems.push(...textProblems(`${what} summary`, r.value.summary));
    for (const f of r.value.findings) problems.push(...findingProblems(f).map((p) => `${what}: ${p}`));
    if (cmd === 'check' || cmd === 'validateProcurement') findings.push(...r.value.findings);
  }
  const after = cellMapOfState(fake.state());
  problems.push(...userCellChanges(before, after, c).map((p) => `office: ${p}`));
  if (c.keptInIkp.length && c.commands.includes('generateIkp')) {
    const lost = missingValues(after, 'Internkontrollplan', c.keptInIkp);
    if (lost.length) problems.push(`office: typed IKP values lost: ${lost.join(', ')}`);
  }
  return { problems, findings };
}

test(`the corpus has at least 60 cases, as many as docs/reliability.md states, with unique ids`, () => {
  expect(CORPUS.length).toBeGreaterThanOrEqual(60);
  expect(CORPUS.length).toBe(FIGURES.corpusCases);
  expect(new Set(CORPUS.map((c) => c.id)).size).toBe(CORPUS.length);
});

test.each(CORPUS.map((c) => [c.id, c] as const))('%s', async (_id, c) => {
  const cli = await cliPath(c);
  const office = await officePath(c);
  const cliRules = new Set<string>(cli.findings.map((f) => f.rule));
  const officeRules = new Set<string>(office.findings.map((f) => f.rule));
  const problems = [
    ...cli.problems,
    ...office.problems,
    ...expectationProblems(c, cliRules, 'cli'),
    ...expectationProblems(c, officeRules, 'office'),
  ];
  const cliKeys = [...new Set(cli.findings.map(keyOf))].sort();
  const officeKeys = [...new Set(office.findings.map(keyOf))].sort();
  if (JSON.stringify(cliKeys) !== JSON.stringify(officeKeys)) {
    problems.push(
      `the two paths disagree: only cli: ${cliKeys.filter((k) => !officeKeys.includes(k)).join('; ')}; only office: ${officeKeys.filter((k) => !cliKeys.includes(k)).join('; ')}`,
    );
  }
  expect({ case: c.about, problems }).toEqual({ case: c.about, problems: [] });
});
