import { assert } from "../util/assert.js";

const INITIAL_CAPACITY = 1024;

/**
 * Where each entry of one segment lives: typed arrays, not an object per entry.
 * 16 bytes per entry: frame offset (u32), payload length (u32), term (f64).
 * Invariant: count <= capacity; entry i of the segment has index firstIndex + i.
 */
export class SegmentIndex {
  count = 0;
  private offsets: Uint32Array;
  private payloadLengths: Uint32Array;
  private terms: Float64Array;

  constructor(
    readonly firstIndex: number,
    capacity = INITIAL_CAPACITY,
  ) {
    this.offsets = new Uint32Array(capacity);
    this.payloadLengths = new Uint32Array(capacity);
    this.terms = new Float64Array(capacity);
  }

  /** Index of the last entry, or firstIndex - 1 when empty. */
  get lastIndex(): number {
    return this.firstIndex + this.count - 1;
  }

  push(offsetBytes: number, payloadLength: number, term: number): void {
    if (this.count === this.offsets.length) {
      this.grow(this.count * 2);
    }
    this.offsets[this.count] = offsetBytes;
    this.payloadLengths[this.count] = payloadLength;
    this.terms[this.count] = term;
    this.count++;
  }

  offsetOf(index: number): number {
    return this.offsets[this.slot(index)] ?? 0;
  }

  payloadLengthOf(index: number): number {
    return this.payloadLengths[this.slot(index)] ?? 0;
  }

  termOf(index: number): number {
    return this.terms[this.slot(index)] ?? 0;
  }

  /** Forgets entries from `index` on. */
  truncateFrom(index: number): void {
    assert(index >= this.firstIndex && index <= this.lastIndex + 1, "truncation inside segment");
    this.count = index - this.firstIndex;
  }

  /** Releases unused capacity (for sealed segments, which no longer grow). */
  trim(): void {
    if (this.offsets.length > this.count) {
      this.grow(Math.max(1, this.count));
    }
  }

  /** Bytes of memory the index holds. */
  get memoryBytes(): number {
    return this.offsets.byteLength + this.payloadLengths.byteLength + this.terms.byteLength;
  }

  private slot(index: number): number {
    const slot = index - this.firstIndex;
    assert(slot >= 0 && slot < this.count, `index ${index} within segment`);
    return slot;
  }

  private grow(capacity: number): void {
    const offsets = new Uint32Array(capacity);
    offsets.set(this.offsets.subarray(0, this.count));
    const payloadLengths = new Uint32Array(capacity);
    payloadLengths.set(this.payloadLengths.subarray(0, this.count));
    const terms = new Float64Array(capacity);
    terms.set(this.terms.subarray(0, this.count));
    this.offsets = offsets;
    this.payloadLengths = payloadLengths;
    this.terms = terms;
  }
}
