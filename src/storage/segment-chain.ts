/**
 * The segment log's read side: its segments, oldest first, and the synchronous reads over them
 * (segments/FORMAT.md): the segment of an index (binary search), the term of an entry (from
 * the segment's offset index), and entries by index range, from the cache of recent appends or
 * with one pread per segment, every frame read checked again. The write side
 * (segment-writer.ts) changes the chain only once its bytes are durable, so the reads see only
 * durable entries.
 *
 * Invariants: there is at least one segment; segments are contiguous
 * (segments[k+1].firstIndex === segments[k].index.lastIndex + 1).
 */
import { wal } from "../proto/index.js";
import { type Entry, type EntryType, isEntryType } from "../types/index.js";
import { EntryCache } from "./entry-cache.js";
import { IndexOutOfRangeError, LogCorruptionError } from "./errors.js";
import { FrameType, frameBytes } from "./format.js";
import { checkFrameAt, MemorySource } from "./scan.js";
import type { Segment } from "./segment-file.js";

export class SegmentChain {
  /** The most recently appended entries, which are read most (the writer adds them). */
  readonly cache: EntryCache;

  constructor(
    private readonly segments: Segment[],
    cacheBytesMax: number,
    cacheBlockBytes: number,
  ) {
    this.cache = new EntryCache(cacheBytesMax, cacheBlockBytes);
  }

  /** The segments, oldest first: a view that changes with the chain. */
  get all(): readonly Segment[] {
    return this.segments;
  }

  /** Index of the first entry; lastIndex() + 1 when the log is empty. */
  firstIndex(): number {
    return (this.segments[0] as Segment).firstIndex;
  }

  /** Index of the last durable entry; firstIndex() - 1 when the log is empty. */
  lastIndex(): number {
    return this.newest().index.lastIndex;
  }

  /** The segment written to; the others are sealed. */
  newest(): Segment {
    return this.segments[this.segments.length - 1] as Segment;
  }

  /** Term of entry `index`; throws IndexOutOfRangeError outside [firstIndex, lastIndex]. */
  term(index: number): number {
    return this.segmentOf(index).index.termOf(index);
  }

  entry(index: number): Entry {
    const cached = this.cache.get(index);
    if (cached !== undefined) {
      return cached;
    }
    const segment = this.segmentOf(index);
    return this.readRange(segment, index, index + 1, Number.POSITIVE_INFINITY)[0] as Entry;
  }

  /**
   * Entries in [lo, hi), stopping before the total data size would pass `bytesMax`, but always
   * at least one entry when lo < hi. The returned array and its Entry objects are new; the
   * data of an entry is a view of the cache's bytes (never written again, entry-cache.ts) or
   * read from its segment file. Callers must not write to it.
   */
  entries(lo: number, hi: number, bytesMax: number): Entry[] {
    if (lo >= hi) {
      return [];
    }
    this.segmentOf(lo);
    this.segmentOf(hi - 1);
    const result: Entry[] = [];
    let bytes = 0;
    let index = lo;
    // Bounded: each pass adds at least one entry or stops.
    while (index < hi) {
      const cached = this.cache.get(index);
      let batch: Entry[];
      if (cached !== undefined) {
        batch = [cached];
      } else {
        const segment = this.segmentOf(index);
        const end = Math.min(hi, segment.index.lastIndex + 1);
        batch = this.readRange(segment, index, end, bytesMax - bytes);
      }
      for (const entry of batch) {
        bytes += entry.data.length;
        if (result.length > 0 && bytes > bytesMax) {
          return result;
        }
        result.push(entry);
      }
      index += batch.length;
    }
    return result;
  }

  /** The segment holding `index`; throws IndexOutOfRangeError outside [firstIndex, lastIndex]. */
  segmentOf(index: number): Segment {
    if (!Number.isSafeInteger(index) || index < this.firstIndex() || index > this.lastIndex()) {
      throw new IndexOutOfRangeError(index, this.firstIndex(), this.lastIndex());
    }
    let low = 0;
    let high = this.segments.length - 1;
    // Binary search for the last segment with firstIndex <= index.
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((this.segments[middle] as Segment).firstIndex <= index) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return this.segments[low] as Segment;
  }

  /** Adds a new newest segment (a rollover; the writer has created it durably). */
  pushNewest(segment: Segment): void {
    this.segments.push(segment);
  }

  /** Removes the newest segment (a suffix truncation deletes its file). */
  popNewest(): Segment {
    return this.segments.pop() as Segment;
  }

  /** Removes the oldest segment (a prefix truncation deletes its file). */
  shiftOldest(): Segment {
    return this.segments.shift() as Segment;
  }

  /**
   * Reads entries [lo, hi) of one segment with one pread, checking every frame again (CRC,
   * index, term, and the payload against the header): bit rot found after recovery is reported
   * as LogCorruptionError, never returned as data.
   */
  private readRange(segment: Segment, lo: number, hi: number, bytesMax: number): Entry[] {
    const start = segment.index.offsetOf(lo);
    let last = lo;
    let dataBytes = segment.index.payloadLengthOf(lo);
    while (last + 1 < hi && dataBytes + segment.index.payloadLengthOf(last + 1) <= bytesMax) {
      last++;
      dataBytes += segment.index.payloadLengthOf(last);
    }
    const end = segment.index.offsetOf(last) + frameBytes(segment.index.payloadLengthOf(last));
    const buffer = new Uint8Array(end - start);
    const got = segment.handle.readSync(buffer, start);
    const source = new MemorySource(buffer.subarray(0, got));
    const result: Entry[] = [];
    for (let index = lo; index <= last; index++) {
      result.push(decodeEntryAt(segment, source, segment.index.offsetOf(index) - start, index));
    }
    return result;
  }
}

/** Decodes the entry frame of `index` at `offset` of `source`, read from `segment`. */
function decodeEntryAt(
  segment: Segment,
  source: MemorySource,
  offset: number,
  index: number,
): Entry {
  const fileOffset = segment.index.offsetOf(index);
  const corrupt = (reason: string) =>
    new LogCorruptionError(segment.path, fileOffset, index, `on read: ${reason}`);
  const checked = checkFrameAt(source, offset);
  if (!checked.ok) {
    throw corrupt(checked.reason);
  }
  const header = checked.frame.header;
  if (header.frameType !== FrameType.ENTRY || header.index !== index) {
    throw corrupt(
      `expected the entry frame of index ${index}, found type ${header.frameType} index ${header.index}`,
    );
  }
  let decoded: { index: number; term: number; type: number; data: Uint8Array };
  try {
    decoded = wal.LogEntry.decode(checked.frame.payload);
  } catch (error) {
    throw corrupt(`payload does not decode: ${(error as Error).message}`);
  }
  if (decoded.index !== index || decoded.term !== header.term || !isEntryType(decoded.type)) {
    throw corrupt("payload disagrees with the frame header");
  }
  // The header's term (equal, checked above): a small integer, where protobufjs decodes a heap
  // number (src/util/small-integer.ts).
  return { index, term: header.term, type: decoded.type as EntryType, data: decoded.data };
}
