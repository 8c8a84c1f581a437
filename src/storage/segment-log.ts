/**
 * The durable replicated log: entries in append-only segment files (segments/FORMAT.md).
 *
 * Writes (append, hard state, truncations) go through one queue and run one at a time.
 * Consecutive appends in the queue are group-committed: one write of all their frames and
 * one fdatasync, however many callers are waiting. Every write promise resolves only once
 * its bytes are durable. Reads are synchronous and see only durable entries.
 *
 * This class is the log's face: it opens the directory (lock, recovery), checks every write's
 * arguments in the caller's turn, and hands the write to the write side (segment-writer.ts:
 * the queue, group commit, rollover, truncation) and the reads to the read side
 * (segment-chain.ts: the segments, the entry cache, checked reads).
 *
 * Invariants:
 * - segments are contiguous: segments[k+1].firstIndex === segments[k].index.lastIndex + 1;
 * - only the newest segment is written to; sealed segments never change;
 * - firstIndex() <= lastIndex() + 1; hardState().commit is never truncated away.
 *
 * Any write or fsync error makes the instance fail for good (LogFailedError): after a failed
 * fsync the page cache cannot be trusted, so the log refuses further writes rather than retry.
 * Reopen the directory to recover from what is durable.
 *
 * Segments are preallocated by default (`preallocateSegments`, segment-creator.ts): a new
 * segment is a file of segmentSizeBytes zeros, written and fsync'd in the background before it
 * is needed, and appends overwrite the zeros, still one positional write and one fdatasync per
 * batch. A segment cut by truncateSuffix or by recovery grows from its cut until it is sealed.
 */
import { type Entry, type HardState, isEntryType } from "../types/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import { DataDirectoryError, LogClosedError, LogFailedError } from "./errors.js";
import { encodeFrames } from "./frame-batch.js";
import { type FileSystem, NodeFileSystem } from "./fs.js";
import { type DirectoryLock, LOCK_STALE_MS, LOCK_UPDATE_MS, lockDirectory } from "./lock.js";
import { type RecoveredLog, type RecoveryReport, recoverDirectory } from "./recovery.js";
import { SegmentChain } from "./segment-chain.js";
import { SegmentCreator } from "./segment-creator.js";
import {
  cacheBlockBytes,
  type DiskUsage,
  EMPTY_STATS,
  type GroupCommitInfo,
  type LogStats,
  resolveSettings,
  type SegmentLogOptions,
  type SegmentLogSettings,
} from "./segment-log-options.js";
import { SegmentWriter } from "./segment-writer.js";

export class SegmentLog {
  /** The segments and the reads over them. */
  private readonly chain: SegmentChain;
  /** The write queue: group commit, rollover, truncation. */
  private readonly writer: SegmentWriter;
  private closed = false;
  /** Last index and term once every queued operation has run (validates new appends). */
  private acceptedLastIndex: number;
  private acceptedLastTerm: number;
  private readonly settings: SegmentLogSettings;
  readonly recovery: RecoveryReport;

  private constructor(
    readonly directory: string,
    fileSystem: FileSystem,
    private readonly lock: DirectoryLock | undefined,
    private readonly creator: SegmentCreator,
    /**
     * Counts for tests and benchmarks: durable writes (group commit effectiveness; `fsyncs`
     * counts the fdatasyncs of appends and truncations, not of segment creation), and segment
     * creations (how many were preallocated, how many waited for their spare).
     */
    readonly stats: LogStats,
    recovered: RecoveredLog,
    settings: SegmentLogSettings,
    onGroupCommit: ((commit: GroupCommitInfo) => void) | undefined,
  ) {
    const { segments, hardState } = recovered;
    this.recovery = recovered.report;
    this.settings = settings;
    this.chain = new SegmentChain(segments, settings.cacheBytesMax, cacheBlockBytes(settings));
    this.writer = new SegmentWriter(this.chain, hardState, {
      directory,
      fileSystem,
      creator,
      stats,
      settings,
      onGroupCommit,
    });
    this.acceptedLastIndex = this.lastIndex();
    this.acceptedLastTerm = this.lastIndex() >= this.firstIndex() ? this.term(this.lastIndex()) : 0;
    creator.prepareSpare();
  }

