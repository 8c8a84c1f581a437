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
 * 64-bit arithmetic is done on pairs of 32-bit halves (no BigInt on the hot path).
 *
 * Fast path: an ASCII id's UTF-8 bytes are its char codes, so SipHash reads the message words
 * straight from the string with charCodeAt, 8 chars per word (no byte array). An id with a
 * char code >= 0x80 is hashed again from its UTF-8 bytes, held as a string of byte-valued
 * chars (one char per byte), by the same function.
 */

const encoder = new TextEncoder();
/** Scratch for a non-ASCII vector id's UTF-8 bytes; grown when needed. */
let scratch = new Uint8Array(256);

/**
 * The result of the last sipHashChars call, as signed 32-bit halves: on Node's 64-bit builds an
 * int32 is stored in these module slots as a small integer, where an unsigned value >= 2^31
 * would allocate a heap number per call (one scavenge per ~1M ids in the bench).
 */
let hashHi = 0;
let hashLo = 0;

/**
 * SipHash-1-3 with the key (0, 0) of the bytes `chars.charCodeAt(0 .. length - 1)` followed by
 * 0xff, left in hashHi/hashLo. Returns the OR of all char codes read: the hash holds only if it
 * is below 0x100 (each char a byte); the caller checks.
 *
 * Every 64-bit lane is a pair of 32-bit locals, so the rounds stay in registers. The round is
 * written out three times (the words of 8 chars; the last word, and the length-only word when
 * there is one; finalisation) rather than one loop branching on a step counter. The carry of a
 * 64-bit add is `Number(sum.lo < a.lo)` (unsigned): with `? 1 : 0` instead, V8 branches on the
 * random carry bits and the hash took ~1.6x as long.
 */
function sipHashChars(chars: string): number {
  const length = chars.length;
  let v0h = 0x736f6d65;
  let v0l = 0x70736575;
  let v1h = 0x646f7261;
  let v1l = 0x6e646f6d;
  let v2h = 0x6c796765;
  let v2l = 0x6e657261;
  let v3h = 0x74656462;
  let v3l = 0x79746573;
  let t = 0;
  let seen = 0;
  let at = 0;
  for (; at + 8 <= length; at += 8) {
    const c0 = chars.charCodeAt(at);
    const c1 = chars.charCodeAt(at + 1);
    const c2 = chars.charCodeAt(at + 2);
    const c3 = chars.charCodeAt(at + 3);
    const c4 = chars.charCodeAt(at + 4);
    const c5 = chars.charCodeAt(at + 5);
    const c6 = chars.charCodeAt(at + 6);
    const c7 = chars.charCodeAt(at + 7);
    seen |= c0 | c1 | c2 | c3 | c4 | c5 | c6 | c7;
    const mLo = c0 | (c1 << 8) | (c2 << 16) | (c3 << 24);
    const mHi = c4 | (c5 << 8) | (c6 << 16) | (c7 << 24);
    v3h ^= mHi;
    v3l ^= mLo;
    t = (v0l + v1l) | 0;
    v0h = (v0h + v1h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v1h << 13) | (v1l >>> 19);
    v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l;
    v1h = t ^ v0h;
    t = v0h;
    v0h = v0l;
    v0l = t;
    t = (v2l + v3l) | 0;
    v2h = (v2h + v3h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v3h << 16) | (v3l >>> 16);
    v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
    v3h = t ^ v2h;
    t = (v0l + v3l) | 0;
    v0h = (v0h + v3h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v3h << 21) | (v3l >>> 11);
    v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
    v3h = t ^ v0h;
    t = (v2l + v1l) | 0;
    v2h = (v2h + v1h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v1h << 17) | (v1l >>> 15);
    v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
    v1h = t ^ v2h;
    t = v2h;
    v2h = v2l;
    v2l = t;
    v0h ^= mHi;
    v0l ^= mLo;
  }
  // The last word: the rest (0..7) bytes, 0xff, and on top the length (bytes + 1) mod 256;
  // when the rest is 7, 0xff takes the top byte and one more word holds only the length.
  const rest = length - at;
  let mLo = 0;
  let mHi = 0;
  let position = length - 1;
  for (; position >= at + 4; position--) {
    const code = chars.charCodeAt(position);
    seen |= code;
    mHi = (mHi << 8) | code;
  }
  for (; position >= at; position--) {
    const code = chars.charCodeAt(position);
    seen |= code;
    mLo = (mLo << 8) | code;
  }
  if (rest >= 4) mHi |= 0xff << ((rest - 4) * 8);
  else mLo |= 0xff << (rest * 8);
  let lengthWordFollows = rest === 7;
  if (!lengthWordFollows) mHi |= (length + 1) << 24;
  for (;;) {
    v3h ^= mHi;
    v3l ^= mLo;
    t = (v0l + v1l) | 0;
    v0h = (v0h + v1h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v1h << 13) | (v1l >>> 19);
    v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l;
    v1h = t ^ v0h;
    t = v0h;
    v0h = v0l;
    v0l = t;
    t = (v2l + v3l) | 0;
    v2h = (v2h + v3h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v3h << 16) | (v3l >>> 16);
    v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
    v3h = t ^ v2h;
    t = (v0l + v3l) | 0;
    v0h = (v0h + v3h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v3h << 21) | (v3l >>> 11);
    v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
    v3h = t ^ v0h;
    t = (v2l + v1l) | 0;
    v2h = (v2h + v1h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v1h << 17) | (v1l >>> 15);
    v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
    v1h = t ^ v2h;
    t = v2h;
    v2h = v2l;
    v2l = t;
    v0h ^= mHi;
    v0l ^= mLo;
    if (!lengthWordFollows) break;
    lengthWordFollows = false;
    mLo = 0;
    mHi = (length + 1) << 24;
  }
  v2l ^= 0xff;
  for (let round = 0; round < 3; round++) {
    t = (v0l + v1l) | 0;
    v0h = (v0h + v1h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v1h << 13) | (v1l >>> 19);
    v1l = ((v1l << 13) | (v1h >>> 19)) ^ v0l;
    v1h = t ^ v0h;
    t = v0h;
    v0h = v0l;
    v0l = t;
    t = (v2l + v3l) | 0;
    v2h = (v2h + v3h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v3h << 16) | (v3l >>> 16);
    v3l = ((v3l << 16) | (v3h >>> 16)) ^ v2l;
    v3h = t ^ v2h;
    t = (v0l + v3l) | 0;
    v0h = (v0h + v3h + Number(t >>> 0 < v0l >>> 0)) | 0;
    v0l = t;
    t = (v3h << 21) | (v3l >>> 11);
    v3l = ((v3l << 21) | (v3h >>> 11)) ^ v0l;
    v3h = t ^ v0h;
    t = (v2l + v1l) | 0;
    v2h = (v2h + v1h + Number(t >>> 0 < v2l >>> 0)) | 0;
    v2l = t;
    t = (v1h << 17) | (v1l >>> 15);
    v1l = ((v1l << 17) | (v1h >>> 15)) ^ v2l;
    v1h = t ^ v2h;
    t = v2h;
    v2h = v2l;
    v2l = t;
  }
  hashHi = v0h ^ v1h ^ v2h ^ v3h;
  hashLo = v0l ^ v1l ^ v2l ^ v3l;
  return seen;
}

