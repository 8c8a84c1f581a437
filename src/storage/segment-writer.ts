/**
 * The segment log's write side: one queue of writes (appends with their hard state, and the
 * two truncations), run one at a time. Consecutive appends in the queue are group-committed:
 * one write of all their frames and one fdatasync, however many callers are waiting; a full
 * segment is sealed and the next one started first (rollover). Every write's promise resolves
 * only once its bytes are durable, and only then does the read side (segment-chain.ts) see
 * them. The layout written is segments/FORMAT.md's.
 *
 * Any write or fsync error makes the writer fail for good (LogFailedError): after a failed
 * fsync the page cache cannot be trusted, so it refuses further writes rather than retry.
 */
import { EMPTY_HARD_STATE, type Entry, type HardState, hardStateEqual } from "../types/index.js";
import { assert } from "../util/assert.js";
import { BufferPool } from "./buffer-pool.js";
import { LogFailedError } from "./errors.js";
import { SEGMENT_HEADER_BYTES } from "./format.js";
import { type EncodedFrames, encodeFrames, forEachEntryFrame, sealFrames } from "./frame-batch.js";
import type { FileSystem } from "./fs.js";
import type { SegmentChain } from "./segment-chain.js";
import type { SegmentCreator } from "./segment-creator.js";
import { appendLoneHardState, noteWritten, type Segment, writeFully } from "./segment-file.js";
import type { GroupCommitInfo, LogStats, SegmentLogSettings } from "./segment-log-options.js";

/**
 * Most append calls one group commit takes: writev(2) accepts at most IOV_MAX (1024) buffers
 * per call; staying below it keeps one system call per batch.
 */
const GROUP_COMMIT_OPERATIONS_MAX = 1000;

interface Waiter {
  resolve: () => void;
  reject: (error: Error) => void;
}

interface AppendOperation extends Waiter {
  kind: "append";
  entries: readonly Entry[];
  /** The entries' frames (then the hard state's), encoded at the call, sealed at the write. */
  frames: EncodedFrames;
  hardState: HardState | undefined;
}

interface TruncateOperation extends Waiter {
  kind: "truncateSuffix" | "truncatePrefix";
  index: number;
}

type Operation = AppendOperation | TruncateOperation;

/** Placeholder for a waiter's callbacks until enqueue() sets them. */
const unset = (): void => {};

/** What the writer needs besides the chain it writes to. */
export interface SegmentWriterContext {
  readonly directory: string;
  readonly fileSystem: FileSystem;
  readonly creator: SegmentCreator;
  /** The log's counters (SegmentLog.stats): fsyncs, group commits, entries appended. */
  readonly stats: LogStats;
  readonly settings: SegmentLogSettings;
  readonly onGroupCommit: ((commit: GroupCommitInfo) => void) | undefined;
}

export class SegmentWriter {
  /**
   * Where append calls take the buffers they encode their frames into (encodeFrames); the
   * writer gives them back once their write has returned.
   */
  readonly bufferPool = new BufferPool();
  private readonly queue: Operation[] = [];
  /** The running drain loop, if any. Invariant: defined exactly while the loop runs. */
  private draining: Promise<void> | undefined;
  private failure: LogFailedError | undefined;
  /** The newest durable hard state. */
  private durableHardState: HardState;
  /** Highest segment id used by this instance: ids are never reused while it runs. */
  private segmentIdMax: number;
  private readonly directory: string;
  private readonly fileSystem: FileSystem;
  private readonly creator: SegmentCreator;
  private readonly stats: LogStats;
  private readonly settings: SegmentLogSettings;
  private readonly onGroupCommit: ((commit: GroupCommitInfo) => void) | undefined;

  constructor(
    private readonly chain: SegmentChain,
    hardState: HardState,
    context: SegmentWriterContext,
  ) {
    this.durableHardState = hardState;
    this.segmentIdMax = Math.max(...chain.all.map((segment) => segment.segmentId));
    this.directory = context.directory;
    this.fileSystem = context.fileSystem;
    this.creator = context.creator;
    this.stats = context.stats;
    this.settings = context.settings;
    this.onGroupCommit = context.onGroupCommit;
  }

  /** The newest durable hard state (the writer's own: callers copy it). */
  get hardState(): HardState {
    return this.durableHardState;
  }

  /** The error that made the writer refuse writes, if any. */
  get failed(): LogFailedError | undefined {
    return this.failure;
  }

