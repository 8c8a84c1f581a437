import type { Entry, EntryType } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";
import { smallInteger } from "../util/small-integer.js";

/** Per-entry overhead counted on top of the data bytes (its slots in the columns below). */
const ENTRY_OVERHEAD_BYTES = 96;
/**
 * Size of the blocks entry data is copied into (an entry larger than a block gets its own), by
 * default; SegmentLog makes them smaller for small segments (cacheBlockBytes).
 */
export const CACHE_BLOCK_BYTES = 1024 * 1024;
/** Slots of the columns at first; they double as needed (up to bytesMax / 96 entries). */
const INITIAL_SLOTS = 1024;

/** A block of copied entry data; entries take consecutive ranges of it. */
interface Block {
  /** Number of the block, in the order blocks were started. */
  readonly number: number;
  readonly bytes: Uint8Array;
  /** Bytes written from the start; never lowered (views of them may be held). */
  used: number;
  /** get() handed out a view of it: it is never reused, its bytes never written again. */
  viewed: boolean;
}

/**
 * A bounded cache of the most recently appended entries, which are the ones Raft reads most
 * (replication to followers that keep up). Bounded in bytes; evicts the oldest first.
 *
 * It keeps no object per entry: the data is copied into blocks of `blockBytes`, and term, type,
 * place and length are numbers in typed-array columns (nothing for the garbage collector to
 * trace); get() returns a new Entry whose data is a view of the block. Holding the appended
 * Entry objects themselves (47 Ki of them at batch 1024 with the default 16 MiB bound) made
 * every young-generation collection copy the ones appended since the last: scavenges of 6-15
 * ms, one every ~40 batch-1024 appends, the p99 of bench:wal's batch-1024 appends (1.5 ms
 * scavenges with the cache off).
 *
 * Bytes of a block, once written, are never written again: a truncation leaves them unused,
 * and a block no cached entry uses is reused only if get() never handed out a view of it. So a
 * view keeps showing what it showed, after eviction too (the block lives on until its last
 * view is collected), and get() need not copy: a copy allocated a backing store per entry
 * read, on every apply and every send, the largest allocation of a follower. Callers must not
 * write to the data they get (no code writes to an entry's data).
 *
 * It holds one contiguous range of indexes [firstIndex, firstIndex + count) in columns used as
 * a ring (`head` is the slot of firstIndex), so every operation is O(1) amortized: no
 * per-entry map, no search on eviction.
 * Invariant: the entryCount slots from head describe entries with consecutive indexes; each
 * one's data lies in a block of `blocks`, oldest first, and every block holds some cached
 * entry's data (none while the cache is empty); the blocks' numbers run without gaps, so an
 * entry's block is blocks[its number - blocks[0].number].
 */
export class EntryCache {
  /** The columns, a ring of `capacity` slots (a power of two); entry p of the cache is in slot (head + p) & mask. */
  private terms = new Float64Array(INITIAL_SLOTS);
  private types = new Uint8Array(INITIAL_SLOTS);
  /** Number of the block holding each entry's data, its offset there, and its length. */
  private blockNumbers = new Float64Array(INITIAL_SLOTS);
  private offsets = new Uint32Array(INITIAL_SLOTS);
  private lengths = new Uint32Array(INITIAL_SLOTS);
  private mask = INITIAL_SLOTS - 1;
  private head = 0;
  /** Entries held, the staged ones (the newest stagedCount) included. */
  private entryCount = 0;
  /** The newest entries, added by stage() and not visible to get() until commitStaged(). */
  private stagedCount = 0;
  private firstIndex = 0;
  private bytes = 0;
  private blocks: Block[] = [];
  private nextBlockNumber = 0;
  /** A dropped block that was never viewed, reused by the next block needed. */
  private spareBlock: Uint8Array | undefined;

  constructor(
    private readonly bytesMax: number,
    private readonly blockBytes = CACHE_BLOCK_BYTES,
  ) {}

  get(index: number): Entry | undefined {
    const position = index - this.firstIndex;
    if (position < 0 || position >= this.entryCount - this.stagedCount) {
      return undefined;
    }
    const slot = (this.head + position) & this.mask;
    const first = this.blocks[0] as Block;
    const number = this.blockNumbers[slot] as number;
    const block = this.blocks[number - first.number];
    // Block numbers run without gaps from blocks[0] (see truncateFrom): a block found by its
    // number is the one the entry was copied into, or the cache is broken.
    if (block === undefined || block.number !== number) {
      assertionFailed(`entry ${index} is in block ${number}, not found among the cache's blocks`);
    }
    block.viewed = true;
    const offset = this.offsets[slot] as number;
    return {
      index,
      // A Float64Array element read outside optimized code is a heap number (small-integer.ts).
      term: smallInteger(this.terms[slot] as number),
      type: this.types[slot] as EntryType,
      data: block.bytes.subarray(offset, offset + (this.lengths[slot] as number)),
    };
  }

  /** Adds (a copy of) the entry after the newest one; any other index restarts the cache at it. */
  add(entry: Entry): void {
    this.stage(entry);
    this.commitStaged();
  }

