/**
 * Which shard of a collection holds a vector: the rule of Ruvector's cluster router
 * (ruvector-cluster's ShardRouter), so a ruvraft client and a Ruvector node agree.
 *
 *   shard = jumpConsistentHash(sipHash13(utf8(vectorId) ++ [0xff]), shardCount)
 *
 * - sipHash13: SipHash-1-3 with the key (0, 0), the hash of Rust's `DefaultHasher::new()`;
 *   hashing a `&str` feeds its UTF-8 bytes and then one 0xff byte.
 * - jumpConsistentHash: Lamping and Veach's jump consistent hash over the 64-bit value, with
 *   its division in double precision as in Ruvector (`(b + 1) * (2^31 / ((key >> 33) + 1))`,
 *   truncated).
 *
 * Known values (from Rust, test/metadata/routing.test.ts): "doc-1" hashes to
 * 0x96bc9c26d5e3a0ea and lands in shard 5 of 6, 15 of 16, 52 of 64.
 *
 * 64-bit arithmetic is done on pairs of unsigned 32-bit halves (no BigInt on the hot path).
 */

const encoder = new TextEncoder();
/** Scratch for a vector id's UTF-8 bytes plus the 0xff terminator; grown when needed. */
let scratch = new Uint8Array(256);

/** Reads a little-endian 32-bit word of `bytes` at `offset` (bytes past `end` count as 0). */
function word(bytes: Uint8Array, offset: number, end: number): number {
  if (offset + 4 <= end) {
    return (
      ((bytes[offset] as number) |
        ((bytes[offset + 1] as number) << 8) |
        ((bytes[offset + 2] as number) << 16) |
        ((bytes[offset + 3] as number) << 24)) >>>
      0
    );
  }
  let value = 0;
  for (let position = 3; position >= 0; position--) {
    const at = offset + position;
    value = (value << 8) | (at < end ? (bytes[at] as number) : 0);
  }
  return value >>> 0;
}

/**
 * SipHash-1-3 with the key (0, 0) of bytes[0, length), written into `out` as [hi, lo]. Every
 * 64-bit lane is a pair of unsigned 32-bit locals, so the rounds stay in registers.
 */
