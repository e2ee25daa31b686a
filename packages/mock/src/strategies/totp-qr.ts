import { encodeQR } from 'qr';
import { toBase64 } from '../crypto';

// Kratos draws the TOTP key URL as a 256×256 PNG (totp.KeyToHTMLImage). The mock runs in Node and in browsers,
// so it cannot use a canvas or Node's zlib: it writes a 1-bit grayscale PNG with uncompressed (stored) deflate
// blocks, which every decoder reads and which stays small (≈ 11 kB as base64).

const SIZE = 256;
/** The quiet zone scanners need around the symbol, in modules. */
const QUIET_ZONE = 4;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = (CRC_TABLE[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function adler32(bytes: Uint8Array): number {
  let a = 1;
  let b = 0;
  for (const byte of bytes) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  return ((b << 16) | a) >>> 0;
}

function uint32(value: number): number[] {
  return [(value >>> 24) & 0xff, (value >>> 16) & 0xff, (value >>> 8) & 0xff, value & 0xff];
}

function chunk(type: string, data: Uint8Array): number[] {
  const typed = new Uint8Array([...[...type].map((c) => c.charCodeAt(0)), ...data]);
  return [...uint32(data.length), ...typed, ...uint32(crc32(typed))];
}

/** A zlib stream of stored (uncompressed) deflate blocks of at most 65535 bytes each. */
function zlibStored(raw: Uint8Array): Uint8Array {
  const out: number[] = [0x78, 0x01];
  let offset = 0;
  do {
    const block = raw.subarray(offset, offset + 65535);
    offset += block.length;
    const low = block.length & 0xff;
    const high = block.length >>> 8;
    out.push(offset >= raw.length ? 1 : 0, low, high, ~low & 0xff, ~high & 0xff, ...block);
  } while (offset < raw.length);
  out.push(...uint32(adler32(raw)));
  return new Uint8Array(out);
}

/** The modules as 1-bit rows (1 = white), each row led by PNG filter type 0. */
function scanlines(modules: boolean[][]): Uint8Array {
  const count = modules.length;
  const scale = Math.max(1, Math.floor(SIZE / count));
  const offset = Math.floor((SIZE - count * scale) / 2);
  const rowBytes = SIZE / 8;
  const raw = new Uint8Array(SIZE * (rowBytes + 1)).fill(0xff);
  for (let y = 0; y < SIZE; y++) {
    const row = y * (rowBytes + 1);
    raw[row] = 0;
    const my = Math.floor((y - offset) / scale);
    for (let x = 0; x < SIZE; x++) {
      const mx = Math.floor((x - offset) / scale);
      if (!modules[my]?.[mx]) continue;
      const index = row + 1 + (x >> 3);
      raw[index] = (raw[index] ?? 0) & ~(0x80 >> (x & 7));
    }
  }
  return raw;
}

/** The QR code of `text` as a `data:image/png;base64,` URL, 256×256 like Kratos' `totp_qr` image. */
export function qrPngDataUrl(text: string): string {
  const modules = encodeQR(text, 'raw', { ecc: 'medium', border: QUIET_ZONE });
  const header = new Uint8Array([...uint32(SIZE), ...uint32(SIZE), 1, 0, 0, 0, 0]);
  const png = new Uint8Array([
    0x89,
    0x50,
    0x4e,
    0x47,
    0x0d,
    0x0a,
    0x1a,
    0x0a,
    ...chunk('IHDR', header),
    ...chunk('IDAT', zlibStored(scanlines(modules))),
    ...chunk('IEND', new Uint8Array()),
  ]);
  return `data:image/png;base64,${toBase64(png)}`;
}