  /**
   * add(), but the entry stays invisible to get() until commitStaged() (the writer stages a
   * group's entries while its write is in flight). Staged entries are evicted like others.
   */
  stage(entry: Entry): void {
    const length = entry.data.length;
    const cost = costOf(length);
    if (cost > this.bytesMax) {
      this.clear();
      return;
    }
    if (this.entryCount === 0 || entry.index !== this.firstIndex + this.entryCount) {
      this.clear();
      this.firstIndex = entry.index;
    }
    if (this.entryCount > this.mask) {
      this.grow();
    }
    const block = this.blockFor(length);
    block.bytes.set(entry.data, block.used);
    const slot = (this.head + this.entryCount) & this.mask;
    this.terms[slot] = entry.term;
    this.types[slot] = entry.type;
    this.blockNumbers[slot] = block.number;
    this.offsets[slot] = block.used;
    this.lengths[slot] = length;
    this.entryCount++;
    this.stagedCount++;
    block.used += length;
    this.bytes += cost;
    // Bounded: each pass evicts one entry.
    while (this.bytes > this.bytesMax) {
      this.evictOldest();
    }
  }

  /** Makes the staged entries visible. */
  commitStaged(): void {
    this.stagedCount = 0;
  }

  /** Forgets the staged entries (their write failed). */
  discardStaged(): void {
    const from = this.firstIndex + this.entryCount - this.stagedCount;
    this.stagedCount = 0;
    this.truncateFrom(from);
  }

  /** Forgets entries with index >= fromIndex. */
  truncateFrom(fromIndex: number): void {
    this.assertNothingStaged();
    // Bounded by the number of cached entries.
    while (this.entryCount > 0 && this.firstIndex + this.entryCount - 1 >= fromIndex) {
      this.entryCount--;
      const slot = (this.head + this.entryCount) & this.mask;
      const number = this.blockNumbers[slot] as number;
      this.bytes -= costOf(this.lengths[slot] as number);
      // Its data was the last written, in the newest block: the block goes if no entry left
      // holds data in it; else its bytes stay as they are (a view of them may be held).
      const previous = (this.head + this.entryCount - 1) & this.mask;
      if (this.entryCount === 0 || this.blockNumbers[previous] !== number) {
        this.drop(this.blocks.pop() as Block);
        // The next block takes its number: numbers run without gaps, as get() relies on.
        this.nextBlockNumber = number;
      }
    }
    if (this.entryCount === 0) {
      this.clear();
    }
  }

  /** Forgets entries with index <= uptoIndex. */
  truncateUpTo(uptoIndex: number): void {
    this.assertNothingStaged();
    // Bounded by the number of cached entries.
    while (this.entryCount > 0 && this.firstIndex <= uptoIndex) {
      this.evictOldest();
    }
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  /** Entries get() can return (the staged ones are not counted). */
  get count(): number {
    return this.entryCount - this.stagedCount;
  }

  private assertNothingStaged(): void {
    assert(this.stagedCount === 0, "no truncation while entries are staged");
  }

  /** The block the next `length` bytes of data go to: the newest, or a new one. */
  private blockFor(length: number): Block {
    const newest = this.blocks[this.blocks.length - 1];
    if (newest !== undefined && newest.used + length <= newest.bytes.length) {
      return newest;
    }
    let bytes: Uint8Array;
    if (length <= this.blockBytes && this.spareBlock !== undefined) {
      bytes = this.spareBlock;
      this.spareBlock = undefined;
    } else {
      // Zeroed (a view's `buffer` is the whole block: it never shows stale process memory).
      bytes = new Uint8Array(Math.max(length, this.blockBytes));
    }
    const block: Block = { number: this.nextBlockNumber++, bytes, used: 0, viewed: false };
    this.blocks.push(block);
    return block;
  }

  /**
   * A block no cached entry uses any more: kept as the spare when no view of it was handed out
   * (a log nobody reads, such as bench:wal's, then allocates no new blocks), else left to the
   * garbage collector with its views.
   */
  private drop(block: Block): void {
    if (!block.viewed && block.bytes.length === this.blockBytes) this.spareBlock = block.bytes;
  }

  private evictOldest(): void {
    this.bytes -= costOf(this.lengths[this.head] as number);
    this.head = (this.head + 1) & this.mask;
    this.entryCount--;
    this.stagedCount = Math.min(this.stagedCount, this.entryCount);
    this.firstIndex++;
    if (this.entryCount === 0) {
      this.clear();
      return;
    }
    // Blocks before the new oldest entry's hold no cached data any more.
    const oldestBlock = this.blockNumbers[this.head] as number;
    // Bounded by the number of blocks.
    while ((this.blocks[0] as Block).number < oldestBlock) {
      this.drop(this.blocks.shift() as Block);
    }
  }

  /** Doubles the columns, the ring unrolled from slot 0. */
  private grow(): void {
    const capacity = (this.mask + 1) * 2;
    const unroll = <T extends Float64Array | Uint32Array | Uint8Array>(column: T, fresh: T): T => {
      fresh.set(column.subarray(this.head));
      fresh.set(column.subarray(0, this.head), column.length - this.head);
      return fresh;
    };
    this.terms = unroll(this.terms, new Float64Array(capacity));
    this.types = unroll(this.types, new Uint8Array(capacity));
    this.blockNumbers = unroll(this.blockNumbers, new Float64Array(capacity));
    this.offsets = unroll(this.offsets, new Uint32Array(capacity));
    this.lengths = unroll(this.lengths, new Uint32Array(capacity));
    this.mask = capacity - 1;
    this.head = 0;
  }

  private clear(): void {
    this.head = 0;
    this.entryCount = 0;
    this.stagedCount = 0;
    this.bytes = 0;
    for (const block of this.blocks) this.drop(block);
    this.blocks = [];
  }
}

function costOf(dataBytes: number): number {
  return dataBytes + ENTRY_OVERHEAD_BYTES;
}
