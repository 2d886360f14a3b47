#!/usr/bin/env node
/**
 * The task pane's initial JavaScript, gzip-compressed, against its budget (150 KB): what a user
 * downloads before the pane can draw anything. "Initial" is read from the built page itself —
 * every local <script src> in dist/taskpane.html — so lazily loaded chunks (the Excel host) are
 * not counted and a new initial chunk cannot slip past.
 *
 *   npm run build && node scripts/bundle-size.js [distDir]
 *
 * Exits 1 when over budget or when the page has no local script.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const BUDGET_BYTES = 150 * 1024;

/** src attributes of the page's <script> tags that load files from dist/ (not office.js). */
function localScripts(html) {
  const sources = [];
  for (const tag of html.match(/<script\b[^>]*>/gi) || []) {
    const src = /\bsrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = src && (src[1] || src[2] || src[3]);
    if (value && !/^[a-z]+:\/\//i.test(value) && !value.startsWith('//')) sources.push(value);
  }
  return sources;
}

/** { files: [{ file, bytes, gzipBytes }], gzipBytes } for the task pane's initial scripts. */
function measureTaskpane(distDir) {
  const html = fs.readFileSync(path.join(distDir, 'taskpane.html'), 'utf8');
  const files = localScripts(html).map((src) => {
    const content = fs.readFileSync(path.join(distDir, src.split(/[?#]/)[0]));
    return { file: src, bytes: content.length, gzipBytes: zlib.gzipSync(content, { level: 9 }).length };
  });
  return { files, gzipBytes: files.reduce((sum, f) => sum + f.gzipBytes, 0) };
}

function kb(bytes) {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

function main() {
  const distDir = path.resolve(process.argv[2] || path.join(__dirname, '..', 'dist'));
  const { files, gzipBytes } = measureTaskpane(distDir);
  for (const f of files) console.log(`${f.file}: ${kb(f.bytes)} raw, ${kb(f.gzipBytes)} gzip`);
  console.log(`task pane initial JS: ${kb(gzipBytes)} gzip (budget ${kb(BUDGET_BYTES)})`);
  if (files.length === 0) {
    console.error('dist/taskpane.html loads no local script: is the build broken?');
    process.exit(1);
  }
  if (gzipBytes > BUDGET_BYTES) {
    console.error(`over budget by ${kb(gzipBytes - BUDGET_BYTES)}`);
    process.exit(1);
  }
}

if (require.main === module) main();

module.exports = { BUDGET_BYTES, localScripts, measureTaskpane };
