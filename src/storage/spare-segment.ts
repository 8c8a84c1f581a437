/**
 * The spare segment: the next segment file, zero-filled to its full size and fsync'd in the
 * background while the log appends to the current one (as etcd's file_pipeline does), so that a
 * rollover costs a header write, a rename and a directory fsync rather than a zero-fill.
 *
 * The spare lives under SPARE_SEGMENT_FILE_NAME (`spare.seg.tmp`): its segment name is not
 * known before the rollover (it holds the first index), and a `.seg.tmp` name is what recovery
 * deletes, so a spare left by a crash is never read. A clean close deletes it too.
 *
 * At most one spare exists, and at most one preparation runs at a time.
 * Invariant: `preparing` is defined from prepare() until take() hands its outcome over.
 */
import path from "node:path";
import { assert } from "../util/assert.js";
import { SPARE_SEGMENT_FILE_NAME } from "./format.js";
import type { FileHandle, FileSystem } from "./fs.js";
import { hasRoomToPreallocate, isOutOfSpace, writeZeros, type ZeroFill } from "./preallocation.js";

/** What a preparation left: a spare, nothing (no room, or closed), or a disk error. */
type SpareOutcome =
  | { kind: "ready"; handle: FileHandle }
  | { kind: "none" }
  | { kind: "failed"; error: Error };

export interface SpareSegmentOptions {
  /** Size of the spare file: the log's segmentSizeBytes. */
  fileBytes: number;
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
  /** The zero-fill under way, if any (close() cancels it). */
  private fill: ZeroFill | undefined;
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

  /**
   * Hands the spare over (the caller owns the handle, open for reading and writing), preparing
   * one first if none is under way and waiting for it if needed. Undefined when there is no
   * spare: preallocation had no room, or the spare was closed. Throws a disk error.
   */
  async take(): Promise<{ handle: FileHandle | undefined; waited: boolean }> {
    assert(!this.waiting, "one take() at a time");
    this.prepare();
    const preparing = this.preparing;
    if (preparing === undefined) {
      return { handle: undefined, waited: false };
    }
    const waited = this.outcome === undefined;
    this.waiting = true;
    try {
      const outcome = await preparing;
      if (outcome.kind === "failed") {
        throw outcome.error;
      }
      return { handle: outcome.kind === "ready" ? outcome.handle : undefined, waited };
    } finally {
      this.waiting = false;
      this.preparing = undefined;
      this.outcome = undefined;
    }
  }

  /** Resolves once no spare is being prepared (its outcome is known). */
  async settled(): Promise<void> {
    await this.preparing;
  }

  /** Bytes of the spare file when one is ready, else 0 (disk use accounting). */
  readyFileBytes(): number {
    return this.outcome?.kind === "ready" ? this.options.fileBytes : 0;
  }

  /** Stops a preparation under way and deletes the spare. */
  async close(): Promise<void> {
    this.closed = true;
    if (this.fill !== undefined) {
      this.fill.cancelled = true;
    }
    const outcome = await this.preparing;
    this.preparing = undefined;
    this.outcome = undefined;
    if (outcome?.kind === "ready") {
      outcome.handle.closeSync();
      await this.removeQuietly();
    }
  }

  /**
   * Zero-fills a new spare, fsync'd chunk by chunk (preallocation.ts). A lack of room (checked
   * first, or met while writing) leaves no spare; a preparation cut short by close() is
   * deleted. Any other error is returned naming the spare file and the byte offset it reached.
   */
  private async run(): Promise<SpareOutcome> {
    const fileBytes = this.options.fileBytes;
    const fill: ZeroFill = { offsetBytes: 0, cancelled: this.closed };
    this.fill = fill;
    let handle: FileHandle | undefined;
    try {
      if (!(await hasRoomToPreallocate(this.fileSystem, path.dirname(this.path), fileBytes))) {
        return { kind: "none" };
      }
      handle = this.fileSystem.openSync(this.path, "createExclusive");
      if (await writeZeros(handle, fill, fileBytes)) {
        assert(handle.sizeSync() === fileBytes, "a spare is zero-filled to the segment size");
        return { kind: "ready", handle };
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
