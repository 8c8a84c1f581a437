/**
 * SnapshotWriter: writes one snapshot file as a stream, in the layout of format.ts.
 *
 * Crash safety (docs/architecture.md, "The disk": a file that replaces state is written to a temporary name,
 * fsync'd, renamed, and its directory fsync'd):
 * 1. `create` opens `<file>.tmp` (a leftover of that name is deleted first) and writes the
 *    header and metadata;
 * 2. `write` appends data, cut into chunks of `chunkBytes`, each with its own CRC;
 * 3. `commit` writes the last chunk and the trailer, fsyncs the file, renames it to `<file>`
 *    and fsyncs the directory. The rename is the commit point: before it, a crash leaves only
 *    the temporary file, which is never read and is deleted when the store is next used;
 *    after the directory fsync the snapshot survives any crash.
 * `abort` deletes the temporary file. A failed write or fsync leaves the writer failed: only
 * `abort` is allowed then (an fsync is never retried).
 *
 * Memory: the writer holds at most one chunk (`chunkBytes`) of buffered data; `write` resolves
 * once the data is handed to the OS, so a caller that awaits each write holds no more
 * (backpressure). One `write` at a time: calling it again before the last one resolved is a
 * programmer error.
 */
import path from "node:path";
import type { FileHandle, FileSystem } from "../storage/fs.js";
import { hasErrorCode, NodeFileSystem, removeIfPresent } from "../storage/fs.js";
import type { SnapshotMetadata } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";
import { InvalidArgumentError } from "../util/errors.js";
import {
  CHUNK_BYTES_DEFAULT,
  CHUNK_BYTES_MAX,
  encodeChunkHeader,
  encodeSnapshotHead,
  encodeSnapshotTrailer,
  SNAPSHOT_TEMPORARY_SUFFIX,
} from "./format.js";

/**
 * The default of SnapshotWriterOptions.syncEveryBytes, the zero-fill chunk of preallocation.ts
 * for the same reason (measured there: a log's p99 fdatasync with 1 MiB pieces 8-9 ms against
 * 10-14 ms with one flush at the end). In bench:cluster at 64 clients every replica writes an
 * 18 MB snapshot every few seconds.
 */
export const SYNC_EVERY_BYTES_DEFAULT = 1024 * 1024;

/** Buffers handed to one writev call at most (well below IOV_MAX = 1024). */
const WRITEV_BUFFERS_MAX = 64;

export interface SnapshotWriterOptions {
  fileSystem?: FileSystem;
  /** Data bytes per chunk, 1 .. CHUNK_BYTES_MAX; default CHUNK_BYTES_DEFAULT (1 MiB). */
  chunkBytes?: number;
  /**
   * fdatasync after about this many bytes written (default SYNC_EVERY_BYTES_DEFAULT; 0: only
   * at commit), as RocksDB's bytes_per_sync: the disk flushes a large snapshot in pieces, and
   * the log's durable writes meanwhile wait behind one piece instead of the whole file.
   */
  syncEveryBytes?: number;
  /** Runs once the snapshot is durable, before `commit` resolves (the store prunes here). */
  afterCommit?: () => Promise<void>;
}

export interface SnapshotWriteResult {
  /** The final path of the snapshot file. */
  file: string;
  chunkCount: number;
  dataBytes: number;
  /** The whole file: header, metadata, chunks and trailer. */
  sizeBytes: number;
}

type WriterState = "open" | "committed" | "failed" | "aborted";

export class SnapshotWriter {
  /** The temporary path written until `commit` renames it to `file`. */
  readonly temporaryFile: string;
  private readonly pending: Uint8Array;
  private pendingBytes = 0;
  private positionBytes: number;
  private chunkCount = 0;
  private dataBytes = 0;
  private state: WriterState = "open";
  private writing = false;
  private handleOpen = true;
  /** positionBytes at the last fdatasync. */
  private syncedBytes = 0;

  private constructor(
    readonly file: string,
    readonly metadata: SnapshotMetadata,
    private readonly fileSystem: FileSystem,
    private readonly handle: FileHandle,
    private readonly headerCrc: number,
    headBytes: number,
    private readonly options: SnapshotWriterOptions,
  ) {
    this.temporaryFile = handle.path;
    this.positionBytes = headBytes;
    this.pending = new Uint8Array(options.chunkBytes ?? CHUNK_BYTES_DEFAULT);
  }