  /** The running drain loop, if any: resolves once the queue is empty. */
  get idle(): Promise<void> | undefined {
    return this.draining;
  }

  /** Queues an append of checked entries and their encoded frames. */
  append(
    entries: readonly Entry[],
    frames: EncodedFrames,
    hardState: HardState | undefined,
  ): Promise<void> {
    return this.enqueue({
      kind: "append",
      entries,
      frames,
      hardState,
      resolve: unset,
      reject: unset,
    });
  }

  /** Queues a checked truncation. */
  truncate(kind: TruncateOperation["kind"], index: number): Promise<void> {
    return this.enqueue({ kind, index, resolve: unset, reject: unset });
  }

  /** Term of `index` if a queued append holds it (the newest such append's). */
  queuedTerm(index: number): number | undefined {
    for (let q = this.queue.length - 1; q >= 0; q--) {
      const operation = this.queue[q] as Operation;
      if (operation.kind === "append") {
        const found = operation.entries.find((entry) => entry.index === index);
        if (found !== undefined) {
          return found.term;
        }
      }
    }
    return undefined;
  }

  /** The commit index once queued hard states are written. */
  queuedCommit(): number {
    let commit = this.durableHardState.commit;
    for (const operation of this.queue) {
      if (operation.kind === "append" && operation.hardState !== undefined) {
        commit = operation.hardState.commit;
      }
    }
    return commit;
  }

  /** Makes the writer refuse all further writes, rejecting everything queued. */
  fail(failure: LogFailedError): void {
    if (this.failure === undefined) {
      this.failure = failure;
    }
    this.rejectQueued(this.failure);
  }

  // ---- the queue -----------------------------------------------------------------------------

  /** Queues `operation` (its resolve/reject are filled in here) and starts the drain loop. */
  private enqueue(operation: Operation): Promise<void> {
    const settled = new Promise<void>((resolve, reject) => {
      operation.resolve = resolve;
      operation.reject = reject;
    });
    this.queue.push(operation);
    if (this.draining === undefined) {
      this.draining = this.drain();
    }
    return settled;
  }

  /**
   * Runs queued operations one at a time until the queue is empty. `draining` is cleared in
   * the same synchronous step that finds the queue empty, so an operation enqueued at any
   * later point starts a new loop (clearing it after another await would lose a wake-up).
   */
  private async drain(): Promise<void> {
    // Bounded by the queue: every pass removes at least one operation or fails the log.
    for (;;) {
      if (this.queue.length === 0) {
        this.draining = undefined;
        return;
      }
      if (this.failure !== undefined) {
        this.rejectQueued(this.failure);
        continue;
      }
      await this.runHead();
    }
  }

  private async runHead(): Promise<void> {
    const head = this.queue[0] as Operation;
    try {
      if (head.kind === "append") {
        await this.commitGroup();
      } else {
        this.queue.shift();
        await (head.kind === "truncateSuffix"
          ? this.runTruncateSuffix(head.index)
          : this.runTruncatePrefix(head.index));
        head.resolve();
      }
    } catch (error) {
      const failure =
        error instanceof LogFailedError
          ? error
          : new LogFailedError(`${head.kind} failed: ${(error as Error).message}`, error);
      this.fail(failure);
      head.reject(failure);
    }
  }

  private rejectQueued(error: Error): void {
    for (const operation of this.queue.splice(0)) {
      operation.reject(error);
    }
  }

  // ---- group commit --------------------------------------------------------------------------

