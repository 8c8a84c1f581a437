/**
 * Routing agrees with Ruvector's cluster router: the expected values were computed by Rust
 * (std's DefaultHasher and ruvector-cluster's jump consistent hash, rustc 1.95).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { jumpConsistentHash, routingHashHex, shardForVector } from "../../src/metadata/routing.js";

const KNOWN: [string, string, Record<number, number>][] = [
  ["", "30406ea523c53def", { 1: 0, 2: 0, 6: 3, 16: 3, 64: 59, 1000: 392, 4096: 3559 }],
  ["a", "719b50b9a4f0e9f3", { 1: 0, 2: 1, 6: 4, 16: 8, 64: 57, 1000: 177, 4096: 2398 }],
  ["doc-1", "96bc9c26d5e3a0ea", { 1: 0, 2: 1, 6: 5, 16: 15, 64: 52, 1000: 520, 4096: 2604 }],
  ["test-key-1", "9f593644813705c5", { 1: 0, 2: 0, 6: 2, 16: 7, 64: 50, 1000: 885, 4096: 885 }],
  [
    "consistent-key",
    "633d36a9f536bc8b",
    { 1: 0, 2: 0, 6: 3, 16: 3, 64: 50, 1000: 348, 4096: 1766 },
  ],
  ["vector/42", "33eedf7f953fd00d", { 1: 0, 2: 1, 6: 3, 16: 13, 64: 32, 1000: 511, 4096: 1859 }],
  ["héllo", "e73616f26c73b87f", { 1: 0, 2: 1, 6: 3, 16: 15, 64: 61, 1000: 855, 4096: 2402 }],
  [
    "0123456789abcdef0123456789abcdef",
    "b7fc4b7cafcbcea0",
    { 1: 0, 2: 1, 6: 2, 16: 8, 64: 58, 1000: 568, 4096: 2561 },
  ],
];

const MASK = (1n << 64n) - 1n;
const rotl = (x: bigint, b: bigint) => ((x << b) | (x >> (64n - b))) & MASK;

/** A plain BigInt SipHash-1-3 (key 0, 0) of utf8(key) ++ 0xff: the reference. */
function referenceSip(key: string): bigint {
  const bytes = [...new TextEncoder().encode(key), 0xff];
  let v0 = 0x736f6d6570736575n;
  let v1 = 0x646f72616e646f6dn;
  let v2 = 0x6c7967656e657261n;
  let v3 = 0x7465646279746573n;
  const round = () => {
    v0 = (v0 + v1) & MASK;
    v1 = rotl(v1, 13n) ^ v0;
    v0 = rotl(v0, 32n);
    v2 = (v2 + v3) & MASK;
    v3 = rotl(v3, 16n) ^ v2;
    v0 = (v0 + v3) & MASK;
    v3 = rotl(v3, 21n) ^ v0;
    v2 = (v2 + v1) & MASK;
    v1 = rotl(v1, 17n) ^ v2;
    v2 = rotl(v2, 32n);
  };
  const words = Math.floor(bytes.length / 8);
  const word = (from: number, count: number) => {
    let m = 0n;
    for (let i = count - 1; i >= 0; i--) m = (m << 8n) | BigInt(bytes[from + i] as number);
    return m;
  };
  for (let w = 0; w < words; w++) {
    const m = word(w * 8, 8);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  const last = word(words * 8, bytes.length - words * 8) | (BigInt(bytes.length & 0xff) << 56n);
  v3 ^= last;
  round();
  v0 ^= last;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

function referenceJump(hash: bigint, buckets: number): number {
  let key = hash;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    key = (key * 2862933555777941757n + 1n) & MASK;
    j = Math.trunc((b + 1) * (2147483648 / (Number(key >> 33n) + 1)));
  }
  return b;
}

/**
 * Strings for the differential test: mostly ASCII (the fast path, which reads the chars as
 * bytes), with Latin-1 chars (one UTF-16 unit below 0x100, two UTF-8 bytes), other BMP chars,
 * astral chars (surrogate pairs) and lone surrogates (encoded as U+FFFD, as by TextEncoder)
 * mixed in; also ids shaped like the bench's `vec-<base36>-<i>`.
 */
const codeUnit = (min: number, max: number) =>
  fc.integer({ min, max }).map((code) => String.fromCharCode(code));
const routingChar = fc.oneof(
  { weight: 12, arbitrary: codeUnit(0, 0x7f) },
  { weight: 1, arbitrary: codeUnit(0x80, 0xff) },
  { weight: 1, arbitrary: codeUnit(0x100, 0x7ff) },
  { weight: 1, arbitrary: codeUnit(0x800, 0xd7ff) },
  { weight: 1, arbitrary: codeUnit(0xe000, 0xffff) },
  {
    weight: 1,
    arbitrary: fc
      .integer({ min: 0x10000, max: 0x10ffff })
      .map((code) => String.fromCodePoint(code)),
  },
  { weight: 1, arbitrary: codeUnit(0xd800, 0xdfff) },
);
const routingKey = fc.oneof(
  fc.string({ unit: codeUnit(0, 0x7f), maxLength: 64 }),
  fc.string({ unit: routingChar, maxLength: 64 }),
  fc
    .tuple(fc.nat(), fc.nat({ max: 1_000_000 }))
    .map(([salt, i]) => `vec-${salt.toString(36)}-${i}`),
);
const routingShardCount = fc.oneof(
  { weight: 9, arbitrary: fc.integer({ min: 1, max: 100_000 }) },
  { weight: 1, arbitrary: fc.integer({ min: 1, max: 0x7fffffff }) },
);

describe("routing (Ruvector's rule)", () => {
  it("equals a BigInt reference on random keys and shard counts", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "binary", maxLength: 70 }),
        fc.integer({ min: 1, max: 100_000 }),
        (key, count) => {
          const hash = referenceSip(key);
          expect(routingHashHex(key)).toBe(hash.toString(16).padStart(16, "0"));
          expect(shardForVector(key, count)).toBe(referenceJump(hash, count));
        },
      ),
      { numRuns: 500 },
    );
  });

  it("takes the fast path to the reference's result on ASCII and mixed keys of 0..64 chars", () => {
    fc.assert(
      fc.property(routingKey, routingShardCount, (key, count) => {
        const hash = referenceSip(key);
        expect(routingHashHex(key)).toBe(hash.toString(16).padStart(16, "0"));
        expect(shardForVector(key, count)).toBe(referenceJump(hash, count));
      }),
      { numRuns: 3000 },
    );
  });

  it("hashes as the reference at every tail length, ASCII and not (0..40 chars, 7 mod 8 bytes)", () => {
    // 7 mod 8 UTF-8 bytes: the 0xff closes a word and the length gets a word of its own.
    const utf8Length = (key: string) => new TextEncoder().encode(key).length;
    const toSevenMod8 = ([key, words]: [string, number]) => {
      let padded = key;
      while (utf8Length(padded) % 8 !== 7) padded += "x";
      return padded + "y".repeat(8 * words);
    };
    const key = fc.oneof(
      fc
        .integer({ min: 0, max: 40 })
        .chain((length) =>
          fc.string({ unit: codeUnit(0, 0x7f), minLength: length, maxLength: length }),
        ),
      fc.string({ unit: routingChar, maxLength: 40 }),
      fc
        .tuple(fc.string({ unit: codeUnit(0, 0x7f), maxLength: 32 }), fc.nat({ max: 2 }))
        .map(toSevenMod8),
      fc
        .tuple(fc.string({ unit: routingChar, maxLength: 16 }), fc.nat({ max: 2 }))
        .map(toSevenMod8),
    );
    for (let length = 0; length <= 40; length++) {
      for (const sample of ["a".repeat(length), "é".repeat(length), `é${"a".repeat(length)}`]) {
        expect(routingHashHex(sample), sample).toBe(
          referenceSip(sample).toString(16).padStart(16, "0"),
        );
      }
    }
    fc.assert(
      fc.property(key, (sample) => {
        expect(routingHashHex(sample)).toBe(referenceSip(sample).toString(16).padStart(16, "0"));
      }),
      { numRuns: 3000 },
    );
  });

  it("carries into the high half when the LCG step's low half wraps to 0", () => {
    // lo * M + 1 = 0 (mod 2^32) for lo = -(M^-1) mod 2^32 (M is odd; Newton's iteration).
    const mLow = 2862933555777941757n & 0xffffffffn;
    let inverse = 1n;
    for (let i = 0; i < 6; i++) inverse = (inverse * (2n - mLow * inverse)) & 0xffffffffn;
    const wrappingLo = Number(-inverse & 0xffffffffn);
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 2, max: 100_000 }),
        (hi, count) => {
          const key = (BigInt(hi) << 32n) | BigInt(wrappingLo);
          expect(jumpConsistentHash(hi, wrappingLo, count)).toBe(referenceJump(key, count));
        },
      ),
      { numRuns: 300 },
    );
  });

  it("jumps as the reference does for any key, also past 2^31 buckets and for odd counts", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.integer({ min: 0, max: 0xffffffff }),
        fc.oneof(
          fc.integer({ min: -3, max: 2 ** 40 }),
          fc.double({ min: -2, max: 1000, noNaN: true }),
        ),
        (hi, lo, buckets) => {
          const key = (BigInt(hi) << 32n) | BigInt(lo);
          expect(jumpConsistentHash(hi, lo, buckets)).toBe(referenceJump(key, buckets));
        },
      ),
      { numRuns: 1000 },
    );
  });

  it("hashes and places the known keys exactly as Ruvector does", () => {
    for (const [key, hash, shards] of KNOWN) {
      expect(routingHashHex(key), key).toBe(hash);
      for (const [count, shard] of Object.entries(shards)) {
        expect(shardForVector(key, Number(count)), `${key} in ${count}`).toBe(shard);
      }
    }
  });

  it("is in range, and growing the shard count only moves keys to the new shards", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: "grapheme", maxLength: 40 }),
        fc.integer({ min: 1, max: 5000 }),
        (key, count) => {
          const shard = shardForVector(key, count);
          expect(shard).toBeGreaterThanOrEqual(0);
          expect(shard).toBeLessThan(count);
          const grown = shardForVector(key, count + 1);
          expect(grown === shard || grown === count).toBe(true);
        },
      ),
    );
  });

  it("refuses a shard count outside [1, 2^31 - 1]", () => {
    expect(() => shardForVector("x", 0)).toThrow(/shard count 0/);
  });
});