  /** Starts `file` (written as `<file>.tmp` until commit) with its header and metadata. */
  static async create(
    file: string,
    metadata: SnapshotMetadata,
    options: SnapshotWriterOptions = {},
  ): Promise<SnapshotWriter> {
    const chunkBytes = options.chunkBytes ?? CHUNK_BYTES_DEFAULT;
    if (!Number.isSafeInteger(chunkBytes) || chunkBytes < 1 || chunkBytes > CHUNK_BYTES_MAX) {
      throw new InvalidArgumentError(
        `chunkBytes must be an integer in [1, ${CHUNK_BYTES_MAX}], got ${chunkBytes}`,
      );
    }
    const syncEveryBytes = options.syncEveryBytes ?? SYNC_EVERY_BYTES_DEFAULT;
    if (!Number.isSafeInteger(syncEveryBytes) || syncEveryBytes < 0) {
      throw new InvalidArgumentError(
        `syncEveryBytes must be a non-negative integer, got ${syncEveryBytes}`,
      );
    }
    const fileSystem = options.fileSystem ?? new NodeFileSystem();
    const temporary = `${file}${SNAPSHOT_TEMPORARY_SUFFIX}`;
    const handle = await openFresh(fileSystem, temporary);
    const head = encodeSnapshotHead(metadata);
    try {
      await writeAllAt(handle, [head.bytes], 0);
    } catch (error) {
      await handle.close().catch(() => {});
      await fileSystem.unlink(temporary).catch(() => {});
      throw error;
    }
    return new SnapshotWriter(
      file,
      metadata,
      fileSystem,
      handle,
      head.headerCrc,
      head.bytes.length,
      { ...options, chunkBytes },
    );
  }

  /** Appends `data` (any length; the writer cuts chunks). Resolves once the OS has it. */
  async write(data: Uint8Array): Promise<void> {
    if (this.state !== "open") assertionFailed(`write on a ${this.state} snapshot writer`);
    assert(!this.writing, "one snapshot write at a time (await the previous one)");
    this.writing = true;
    try {
      await this.guard(async () => {
        const { chunks, remainder } = this.cut(data);
        await this.writeChunks(chunks);
        const syncEveryBytes = this.options.syncEveryBytes ?? SYNC_EVERY_BYTES_DEFAULT;
        if (syncEveryBytes > 0 && this.positionBytes - this.syncedBytes >= syncEveryBytes) {
          await this.handle.datasync();
          this.syncedBytes = this.positionBytes;
        }
        // After the write: `pending` may have been one of the chunks just written.
        if (remainder.length > 0) {
          assert(this.pendingBytes === 0, "a remainder goes into an empty pending buffer");
          this.pending.set(remainder, 0);
          this.pendingBytes = remainder.length;
        }
      });
    } finally {
      this.writing = false;
    }
  }

  /** Writes the last chunk and the trailer, then fsync + rename + directory fsync. */
  async commit(): Promise<SnapshotWriteResult> {
    if (this.state !== "open") assertionFailed(`commit on a ${this.state} snapshot writer`);
    assert(!this.writing, "commit after the last write resolved");
    this.writing = true;
    try {
      await this.guard(async () => {
        const chunks = this.pendingBytes > 0 ? [this.pending.subarray(0, this.pendingBytes)] : [];
        this.pendingBytes = 0;
        const trailer = (chunkCount: number) =>
          encodeSnapshotTrailer({ chunkCount, dataBytes: this.dataBytes }, this.headerCrc);
        await this.writeChunks(chunks, trailer);
        await this.handle.sync();
        this.handleOpen = false;
        await this.handle.close();
        await this.fileSystem.rename(this.temporaryFile, this.file);
        await this.fileSystem.syncDirectory(path.dirname(this.file));
      });
    } finally {
      this.writing = false;
    }
    this.state = "committed";
    await this.options.afterCommit?.();
    return {
      file: this.file,
      chunkCount: this.chunkCount,
      dataBytes: this.dataBytes,
      sizeBytes: this.positionBytes,
    };
  }

