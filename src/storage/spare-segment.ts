/**
 * The spare segment: the next segment file, zero-filled to its full size and fsync'd in the
 * background while the log appends to the current one (as etcd's file_pipeline does), so that a
 * rollover costs a header write, a rename and a directory fsync rather than a zero-fill.
 *
 * The spare lives under SPARE_SEGMENT_FILE_NAME (`spare.seg.tmp`): its segment name is not
 * known before the rollover (it holds the first index), and a `.seg.tmp` name is what recovery
 * deletes, so a spare left by a crash is never read. A clean close deletes it too.
 *
 * The zero-fill is paced by the log's group commits (ZeroFillPacer, preallocation.ts): it
 * pauses while the log writes at bandwidth, and a rollover in that state does not wait for it
 * but takes the spare as far as it is zero-filled (a segment whose zero tail is shorter than
 * the segment size grows past it, as a growing segment does).
 *
 * At most one spare exists, and at most one preparation runs at a time.
 * Invariant: `preparing` is defined from prepare() until take() hands its outcome over.
 */
import path from "node:path";
import { assert } from "../util/assert.js";
import { SPARE_SEGMENT_FILE_NAME } from "./format.js";
import type { FileHandle, FileSystem } from "./fs.js";
import {
  hasRoomToPreallocate,
  isOutOfSpace,
  writeZeros,
  type ZeroFill,
  ZeroFillPacer,
} from "./preallocation.js";

/**
 * What a preparation left: a spare (zero-filled and synced over its `fileBytes`, the segment
 * size unless take() cut it short), nothing (no room, closed, or cut before its first chunk),
 * or a disk error.
 */
type SpareOutcome =
  | { kind: "ready"; handle: FileHandle; fileBytes: number }
  | { kind: "none" }
  | { kind: "failed"; error: Error };

export interface SpareSegmentOptions {
  /** Size of the spare file: the log's segmentSizeBytes. */
  fileBytes: number;
  /** Called with the bytes of each zero-fill chunk once it is durable (write accounting). */
  onZerosWritten: (bytes: number) => void;
  /**
   * Called when a preparation running in the background fails with a disk error other than a
   * lack of space (the log then stops: the disk cannot be trusted). Never called for a
   * preparation that take() is already waiting for: take() throws the error instead.
   */
  onFailure: (error: Error) => void;
}

export class SpareSegment {
  private preparing: Promise<SpareOutcome> | undefined;
  /** The outcome of `preparing` once it is known (take() then does not have to wait). */
  private outcome: SpareOutcome | undefined;
  private waiting = false;
  private closed = false;
  /** The zero-fill under way, if any (close() stops it; take() cuts it while paused). */
  private fill: ZeroFill | undefined;
  private readonly pacer = new ZeroFillPacer();
  readonly path: string;

  constructor(
    private readonly fileSystem: FileSystem,
    directory: string,
    private readonly options: SpareSegmentOptions,
  ) {
    this.path = path.join(directory, SPARE_SEGMENT_FILE_NAME);
  }

  /** Starts preparing a spare in the background, unless one is ready or being prepared. */
  prepare(): void {
    if (this.preparing !== undefined || this.closed) {
      return;
    }
    this.outcome = undefined;
    this.preparing = this.run().then((outcome) => {
      this.outcome = outcome;
      if (outcome.kind === "failed" && !this.waiting) {
        this.options.onFailure(outcome.error);
      }
      return outcome;
    });
  }

  /** The log wrote one group commit of `bytes`: paces the zero-fill (see ZeroFillPacer). */
  noteGroupCommit(bytes: number): void {
    this.pacer.noteGroupCommit(bytes);
  }

