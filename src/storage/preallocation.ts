/**
 * Preallocating segment files: writing real zeros over a segment's whole size before the log
 * uses it.
 *
 * Why: an fdatasync after a write that grows a file must also make the new size (and the new
 * blocks) durable, a journal commit on ext4 and XFS; an fdatasync after overwriting blocks that
 * were already written and synced has only data to flush. Measured on one ext4 disk (4 KiB
 * write + fdatasync, p50): 160-200 us appending against 100-110 us overwriting, and with three
 * processes syncing the same disk 430 us against 205 us. fallocate(2) alone does not help: it
 * leaves unwritten extents, whose first write still needs a journal commit, so the blocks must
 * really be written (etcd's file_pipeline and TigerBeetle's data file do the same).
 *
 * The price is bandwidth: every byte of a preallocated segment is written twice, zeros then
 * frames, and the zero-fill competes with the log's own writes for the disk. That pays while
 * the log's group commits are small (the saving is per fdatasync), not while it writes large
 * batches back to back at the disk's bandwidth, where one journal commit per fdatasync is
 * little next to the data and the zeros would halve what the log can write. So the zero-fill
 * is paced by the log's commits (ZeroFillPacer): it pauses while the mean group commit is
 * ZERO_FILL_PAUSE_COMMIT_BYTES or more, and a rollover in that state takes the spare as far
 * as it is zero-filled (possibly not at all); the segment grows past it.
 *
 * Preallocation never makes a nearly full disk full: a segment is preallocated only while the
 * file system has room for PREALLOCATION_FREE_SEGMENTS_MIN segments, and running out of space
 * while zero-filling only means the next segment grows with its appends, as without it.
 */
import { assert } from "../util/assert.js";
import type { FileHandle, FileSystem } from "./fs.js";
import { writeFully } from "./segment-file.js";

/**
 * Zeros written per call, each call followed by an fsync (the file is new: its size and blocks
 * must be durable too). One shared buffer of this size bounds the memory zero-filling uses, and
 * syncing every chunk bounds the dirty data it leaves for the disk to flush at once: an
 * fdatasync of the log that runs meanwhile waits for the disk to finish what is in flight, so
 * it waits behind one chunk, not behind a whole segment's worth of zeros (measured with
 * batch-1024 appends in 64 MiB segments: p99 8-9 ms syncing every 1 MiB against 10-14 ms with
 * one fsync at the end; growing segments 6.5-8.5 ms).
 */
export const ZERO_FILL_CHUNK_BYTES = 1024 * 1024;

/**
 * Free space, in segments, the file system must have for one segment to be preallocated: the
 * one being preallocated, and as much again for the appends and everything else on the disk.
 */
export const PREALLOCATION_FREE_SEGMENTS_MIN = 2;

let zeroChunk: Uint8Array | undefined;

/**
 * Mean bytes per group commit from which the log counts as writing at bandwidth and the
 * zero-fill pauses. From the costs bench:wal measures on a quiet disk: preallocation saves one
 * journal commit per fdatasync (4 KiB append + fdatasync p50 181 us growing the file against
 * 101 us over synced zeros: ~80 us), and costs one byte of zeros per byte of log, written at
 * the disk's sequential bandwidth (~535 MB/s: ~1.9 ns a byte). The two are equal at about
 * 80 us / 1.9 ns = 43 KB per commit; above it the zeros cost the disk more time than the
 * journal commits they save. The threshold sits above that break-even, at 64 KiB, so that
 * only a log clearly bound by bandwidth (batch 1024 of 256-byte entries: 304 KiB a commit)
 * pauses, and the usual Raft load (a few KiB a commit) keeps its preallocated segments.
 */
export const ZERO_FILL_PAUSE_COMMIT_BYTES = 64 * 1024;

/** Weight of the newest group commit in the moving mean of bytes per commit. */
const COMMIT_BYTES_MEAN_WEIGHT = 1 / 8;

/**
 * A zero-fill under way: where it has got to (the offset of the chunk being written, then the
 * end), a flag its owner sets to stop it between chunks, and what to tell of each chunk
 * written (disk write accounting).
 */
