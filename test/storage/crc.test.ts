import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { crc32, crc32Portable } from "../../src/storage/format.js";

describe("crc32", () => {
  it("property: the native and the portable CRC-32 agree, chained through any split", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.nat(), (bytes, cutAt) => {
        const cut = cutAt % (bytes.length + 1);
        const whole = crc32Portable(bytes);
        expect(crc32(bytes)).toBe(whole);
        expect(crc32(bytes.subarray(cut), crc32(bytes.subarray(0, cut)))).toBe(whole);
        expect(crc32Portable(bytes.subarray(cut), crc32Portable(bytes.subarray(0, cut)))).toBe(
          whole,
        );
        expect(whole).toBeGreaterThanOrEqual(0);
      }),
      { numRuns: 1000 },
    );
  });

  it("gives the standard check value for '123456789'", () => {
    const check = Buffer.from("123456789", "latin1");
    expect(crc32(check)).toBe(0xcbf43926);
    expect(crc32Portable(check)).toBe(0xcbf43926);
  });
});
