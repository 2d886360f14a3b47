/**
 * The real software the LibreOffice e2e tests drive: LibreOffice Calc (headless) and poppler's
 * pdftoppm / pdftotext. Missing tools FAIL the tests (never skip them) with what to install.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

export interface Tools {
  /** The LibreOffice binary (libreoffice or soffice). */
  soffice: string;
  /** "7.4.7.2" */
  version: string;
  pdftoppm: string;
  pdftotext: string;
}

/** Per-sheet CSV export (the 12th token of the CSV filter options) needs LibreOffice 7.2. */
const MIN_VERSION = [7, 2] as const;

const INSTALL_HELP =
  'The LibreOffice e2e tests need LibreOffice Calc and poppler-utils. Install them:\n' +
  '  Debian/Ubuntu: sudo apt-get install libreoffice-calc-nogui poppler-utils\n' +
  '  macOS:         brew install --cask libreoffice && brew install poppler\n' +
  '  Windows:       install LibreOffice and poppler, and put soffice.exe and pdftoppm.exe on PATH\n' +
  'or point LIBREOFFICE_PATH at the soffice / libreoffice binary.';

function onPath(name: string): string | null {
  const exts = process.platform === 'win32' ? ['.exe', '.com', ''] : [''];
  for (const dir of (process.env.PATH ?? '').split(path.delimiter)) {
    for (const ext of exts) {
      const candidate = path.join(dir, name + ext);
      if (dir && fs.existsSync(candidate) && fs.statSync(candidate).isFile()) return candidate;
    }
  }
  return null;
}

function findSoffice(): string | null {
  const fromEnv = process.env.LIBREOFFICE_PATH;
  if (fromEnv) return fs.existsSync(fromEnv) ? fromEnv : null;
  const known = [
    '/Applications/LibreOffice.app/Contents/MacOS/soffice',
    'C:\\Program Files\\LibreOffice\\program\\soffice.exe',
  ];
  return onPath('libreoffice') ?? onPath('soffice') ?? known.find((p) => fs.existsSync(p)) ?? null;
}

/** "LibreOffice 7.4.7.2 40(Build:2)" → "7.4.7.2"; null when the binary does not answer. */
function versionOf(soffice: string): string | null {
  const r = spawnSync(soffice, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  const m = /LibreOffice\s+(\d+(?:\.\d+)+)/.exec(`${r.stdout ?? ''}${r.stderr ?? ''}`);
  return m ? m[1] : null;
}

function atLeast(version: string, min: readonly number[]): boolean {
  const parts = version.split('.').map(Number);
  for (let i = 0; i < min.length; i++) {
    if ((parts[i] ?? 0) !== min[i]) return (parts[i] ?? 0) > min[i];
  }
  return true;
}

let cached: Tools | null = null;

/** The tools, or an Error that says what is missing and how to install it. */
export function requireTools(): Tools {
  if (cached) return cached;
  const missing: string[] = [];
  const soffice = findSoffice();
  const version = soffice ? versionOf(soffice) : null;
  if (!soffice) {
    missing.push(
      process.env.LIBREOFFICE_PATH
        ? `LIBREOFFICE_PATH=${process.env.LIBREOFFICE_PATH} does not exist`
        : 'LibreOffice (libreoffice / soffice) was not found on PATH',
    );
  } else if (!version) missing.push(`${soffice} --version did not answer as LibreOffice`);
  else if (!atLeast(version, MIN_VERSION)) {
    missing.push(
      `LibreOffice ${version} is too old: ${MIN_VERSION.join('.')} or newer is needed (per-sheet CSV export)`,
    );
  }
  const pdftoppm = onPath('pdftoppm');
  const pdftotext = onPath('pdftotext');
  if (!pdftoppm) missing.push('pdftoppm (poppler-utils) was not found');
  if (!pdftotext) missing.push('pdftotext (poppler-utils) was not found');
  if (missing.length > 0 || !soffice || !version || !pdftoppm || !pdftotext) {
    throw new Error(`${missing.join('; ')}.\n${INSTALL_HELP}`);
  }
  cached = { soffice, version, pdftoppm, pdftotext };
  return cached;
}

/** Runs a command; throws with its output when it fails or times out. */
export function run(cmd: string, args: string[], timeoutMs = 180_000): string {
  const r = spawnSync(cmd, args, { encoding: 'utf8', timeout: timeoutMs, maxBuffer: 64 * 1024 * 1024 });
  if (r.error || r.status !== 0) {
    const why = r.error ? r.error.message : `exit code ${r.status}`;
    throw new Error(`${cmd} ${args.join(' ')} failed (${why}):\n${r.stdout ?? ''}\n${r.stderr ?? ''}`);
  }
  return r.stdout;
}