export interface ZeroFill {
  offsetBytes: number;
  stopped: boolean;
  readonly onChunkWritten: (bytes: number) => void;
}

/**
 * Paces zero-fills by the log's group commits: a moving mean of their bytes, and a pause while
 * that mean is ZERO_FILL_PAUSE_COMMIT_BYTES or more. Deterministic: driven by the commits the
 * log reports, no clock.
 */
export class ZeroFillPacer {
  private commitBytesMean = 0;
  /** Ends the pause a fill is waiting in; defined exactly while one waits. */
  private resume: (() => void) | undefined;
  /** Called once a fill waits in a pause (pauseReached). */
  private pauseListeners: (() => void)[] = [];

  /** The log wrote one group commit of `bytes` (durably). */
  noteGroupCommit(bytes: number): void {
    this.commitBytesMean += (bytes - this.commitBytesMean) * COMMIT_BYTES_MEAN_WEIGHT;
    if (!this.paused) {
      this.wake();
    }
  }

  /** Whether the log writes at bandwidth: zero-filling now would compete with it. */
  get paused(): boolean {
    return this.commitBytesMean >= ZERO_FILL_PAUSE_COMMIT_BYTES;
  }

  /** Resolves once the fill may write its next chunk: at once unless paused, else at wake(). */
  whilePaused(): Promise<void> {
    if (!this.paused) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.wake();
      this.resume = resolve;
      for (const listener of this.pauseListeners.splice(0)) {
        listener();
      }
    });
  }

  /** Resolves once a fill waits in a pause (at once if one does). */
  pauseReached(): Promise<void> {
    if (this.resume !== undefined) {
      return Promise.resolve();
    }
    return new Promise((resolve) => {
      this.pauseListeners.push(resolve);
    });
  }

  /** Ends a pause (the commits got small, or the fill's owner stops it). */
  wake(): void {
    const resume = this.resume;
    this.resume = undefined;
    resume?.();
  }
}

/**
 * Writes zeros over [fill.offsetBytes, toOffset) of `handle`, one chunk at a time, fsync'ing
 * each (see ZERO_FILL_CHUNK_BYTES), so [0, fill.offsetBytes) is durable whenever it returns.
 * Before each chunk it waits out a pause of `pacer`, then stops early, returning false, if
 * `fill.stopped` is set (its owner sets it, then wakes the pacer). On an error,
 * `fill.offsetBytes` is the offset of the chunk that failed.
 */
export async function writeZeros(
  handle: FileHandle,
  fill: ZeroFill,
  toOffset: number,
  pacer: ZeroFillPacer,
): Promise<boolean> {
  assert(fill.offsetBytes <= toOffset, "zero-fill range is not reversed");
  zeroChunk ??= new Uint8Array(ZERO_FILL_CHUNK_BYTES);
  // Bounded: each pass writes one chunk (writeFully throws rather than make no progress), or
  // waits for a wake-up that either unpauses the fill or stops it.
  while (fill.offsetBytes < toOffset) {
    if (!fill.stopped) {
      await pacer.whilePaused();
    }
    if (fill.stopped) {
      return false;
    }
    const length = Math.min(ZERO_FILL_CHUNK_BYTES, toOffset - fill.offsetBytes);
    await writeFully(handle, [zeroChunk.subarray(0, length)], fill.offsetBytes);
    await handle.sync();
    fill.offsetBytes += length;
    fill.onChunkWritten(length);
  }
  return true;
}

/** Whether the file system holding `directory` has room to preallocate a `fileBytes` file. */
export async function hasRoomToPreallocate(
  fileSystem: FileSystem,
  directory: string,
  fileBytes: number,
): Promise<boolean> {
  if (fileSystem.freeBytes === undefined) {
    return true;
  }
  return (await fileSystem.freeBytes(directory)) >= PREALLOCATION_FREE_SEGMENTS_MIN * fileBytes;
}

/**
 * A write failed for lack of space (ENOSPC, or EDQUOT for a quota): an operating condition of
 * the disk, which the appends themselves report if it persists, not a fault of the file.
 */
export function isOutOfSpace(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code === "ENOSPC" || code === "EDQUOT";
}
