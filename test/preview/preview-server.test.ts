/** scripts/preview-server.js: the preview's static server on the loopback interface. */
import * as fs from 'fs';
import * as http from 'http';
import * as os from 'os';
import * as path from 'path';

interface Running {
  url: string;
  port: number;
  close(): Promise<void>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports
const { startPreviewServer } = require('../../scripts/preview-server.js') as {
  startPreviewServer(options: {
    distDir: string;
    examplesDir?: string | null;
    port?: number;
    strictPort?: boolean;
  }): Promise<Running>;
};

const ROOT = path.join(__dirname, '..', '..');
let dist: string;
let server: Running;

function get(
  url: string,
  method = 'GET',
): Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const req = http.request(url, { method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
    });
    req.on('error', reject);
    req.end();
  });
}

/** A raw request line, for paths an URL parser would normalise away. */
function rawGet(port: number, target: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port, path: target, method: 'GET' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', reject);
    req.end();
  });
}

beforeAll(async () => {
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'preview-server-'));
  fs.writeFileSync(path.join(dist, 'index.html'), '<!doctype html><title>x</title>');
  fs.writeFileSync(path.join(dist, 'preview.js'), 'void 0;');
  server = await startPreviewServer({ distDir: dist, examplesDir: path.join(ROOT, 'examples'), port: 0 });
});

afterAll(async () => {
  await server?.close();
  fs.rmSync(dist, { recursive: true, force: true });
});

test('serves the page, its script and the repository example, with the page policy', async () => {
  expect(server.url).toMatch(/^http:\/\/localhost:\d+\/$/);
  const page = await get(server.url);
  expect(page.status).toBe(200);
  expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(page.headers['content-security-policy']).toContain("script-src 'self'");
  expect(page.headers['x-content-type-options']).toBe('nosniff');
  expect((await get(`${server.url}preview.js`)).headers['content-type']).toBe(
    'text/javascript; charset=utf-8',
  );
  const example = await get(`${server.url}examples/amn-2021.xlsx`);
  expect(example.status).toBe(200);
  expect(example.body.equals(fs.readFileSync(path.join(ROOT, 'examples', 'amn-2021.xlsx')))).toBe(true);
});

test('nothing outside its folders, and only GET and HEAD', async () => {
  expect((await get(`${server.url}missing.js`)).status).toBe(404);
  expect(await rawGet(server.port, '/../package.json')).toBe(404);
  expect(await rawGet(server.port, '/examples/../../package.json')).toBe(404);
  expect(await rawGet(server.port, '/%2e%2e/%2e%2e/package.json')).toBe(404);
  expect(await rawGet(server.port, '/examples/%2e%2e%2fpackage.json')).toBe(404);
  expect((await get(server.url, 'POST')).status).toBe(405);
  expect((await get(server.url, 'HEAD')).status).toBe(200);
});

test('a port that is taken falls back to a free one, unless it must be that port', async () => {
  const second = await startPreviewServer({ distDir: dist, port: server.port });
  try {
    expect(second.port).not.toBe(server.port);
    expect((await get(second.url)).status).toBe(200);
  } finally {
    await second.close();
  }
  await expect(startPreviewServer({ distDir: dist, port: server.port, strictPort: true })).rejects.toThrow(
    /EADDRINUSE/,
  );
});