/** `vectorId`'s UTF-8 bytes as a string of byte-valued chars (the input of sipHashChars). */
function utf8Chars(vectorId: string): string {
  if (scratch.length < vectorId.length * 3) scratch = new Uint8Array(vectorId.length * 3);
  const written = encoder.encodeInto(vectorId, scratch).written;
  let chars = "";
  for (let from = 0; from < written; from += 4096) {
    chars += String.fromCharCode(...scratch.subarray(from, Math.min(written, from + 4096)));
  }
  return chars;
}

/** Rust's DefaultHasher of `vectorId` (the &str) into hashHi/hashLo. */
function hashVectorId(vectorId: string): void {
  if (sipHashChars(vectorId) >= 0x80) sipHashChars(utf8Chars(vectorId));
}

/** Rust's DefaultHasher over a &str: SipHash-1-3, key (0, 0), as a hex string (for tests). */
export function routingHashHex(vectorId: string): string {
  hashVectorId(vectorId);
  return (
    (hashHi >>> 0).toString(16).padStart(8, "0") + (hashLo >>> 0).toString(16).padStart(8, "0")
  );
}

/** The LCG step of jump hash on (hi, lo): key = key * 2862933555777941757 + 1 (mod 2^64). */
const MULTIPLIER_HI = 0x27bb2ee6;
const MULTIPLIER_LO = 0x87b0b0fd;
const MULTIPLIER_LO_HIGH16 = MULTIPLIER_LO >>> 16;
const MULTIPLIER_LO_LOW16 = MULTIPLIER_LO & 0xffff;

/**
 * Jump consistent hash of the 64-bit key (hi, lo) into [0, buckets). Ruvector's loop, from
 * b = -1 and j = 0:
 *
 *   while (j < buckets) {
 *     b = j; key = key * M + 1; j = trunc((b + 1) * (2^31 / ((key >> 33) + 1)));
 *   }
 *
 * Here: the first pass always gives b = 0, and as the product x is never negative,
 * trunc(x) < buckets exactly when x < ceil(buckets), so the loop stops on x itself.
 */
export function jumpConsistentHash(keyHi: number, keyLo: number, buckets: number): number {
  const limit = Math.ceil(buckets);
  if (!(limit >= 1)) return -1;
  let hi = keyHi | 0;
  let lo = keyLo | 0;
  let b = 0;
  for (;;) {
    // key * M mod 2^64 = lo*Mlo + ((hi*Mlo + lo*Mhi) << 32), then + 1. The high half of
    // lo*Mlo from 16-bit limbs (each limb product fits in 32 bits).
    const loHigh16 = lo >>> 16;
    const loLow16 = lo & 0xffff;
    const lowHigh = Math.imul(loLow16, MULTIPLIER_LO_HIGH16);
    const highLow = Math.imul(loHigh16, MULTIPLIER_LO_LOW16);
    const cross =
      ((Math.imul(loLow16, MULTIPLIER_LO_LOW16) >>> 16) +
        (lowHigh & 0xffff) +
        (highLow & 0xffff)) >>>
      16;
    const newLo = (Math.imul(lo, MULTIPLIER_LO) + 1) | 0;
    hi =
      (Math.imul(loHigh16, MULTIPLIER_LO_HIGH16) +
        (lowHigh >>> 16) +
        (highLow >>> 16) +
        cross +
        Math.imul(hi, MULTIPLIER_LO) +
        Math.imul(lo, MULTIPLIER_HI) +
        Number(newLo === 0)) |
      0;
    lo = newLo;
    const next = (b + 1) * (2147483648 / ((hi >>> 1) + 1));
    if (next >= limit) return b;
    b = Math.trunc(next);
  }
}

/** The shard of `vectorId` in a collection of `shardCount` shards (see the file comment). */
export function shardForVector(vectorId: string, shardCount: number): number {
  if (!Number.isSafeInteger(shardCount) || shardCount < 1 || shardCount > 0x7fffffff) {
    throw new RangeError(`shard count ${shardCount} is not in [1, 2^31 - 1]`);
  }
  hashVectorId(vectorId);
  return jumpConsistentHash(hashHi, hashLo, shardCount);
}