function sipHash13Into(bytes: Uint8Array, length: number, out: Uint32Array): void {
  let v0h = 0x736f6d65;
  let v0l = 0x70736575;
  let v1h = 0x646f7261;
  let v1l = 0x6e646f6d;
  let v2h = 0x6c796765;
  let v2l = 0x6e657261;
  let v3h = 0x74656462;
  let v3l = 0x79746573;
  let t = 0;
  const words = (length - (length % 8)) / 8;
  let mHi = 0;
  let mLo = 0;
  // Steps 0..words-1: message words; step `words`: the last word (the remaining bytes, the
  // length's low byte on top); then v2 ^= 0xff and three finalisation rounds.
  for (let step = 0; step <= words + 3; step++) {
    const message = step <= words;
    if (message) {
      const offset = step * 8;
      mLo = word(bytes, offset, length);
      mHi = word(bytes, offset + 4, length);
      if (step === words) mHi = mHi | ((length & 0xff) << 24) | 0;
      v3h = (v3h ^ mHi) | 0;
      v3l = (v3l ^ mLo) | 0;
    } else if (step === words + 1) {
      v2l = (v2l ^ 0xff) | 0;
    }
    t = (v0l + v1l) | 0;
    v0h = (v0h + v1h + (t >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = t;
    t = (v1h << 13) | (v1l >>> 19) | 0;
    v1l = (v1l << 13) | (v1h >>> 19) | 0;
    v1h = t;
    v1h = (v1h ^ v0h) | 0;
    v1l = (v1l ^ v0l) | 0;
    t = v0h;
    v0h = v0l;
    v0l = t;
    t = (v2l + v3l) | 0;
    v2h = (v2h + v3h + (t >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = t;
    t = (v3h << 16) | (v3l >>> 16) | 0;
    v3l = (v3l << 16) | (v3h >>> 16) | 0;
    v3h = t;
    v3h = (v3h ^ v2h) | 0;
    v3l = (v3l ^ v2l) | 0;
    t = (v0l + v3l) | 0;
    v0h = (v0h + v3h + (t >>> 0 < v0l >>> 0 ? 1 : 0)) | 0;
    v0l = t;
    t = (v3h << 21) | (v3l >>> 11) | 0;
    v3l = (v3l << 21) | (v3h >>> 11) | 0;
    v3h = t;
    v3h = (v3h ^ v0h) | 0;
    v3l = (v3l ^ v0l) | 0;
    t = (v2l + v1l) | 0;
    v2h = (v2h + v1h + (t >>> 0 < v2l >>> 0 ? 1 : 0)) | 0;
    v2l = t;
    t = (v1h << 17) | (v1l >>> 15) | 0;
    v1l = (v1l << 17) | (v1h >>> 15) | 0;
    v1h = t;
    v1h = (v1h ^ v2h) | 0;
    v1l = (v1l ^ v2l) | 0;
    t = v2h;
    v2h = v2l;
    v2l = t;
    if (message) {
      v0h = (v0h ^ mHi) | 0;
      v0l = (v0l ^ mLo) | 0;
    }
  }
  out[0] = v0h ^ v1h ^ v2h ^ v3h;
  out[1] = v0l ^ v1l ^ v2l ^ v3l;
}

const hashOut = new Uint32Array(2);

/** Writes `vectorId`'s UTF-8 bytes and 0xff into the scratch; returns their count. */
function keyBytes(vectorId: string): number {
  if (scratch.length < vectorId.length * 3 + 1) scratch = new Uint8Array(vectorId.length * 3 + 1);
  let length = 0;
  for (let position = 0; position < vectorId.length; position++) {
    const code = vectorId.charCodeAt(position);
    if (code >= 0x80) {
      length = encoder.encodeInto(vectorId, scratch).written;
      break;
    }
    scratch[length++] = code;
  }
  scratch[length] = 0xff;
  return length + 1;
}

/** Rust's DefaultHasher over a &str: SipHash-1-3, key (0, 0), as a hex string (for tests). */
export function routingHashHex(vectorId: string): string {
  sipHash13Into(scratch, keyBytes(vectorId), hashOut);
  return (
    (hashOut[0] as number).toString(16).padStart(8, "0") +
    (hashOut[1] as number).toString(16).padStart(8, "0")
  );
}

/** The LCG step of jump hash on (hi, lo): key = key * 2862933555777941757 + 1 (mod 2^64). */
const MULTIPLIER_HI = 0x27bb2ee6;
const MULTIPLIER_LO = 0x87b0b0fd;

/** The high 32 bits of the 64-bit product of two unsigned 32-bit values (16-bit limbs). */
function multiplyHigh32(a: number, b: number): number {
  const aLow = a & 0xffff;
  const aHigh = a >>> 16;
  const bLow = b & 0xffff;
  const bHigh = b >>> 16;
  const lowHigh = aLow * bHigh;
  const highLow = aHigh * bLow;
  const cross = ((aLow * bLow) >>> 16) + (lowHigh & 0xffff) + (highLow & 0xffff);
  return (aHigh * bHigh + (lowHigh >>> 16) + (highLow >>> 16) + (cross >>> 16)) >>> 0;
}

/** Jump consistent hash of the 64-bit key (hi, lo) into [0, buckets). */
export function jumpConsistentHash(keyHi: number, keyLo: number, buckets: number): number {
  let hi = keyHi >>> 0;
  let lo = keyLo >>> 0;
  let b = -1;
  let j = 0;
  while (j < buckets) {
    b = j;
    // key * M mod 2^64 = lo*Mlo + ((hi*Mlo + lo*Mhi) << 32), then + 1.
    const crossHi = Math.imul(hi, MULTIPLIER_LO) + Math.imul(lo, MULTIPLIER_HI);
    let newHi = (multiplyHigh32(lo, MULTIPLIER_LO) + crossHi) >>> 0;
    const newLo = (Math.imul(lo, MULTIPLIER_LO) + 1) >>> 0;
    if (newLo === 0) newHi = (newHi + 1) >>> 0;
    hi = newHi;
    lo = newLo;
    j = Math.trunc((b + 1) * (2147483648 / ((hi >>> 1) + 1)));
  }
  return b;
}

/** The shard of `vectorId` in a collection of `shardCount` shards (see the file comment). */
export function shardForVector(vectorId: string, shardCount: number): number {
  if (!Number.isSafeInteger(shardCount) || shardCount < 1 || shardCount > 0x7fffffff) {
    throw new RangeError(`shard count ${shardCount} is not in [1, 2^31 - 1]`);
  }
  sipHash13Into(scratch, keyBytes(vectorId), hashOut);
  return jumpConsistentHash(hashOut[0] as number, hashOut[1] as number, shardCount);
}