  /**
   * Opens (or creates) the log in `directory`, running recovery (see recovery.ts). Throws a
   * typed error naming the file, offset and index when the directory cannot be trusted.
   */
  static async open(directory: string, options: SegmentLogOptions = {}): Promise<SegmentLog> {
    const settings = resolveSettings(options);
    const fileSystem = options.fileSystem ?? new NodeFileSystem();
    try {
      await fileSystem.ensureDirectory(directory);
    } catch (error) {
      throw new DataDirectoryError(directory, `cannot create: ${(error as Error).message}`, error);
    }
    let log: SegmentLog | undefined;
    const lock =
      options.lock === false
        ? undefined
        : await lockDirectory(directory, {
            updateMs: options.lockUpdateMs ?? LOCK_UPDATE_MS,
            staleMs: options.lockStaleMs ?? LOCK_STALE_MS,
            onCompromised: (error) => {
              log?.fail(new LogFailedError(`the lock on ${directory} was compromised`, error));
            },
          });
    const stats: LogStats = { ...EMPTY_STATS };
    const creator = new SegmentCreator(
      fileSystem,
      directory,
      {
        preallocate: settings.preallocateSegments,
        segmentSizeBytes: settings.segmentSizeBytes,
        onFailure: (error) => {
          log?.fail(
            new LogFailedError(`preparing the spare segment failed: ${error.message}`, error),
          );
        },
      },
      stats,
    );
    try {
      const recovered = await recoverDirectory(fileSystem, directory, {
        firstIndexForNewLog: settings.firstIndex,
        createSegment: (segment) => creator.create(segment),
      });
      log = new SegmentLog(
        directory,
        fileSystem,
        lock,
        creator,
        stats,
        recovered,
        settings,
        options.onGroupCommit,
      );
      return log;
    } catch (error) {
      await creator.close();
      await lock?.release();
      throw error;
    }
  }

  // ---- reads (synchronous, durable state only: segment-chain.ts) -----------------------------

  /** Index of the first entry; lastIndex() + 1 when the log is empty. */
  firstIndex(): number {
    return this.chain.firstIndex();
  }

  /** Index of the last durable entry; firstIndex() - 1 when the log is empty. */
  lastIndex(): number {
    return this.chain.lastIndex();
  }

  /** The error that made this instance refuse writes, if any. */
  failed(): LogFailedError | undefined {
    return this.writer.failed;
  }

  hardState(): HardState {
    return { ...this.writer.hardState };
  }

  /** Term of entry `index`; throws IndexOutOfRangeError outside [firstIndex, lastIndex]. */
  term(index: number): number {
    return this.chain.term(index);
  }

  entry(index: number): Entry {
    return this.chain.entry(index);
  }

  /**
   * Entries in [lo, hi), stopping before the total data size would pass `bytesMax`, but always
   * at least one entry when lo < hi. The returned array and its entries are new (the cache and
   * the segment files hold copies).
   */
  entries(lo: number, hi: number, bytesMax = Number.POSITIVE_INFINITY): Entry[] {
    return this.chain.entries(lo, hi, bytesMax);
  }

  // ---- writes (queued, group-committed, durable before they resolve) -------------------------

  /**
   * Appends entries (indexes continuing the log, terms not decreasing) and, optionally, a new
   * hard state, in one durable step. Resolves once everything is fdatasync'd.
   */
  append(entries: readonly Entry[], hardState?: HardState): Promise<void> {
    this.checkWritable();
    let lastIndex = this.acceptedLastIndex;
    let lastTerm = this.acceptedLastTerm;
    for (const entry of entries) {
      this.checkEntry(entry, lastIndex, lastTerm);
      lastIndex = entry.index;
      lastTerm = entry.term;
    }
    if (hardState !== undefined) {
      checkHardState(hardState);
    }
    const frames = encodeFrames(
      entries,
      hardState === undefined ? undefined : { state: hardState, lastIndex },
      this.writer.bufferPool,
    );
    this.acceptedLastIndex = lastIndex;
    this.acceptedLastTerm = lastTerm;
    return this.writer.append(entries, frames, hardState);
  }

  /** Stores a new hard state durably (a vote, a new term, a commit index). */
  setHardState(hardState: HardState): Promise<void> {
    return this.append([], hardState);
  }

  /**
   * Removes entries from `fromIndex` on (a follower resolving a conflict). Durable before it
   * resolves. Refuses to remove committed entries (fromIndex <= hardState().commit).
   */
  truncateSuffix(fromIndex: number): Promise<void> {
    this.checkWritable();
    if (!Number.isSafeInteger(fromIndex) || fromIndex < this.firstIndex()) {
      throw new InvalidArgumentError(
        `truncateSuffix(${fromIndex}): index must be >= the first index ${this.firstIndex()}`,
      );
    }
    const commit = this.writer.queuedCommit();
    if (fromIndex <= commit) {
      throw new InvalidArgumentError(
        `truncateSuffix(${fromIndex}): refuses to remove committed entries (commit index ${commit})`,
      );
    }
    if (fromIndex <= this.acceptedLastIndex) {
      this.acceptedLastTerm =
        fromIndex - 1 >= this.firstIndex() ? this.acceptedTerm(fromIndex - 1) : 0;
      this.acceptedLastIndex = fromIndex - 1;
    }
    return this.writer.truncate("truncateSuffix", fromIndex);
  }

