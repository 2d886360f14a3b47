/**
 * The committed icons are what scripts/make-icons.js draws, and real PNGs: valid chunks and CRCs,
 * and a heat-map whose corners carry the right bands (SPEC §5: low risk green, high risk red).
 */
import * as fs from 'fs';
import * as path from 'path';
import * as zlib from 'zlib';
import { ROOT } from './webpack-config';

interface Icon {
  name: string;
  size: number;
}
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { ICONS, iconPng, crc32 } = require(path.join(ROOT, 'scripts', 'make-icons.js')) as {
  ICONS: Icon[];
  iconPng: (icon: Icon) => Buffer;
  crc32: (data: Buffer) => number;
};

/** Chunks of a PNG, each CRC checked, and its RGBA pixels (filter 0 only, as the script writes). */
function decode(png: Buffer) {
  expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  const chunks: { type: string; data: Buffer }[] = [];
  for (let at = 8; at < png.length;) {
    const length = png.readUInt32BE(at);
    const body = png.subarray(at + 4, at + 8 + length);
    expect(png.readUInt32BE(at + 8 + length)).toBe(crc32(body));
    chunks.push({ type: body.toString('ascii', 0, 4), data: body.subarray(4) });
    at += 12 + length;
  }
  expect(chunks.map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  const header = chunks[0].data;
  const width = header.readUInt32BE(0);
  expect([header[8], header[9]]).toEqual([8, 6]); // 8-bit RGBA
  const raw = zlib.inflateSync(chunks[1].data);
  const pixel = (x: number, y: number) => {
    const o = y * (width * 4 + 1) + 1 + x * 4;
    return [...raw.subarray(o, o + 4)];
  };
  return { width, height: header.readUInt32BE(4), pixel };
}

test.each(ICONS.map((icon) => [icon.name, icon] as const))(
  "assets/%s is the script's output",
  (name, icon) => {
    const committed = fs.readFileSync(path.join(ROOT, 'assets', name));
    expect(committed.equals(iconPng(icon))).toBe(true);
    const { width, height } = decode(committed);
    expect([width, height]).toEqual([icon.size, icon.size]);
  },
);

test('the heat-map is green at low risk and red at high risk', () => {
  const { pixel } = decode(fs.readFileSync(path.join(ROOT, 'assets', 'icon-128.png')));
  const [r1, g1] = pixel(12, 116); // bottom left: Sannolikhet 1 × Konsekvens 1
  expect(g1).toBeGreaterThan(r1);
  const [r2, g2] = pixel(116, 12); // top right: 5 × 5
  expect(r2).toBeGreaterThan(g2 * 2);
  expect(pixel(116, 12)[3]).toBe(255);
});
