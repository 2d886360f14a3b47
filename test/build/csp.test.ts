/**
 * The pages' Content-Security-Policy (SPEC §8: the add-in talks to nothing but the workbook) and
 * the build settings it depends on: no eval anywhere, so no eval-based source maps.
 */
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, webpackConfig } from './webpack-config';

const PAGES = ['src/taskpane/taskpane.html', 'src/commands/commands.html'];
const OFFICE = 'https://appsforoffice.microsoft.com';

/** The CSP of a page as directive → sources. */
function csp(file: string): Map<string, string[]> {
  const html = fs.readFileSync(path.join(ROOT, file), 'utf8');
  const meta = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(html);
  if (!meta) throw new Error(`${file} has no Content-Security-Policy meta tag`);
  return new Map(
    meta[1]
      .split(';')
      .map((d) => d.trim().split(/\s+/))
      .filter((parts) => parts[0])
      .map(([name, ...sources]) => [name, sources]),
  );
}

describe.each(PAGES)('%s', (page) => {
  const policy = csp(page);

  test('falls back to self only', () => {
    expect(policy.get('default-src')).toEqual(["'self'"]);
  });

  test('runs only its own scripts and office.js, never eval or inline script', () => {
    expect(policy.get('script-src')).toEqual(["'self'", OFFICE]);
  });

  test('connects to no other origin and loads images only from itself', () => {
    expect(policy.get('connect-src')).toEqual(["'self'"]);
    expect(policy.get('img-src')).toEqual(["'self'", 'data:']);
    expect(policy.get('object-src')).toEqual(["'none'"]);
  });

  test("allows inline styles (Fluent UI's Griffel writes <style> rules at run time) and nothing else outside", () => {
    expect(policy.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    const outside = [...policy.values()].flat().filter((source) => /^https?:/.test(source));
    expect(outside.every((source) => source === OFFICE)).toBe(true);
    expect([...policy.values()].flat()).not.toContain("'unsafe-eval'");
  });

  test("loads office.js from Office's script host", () => {
    const html = fs.readFileSync(path.join(ROOT, page), 'utf8');
    expect(html).toContain(`<script src="${OFFICE}/lib/1/hosted/office.js"></script>`);
  });
});

test.each(['production', 'development'] as const)(
  'the %s build uses no eval-based devtool and needs no certificates',
  async (mode) => {
    const config = await webpackConfig({}, { mode });
    expect(config.devtool).toBe('source-map');
    expect(config.mode).toBe(mode);
    // Only `webpack serve` asks for the https certificates.
    expect((config as { devServer?: unknown }).devServer).toBeUndefined();
  },
);
