/**
 * Where an outbound snapshot's data comes from: bytes in memory (`TcpTransport.send` with a
 * Snapshot message) or a file (`TcpTransport.sendSnapshot`). The peer link has one pump for
 * both (peer.ts): it reads the source one chunk at a time, never more than one read in
 * flight, so a snapshot in a file is never held in memory whole.
 *
 * A file source opens its descriptor synchronously, when the stream is started: from then on
 * the stream reads the file it opened, so the caller may unlink or rename the path as soon as
 * `sendSnapshot` returns (a snapshot store pruning old files does not disturb the stream).
 * The size is taken from that descriptor (fstat), once. Reads are positional and async
 * (`fs.read` on the descriptor, in the thread pool); a FileHandle is not used because Node
 * cannot wrap a descriptor opened synchronously in one, so `close` itself waits for the read
 * in flight before closing the descriptor (a descriptor number must never be reused under a
 * pending read).
 */
import * as fs from "node:fs";
import { assert, assertIndex } from "../util/assert.js";
import { SnapshotSourceError } from "./errors.js";

export interface SnapshotSource {
  /** The file the data is read from, for logs; undefined for data in memory. */
  readonly file: string | undefined;
  /** Bytes of snapshot data, fixed when the source is opened. */
  readonly sizeBytes: number;
  /**
   * Reads the data in [offsetBytes, offsetBytes + lengthBytes), a range within
   * [0, sizeBytes). At most one read may be in flight, and none after `close`. The result is
   * exactly `lengthBytes` long; the caller must not modify it (a memory source returns a view
   * of its data). Rejects with SnapshotSourceError (file and byte offset) when the bytes
   * cannot be read whole.
   */
  read(offsetBytes: number, lengthBytes: number): Promise<Uint8Array>;
  /** Releases the source (after the read in flight settles). Idempotent; never rejects. */
  close(): Promise<void>;
}

function checkRange(source: SnapshotSource, offsetBytes: number, lengthBytes: number): void {
  assertIndex(offsetBytes, "snapshot source read offset");
  assertIndex(lengthBytes, "snapshot source read length");
  assert(offsetBytes + lengthBytes <= source.sizeBytes, "snapshot source read beyond its size");
}

/** A source over `data` (not copied: the caller must not modify it while it streams). */
export function memorySnapshotSource(data: Uint8Array): SnapshotSource {
  const source: SnapshotSource = {
    file: undefined,
    sizeBytes: data.byteLength,
    read: (offsetBytes, lengthBytes) => {
      checkRange(source, offsetBytes, lengthBytes);
      return Promise.resolve(data.subarray(offsetBytes, offsetBytes + lengthBytes));
    },
    close: () => Promise.resolve(),
  };
  return source;
}

/**
 * Opens `file` for streaming (synchronously, see above). Throws SnapshotSourceError when it
 * cannot be opened or is not a regular file.
 */
export function openFileSnapshotSource(file: string): SnapshotSource {
  let descriptor: number;
  try {
    descriptor = fs.openSync(file, "r");
  } catch (error) {
    throw new SnapshotSourceError(file, 0, `cannot open: ${(error as Error).message}`, {
      cause: error,
    });
  }
  try {
    const stat = fs.fstatSync(descriptor);
    if (!stat.isFile()) {
      throw new SnapshotSourceError(file, 0, "not a regular file");
    }
    return new FileSnapshotSource(file, descriptor, stat.size);
  } catch (error) {
    fs.closeSync(descriptor);
    if (error instanceof SnapshotSourceError) {
      throw error;
    }
    throw new SnapshotSourceError(file, 0, `cannot stat: ${(error as Error).message}`, {
      cause: error,
    });
  }
}

function readAt(
  descriptor: number,
  buffer: Buffer,
  bufferOffsetBytes: number,
  lengthBytes: number,
  positionBytes: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    fs.read(descriptor, buffer, bufferOffsetBytes, lengthBytes, positionBytes, (error, bytes) => {
      if (error === null) {
        resolve(bytes);
      } else {
        reject(error);
      }
    });
  });
}

class FileSnapshotSource implements SnapshotSource {
  readonly file: string;
  readonly sizeBytes: number;
  private readonly descriptor: number;
  private readInFlight = false;
  /** The last read, settled either way (never rejects); close waits for it. */
  private lastRead: Promise<void> = Promise.resolve();
  private closing: Promise<void> | undefined;

  constructor(file: string, descriptor: number, sizeBytes: number) {
    this.file = file;
    this.descriptor = descriptor;
    this.sizeBytes = sizeBytes;
  }

  read(offsetBytes: number, lengthBytes: number): Promise<Uint8Array> {
    assert(this.closing === undefined, "snapshot file read after close");
    assert(!this.readInFlight, "snapshot file read while another is in flight");
    checkRange(this, offsetBytes, lengthBytes);
    this.readInFlight = true;
    const result = this.readWhole(offsetBytes, lengthBytes);
    this.lastRead = result.then(
      () => undefined,
      () => undefined,
    );
    return result;
  }

  close(): Promise<void> {
    this.closing ??= this.closeAfterRead();
    return this.closing;
  }

  /** Fills a fresh buffer; a short read continues, end of file before the size fails. */
  private async readWhole(offsetBytes: number, lengthBytes: number): Promise<Uint8Array> {
    const buffer = Buffer.allocUnsafe(lengthBytes);
    let filledBytes = 0;
    try {
      // Bounded: each pass reads at least one byte or leaves the loop.
      while (filledBytes < lengthBytes) {
        const position = offsetBytes + filledBytes;
        let bytes: number;
        try {
          bytes = await readAt(
            this.descriptor,
            buffer,
            filledBytes,
            lengthBytes - filledBytes,
            position,
          );
        } catch (error) {
          throw new SnapshotSourceError(this.file, position, (error as Error).message, {
            cause: error,
          });
        }
        if (bytes === 0) {
          throw new SnapshotSourceError(
            this.file,
            position,
            `the file ends before its size when opened (${this.sizeBytes} bytes)`,
          );
        }
        filledBytes += bytes;
      }
      return buffer;
    } finally {
      this.readInFlight = false;
    }
  }

  private async closeAfterRead(): Promise<void> {
    await this.lastRead;
    await new Promise<void>((resolve) => {
      // A failed close of a read-only descriptor loses nothing; the descriptor is gone.
      fs.close(this.descriptor, () => resolve());
    });
  }
}