  /** Deletes the temporary file. Allowed in any state but committed; idempotent. */
  async abort(): Promise<void> {
    assert(this.state !== "committed", "abort of a committed snapshot");
    assert(!this.writing, "abort after the last write resolved");
    if (this.state === "aborted") {
      return;
    }
    this.state = "aborted";
    if (this.handleOpen) {
      this.handleOpen = false;
      await this.handle.close().catch(() => {});
    }
    await removeIfPresent(this.fileSystem, this.temporaryFile);
  }

  /** Runs `step`; on failure the writer is failed (only abort remains) and the error rethrown. */
  private async guard(step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (error) {
      this.state = "failed";
      throw error;
    }
  }

  /**
   * The full chunks `data` completes, in order, and what is left over (shorter than a chunk).
   * Whole chunks are taken from `data` without a copy; the caller copies the remainder into
   * `pending` once the chunks are written (written by a later call or by commit).
   */
  private cut(data: Uint8Array): { chunks: Uint8Array[]; remainder: Uint8Array } {
    const chunkBytes = this.pending.length;
    const chunks: Uint8Array[] = [];
    let offset = 0;
    if (this.pendingBytes > 0) {
      const taken = Math.min(chunkBytes - this.pendingBytes, data.length);
      this.pending.set(data.subarray(0, taken), this.pendingBytes);
      this.pendingBytes += taken;
      offset = taken;
      if (this.pendingBytes === chunkBytes) {
        chunks.push(this.pending);
        this.pendingBytes = 0;
      }
    }
    // Bounded: each pass consumes chunkBytes (>= 1) bytes of data.
    while (data.length - offset >= chunkBytes) {
      chunks.push(data.subarray(offset, offset + chunkBytes));
      offset += chunkBytes;
    }
    return { chunks, remainder: data.subarray(offset) };
  }

  /** Writes `chunks` (and, at commit, the trailer after them) at the end of the file. */
  private async writeChunks(
    chunks: readonly Uint8Array[],
    trailer?: (chunkCount: number) => Uint8Array,
  ): Promise<void> {
    const buffers: Uint8Array[] = [];
    for (const chunk of chunks) {
      buffers.push(encodeChunkHeader(this.chunkCount, chunk), chunk);
      this.chunkCount++;
      this.dataBytes += chunk.length;
    }
    if (trailer !== undefined) {
      buffers.push(trailer(this.chunkCount));
    }
    const bytes = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
    await writeAllAt(this.handle, buffers, this.positionBytes);
    this.positionBytes += bytes;
  }
}

/**
 * Creates `file`, deleting a leftover of the same name first (an earlier writer that crashed).
 * Callers write one snapshot of a name at a time; should another writer create the name
 * between the unlink and the second open, that open fails with EEXIST instead of taking over
 * the other writer's file.
 */
async function openFresh(fileSystem: FileSystem, file: string): Promise<FileHandle> {
  try {
    return fileSystem.openSync(file, "createExclusive");
  } catch (error) {
    if (!hasErrorCode(error, "EEXIST")) {
      throw error;
    }
  }
  await removeIfPresent(fileSystem, file);
  return fileSystem.openSync(file, "createExclusive");
}

/** Writes every byte of `buffers` at `position`, continuing after short writes. */
async function writeAllAt(
  handle: FileHandle,
  buffers: readonly Uint8Array[],
  position: number,
): Promise<void> {
  let queue = buffers.filter((buffer) => buffer.length > 0);
  let at = position;
  // Bounded: each pass writes at least one byte (a zero-byte write is an error) or finishes.
  while (queue.length > 0) {
    const batch = queue.slice(0, WRITEV_BUFFERS_MAX);
    const written = await handle.writev(batch, at);
    if (written <= 0) {
      throw new Error(`writev wrote ${written} bytes to ${handle.path} at offset ${at}`);
    }
    at += written;
    queue = dropWritten(queue, written);
  }
}

function dropWritten(buffers: Uint8Array[], writtenBytes: number): Uint8Array[] {
  let left = writtenBytes;
  let index = 0;
  while (index < buffers.length && left >= (buffers[index]?.length ?? 0)) {
    left -= buffers[index]?.length ?? 0;
    index++;
  }
  const rest = buffers.slice(index);
  const first = rest[0];
  if (first !== undefined && left > 0) {
    rest[0] = first.subarray(left);
  }
  return rest;
}
