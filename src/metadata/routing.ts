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

/** SipHash's state: the lanes v0..v3 as pairs of signed 32-bit halves (h high, l low). */
interface SipState {
  v0h: number;
  v0l: number;
  v1h: number;
  v1l: number;
  v2h: number;
  v2l: number;
  v3h: number;
  v3l: number;
}

/**
 * One SipRound on `s`, with the message word (mHi, mLo) fed in (v3 ^= m before the round, v0 ^= m
 * after it) and `f` XORed into the low half of v2 after it (finalisation's 0xff).
 *
 * Written to be inlined at both of its calls in sipHashChars, where escape analysis then keeps
 * `s` in registers. TurboFan inlines at most 460 bytes of bytecode, and a second call only while
 * the bytecode inlined so far plus 1.2 times this function's stays within 920: this must stay
 * under ~418 bytes (407 now: `node --print-bytecode --print-bytecode-filter=sipRound`), else one
 * call is left out, `s` is allocated and its fields live in memory (~25% more instructions per id,
 * callgrind). Hence v0's rotation by 32 is a renaming of its halves, a local stands to the left of
 * each `^` and `+` (no temporary register), and a carry is `+(sum < b)`, not `Number(...)`. A
 * const, not a function declaration: TurboFan checked a declared function's binding (which can be
 * reassigned) at each inlined call and kept the state from before the round alive for the
 * deoptimisation, spilling it (~2% more instructions per id).
 */
const sipRound = (s: SipState, mHi: number, mLo: number, f: number): void => {
  let v0h = s.v0h;
  let v0l = s.v0l;
  let v1h = s.v1h;
  let v1l = s.v1l;
  let v2h = s.v2h;
  let v2l = s.v2l;
  let v3h = s.v3h ^ mHi;
  let v3l = s.v3l ^ mLo;
  // v0 += v1; v1 = rotl(v1, 13) ^ v0; v0 = rotl(v0, 32): the halves of v0 swap (named as before).
  v0l = (v0l + v1l) | 0;
  v0h = (v0h + (v1h + +(v0l >>> 0 < v1l >>> 0))) | 0;
  let t = (v1h << 13) | (v1l >>> 19);
  v1l = v0l ^ ((v1l << 13) | (v1h >>> 19));
  v1h = t ^ v0h;
  // v2 += v3; v3 = rotl(v3, 16) ^ v2.
  v2l = (v2l + v3l) | 0;
  v2h = (v2h + (v3h + +(v2l >>> 0 < v3l >>> 0))) | 0;
  t = (v3h << 16) | (v3l >>> 16);
  v3l = v2l ^ ((v3l << 16) | (v3h >>> 16));
  v3h = t ^ v2h;
  // v0 += v3; v3 = rotl(v3, 21) ^ v0, with v0h the low half of v0 and v0l the high.
  v0h = (v0h + v3l) | 0;
  v0l = (v0l + (v3h + +(v0h >>> 0 < v3l >>> 0))) | 0;
  t = (v3h << 21) | (v3l >>> 11);
  v3l = v0h ^ ((v3l << 21) | (v3h >>> 11));
  v3h = t ^ v0l;
  // v2 += v1; v1 = rotl(v1, 17) ^ v2; v2 = rotl(v2, 32): stored with its halves swapped.
  v2l = (v2l + v1l) | 0;
  v2h = (v2h + (v1h + +(v2l >>> 0 < v1l >>> 0))) | 0;
  t = (v1h << 17) | (v1l >>> 15);
  v1l = v2l ^ ((v1l << 17) | (v1h >>> 15));
  v1h = t ^ v2h;
  s.v0h = v0l ^ mHi;
  s.v0l = v0h ^ mLo;
  s.v1h = v1h;
  s.v1l = v1l;
  s.v2h = v2l;
  s.v2l = v2h ^ f;
  s.v3h = v3h;
  s.v3l = v3l;
};

/**
 * SipHash-1-3 with the key (0, 0) of the bytes `chars.charCodeAt(0 .. length - 1)` followed by
 * 0xff, left in hashHi/hashLo. Returns the OR of all char codes read: the hash holds only if it
 * is below 0x100 (each char a byte); the caller checks.
 *
 * Every 64-bit lane is a pair of 32-bit halves. Two loops call the one sipRound: the words of 8
 * chars (a word of 7 chars takes the 0xff as its top byte), then four rounds: the last word (the
 * rest of 0..7 bytes with the length on top) and finalisation's three. The carry of a 64-bit add
 * is `+(sum.lo < b.lo)` (unsigned): with `? 1 : 0` instead, V8 branches on the random carry bits
 * and the hash took ~1.6x as long.
 *
 * Against the round written out three times (instructions per id, callgrind, node 20): 1,430
 * vs 1,427 on the bench's ids, 884 vs 889 at 3 chars, 1,111 vs 1,168 at 7 (no word holds only
 * the length), 1,549 vs 1,530 at 14, 2,417 vs 2,400 at 30.
 */
function sipHashChars(chars: string): number {
  const length = chars.length;
  const s: SipState = {
    v0h: 0x736f6d65,
    v0l: 0x70736575,
    v1h: 0x646f7261,
    v1l: 0x6e646f6d,
    v2h: 0x6c796765,
    v2l: 0x6e657261,
    v3h: 0x74656462,
    v3l: 0x79746573,
  };
  let seen = 0;
  let at = 0;
  // The message is the chars and 0xff, in words of 8 bytes (so 7 chars and the 0xff make one);
  // the last word holds the rest (0..7 bytes) and on top the length (bytes) mod 256.
  for (; at + 7 <= length; at += 8) {
    const full = at + 7 < length;
    const c0 = chars.charCodeAt(at);
    const c1 = chars.charCodeAt(at + 1);
    const c2 = chars.charCodeAt(at + 2);
    const c3 = chars.charCodeAt(at + 3);
    const c4 = chars.charCodeAt(at + 4);
    const c5 = chars.charCodeAt(at + 5);
    const c6 = chars.charCodeAt(at + 6);
    const c7 = full ? chars.charCodeAt(at + 7) : 0xff;
    seen |= c0 | c1 | c2 | c3 | c4 | c5 | c6 | (full ? c7 : 0);
    sipRound(
      s,
      c4 | (c5 << 8) | (c6 << 16) | (c7 << 24),
      c0 | (c1 << 8) | (c2 << 16) | (c3 << 24),
      0,
    );
  }
  let mHi = 0;
  let mLo = at <= length ? 0xff : 0;
  for (let position = length - 1; position >= at; position--) {
    const code = chars.charCodeAt(position);
    seen |= code;
    mHi = (mHi << 8) | (mLo >>> 24);
    mLo = (mLo << 8) | code;
  }
  mHi |= (length + 1) << 24;
  // The last word, then finalisation: v2 ^= 0xff and 3 rounds.
  let f = 0xff;
  for (let round = 0; round < 4; round++) {
    sipRound(s, mHi, mLo, f);
    mHi = 0;
    mLo = 0;
    f = 0;
  }
  hashHi = s.v0h ^ s.v1h ^ s.v2h ^ s.v3h;
  hashLo = s.v0l ^ s.v1l ^ s.v2l ^ s.v3l;
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
