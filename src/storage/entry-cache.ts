import type { LogEntry } from "./types.js";

/** Per-entry overhead counted on top of the data bytes (object, Map slot). */
const ENTRY_OVERHEAD_BYTES = 96;

/**
 * A bounded cache of the most recently appended entries, which are the ones Raft reads most
 * (replication to followers that keep up). Bounded in bytes; evicts the oldest first.
 * Invariant: keys are increasing in insertion order (appends grow the log at its end, and a
 * suffix truncation removes the newest keys before newer ones are added).
 */
export class EntryCache {
  private readonly entries = new Map<number, LogEntry>();
  private bytes = 0;

  constructor(private readonly bytesMax: number) {}

  get(index: number): LogEntry | undefined {
    return this.entries.get(index);
  }

  add(entry: LogEntry): void {
    const cost = entry.data.length + ENTRY_OVERHEAD_BYTES;
    if (cost > this.bytesMax) {
      return;
    }
    this.entries.set(entry.index, entry);
    this.bytes += cost;
    // Bounded: each pass removes one entry.
    while (this.bytes > this.bytesMax) {
      const oldest = this.entries.keys().next();
      if (oldest.done) {
        break;
      }
      this.remove(oldest.value);
    }
  }

  /** Forgets entries with index >= fromIndex. */
  truncateFrom(fromIndex: number): void {
    for (const index of [...this.entries.keys()]) {
      if (index >= fromIndex) {
        this.remove(index);
      }
    }
  }

  /** Forgets entries with index <= uptoIndex. */
  truncateUpTo(uptoIndex: number): void {
    for (const index of this.entries.keys()) {
      if (index > uptoIndex) {
        break;
      }
      this.remove(index);
    }
  }

  get sizeBytes(): number {
    return this.bytes;
  }

  private remove(index: number): void {
    const entry = this.entries.get(index);
    if (entry !== undefined) {
      this.entries.delete(index);
      this.bytes -= entry.data.length + ENTRY_OVERHEAD_BYTES;
    }
  }
}
