/**
 * The production build through webpack's Node API, into a temporary folder: it must work offline
 * without certificates, emit the pages, scripts, icons and a manifest pointing at the production
 * URL, and keep the task pane's initial JavaScript within its gzip budget.
 */
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import webpack, { type Stats } from 'webpack';
import { ROOT, webpackConfig } from './webpack-config';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { BUDGET_BYTES, measureTaskpane } = require(path.join(ROOT, 'scripts', 'bundle-size.js')) as {
  BUDGET_BYTES: number;
  measureTaskpane: (dist: string) => { files: { file: string; gzipBytes: number }[]; gzipBytes: number };
};

const PROD_URL = 'https://internkontroll.example.se/addin/';
let dist: string;
let stats: Stats;

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'internkontroll-dist-'));
  const saved = process.env.ADDIN_PROD_URL;
  process.env.ADDIN_PROD_URL = PROD_URL.slice(0, -1); // without the slash: the config adds it
  const config = await webpackConfig({ WEBPACK_BUILD: true }, { mode: 'production' });
  if (saved === undefined) delete process.env.ADDIN_PROD_URL;
  else process.env.ADDIN_PROD_URL = saved;
  config.output = { ...config.output, path: dist };
  config.infrastructureLogging = { level: 'error' };
  stats = await new Promise<Stats>((resolve, reject) =>
    webpack(config, (error, result) =>
      error || !result ? reject(error ?? new Error('no stats')) : resolve(result),
    ),
  );
}, 240_000);

afterAll(() => {
  if (dist) fs.rmSync(dist, { recursive: true, force: true });
});

test('builds without errors', () => {
  expect(stats.toJson({ all: false, errors: true }).errors).toEqual([]);
});

test('emits the pages, their scripts and the icons', () => {
  for (const file of [
    'taskpane.html',
    'taskpane.js',
    'commands.html',
    'commands.js',
    'support.html',
    'manifest.xml',
  ]) {
    expect(fs.existsSync(path.join(dist, file)) ? file : `missing ${file}`).toBe(file);
  }
  const icons = fs.readdirSync(path.join(ROOT, 'assets')).filter((f) => f.endsWith('.png'));
  expect(icons.length).toBeGreaterThanOrEqual(11);
  for (const icon of icons)
    expect(fs.readFileSync(path.join(dist, 'assets', icon))).toEqual(
      fs.readFileSync(path.join(ROOT, 'assets', icon)),
    );
});

test('each page loads only its own entry', () => {
  expect(measureTaskpane(dist).files.map((f) => f.file)).toEqual(['taskpane.js']);
  expect(fs.readFileSync(path.join(dist, 'commands.html'), 'utf8')).toContain('src=commands.js');
  expect(fs.readFileSync(path.join(dist, 'commands.html'), 'utf8')).not.toContain('taskpane.js');
});

test('the manifest points at the production URL', () => {
  const manifest = fs.readFileSync(path.join(dist, 'manifest.xml'), 'utf8');
  expect(manifest).not.toContain('localhost');
  expect(manifest).toContain(`<SourceLocation DefaultValue="${PROD_URL}taskpane.html"/>`);
  expect(manifest).toContain(`${PROD_URL}assets/icon-80.png`);
});

test('no eval in the shipped scripts (the pages forbid it)', () => {
  for (const file of fs.readdirSync(dist).filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(dist, file), 'utf8');
    expect(code).not.toMatch(/\beval\(|new Function\(/);
  }
});

test(`the task pane's initial JavaScript is within ${BUDGET_BYTES / 1024} KB gzip`, () => {
  const { gzipBytes } = measureTaskpane(dist);
  expect(gzipBytes).toBeGreaterThan(10 * 1024); // a real bundle, not an empty file
  expect(gzipBytes).toBeLessThanOrEqual(BUDGET_BYTES);
});
