#!/usr/bin/env node
/**
 * Draws the add-in's icons as PNG files in assets/ with nothing but Node (zlib + a CRC table),
 * so the icons can be regenerated on any machine without an image editor or a package.
 *
 *   node scripts/make-icons.js
 *
 * - icon-{16,32,64,80,128}.png: the add-in's icon, a 5×5 risk heat-map (SPEC §5): Sannolikhet
 *   5→1 top to bottom, Konsekvens 1→5 left to right, coloured by RV band (green, yellow, orange, red).
 * - ribbon-ikp-{16,32,80}.png: "Generate IKP sheet": a sheet whose rows carry red/orange risk marks.
 * - ribbon-procurement-{16,32,80}.png: "Validate procurement": a sheet with a green check mark.
 * The task-pane button uses icon-16/32/80.
 */
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');

const OUT = path.join(__dirname, '..', 'assets');
const SUPERSAMPLE = 4;

// RV bands of SPEC §5 with the default thresholds; hues chosen to stay apart for red-green colour blindness.
const BAND = {
  green: [0x1a, 0x98, 0x50, 255],
  yellow: [0xf2, 0xc2, 0x1b, 255],
  orange: [0xf0, 0x7d, 0x22, 255],
  red: [0xc6, 0x28, 0x28, 255],
};
const INK = [0x24, 0x24, 0x24, 255];
const PAPER = [0xff, 0xff, 0xff, 255];
const CHECK = [0x10, 0x7c, 0x41, 255];

function bandOf(rv) {
  if (rv >= 12) return BAND.red;
  if (rv >= 9) return BAND.orange;
  if (rv >= 5) return BAND.yellow;
  return BAND.green;
}

/** A shape is (x, y) in [0,1]² → RGBA or null (transparent). */
function heatMap(x, y) {
  const margin = 0.04;
  const gap = 0.035;
  const cell = (1 - 2 * margin - 4 * gap) / 5;
  const u = x - margin;
  const v = y - margin;
  if (u < 0 || v < 0) return null;
  const col = Math.floor(u / (cell + gap));
  const row = Math.floor(v / (cell + gap));
  if (col > 4 || row > 4) return null;
  if (u - col * (cell + gap) > cell || v - row * (cell + gap) > cell) return null;
  const likelihood = 5 - row;
  const consequence = col + 1;
  return bandOf(likelihood * consequence);
}

/** A sheet of paper with an ink border; `inside` draws on the paper. */
function sheet(inside) {
  return (x, y) => {
    const left = 0.12;
    const right = 0.88;
    const top = 0.04;
    const bottom = 0.96;
    if (x < left || x > right || y < top || y > bottom) return null;
    const border = 0.07;
    if (x < left + border || x > right - border || y < top + border || y > bottom - border) return INK;
    return inside(x, y) || PAPER;
  };
}

function ikpSheet(x, y) {
  const rows = [0.26, 0.5, 0.74];
  const marks = [BAND.red, BAND.orange, BAND.red];
  for (let i = 0; i < rows.length; i++) {
    if (Math.abs(y - rows[i]) < 0.075) {
      if (x > 0.25 && x < 0.4) return marks[i];
      if (x > 0.47 && x < 0.75 && Math.abs(y - rows[i]) < 0.04) return INK;
    }
  }
  return null;
}

function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

function procurementSheet(x, y) {
  const check =
    Math.min(
      distanceToSegment(x, y, 0.3, 0.58, 0.45, 0.76),
      distanceToSegment(x, y, 0.45, 0.76, 0.74, 0.34),
    ) < 0.075;
  if (check) return CHECK;
  for (const row of [0.2, 0.32]) {
    if (Math.abs(y - row) < 0.035 && x > 0.27 && x < 0.73) return INK;
  }
  return null;
}

/** Renders a shape at size×size pixels, averaging SUPERSAMPLE² samples per pixel (premultiplied). */
function render(shape, size) {
  const rgba = Buffer.alloc(size * size * 4);
  const n = SUPERSAMPLE;
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const c = shape((px + (sx + 0.5) / n) / size, (py + (sy + 0.5) / n) / size);
          if (!c) continue;
          const alpha = c[3] / 255;
          r += c[0] * alpha;
          g += c[1] * alpha;
          b += c[2] * alpha;
          a += alpha;
        }
      }
      const o = (py * size + px) * 4;
      if (a > 0) {
        rgba[o] = Math.round(r / a);
        rgba[o + 1] = Math.round(g / a);
        rgba[o + 2] = Math.round(b / a);
      }
      rgba[o + 3] = Math.round((a / (n * n)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let i = 0; i < 256; i++) {
    let c = i;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[i] = c >>> 0;
  }
  return table;
})();

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An 8-bit RGBA PNG; every scanline uses filter 0 (none), which keeps the encoder trivial. */
function encodePng(rgba, size) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type RGBA
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) {
    raw[y * (size * 4 + 1)] = 0;
    rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', zlib.deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const ICONS = [
  ...[16, 32, 64, 80, 128].map((size) => ({ name: `icon-${size}.png`, shape: heatMap, size })),
  ...[16, 32, 80].map((size) => ({ name: `ribbon-ikp-${size}.png`, shape: sheet(ikpSheet), size })),
  ...[16, 32, 80].map((size) => ({
    name: `ribbon-procurement-${size}.png`,
    shape: sheet(procurementSheet),
    size,
  })),
];

/** The PNG file of one of ICONS. */
function iconPng(icon) {
  return encodePng(render(icon.shape, icon.size), icon.size);
}

function main() {
  fs.mkdirSync(OUT, { recursive: true });
  for (const icon of ICONS) fs.writeFileSync(path.join(OUT, icon.name), iconPng(icon));
  console.log(`${ICONS.length} icons written to ${path.relative(process.cwd(), OUT) || '.'}`);
}

if (require.main === module) main();

module.exports = { ICONS, iconPng, crc32 };
