/**
 * The receiving end of snapshot streams on one inbound peer connection.
 *
 * A stream is a sequence of SnapshotChunk frames: the first (offset 0) carries the Snapshot
 * message, each chunk continues at the previous one's end, the last has `last` set. Data goes
 * to a temporary file `.incoming-<peer>-<random>.tmp` in the snapshot directory. After the
 * last chunk the file is fsync'd, renamed to `snapshot-<peer>-<term>-<index>-<random>.snap`,
 * the directory is fsync'd, the node gets the message and the file, and the sender gets a
 * SnapshotAck. If the connection closes first (or a write fails), the temporary file is
 * deleted: an aborted stream leaves nothing behind. The node owns a completed file once it
 * has it (it moves or deletes it), so any of our files still in the directory when the
 * transport starts, temporary or completed, is left by an earlier run and deleted
 * (`removeStaleSnapshotFiles`).
 *
 * Back-pressure: while more than RECEIVE_UNWRITTEN_BYTES_MAX bytes wait for the disk, the
 * connection stops reading, so a fast sender cannot make us buffer a whole snapshot.
 */
import { randomBytes } from "node:crypto";
import { type FileHandle, open, readdir, rename, unlink } from "node:fs/promises";
import { join } from "node:path";
import type { Logger } from "pino";
import { checkU64 } from "../proto/codec/errors.js";
import { decodeRaftMessage } from "../proto/codec/raft-message-object.js";
import type { wireTypes } from "../proto/index.js";
import { MessageType, type SnapshotRequest } from "../raft/types.js";
import { ProtocolError } from "./errors.js";

/** Unwritten snapshot bytes above which the connection stops reading. */
export const RECEIVE_UNWRITTEN_BYTES_MAX = 8 * 1024 * 1024;
const TEMPORARY_PREFIX = ".incoming-";
const TEMPORARY_SUFFIX = ".tmp";
/** Names this module gives its files (the random part is 6 bytes in hex). */
const TEMPORARY_NAME = /^\.incoming-\d+-[0-9a-f]{12}\.tmp$/;
const COMPLETED_NAME = /^snapshot-\d+-\d+-\d+-[0-9a-f]{12}\.snap$/;

export interface SnapshotReceiverOptions {
  readonly directory: string;
  readonly peerId: number;
  readonly logger: Logger;
  /**
   * The snapshot is complete in `file`. "untaken": nobody takes it (the file is deleted, no
   * acknowledgement); otherwise the taker owns the file and the sender is acknowledged with
   * ok = "accepted" once this resolves.
   */
  readonly onComplete: (
    message: SnapshotRequest,
    file: string,
    streamMs: number,
  ) => Promise<"accepted" | "refused" | "untaken">;
  readonly sendAck: (ack: wireTypes.wire.SnapshotAck.$Properties) => void;
  readonly pauseReading: () => void;
  readonly resumeReading: () => void;
  /** A monotonic clock in ms, for the stream's duration (default performance.now). */
  readonly nowMs?: () => number;
}

interface Stream {
  readonly streamId: number;
  readonly message: SnapshotRequest;
  readonly temporaryFile: string;
  /** When its first chunk arrived (options.nowMs). */
  readonly startedMs: number;
  nextOffset: number;
  complete: boolean;
  handle: FileHandle | undefined;
  failed: Error | undefined;
}

export class SnapshotReceiver {
  private readonly options: SnapshotReceiverOptions;
  private stream: Stream | undefined;
  /** Disk work in order; never rejects (errors are recorded on the stream). */
  private chain: Promise<void> = Promise.resolve();
  private unwrittenBytes = 0;
  private paused = false;
  private aborted = false;

  constructor(options: SnapshotReceiverOptions) {
    this.options = options;
  }

  private nowMs(): number {
    return this.options.nowMs?.() ?? performance.now();
  }

  /** Checks a chunk (ProtocolError when out of order) and queues its data for the disk. */
  handleChunk(chunk: wireTypes.wire.SnapshotChunk.$Properties): void {
    const streamId = checkU64(chunk.streamId, "snapshotChunk.streamId");
    const offset = checkU64(chunk.offset, "snapshotChunk.offset");
    let stream = this.stream;
    if (stream === undefined) {
      stream = this.startStream(streamId, offset, chunk.message);
    } else if (streamId !== stream.streamId || offset !== stream.nextOffset || chunk.message) {
      throw new ProtocolError(
        `snapshot chunk out of order: stream ${streamId} offset ${offset}, expected stream ` +
          `${stream.streamId} offset ${stream.nextOffset}`,
      );
    }
    const data = chunk.data ?? new Uint8Array(0);
    stream.nextOffset += data.byteLength;
    this.queueWrite(stream, data);
    if (chunk.last === true) {
      stream.complete = true;
      this.stream = undefined;
      this.queueFinish(stream);
    }
  }

  /** The connection closed: drop the unfinished stream and its file. Resolves when done. */
  abort(): Promise<void> {
    this.aborted = true;
    const stream = this.stream;
    if (stream !== undefined) {
      // Its queued steps discard it, but when every chunk so far is already written none is
      // left to run: this one deletes the file (and closes it) in that case too.
      this.stream = undefined;
      this.enqueue(stream, () => Promise.resolve());
    }
    return this.chain;
  }

