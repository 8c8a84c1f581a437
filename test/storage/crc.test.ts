import zlib from "node:zlib";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CRC_TABLE_BYTES_MAX, crc32Range, crc32Table } from "../../src/storage/crc32.js";
import { crc32 } from "../../src/storage/format.js";

const viewOf = (bytes: Uint8Array): DataView =>
  new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** zlib's CRC-32 on Node releases that have it (>= 20.15). */
const nativeCrc32 = (zlib as { crc32?: (data: Uint8Array, value?: number) => number }).crc32;

/** The reference: CRC-32 (IEEE, reflected) one bit at a time, continuing from `seed`. */
function bitwiseCrc32(bytes: Uint8Array, seed: number): number {
  let register = ~seed >>> 0;
  for (const byte of bytes) {
    register ^= byte;
    for (let bit = 0; bit < 8; bit++) {
      register = register & 1 ? (register >>> 1) ^ 0xedb88320 : register >>> 1;
    }
  }
  return ~register >>> 0;
}

describe("crc32", () => {
  it("property: the table CRC agrees with a bitwise one, zlib's and crc32, over any range and seed", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 3 * CRC_TABLE_BYTES_MAX, size: "max" }),
        fc.nat(),
        fc.nat(),
        fc.nat({ max: 0xffff_ffff }),
        (bytes, startAt, endAt, seed) => {
          const start = startAt % (bytes.length + 1);
          const end = start + (endAt % (bytes.length - start + 1));
          const range = bytes.subarray(start, end);
          const table = crc32Table(viewOf(bytes), start, end, seed);
          expect(table).toBe(bitwiseCrc32(range, seed));
          // zlib answers 0 for an empty input over an empty buffer, whatever the seed.
          if (nativeCrc32 !== undefined && range.length > 0) {
            expect(table).toBe(nativeCrc32(range, seed));
          }
          expect(crc32(range, seed)).toBe(table);
          if (seed === 0) {
            expect(crc32Range(bytes, viewOf(bytes), start, end)).toBe(table);
          }
          expect(table).toBeGreaterThanOrEqual(0);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("chains through any split, on both sides of the native threshold", () => {
    fc.assert(
      fc.property(
        fc.uint8Array({ maxLength: 4 * CRC_TABLE_BYTES_MAX, size: "max" }),
        fc.nat(),
        (bytes, cutAt) => {
          const cut = cutAt % (bytes.length + 1);
          const whole = crc32(bytes);
          expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
          expect(
            crc32Table(viewOf(bytes), cut, bytes.length, crc32Table(viewOf(bytes), 0, cut)),
          ).toBe(whole);
        },
      ),
      { numRuns: 500 },
    );
  });

  it("gives the standard check value for '123456789' at any alignment", () => {
    const check = Buffer.from("123456789", "latin1");
    expect(crc32(check)).toBe(0xcbf43926);
    for (let shift = 0; shift < 8; shift++) {
      const shifted = new Uint8Array(shift + check.length + 16);
      shifted.set(check, shift);
      expect(crc32Table(viewOf(shifted), shift, shift + check.length)).toBe(0xcbf43926);
    }
  });
});
