/**
 * Reuse of the large buffers a write batch is encoded into. A batch-1024 append of 256-byte
 * entries encodes ~300 KiB of frames: a fresh buffer of that size is a fresh mmap for the
 * allocator, zeroed page by page, and unmapped again once the collector finds it, so each
 * append paid ~0.12 ms in its caller's turn for the allocation alone (bench:wal phase 2,
 * measured with node --cpu-prof and timers), and the garbage collector saw ~300 KB of external
 * memory per append. The writer gives a batch's buffers back once its write has returned (and
 * the frames are indexed), and the next append takes one again.
 *
 * Buffers below POOLED_BYTES_MIN are ordinary allocations (cheap, from the heap's own pools);
 * above POOLED_BYTES_MAX neither pooled. A pooled buffer's capacity is a power of two, and at
 * most FREE_PER_CAPACITY_MAX buffers of each capacity wait to be reused, so the pool holds at
 * most a few times the largest batch. A buffer taken from the pool is not zeroed: its taker
 * writes every byte (encodeFrames writes every header field, payload byte and padding byte).
 */
import { assert } from "../util/assert.js";

export const POOLED_BYTES_MIN = 64 * 1024;
export const POOLED_BYTES_MAX = 16 * 1024 * 1024;
const FREE_PER_CAPACITY_MAX = 2;

export class BufferPool {
  /** Buffers given back, by capacity (a power of two). */
  private readonly free = new Map<number, ArrayBuffer[]>();

  /** A buffer of `bytes` bytes, whose content is unspecified when it comes from the pool. */
  take(bytes: number): Uint8Array {
    if (bytes < POOLED_BYTES_MIN || bytes > POOLED_BYTES_MAX) {
      return new Uint8Array(bytes);
    }
    const capacity = 2 ** Math.ceil(Math.log2(bytes));
    const reused = this.free.get(capacity)?.pop();
    return new Uint8Array(reused ?? new ArrayBuffer(capacity), 0, bytes);
  }

  /**
   * Gives back a buffer that take() returned and that nothing uses any more (once only); other
   * buffers are left to the garbage collector.
   */
  give(buffer: Uint8Array): void {
    const backing = buffer.buffer as ArrayBuffer;
    const capacity = backing.byteLength;
    if (
      buffer.byteOffset !== 0 ||
      capacity < POOLED_BYTES_MIN ||
      capacity > POOLED_BYTES_MAX ||
      capacity & (capacity - 1)
    ) {
      return;
    }
    let list = this.free.get(capacity);
    if (list === undefined) {
      list = [];
      this.free.set(capacity, list);
    }
    assert(!list.includes(backing), "a buffer is given back once");
    if (list.length < FREE_PER_CAPACITY_MAX) {
      list.push(backing);
    }
  }
}
