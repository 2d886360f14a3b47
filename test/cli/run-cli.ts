/** Runs the CLI in-process (the same main() the bin calls) and captures what it prints. */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../src/cli/main';

export const ROOT = path.resolve(__dirname, '..', '..');
export const EXAMPLE = path.join(ROOT, 'examples', 'amn-2021.xlsx');
export const FIXED_NOW = new Date(2026, 10, 22, 9, 30);

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let out = '';
  let err = '';
  const code = await main(args, {
    out: (s) => (out += `${s}\n`),
    err: (s) => (err += `${s}\n`),
    now: () => FIXED_NOW,
  });
  return { code, out, err };
}

export interface JsonReport {
  findings: {
    rule: string;
    row: number | null;
    severity: string;
    column: string | null;
    cell: string | null;
    sheet: string;
    message: string;
  }[];
  summary: Record<string, unknown>;
}

export interface JsonRun {
  code: number;
  json: JsonReport;
}

export async function runJson(args: string[]): Promise<JsonRun> {
  const r = await runCli([...args, '--json']);
  return { code: r.code, json: JSON.parse(r.out) as JsonReport };
}

export function tempDir(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'ik-cli-'));
}

export function sha(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return require('crypto').createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
