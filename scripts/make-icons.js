#!/usr/bin/env node
// Draws the add-in's icon (a white check mark in a speech bubble, brand colour #0F6CBD) as
// PNG files at the sizes the manifests declare, and the unified manifest's app icons: the
// colour icon at 192×192 and the outline icon (white bubble, check mark cut out, transparent
// background) at 32×32. No dependency: a small rasterizer with 4×4 supersampling, and PNG
// chunks written with zlib.
//   node scripts/make-icons.js   → assets/icon-16.png … icon-128.png, icon-color-192.png, icon-outline-32.png
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80, 128];
const BRAND = [0x0f, 0x6c, 0xbd];
const WHITE = [0xff, 0xff, 0xff];
const SAMPLES = 4;

function insideRoundedRect(x, y, r) {
  const [x0, y0, x1, y1, radius] = r;
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + radius), x1 - radius);
  const cy = Math.min(Math.max(y, y0 + radius), y1 - radius);
  return (x - cx) ** 2 + (y - cy) ** 2 <= radius ** 2;
}

function insideTriangle(x, y, [a, b, c]) {
  const side = (p, q) => (q[0] - p[0]) * (y - p[1]) - (q[1] - p[1]) * (x - p[0]);
  const d1 = side(a, b);
  const d2 = side(b, c);
  const d3 = side(c, a);
  return !((d1 < 0 || d2 < 0 || d3 < 0) && (d1 > 0 || d2 > 0 || d3 > 0));
}

function distanceToSegment(x, y, [ax, ay], [bx, by]) {
  const t = Math.max(0, Math.min(1, ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / ((bx - ax) ** 2 + (by - ay) ** 2)));
  return Math.hypot(x - (ax + t * (bx - ax)), y - (ay + t * (by - ay)));
}

// The glyph in unit coordinates (0..1, y down).
const BUBBLE = [0.06, 0.08, 0.94, 0.74, 0.16];
const TAIL = [
  [0.22, 0.66],
  [0.46, 0.66],
  [0.2, 0.94],
];
const CHECK = [
  [0.3, 0.42],
  [0.44, 0.56],
  [0.7, 0.27],
];
const CHECK_WIDTH = 0.1;

/** Colour of one sample point (null: transparent); the outline icon cuts the check mark out. */
function sample(x, y, outline) {
  const inBubble = insideRoundedRect(x, y, BUBBLE) || insideTriangle(x, y, TAIL);
  if (!inBubble) return null;
  const d = Math.min(distanceToSegment(x, y, CHECK[0], CHECK[1]), distanceToSegment(x, y, CHECK[1], CHECK[2]));
  const onCheck = d <= CHECK_WIDTH / 2;
  if (outline) return onCheck ? null : WHITE;
  return onCheck ? WHITE : BRAND;
}

function render(size, { outline = false } = {}) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let covered = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const c = sample((px + (sx + 0.5) / SAMPLES) / size, (py + (sy + 0.5) / SAMPLES) / size, outline);
          if (!c) continue;
          r += c[0];
          g += c[1];
          b += c[2];
          covered += 1;
        }
      }
      const o = (py * size + px) * 4;
      if (covered > 0) {
        rgba[o] = Math.round(r / covered);
        rgba[o + 1] = Math.round(g / covered);
        rgba[o + 2] = Math.round(b / covered);
        rgba[o + 3] = Math.round((255 * covered) / (SAMPLES * SAMPLES));
      }
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

function png(size, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // RGBA
  const rows = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(rows, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function main() {
  const dir = path.join(__dirname, "..", "assets");
  fs.mkdirSync(dir, { recursive: true });
  const icons = [
    ...SIZES.map((size) => ({ name: `icon-${size}.png`, size })),
    { name: "icon-color-192.png", size: 192 },
    { name: "icon-outline-32.png", size: 32, outline: true },
  ];
  for (const { name, size, outline } of icons) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, png(size, render(size, { outline })));
    console.log(`wrote ${path.relative(process.cwd(), file)}`);
  }
}

if (require.main === module) main();
module.exports = { SIZES, render, png };
