import { inflateSync } from 'node:zlib';
import decodeQR from 'qr/decode.js';
import { describe, expect, it } from 'vitest';
import { qrPngDataUrl } from './totp-qr';

/** Reads the mock's 1-bit grayscale PNG back into RGBA pixels (what a browser would draw). */
function decodePng(dataUrl: string) {
  const bytes = Buffer.from(dataUrl.replace('data:image/png;base64,', ''), 'base64');
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  let offset = 8;
  const chunks: Record<string, Buffer[]> = {};
  while (offset < bytes.length) {
    const length = bytes.readUInt32BE(offset);
    const type = bytes.toString('latin1', offset + 4, offset + 8);
    chunks[type] = [...(chunks[type] ?? []), bytes.subarray(offset + 8, offset + 8 + length)];
    offset += 12 + length;
  }
  const header = chunks.IHDR?.[0] as Buffer;
  const width = header.readUInt32BE(0);
  const height = header.readUInt32BE(4);
  expect([header[8], header[9]]).toEqual([1, 0]); // 1 bit per pixel, grayscale
  const raw = inflateSync(Buffer.concat(chunks.IDAT ?? []));
  const rowBytes = width / 8 + 1;
  const data = new Uint8Array(width * height * 4);
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const bit = ((raw[y * rowBytes + 1 + (x >> 3)] ?? 0) >> (7 - (x & 7))) & 1;
      data.set([bit * 255, bit * 255, bit * 255, 255], (y * width + x) * 4);
    }
  }
  return { width, height, data, types: Object.keys(chunks) };
}

describe('qrPngDataUrl', () => {
  const keyUrl =
    'otpauth://totp/localhost:ada%40example.com?issuer=localhost&secret=JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP&algorithm=SHA1&digits=6&period=30';

  it('should draw a 256×256 PNG data URL, which the core renderer accepts as an image source', () => {
    const url = qrPngDataUrl(keyUrl);
    expect(url).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    const png = decodePng(url);
    expect([png.width, png.height]).toEqual([256, 256]);
    expect(png.types).toEqual(['IHDR', 'IDAT', 'IEND']);
    // Small enough to travel in every settings flow.
    expect(url.length).toBeLessThan(16_000);
  });

  it('should encode the key URL so that a QR scanner reads it back', () => {
    const png = decodePng(qrPngDataUrl(keyUrl));
    expect(decodeQR({ width: png.width, height: png.height, data: png.data })).toBe(keyUrl);
  });
});