  /**
   * Hands the spare over (the caller owns the handle, open for reading and writing), preparing
   * one first if none is under way. If its zero-fill is not done, take() waits for it, unless
   * the log writes at bandwidth (the pacer is paused): then the fill is cut at the chunk under
   * way and the spare handed over as far as it got (`cut`). Undefined when there is no spare:
   * preallocation had no room, the spare was closed, or it was cut before its first chunk.
   * Throws a disk error.
   */
  async take(): Promise<{ handle: FileHandle | undefined; waited: boolean; cut: boolean }> {
    assert(!this.waiting, "one take() at a time");
    this.prepare();
    const preparing = this.preparing;
    if (preparing === undefined) {
      return { handle: undefined, waited: false, cut: false };
    }
    const waited = this.outcome === undefined;
    const cut = waited && this.pacer.paused;
    if (cut) {
      this.stopFill();
    }
    this.waiting = true;
    try {
      const outcome = await preparing;
      if (outcome.kind === "failed") {
        throw outcome.error;
      }
      const whole = outcome.kind === "ready" && outcome.fileBytes === this.options.fileBytes;
      return {
        handle: outcome.kind === "ready" ? outcome.handle : undefined,
        waited,
        cut: cut && !whole,
      };
    } finally {
      this.waiting = false;
      this.preparing = undefined;
      this.outcome = undefined;
    }
  }

  /**
   * Resolves once no spare is being zero-filled: its outcome is known, or its zero-fill waits
   * in a pause (it writes nothing until the log's commits get small again).
   */
  async settled(): Promise<void> {
    const preparing = this.preparing;
    if (preparing !== undefined) {
      await Promise.race([preparing, this.pacer.pauseReached()]);
    }
  }

  /** Bytes of the spare file when one is ready, else 0 (disk use accounting). */
  readyFileBytes(): number {
    return this.outcome?.kind === "ready" ? this.outcome.fileBytes : 0;
  }

  /** Stops a preparation under way and deletes the spare. */
  async close(): Promise<void> {
    this.closed = true;
    this.stopFill();
    const outcome = await this.preparing;
    this.preparing = undefined;
    this.outcome = undefined;
    if (outcome?.kind === "ready") {
      outcome.handle.closeSync();
      await this.removeQuietly();
    }
  }

  /** Makes the zero-fill under way, if any, stop before its next chunk (and not wait). */
  private stopFill(): void {
    if (this.fill !== undefined) {
      this.fill.stopped = true;
    }
    this.pacer.wake();
  }

  /**
   * Zero-fills a new spare, fsync'd chunk by chunk (preallocation.ts). A lack of room (checked
   * first, or met while writing) leaves no spare; a preparation stopped by close(), or cut by
   * take() before its first chunk, is deleted; one cut later is a spare of the chunks written.
   * Any other error is returned naming the spare file and the byte offset it reached.
   */
  private async run(): Promise<SpareOutcome> {
    const fill: ZeroFill = {
      offsetBytes: 0,
      stopped: this.closed,
      onChunkWritten: this.options.onZerosWritten,
    };
    this.fill = fill;
    let handle: FileHandle | undefined;
    try {
      const fileBytes = this.options.fileBytes;
      if (!(await hasRoomToPreallocate(this.fileSystem, path.dirname(this.path), fileBytes))) {
        return { kind: "none" };
      }
      handle = this.fileSystem.openSync(this.path, "createExclusive");
      const whole = await writeZeros(handle, fill, fileBytes, this.pacer);
      if (whole || (!this.closed && fill.offsetBytes > 0)) {
        assert(handle.sizeSync() === fill.offsetBytes, "a spare is zero-filled to its size");
        return { kind: "ready", handle, fileBytes: fill.offsetBytes };
      }
      handle.closeSync();
      await this.removeQuietly();
      return { kind: "none" };
    } catch (error) {
      handle?.closeSync();
      await this.removeQuietly();
      if (isOutOfSpace(error)) {
        return { kind: "none" };
      }
      const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
      const failure = new Error(`${this.path} at byte offset ${fill.offsetBytes}: ${code}`, {
        cause: error,
      });
      return { kind: "failed", error: failure };
    } finally {
      this.fill = undefined;
    }
  }

  /** Deletes the spare file; a failure is left to recovery, which deletes `*.seg.tmp`. */
  private async removeQuietly(): Promise<void> {
    try {
      await this.fileSystem.unlink(this.path);
    } catch {
      // Recovery deletes the leftover at the next open.
    }
  }
}