  /** Takes the run of appends at the head of the queue, writes them once, fdatasyncs once. */
  private async commitGroup(): Promise<void> {
    let segment = this.chain.newest();
    const first = this.queue[0] as AppendOperation;
    if (this.mustRollOver(segment, first.frames.buffer.length)) {
      segment = await this.rollOver();
    }
    const group = this.takeGroup(segment);
    let batch: EncodedFrames[] = [];
    let joined: Uint8Array | undefined;
    try {
      batch = this.sealGroup(segment, group);
      joined = joinBuffers(batch, this.bufferPool);
      const started = process.hrtime.bigint();
      const handle = segment.handle;
      const writing = writeFully(handle, [joined], segment.sizeBytes).then(() => handle.datasync());
      let staged = false;
      try {
        // While the write is in flight (on the I/O thread pool): index and cache the entries,
        // invisible to reads until publishGroup, once they are durable.
        this.stageGroup(segment, group, batch);
        staged = true;
        await writing;
      } catch (error) {
        segment.index.discardStaged();
        this.chain.cache.discardStaged();
        await writing.catch(() => undefined);
        // Staging broke an invariant: a bug, not a failed write (and not an operating error).
        if (!staged) throw error;
        throw new LogFailedError(
          `write or fdatasync of ${segment.path} at byte offset ${segment.sizeBytes} failed (${describeError(error)})`,
          error,
        );
      }
      this.stats.fsyncs++;
      this.stats.groupCommits++;
      const sizeBefore = segment.sizeBytes;
      this.publishGroup(segment, group, batch);
      this.creator.noteGroupCommit(segment.sizeBytes - sizeBefore);
      this.onGroupCommit?.({
        operations: group.length,
        entries: group.reduce((sum, operation) => sum + operation.entries.length, 0),
        bytes: segment.sizeBytes - sizeBefore,
        writeAndSyncMicros: Number(process.hrtime.bigint() - started) / 1000,
      });
    } catch (error) {
      // The group left the queue: settle it here, then let runHead fail the log.
      for (const operation of group) {
        operation.reject(error as Error);
      }
      throw error;
    } finally {
      // The write has returned and the frames are indexed: nothing reads the buffers again.
      for (const frames of batch) {
        this.bufferPool.give(frames.buffer);
      }
      if (joined !== undefined && batch.length > 1) {
        this.bufferPool.give(joined);
      }
    }
    for (const operation of group) {
      operation.resolve();
    }
  }

  private mustRollOver(segment: Segment, nextBytes: number): boolean {
    return (
      segment.index.count > 0 && segment.sizeBytes + nextBytes > this.settings.segmentSizeBytes
    );
  }

  private takeGroup(segment: Segment): AppendOperation[] {
    const group: AppendOperation[] = [];
    let bytes = 0;
    while (this.queue.length > 0) {
      const next = this.queue[0] as Operation;
      if (next.kind !== "append") {
        break;
      }
      const nextBytes = next.frames.buffer.length;
      const fits =
        group.length < GROUP_COMMIT_OPERATIONS_MAX &&
        bytes + nextBytes <= this.settings.groupCommitBytesMax &&
        segment.sizeBytes + bytes + nextBytes <= this.settings.segmentSizeBytes;
      if (group.length > 0 && !fits) {
        break;
      }
      group.push(next);
      bytes += nextBytes;
      this.queue.shift();
    }
    return group;
  }

  /**
   * Seals the group's frames into the next write batch. A segment's first batch starts with a
   * hard-state frame, so the newest segment always holds the newest hard state.
   */
  private sealGroup(segment: Segment, group: readonly AppendOperation[]): EncodedFrames[] {
    const batch: EncodedFrames[] = [];
    if (
      segment.sizeBytes === SEGMENT_HEADER_BYTES &&
      !hardStateEqual(this.durableHardState, EMPTY_HARD_STATE)
    ) {
      batch.push(
        encodeFrames([], { state: this.durableHardState, lastIndex: segment.index.lastIndex }),
      );
    }
    for (const operation of group) {
      batch.push(operation.frames);
    }
    const writeSequence = segment.writeSequence + 1;
    batch.forEach((frames, position) => {
      sealFrames(frames, writeSequence, position === batch.length - 1);
    });
    return batch;
  }

  /**
   * Indexes and caches the group's entries as staged (not visible to reads): the writer does
   * this while the group's write is in flight, so that it costs no time after the write.
   */
  private stageGroup(
    segment: Segment,
    group: readonly AppendOperation[],
    batch: readonly EncodedFrames[],
  ): void {
    let base = segment.sizeBytes;
    let operationPosition = batch.length - group.length;
    for (const frames of batch.slice(0, operationPosition)) {
      base += frames.buffer.length;
    }
    for (const operation of group) {
      const frames = batch[operationPosition++] as EncodedFrames;
      let entryPosition = 0;
      forEachEntryFrame(frames, (offset, payloadLength) => {
        const entry = operation.entries[entryPosition++] as Entry;
        segment.index.stage(base + offset, payloadLength, entry.term);
        this.chain.cache.stage(entry);
      });
      assert(entryPosition === operation.entries.length, "every entry has its frame");
      base += frames.buffer.length;
    }
  }