  private startStream(
    streamId: number,
    offset: number,
    value: wireTypes.wire.RaftMessage.$Properties | null | undefined,
  ): Stream {
    if (offset !== 0 || value === null || value === undefined) {
      throw new ProtocolError("snapshot stream must start at offset 0 with its message");
    }
    const message = decodeRaftMessage(value);
    if (message.type !== MessageType.Snapshot || message.from !== this.options.peerId) {
      throw new ProtocolError("snapshot stream must start with a Snapshot from the peer");
    }
    const name = `${TEMPORARY_PREFIX}${this.options.peerId}-${randomBytes(6).toString("hex")}`;
    const stream: Stream = {
      streamId,
      message,
      temporaryFile: join(this.options.directory, name + TEMPORARY_SUFFIX),
      startedMs: this.nowMs(),
      nextOffset: 0,
      complete: false,
      handle: undefined,
      failed: undefined,
    };
    this.stream = stream;
    this.options.logger.info(
      { streamId, index: message.snapshot.metadata.index },
      "receiving snapshot",
    );
    this.enqueue(stream, async () => {
      stream.handle = await open(stream.temporaryFile, "wx");
    });
    return stream;
  }

  private queueWrite(stream: Stream, data: Uint8Array): void {
    if (data.byteLength === 0) {
      return;
    }
    this.unwrittenBytes += data.byteLength;
    if (!this.paused && this.unwrittenBytes > RECEIVE_UNWRITTEN_BYTES_MAX) {
      this.paused = true;
      this.options.pauseReading();
    }
    this.enqueue(
      stream,
      async () => {
        await stream.handle!.write(data);
      },
      data.byteLength,
    );
  }

  private queueFinish(stream: Stream): void {
    const metadata = stream.message.snapshot.metadata;
    const finalName =
      `snapshot-${this.options.peerId}-${metadata.term}-${metadata.index}-` +
      `${randomBytes(6).toString("hex")}.snap`;
    const finalFile = join(this.options.directory, finalName);
    this.enqueue(stream, async () => {
      const handle = stream.handle!;
      await handle.sync();
      await handle.close();
      stream.handle = undefined;
      await rename(stream.temporaryFile, finalFile);
      await syncDirectory(this.options.directory);
      this.options.logger.info({ file: finalFile, bytes: stream.nextOffset }, "snapshot stored");
      const outcome = await this.options.onComplete(
        stream.message,
        finalFile,
        this.nowMs() - stream.startedMs,
      );
      if (outcome === "untaken") {
        await unlink(finalFile).catch(() => undefined);
        return;
      }
      this.options.sendAck(
        outcome === "accepted"
          ? { streamId: stream.streamId, ok: true }
          : {
              streamId: stream.streamId,
              ok: false,
              reason: "the node refused the snapshot (its log says why)",
            },
      );
    });
  }

  /** Runs `step` after the previous disk work unless the stream failed or was aborted. */
  private enqueue(stream: Stream, step: () => Promise<void>, dataBytes = 0): void {
    this.chain = this.chain.then(async () => {
      try {
        await this.runStep(stream, step);
      } finally {
        this.written(dataBytes);
      }
    });
  }

  private async runStep(stream: Stream, step: () => Promise<void>): Promise<void> {
    const abandoned = this.aborted && !stream.complete;
    if (stream.failed !== undefined || abandoned) {
      await this.discard(stream);
      return;
    }
    try {
      await step();
    } catch (error) {
      stream.failed = error as Error;
      this.options.logger.warn({ err: error }, "could not store snapshot");
      await this.discard(stream);
      this.options.sendAck({ streamId: stream.streamId, ok: false, reason: String(error) });
    }
  }

  private written(dataBytes: number): void {
    this.unwrittenBytes -= dataBytes;
    if (this.paused && this.unwrittenBytes <= RECEIVE_UNWRITTEN_BYTES_MAX / 2) {
      this.paused = false;
      this.options.resumeReading();
    }
  }

  private async discard(stream: Stream): Promise<void> {
    const handle = stream.handle;
    stream.handle = undefined;
    await handle?.close().catch(() => undefined);
    await unlink(stream.temporaryFile).catch(() => undefined);
  }
}

async function syncDirectory(directory: string): Promise<void> {
  const handle = await open(directory, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

/**
 * Deletes the files an earlier run left in `directory`: temporary files of streams it did not
 * finish (`.incoming-<peer>-<random>.tmp`) and completed snapshots the node did not take over
 * (`snapshot-<peer>-<term>-<index>-<random>.snap`). Other names are left alone. Returns how
 * many were deleted.
 */
export async function removeStaleSnapshotFiles(directory: string): Promise<number> {
  const names = await readdir(directory);
  let removed = 0;
  for (const name of names) {
    if (TEMPORARY_NAME.test(name) || COMPLETED_NAME.test(name)) {
      await unlink(join(directory, name)).catch(() => undefined);
      removed += 1;
    }
  }
  return removed;
}
