import { assert } from "../../util/assert.js";
import { fmix32 } from "../../util/fmix32.js";

/**
 * A fixed-size set of small integers `[0, bitCount)`: which operations of a partition are
 * already linearized. The size is fixed at construction, so memory is `ceil(bitCount / 32)`
 * words and never grows.
 */
export class Bitset {
  readonly bitCount: number;
  readonly words: Uint32Array;

  constructor(bitCount: number, words?: Uint32Array) {
    assert(Number.isSafeInteger(bitCount) && bitCount >= 0, "bitCount is a non-negative integer");
    this.bitCount = bitCount;
    this.words = words ?? new Uint32Array(Math.ceil(bitCount / 32));
    assert(this.words.length === Math.ceil(bitCount / 32), "word count matches bitCount");
  }

  has(index: number): boolean {
    this.assertInRange(index);
    return ((this.words[index >>> 5]! >>> (index & 31)) & 1) === 1;
  }

  set(index: number): void {
    this.assertInRange(index);
    this.words[index >>> 5]! |= 1 << (index & 31);
  }

  clear(index: number): void {
    this.assertInRange(index);
    this.words[index >>> 5]! &= ~(1 << (index & 31));
  }

  clone(): Bitset {
    return new Bitset(this.bitCount, this.words.slice());
  }

  equals(other: Bitset): boolean {
    if (other.bitCount !== this.bitCount) return false;
    for (let wordIndex = 0; wordIndex < this.words.length; wordIndex++) {
      if (this.words[wordIndex] !== other.words[wordIndex]) return false;
    }
    return true;
  }

  /** Bytes held by this set's words, for the cache's memory bound. */
  get sizeBytes(): number {
    return this.words.byteLength;
  }

  private assertInRange(index: number): void {
    assert(Number.isInteger(index), "bit index is an integer");
    assert(index >= 0 && index < this.bitCount, "bit index is in [0, bitCount)");
  }
}

/** The Zobrist key of set member `index`. The constant keeps index 0 from mapping to 0. */
export function zobristKey(index: number): number {
  return fmix32((index + 0x9e3779b9) | 0);
}