  /** After the group is durable: its staged entries become visible, its hard state adopted. */
  private publishGroup(
    segment: Segment,
    group: readonly AppendOperation[],
    batch: readonly EncodedFrames[],
  ): void {
    segment.index.commitStaged();
    this.chain.cache.commitStaged();
    for (const frames of batch) {
      segment.sizeBytes += frames.buffer.length;
    }
    for (const operation of group) {
      this.stats.entriesAppended += operation.entries.length;
      if (operation.hardState !== undefined) {
        // A copy: SegmentLog is public, and a caller's object is readonly only by its type.
        this.durableHardState = { ...operation.hardState };
      }
    }
    segment.writeSequence += 1;
    segment.batchEnded = true;
    noteWritten(segment);
  }

  // ---- segments: rollover and truncation -----------------------------------------------------

  /**
   * Seals the newest segment and starts the next one (durably created, see segment-creator.ts:
   * the spare when preallocating). A sealed preallocated segment keeps its zero tail: readers
   * end it at its last frame, and it is never written again.
   */
  private async rollOver(restartAt?: number): Promise<Segment> {
    const sealed = this.chain.newest();
    const segment = await this.creator.create({
      firstIndex: restartAt ?? sealed.index.lastIndex + 1,
      segmentId: this.segmentIdMax + 1,
      restart: restartAt !== undefined,
    });
    sealed.index.trim();
    this.segmentIdMax = segment.segmentId;
    this.chain.pushNewest(segment);
    return segment;
  }

  private async runTruncateSuffix(fromIndex: number): Promise<void> {
    if (fromIndex > this.chain.lastIndex()) {
      return;
    }
    assert(fromIndex > this.durableHardState.commit, "never truncate committed entries");
    const keep = this.chain.segmentOf(fromIndex);
    const keepWasSealed = keep !== this.chain.newest();
    // Newest first, one directory fsync per deletion: a crash leaves a contiguous prefix.
    while (this.chain.newest() !== keep) {
      const doomed = this.chain.popNewest();
      doomed.handle.closeSync();
      await this.fileSystem.unlink(doomed.path);
      await this.fileSystem.syncDirectory(this.directory);
    }
    if (keepWasSealed) {
      keep.handle.closeSync();
      keep.handle = this.fileSystem.openSync(keep.path, "readWriteDurable");
    }
    const cutOffset = keep.index.offsetOf(fromIndex);
    await keep.handle.truncate(cutOffset);
    await keep.handle.datasync();
    this.stats.fsyncs++;
    keep.index.truncateFrom(fromIndex);
    keep.sizeBytes = cutOffset;
    keep.fileSizeBytes = cutOffset;
    this.chain.cache.truncateFrom(fromIndex);
    await appendLoneHardState(keep, this.durableHardState);
    this.stats.fsyncs++;
  }

  private async runTruncatePrefix(uptoIndex: number): Promise<void> {
    const restart = uptoIndex >= this.chain.lastIndex();
    if (restart) {
      await this.rollOver(uptoIndex + 1);
      await appendLoneHardState(this.chain.newest(), this.durableHardState);
      this.stats.fsyncs++;
    }
    // Oldest first, one directory fsync per deletion: a crash leaves a contiguous suffix
    // (or, after a restart, segments that recovery deletes as obsolete).
    while (this.chain.all.length > 1) {
      const oldest = this.chain.all[0] as Segment;
      if (oldest.index.lastIndex > uptoIndex && !restart) {
        break;
      }
      this.chain.shiftOldest();
      oldest.handle.closeSync();
      await this.fileSystem.unlink(oldest.path);
      await this.fileSystem.syncDirectory(this.directory);
    }
    this.chain.cache.truncateUpTo(uptoIndex);
  }
}

/** An error's errno code (ENOSPC, EIO) when it has one, else its message. */
function describeError(error: unknown): string {
  return (error as NodeJS.ErrnoException).code ?? (error as Error).message;
}

/**
 * One buffer for the whole batch: a single copy of a few hundred KiB costs less than handing
 * the kernel hundreds of small iovecs (measured: writev of 256 x 304-byte buffers took a fifth
 * of the CPU time of the 256-appender group commit).
 */
function joinBuffers(batch: readonly EncodedFrames[], pool: BufferPool): Uint8Array {
  if (batch.length === 1) {
    return (batch[0] as EncodedFrames).buffer;
  }
  let total = 0;
  for (const frames of batch) {
    total += frames.buffer.length;
  }
  const joined = pool.take(total);
  let offset = 0;
  for (const frames of batch) {
    joined.set(frames.buffer, offset);
    offset += frames.buffer.length;
  }
  return joined;
}
