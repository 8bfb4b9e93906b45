// Draws images/icon.png (128x128): two overlapping news pages with a link between the same name on
// each. Plain Node (zlib for the PNG), so no image tool is needed: `node scripts/make-icon.mjs`.
import * as fs from "node:fs";
import * as path from "node:path";
import * as zlib from "node:zlib";
import { repoRoot } from "./codeServer.mjs";

const SIZE = 128;
const SS = 4; // supersampling per axis, for smooth edges

const navy = [24, 52, 89];
const paper = [247, 244, 236];
const ink = [120, 128, 140];
const accent = [232, 120, 38];

function roundedRect(x, y, x0, y0, x1, y1, r) {
  if (x < x0 || x > x1 || y < y0 || y > y1) return false;
  const cx = Math.min(Math.max(x, x0 + r), x1 - r);
  const cy = Math.min(Math.max(y, y0 + r), y1 - r);
  return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
}

function segmentDistance(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - (ax + t * dx), y - (ay + t * dy));
}

/** Colour of one sample point; later layers paint over earlier ones. Returns [r,g,b,a]. */
function sample(x, y) {
  let colour = null;
  if (roundedRect(x, y, 4, 4, 124, 124, 22)) colour = [...navy, 255];
  const pages = [
    { x0: 18, y0: 22, x1: 70, y1: 100, nameLine: 52 },
    { x0: 58, y0: 30, x1: 110, y1: 108, nameLine: 78 },
  ];
  for (const page of pages) {
    if (roundedRect(x, y, page.x0, page.y0, page.x1, page.y1, 5)) {
      colour = [...paper, 255];
      // Text lines; the highlighted one is the shared name.
      for (let ly = page.y0 + 12; ly < page.y1 - 8; ly += 9) {
        if (y >= ly && y <= ly + 3.5 && x >= page.x0 + 7 && x <= page.x1 - 7) {
          colour = ly === page.nameLine ? [...accent, 255] : [...ink, 255];
        }
      }
    }
  }
  // The link between the two highlighted names.
  if (segmentDistance(x, y, 44, 53.75, 84, 79.75) <= 3) colour = [...accent, 255];
  for (const [cx, cy] of [[44, 53.75], [84, 79.75]]) {
    if (Math.hypot(x - cx, y - cy) <= 6) colour = [...accent, 255];
  }
  return colour ?? [0, 0, 0, 0];
}

const pixels = Buffer.alloc(SIZE * (SIZE * 4 + 1));
for (let py = 0; py < SIZE; py++) {
  const row = py * (SIZE * 4 + 1);
  pixels[row] = 0; // PNG filter: none
  for (let px = 0; px < SIZE; px++) {
    const sum = [0, 0, 0, 0];
    for (let sy = 0; sy < SS; sy++) {
      for (let sx = 0; sx < SS; sx++) {
        const c = sample(px + (sx + 0.5) / SS, py + (sy + 0.5) / SS);
        // Premultiply so transparent samples do not darken edges.
        sum[0] += c[0] * c[3];
        sum[1] += c[1] * c[3];
        sum[2] += c[2] * c[3];
        sum[3] += c[3];
      }
    }
    const offset = row + 1 + px * 4;
    const alpha = sum[3] / (SS * SS);
    pixels[offset] = sum[3] ? Math.round(sum[0] / sum[3]) : 0;
    pixels[offset + 1] = sum[3] ? Math.round(sum[1] / sum[3]) : 0;
    pixels[offset + 2] = sum[3] ? Math.round(sum[2] / sum[3]) : 0;
    pixels[offset + 3] = Math.round(alpha);
  }
}

const crcTable = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buffer) {
  let c = 0xffffffff;
  for (const byte of buffer) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8);
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

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk("IHDR", header),
  chunk("IDAT", zlib.deflateSync(pixels, { level: 9 })),
  chunk("IEND", Buffer.alloc(0)),
]);
const out = path.join(repoRoot, "images", "icon.png");
fs.mkdirSync(path.dirname(out), { recursive: true });
fs.writeFileSync(out, png);
console.log(`wrote ${path.relative(repoRoot, out)} (${png.length} bytes)`);
