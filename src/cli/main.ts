/**
 * internkontroll — the core on .xlsx files (SPEC §9). Reads with ExcelJS, runs the same command
 * as the add-in, renders the same write plan, and never modifies its input.
 * Exit codes: 0 no errors, 1 a file has errors, 2 a file cannot be read at all.
 */
import * as fs from 'fs';
import * as path from 'path';
import { checkWorkbook } from '../core/commands/check';
import { errorCount } from '../core/commands/command';
import { generateIkp } from '../core/commands/generate-ikp';
import { exportProcurement } from '../core/commands/export-procurement';
import { readXlsxFile } from '../xlsx/read-file';
import { renderPlan } from '../xlsx/render-plan';
import { writeXlsxFile } from '../xlsx/write-workbook';
import { parseArgs, UsageError, type CliArgs } from './args';
import { toJson, toText, type FileReport } from './report';
import { joinCsv } from './join-csv';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  now: () => Date;
}

const defaultIo: Io = {
  out: (s) => process.stdout.write(`${s}\n`),
  err: (s) => process.stderr.write(`${s}\n`),
  now: () => new Date(),
};

function isDirectory(p: string): boolean {
  return fs.existsSync(p) && fs.statSync(p).isDirectory();
}

/** The .xlsx files of a folder (not Excel's ~$ lock files), or the one file named. */
export function inputFiles(inputs: readonly string[]): string[] {
  const files: string[] = [];
  for (const input of inputs) {
    if (isDirectory(input)) {
      for (const f of fs.readdirSync(input).sort()) {
        if (/\.xlsx$/i.test(f) && !f.startsWith('~$')) files.push(path.join(input, f));
      }
    } else files.push(input);
  }
  return files;
}

/** With several inputs -o names a folder: one output per input, same file name. */
function outputPath(file: string, out: string, files: readonly string[]): string {
  return files.length > 1 ? path.join(out, path.basename(file)) : out;
}

async function writeOutput(
  workbook: Parameters<typeof writeXlsxFile>[0],
  file: string,
  out: string,
  files: readonly string[],
): Promise<void> {
  const target = outputPath(file, out, files);
  if (path.resolve(target) === path.resolve(file)) {
    throw new UsageError(
      '-o får inte vara samma fil som indata: indata ändras aldrig. / -o must not be the input file.',
    );
  }
  fs.mkdirSync(path.dirname(path.resolve(target)), { recursive: true });
  await writeXlsxFile(workbook, target);
}

function unreadable(file: string, e: unknown, args: CliArgs): FileReport {
  const reason = e instanceof Error ? e.message : String(e);
  const error =
    args.lang === 'sv'
      ? `Filen kunde inte läsas som en Excel-arbetsbok (.xlsx): ${reason}`
      : `The file could not be read as an Excel workbook (.xlsx): ${reason}`;
  return { file, findings: [], summary: {}, text: error, error };
}

async function runOne(
  file: string,
  args: CliArgs,
  io: Io,
  csvParts: string[],
  files: readonly string[],
): Promise<FileReport> {
  let read;
  try {
    read = await readXlsxFile(file);
  } catch (e) {
    return unreadable(file, e, args);
  }
  const opts = { lang: args.lang, now: io.now(), year: args.year };
  if (args.command === 'check') {
    const r = checkWorkbook(read.snapshot, opts);
    return { file, findings: r.findings, summary: r.counts, text: r.summary };
  }
  if (args.command === 'generate-ikp') {
    const r = generateIkp(read.snapshot, opts);
    renderPlan(read.workbook, r.plan);
    await writeOutput(read.workbook, file, args.out as string, files);
    return { file, findings: r.findings, summary: r.counts, text: r.summary, notes: [`→ ${args.out}`] };
  }
  const r = exportProcurement(read.snapshot, opts);
  if (r.csv) csvParts.push(r.csv);
  const notes: string[] = [];
  if (args.out && r.table) {
    renderPlan(read.workbook, r.plan);
    await writeOutput(read.workbook, file, args.out, files);
    notes.push(`→ ${outputPath(file, args.out, files)}`);
  }
  const summary = r.validation
    ? { ...r.validation.summary, planYear: r.planYear.year }
    : { rows: 0, ok: 0, warnings: 0, errors: 0, planYear: r.planYear.year };
  const text = args.csv && r.export ? `${r.validationSummary} ${r.summary}` : r.validationSummary;
  return { file, findings: r.findings, summary, text, notes };
}

export async function main(argv: readonly string[], io: Io = defaultIo): Promise<number> {
  let args: CliArgs;
  try {
    args = parseArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  const files = inputFiles(args.inputs);
  if (files.length === 0) {
    io.err(args.lang === 'sv' ? 'Inga .xlsx-filer hittades.' : 'No .xlsx files found.');
    return 2;
  }
  const reports: FileReport[] = [];
  const csvParts: string[] = [];
  try {
    for (const f of files) reports.push(await runOne(f, args, io, csvParts, files));
  } catch (e) {
    if (e instanceof UsageError) {
      io.err(e.message);
      return 2;
    }
    throw e;
  }
  if (args.csv) {
    fs.mkdirSync(path.dirname(path.resolve(args.csv)), { recursive: true });
    fs.writeFileSync(args.csv, joinCsv(csvParts), 'utf8');
  }
  if (args.json) {
    const single = args.inputs.length === 1 && !isDirectory(args.inputs[0]);
    const json = single ? toJson(reports[0]) : reports.map(toJson);
    io.out(JSON.stringify(json, null, 2));
  } else {
    for (const r of reports) io.out(toText(r, args.lang));
    if (args.csv) io.out(`CSV → ${args.csv}`);
  }
  if (reports.some((r) => r.error)) return 2;
  return reports.some((r) => errorCount(r.findings) > 0) ? 1 : 0;
}
