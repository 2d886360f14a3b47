#!/usr/bin/env node
/**
 * A tiny static server for the preview (npm run preview): dist-preview/ at /, and the
 * repository's examples/ at /examples/ (so a rebuilt example needs no rebuild of the page).
 * Node's http module only, bound to the loopback interface: nothing outside this computer can
 * reach it, and the page it serves requests nothing from anywhere else.
 *
 *   node scripts/preview-server.js [--port 3100]      (or PORT=3100)
 *
 * When the port is taken it takes a free one, and prints the URL either way.
 */
'use strict';
const fs = require('fs');
const http = require('http');
const path = require('path');
const { URL } = require('url');

const ROOT = path.join(__dirname, '..');
const DEFAULT_PORT = 3100;
const HOST = '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.xlsx': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
};

/** The page's own policy again as a header, which also covers what a <meta> cannot (frame-ancestors). */
const CSP =
  "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; connect-src 'self'; " +
  "img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'none'; frame-ancestors 'none'";

/** The file under `dir` that `relative` names, or null when it would leave `dir`. */
function inside(dir, relative) {
  const file = path.resolve(dir, '.' + path.posix.normalize('/' + relative));
  return file === dir || file.startsWith(dir + path.sep) ? file : null;
}

/** Which file answers `pathname`: /examples/… from examplesDir when it has it, else distDir. */
function resolveFile(pathname, { distDir, examplesDir }) {
  const candidates = [];
  if (examplesDir && pathname.startsWith('/examples/')) {
    candidates.push(inside(examplesDir, pathname.slice('/examples/'.length)));
  }
  candidates.push(inside(distDir, pathname.endsWith('/') ? `${pathname}index.html` : pathname));
  for (const file of candidates) {
    if (file && fs.existsSync(file) && fs.statSync(file).isFile()) return file;
  }
  return null;
}

function createPreviewServer({ distDir, examplesDir }) {
  return http.createServer((req, res) => {
    const headers = {
      'Cache-Control': 'no-cache',
      'X-Content-Type-Options': 'nosniff',
      'Referrer-Policy': 'no-referrer',
      'Content-Security-Policy': CSP,
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      res.writeHead(405, { ...headers, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('405 Method Not Allowed\n');
      return;
    }
    let pathname;
    try {
      pathname = decodeURIComponent(new URL(req.url || '/', 'http://localhost').pathname);
    } catch {
      pathname = null;
    }
    const file =
      pathname === null || pathname.includes('\0') ? null : resolveFile(pathname, { distDir, examplesDir });
    if (!file) {
      res.writeHead(404, { ...headers, 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('404 Not Found\n');
      return;
    }
    const type = TYPES[path.extname(file).toLowerCase()] || 'application/octet-stream';
    res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Length': fs.statSync(file).size });
    if (req.method === 'HEAD') res.end();
    else fs.createReadStream(file).pipe(res);
  });
}

function listen(server, port, host) {
  return new Promise((resolve, reject) => {
    const onError = (error) => {
      server.off('listening', onListening);
      reject(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolve(server.address().port);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

/**
 * Starts the server; `port` 0 takes a free port, and a taken port falls back to a free one
 * unless `strictPort`. Resolves to { url, port, close() }.
 */
async function startPreviewServer(options = {}) {
  const distDir = path.resolve(options.distDir || path.join(ROOT, 'dist-preview'));
  const examplesDir =
    options.examplesDir === null ? null : path.resolve(options.examplesDir || path.join(ROOT, 'examples'));
  const host = options.host || HOST;
  const server = createPreviewServer({ distDir, examplesDir });
  let port;
  try {
    port = await listen(server, options.port ?? DEFAULT_PORT, host);
  } catch (error) {
    if (error.code !== 'EADDRINUSE' || options.strictPort) throw error;
    port = await listen(server, 0, host);
  }
  const url = `http://${host === '127.0.0.1' ? 'localhost' : host}:${port}/`;
  const close = () =>
    new Promise((resolve) => {
      server.close(() => resolve());
      // Browsers keep connections open; closing means now, not after their keep-alive timeout.
      server.closeAllConnections();
    });
  return { server, url, port, close };
}

function parsePort(argv, env) {
  const i = argv.indexOf('--port');
  const raw = i >= 0 ? argv[i + 1] : env.PORT;
  if (raw === undefined) return DEFAULT_PORT;
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`Not a port: ${raw}`);
  return port;
}

async function main() {
  const distDir = path.join(ROOT, 'dist-preview');
  if (!fs.existsSync(path.join(distDir, 'index.html'))) {
    console.error(
      'dist-preview/index.html is missing: run `npm run build:preview` first (or `npm run preview`).',
    );
    process.exit(1);
  }
  const { url } = await startPreviewServer({ distDir, port: parsePort(process.argv.slice(2), process.env) });
  console.log(`Internkontroll – förhandsvisning: ${url}`);
  console.log(`  English: ${url}?lang=en`);
  console.log('  (Ctrl+C stoppar / stops the server)');
}

if (require.main === module) {
  main().catch((error) => {
    console.error(error.message || error);
    process.exit(1);
  });
}

module.exports = { createPreviewServer, startPreviewServer, resolveFile, DEFAULT_PORT };
