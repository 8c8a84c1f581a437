import { assert, assertionFailed } from "../util/assert.js";
import { smallInteger } from "../util/small-integer.js";

const INITIAL_CAPACITY = 1024;
/**
 * Entries per chunk of the index (16 B each: 256 KiB a chunk). A segment's index is a list of
 * chunks, so that growing it never copies what it holds: a single array doubling as the
 * segment filled copied up to 2 MiB at once (128 Ki entries), in the append that crossed the
 * size, a stall of several ms in bench:wal's batch-1024 appends (their p99). Only the first
 * chunk grows by doubling, up to this size; later chunks are allocated whole.
 */
export const INDEX_CHUNK_ENTRIES = 16_384;
const CHUNK_SHIFT = 14;
const CHUNK_MASK = INDEX_CHUNK_ENTRIES - 1;

/** The columns of one chunk. */
class Chunk {
  readonly offsets: Uint32Array;
  readonly payloadLengths: Uint32Array;
  readonly terms: Float64Array;

  constructor(capacity: number, from?: Chunk, count = 0) {
    this.offsets = new Uint32Array(capacity);
    this.payloadLengths = new Uint32Array(capacity);
    this.terms = new Float64Array(capacity);
    if (from !== undefined) {
      this.offsets.set(from.offsets.subarray(0, count));
      this.payloadLengths.set(from.payloadLengths.subarray(0, count));
      this.terms.set(from.terms.subarray(0, count));
    }
  }

  get capacity(): number {
    return this.offsets.length;
  }

  get memoryBytes(): number {
    return this.offsets.byteLength + this.payloadLengths.byteLength + this.terms.byteLength;
  }
}

/**
 * Where each entry of one segment lives: typed arrays, not an object per entry.
 * 16 bytes per entry: frame offset (u32), payload length (u32), term (f64), in chunks of
 * INDEX_CHUNK_ENTRIES entries.
 * Invariant: entry i of the segment has index firstIndex + i and lives in chunk
 * i >> CHUNK_SHIFT, slot i & CHUNK_MASK; every chunk but the last holds INDEX_CHUNK_ENTRIES
 * slots; count + staged <= the slots of all chunks; there is always at least one chunk.
 */
export class SegmentIndex {
  count = 0;
  /** Entries written after the counted ones, not yet visible (stage()). */
  private staged = 0;
  private chunks: Chunk[];

  constructor(
    readonly firstIndex: number,
    capacity = INITIAL_CAPACITY,
  ) {
    this.chunks = [new Chunk(Math.max(1, Math.min(capacity, INDEX_CHUNK_ENTRIES)))];
  }

  /** Index of the last entry, or firstIndex - 1 when empty. */
  get lastIndex(): number {
    return this.firstIndex + this.count - 1;
  }

  push(offsetBytes: number, payloadLength: number, term: number): void {
    this.stage(offsetBytes, payloadLength, term);
    this.commitStaged();
  }

  /**
   * Writes the next entry's place without counting it yet: lookups do not see it until
   * commitStaged() (the writer stages a group's entries while its write is in flight, and
   * commits them once it is durable).
   */
  stage(offsetBytes: number, payloadLength: number, term: number): void {
    const position = this.count + this.staged;
    const number = position >>> CHUNK_SHIFT;
    const slot = position & CHUNK_MASK;
    let chunk = this.chunks[number];
    if (chunk === undefined) {
      chunk = new Chunk(INDEX_CHUNK_ENTRIES);
      this.chunks.push(chunk);
    } else if (slot === chunk.capacity) {
      chunk = new Chunk(Math.min(INDEX_CHUNK_ENTRIES, chunk.capacity * 2), chunk, slot);
      this.chunks[number] = chunk;
    }
    chunk.offsets[slot] = offsetBytes;
    chunk.payloadLengths[slot] = payloadLength;
    chunk.terms[slot] = term;
    this.staged++;
  }

  /** Counts the staged entries: lookups see them from now on. */
  commitStaged(): void {
    this.count += this.staged;
    this.staged = 0;
  }

  /** Forgets the staged entries (their write failed). */
  discardStaged(): void {
    this.staged = 0;
  }

  offsetOf(index: number): number {
    const slot = this.slot(index);
    return this.chunkOf(slot).offsets[slot & CHUNK_MASK] ?? 0;
  }

  payloadLengthOf(index: number): number {
    const slot = this.slot(index);
    return this.chunkOf(slot).payloadLengths[slot & CHUNK_MASK] ?? 0;
  }

  termOf(index: number): number {
    const slot = this.slot(index);
    // From a Float64Array: a small integer, not a heap number (src/util/small-integer.ts).
    return smallInteger(this.chunkOf(slot).terms[slot & CHUNK_MASK] ?? 0);
  }

  /** Forgets entries from `index` on (and the chunks that held only those). */
  truncateFrom(index: number): void {
    assert(index >= this.firstIndex && index <= this.lastIndex + 1, "truncation inside segment");
    assert(this.staged === 0, "no truncation while entries are staged");
    this.count = index - this.firstIndex;
    this.chunks.length = Math.max(1, Math.ceil(this.count / INDEX_CHUNK_ENTRIES));
  }

  /** Releases unused capacity (for sealed segments, which no longer grow). */
  trim(): void {
    assert(this.staged === 0, "no trim while entries are staged");
    this.chunks.length = Math.max(1, Math.ceil(this.count / INDEX_CHUNK_ENTRIES));
    const last = this.chunks.length - 1;
    const used = Math.max(1, this.count - last * INDEX_CHUNK_ENTRIES);
    const chunk = this.chunks[last] as Chunk;
    if (chunk.capacity > used) {
      this.chunks[last] = new Chunk(used, chunk, used);
    }
  }

  /** Bytes of memory the index holds. */
  get memoryBytes(): number {
    let bytes = 0;
    for (const chunk of this.chunks) {
      bytes += chunk.memoryBytes;
    }
    return bytes;
  }

  private slot(index: number): number {
    const slot = index - this.firstIndex;
    if (!(slot >= 0 && slot < this.count)) assertionFailed(`index ${index} within segment`);
    return slot;
  }

  private chunkOf(slot: number): Chunk {
    return this.chunks[slot >>> CHUNK_SHIFT] as Chunk;
  }
}