  /**
   * Declares entries up to `uptoIndex` no longer needed (they are in a snapshot). Deletes the
   * segments wholly covered, oldest first, except the newest. If `uptoIndex` covers the whole
   * log, the log restarts empty at `uptoIndex + 1` (a follower that installed a snapshot).
   * Entries of a partly covered segment stay readable, so firstIndex() may stay below
   * uptoIndex + 1.
   */
  truncatePrefix(uptoIndex: number): Promise<void> {
    this.checkWritable();
    if (!Number.isSafeInteger(uptoIndex) || uptoIndex < 0) {
      throw new InvalidArgumentError(
        `truncatePrefix(${uptoIndex}): index must be a safe integer >= 0`,
      );
    }
    if (uptoIndex >= this.acceptedLastIndex) {
      this.acceptedLastIndex = uptoIndex;
      this.acceptedLastTerm = 0;
    }
    return this.writer.truncate("truncatePrefix", uptoIndex);
  }

  /**
   * Waits for queued writes, then closes the files, deletes the spare segment (a new one is
   * prepared after the next open) and releases the directory lock.
   */
  async close(): Promise<void> {
    if (this.closed) {
      return;
    }
    this.closed = true;
    await this.writer.idle;
    for (const segment of this.chain.all) {
      segment.handle.closeSync();
    }
    await this.creator.close();
    await this.lock?.release();
  }

  /**
   * Bytes of the log on disk: the data the segments hold, their file sizes (with the zero
   * tails of preallocated segments) and the spare. Size thresholds on the log's content must
   * use dataBytes; disk space planning, fileBytes + spareFileBytes.
   */
  diskUsage(): DiskUsage {
    let dataBytes = 0;
    let fileBytes = 0;
    for (const segment of this.chain.all) {
      dataBytes += segment.sizeBytes;
      fileBytes += segment.fileSizeBytes;
    }
    return { dataBytes, fileBytes, spareFileBytes: this.creator.spareFileBytes() };
  }

  /**
   * Resolves once no spare segment is being zero-filled in the background (done, or paused
   * while the log writes at bandwidth): for tests and benchmarks that must start from a
   * settled disk. Appends never need to call it.
   */
  spareSegmentSettled(): Promise<void> {
    return this.creator.spareSettled();
  }

  /** Bytes of memory used by the offset index (typed arrays) of all segments. */
  indexMemoryBytes(): number {
    return this.chain.all.reduce((sum, segment) => sum + segment.index.memoryBytes, 0);
  }

  /** The segment files, oldest first (for tools and tests). */
  segmentFiles(): string[] {
    return this.chain.all.map((segment) => segment.path);
  }

  // ---- internals -----------------------------------------------------------------------------

  private checkWritable(): void {
    if (this.closed) {
      throw new LogClosedError();
    }
    const failure = this.writer.failed;
    if (failure !== undefined) {
      throw failure;
    }
  }

  private checkEntry(entry: Entry, lastIndex: number, lastTerm: number): void {
    if (entry.index !== lastIndex + 1) {
      throw new InvalidArgumentError(
        `append: entry index ${entry.index} does not follow ${lastIndex}`,
      );
    }
    if (!Number.isSafeInteger(entry.term) || entry.term < 1 || entry.term < lastTerm) {
      throw new InvalidArgumentError(
        `append: entry ${entry.index} has term ${entry.term}, which must be >= 1 and >= ${lastTerm}`,
      );
    }
    if (!isEntryType(entry.type)) {
      throw new InvalidArgumentError(`append: entry ${entry.index} has unknown type ${entry.type}`);
    }
    if (entry.data.length > this.settings.entryDataBytesMax) {
      throw new InvalidArgumentError(
        `append: entry ${entry.index} has ${entry.data.length} bytes of data, more than entryDataBytesMax ${this.settings.entryDataBytesMax}`,
      );
    }
  }

  /** Term of `index` as it will be once the queue has run (the queue may still hold it). */
  private acceptedTerm(index: number): number {
    return this.writer.queuedTerm(index) ?? this.term(index);
  }

  /** Makes the instance refuse all further writes, rejecting everything queued. */
  private fail(failure: LogFailedError): void {
    this.writer.fail(failure);
  }
}

function checkHardState(hardState: HardState): void {
  for (const key of ["term", "vote", "commit"] as const) {
    const value = hardState[key];
    if (!Number.isSafeInteger(value) || value < 0) {
      throw new InvalidArgumentError(`hard state ${key} must be a safe integer >= 0, got ${value}`);
    }
  }
}
