import type { Entry } from "../types/index.js";

/** Per-entry overhead counted on top of the data bytes (the entry object, its slot). */
const ENTRY_OVERHEAD_BYTES = 96;

/**
 * A bounded cache of the most recently appended entries, which are the ones Raft reads most
 * (replication to followers that keep up). Bounded in bytes; evicts the oldest first.
 *
 * It holds one contiguous range of indexes [firstIndex, firstIndex + count) in an array used
 * as a deque (`head` is the slot of firstIndex), so every operation is O(1) amortized: no
 * per-entry map, no search on eviction.
 * Invariant: slots [head, entries.length) hold entries with consecutive indexes.
 */
export class EntryCache {
  private entries: Entry[] = [];
  private head = 0;
  private firstIndex = 0;
  private bytes = 0;

  constructor(private readonly bytesMax: number) {}

  get(index: number): Entry | undefined {
    const slot = this.head + (index - this.firstIndex);
    if (index < this.firstIndex || slot >= this.entries.length) {
      return undefined;
    }
    return this.entries[slot];
  }

  /** Adds the entry after the newest one; any other index restarts the cache at it. */
  add(entry: Entry): void {
    const cost = costOf(entry);
    if (cost > this.bytesMax) {
      this.clear();
      return;
    }
    if (this.count === 0 || entry.index !== this.firstIndex + this.count) {
      this.clear();
      this.firstIndex = entry.index;
    }
    this.entries.push(entry);
    this.bytes += cost;
    // Bounded: each pass evicts one entry.
    while (this.bytes > this.bytesMax) {
      this.evictOldest();
    }
  }

  /** Forgets entries with index >= fromIndex. */
  truncateFrom(fromIndex: number): void {
    // Bounded by the number of cached entries.
    while (this.count > 0 && this.firstIndex + this.count - 1 >= fromIndex) {
      const entry = this.entries.pop() as Entry;
      this.bytes -= costOf(entry);
    }
  }

  /** Forgets entries with index <= uptoIndex. */
  truncateUpTo(uptoIndex: number): void {
    // Bounded by the number of cached entries.
    while (this.count > 0 && this.firstIndex <= uptoIndex) {
      this.evictOldest();
    }
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  get count(): number {
    return this.entries.length - this.head;
  }

  private evictOldest(): void {
    const entry = this.entries[this.head] as Entry;
    this.entries[this.head] = undefined as never;
    this.head++;
    this.firstIndex++;
    this.bytes -= costOf(entry);
    // Compact once the dead prefix is half the array: amortized O(1) per eviction.
    if (this.head > 1024 && this.head * 2 > this.entries.length) {
      this.entries = this.entries.slice(this.head);
      this.head = 0;
    }
    if (this.count === 0) {
      this.clear();
    }
  }

  private clear(): void {
    this.entries = [];
    this.head = 0;
    this.bytes = 0;
  }
}

function costOf(entry: Entry): number {
  return entry.data.length + ENTRY_OVERHEAD_BYTES;
}
