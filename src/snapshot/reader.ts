/**
 * Reading a snapshot file as a stream of verified chunks (layout in format.ts).
 *
 * `openSnapshot` reads and checks the header and metadata; iterating the reader then reads one
 * chunk at a time, checks its length bound and CRC before yielding it, and at the end checks
 * the trailer (chunk count, data bytes, CRC) and that the file ends right after it. Memory is
 * one chunk (at most CHUNK_BYTES_MAX, checked before allocating) whatever the data size.
 *
 * Every failed check throws SnapshotFileError naming the file, the byte offset and the problem.
 * A consumer of a stream MUST NOT act on the data until the iteration finished without error:
 * a truncated file is only known to be truncated at its end (restore into a new state and swap
 * it in afterwards). Reads are synchronous, as everywhere in the storage layer (src/storage/fs.ts);
 * the async iterator yields to the event loop between chunks.
 */
import type { FileHandle, FileSystem } from "../storage/fs.js";
import { NodeFileSystem } from "../storage/fs.js";
import type { SnapshotMetadata } from "../types/index.js";
import { assert } from "../util/assert.js";
import {
  CHUNK_BYTES_MAX,
  CHUNK_HEADER_BYTES,
  checkSnapshotTrailer,
  chunkCrc,
  decodeSnapshotHeader,
  decodeSnapshotMetadata,
  hex32,
  SNAPSHOT_HEADER_BYTES,
  SNAPSHOT_TRAILER_BYTES,
  SnapshotFileError,
} from "./format.js";

/** One verified chunk, with where it sits in the file. */
export interface SnapshotChunk {
  /** 0, 1, 2, ... in file order. */
  chunkNumber: number;
  /** Offset of the chunk's header (its length field). */
  offsetBytes: number;
  /** The stored (and verified) CRC. */
  crc: number;
  /** The chunk's data; a new buffer per chunk, owned by the caller. */
  data: Uint8Array;
}

export interface SnapshotTotals {
  chunkCount: number;
  dataBytes: number;
}

export interface OpenSnapshotOptions {
  fileSystem?: FileSystem;
  /**
   * Between two chunks of an async iteration: lets other work run (default: one
   * setImmediate turn). RaftNode passes its Clock's yieldTurn, so a simulator decides when
   * the iteration goes on.
   */
  yieldTurn?: () => Promise<void>;
}

function nextTurn(): Promise<void> {
  return new Promise<void>((resolve) => setImmediate(resolve));
}

/**
 * Opens `file` and checks its header and metadata (throws SnapshotFileError, or the file
 * system's error when the file cannot be opened). The reader holds the file open until its
 * iteration ends or `close` is called.
 */
export function openSnapshot(file: string, options: OpenSnapshotOptions = {}): SnapshotReader {
  const fileSystem = options.fileSystem ?? new NodeFileSystem();
  const handle = fileSystem.openSync(file, "read");
  try {
    const sizeBytes = handle.sizeSync();
    const header = readExactly(handle, file, 0, Math.min(SNAPSHOT_HEADER_BYTES, sizeBytes));
    const { metadataBytes } = decodeSnapshotHeader(file, header);
    if (SNAPSHOT_HEADER_BYTES + metadataBytes > sizeBytes) {
      throw new SnapshotFileError(
        file,
        16,
        "truncated",
        `metadata of ${metadataBytes} bytes runs past the end of the file (${sizeBytes} bytes)`,
      );
    }
    const metadataRaw = readExactly(handle, file, SNAPSHOT_HEADER_BYTES, metadataBytes);
    const metadata = decodeSnapshotMetadata(file, header, metadataRaw);
    const headerCrc = new DataView(header.buffer, header.byteOffset).getUint32(20, true);
    return new SnapshotReader(file, handle, {
      metadata,
      sizeBytes,
      headerCrc,
      dataOffsetBytes: SNAPSHOT_HEADER_BYTES + metadataBytes,
      yieldTurn: options.yieldTurn ?? nextTurn,
    });
  } catch (error) {
    handle.closeSync();
    throw error;
  }
}

export class SnapshotReader implements Iterable<Uint8Array>, AsyncIterable<Uint8Array> {
  readonly metadata: SnapshotMetadata;
  /** The file's size when opened. */
  readonly sizeBytes: number;
  /** Offset of the first chunk (header + metadata before it). */
  readonly dataOffsetBytes: number;
  private readonly headerCrc: number;
  private started = false;
  private open = true;
  private readonly yieldTurn: () => Promise<void>;

  constructor(
    readonly file: string,
    private readonly handle: FileHandle,
    fields: {
      metadata: SnapshotMetadata;
      sizeBytes: number;
      headerCrc: number;
      dataOffsetBytes: number;
      yieldTurn: () => Promise<void>;
    },
  ) {
    this.yieldTurn = fields.yieldTurn;
    this.metadata = fields.metadata;
    this.sizeBytes = fields.sizeBytes;
    this.headerCrc = fields.headerCrc;
    this.dataOffsetBytes = fields.dataOffsetBytes;
  }

  /**
   * Every chunk with its position, verified, then the trailer check. Once per reader; the file
   * is closed when the iteration ends, fails or is abandoned (`return`).
   */
  *chunkRecords(): Generator<SnapshotChunk, SnapshotTotals, undefined> {
    assert(!this.started, "a snapshot reader is iterated once");
    assert(this.open, "iterating a closed snapshot reader");
    this.started = true;
    try {
      let offsetBytes = this.dataOffsetBytes;
      let chunkNumber = 0;
      let dataBytes = 0;
      // Bounded: each pass moves offsetBytes forward by >= 9 bytes or returns / throws.
      for (;;) {
        const length = this.readChunkLength(offsetBytes, chunkNumber);
        if (length === 0) {
          this.checkTrailer(offsetBytes, { chunkCount: chunkNumber, dataBytes });
          return { chunkCount: chunkNumber, dataBytes };
        }
        const chunk = this.readChunk(offsetBytes, chunkNumber, length);
        yield chunk;
        chunkNumber++;
        dataBytes += length;
        offsetBytes += CHUNK_HEADER_BYTES + length;
      }
    } finally {
      this.close();
    }
  }

  /** The data of every chunk, verified (see chunkRecords). */
  *chunks(): Generator<Uint8Array, void, undefined> {
    for (const chunk of this.chunkRecords()) {
      yield chunk.data;
    }
  }

  [Symbol.iterator](): Iterator<Uint8Array> {
    return this.chunks();
  }

  async *[Symbol.asyncIterator](): AsyncIterator<Uint8Array> {
    for (const data of this.chunks()) {
      yield data;
      await this.yieldTurn();
    }
  }

  /** Reads every chunk (keeping none) and checks the trailer; returns the totals. */
  verify(): SnapshotTotals {
    const records = this.chunkRecords();
    // Bounded by the chunks in the file (see chunkRecords).
    for (;;) {
      const next = records.next();
      if (next.done === true) {
        return next.value;
      }
    }
  }

  /** The whole data in one buffer: for states that fit in memory. */
  readAll(): Uint8Array {
    const parts: Uint8Array[] = [];
    for (const data of this.chunks()) {
      parts.push(data);
    }
    return parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
  }

  close(): void {
    if (this.open) {
      this.open = false;
      this.handle.closeSync();
    }
  }

  /** The length field at `offsetBytes`; 0 is the end marker (the trailer starts there). */
  private readChunkLength(offsetBytes: number, chunkNumber: number): number {
    if (offsetBytes + 4 > this.sizeBytes) {
      throw new SnapshotFileError(
        this.file,
        offsetBytes,
        "truncated",
        `the file ends (${this.sizeBytes} bytes) where chunk ${chunkNumber} or the trailer should start`,
      );
    }
    const field = readExactly(this.handle, this.file, offsetBytes, 4);
    const length = new DataView(field.buffer, field.byteOffset).getUint32(0, true);
    if (length > CHUNK_BYTES_MAX) {
      throw new SnapshotFileError(
        this.file,
        offsetBytes,
        "chunk-length",
        `chunk ${chunkNumber} claims ${length} bytes, above the limit of ${CHUNK_BYTES_MAX}`,
      );
    }
    return length;
  }

  private readChunk(offsetBytes: number, chunkNumber: number, length: number): SnapshotChunk {
    const end = offsetBytes + CHUNK_HEADER_BYTES + length;
    if (end > this.sizeBytes) {
      throw new SnapshotFileError(
        this.file,
        offsetBytes,
        "truncated",
        `chunk ${chunkNumber} of ${length} bytes runs past the end of the file (${this.sizeBytes} bytes)`,
      );
    }
    const crcField = readExactly(this.handle, this.file, offsetBytes + 4, 4);
    const stored = new DataView(crcField.buffer, crcField.byteOffset).getUint32(0, true);
    const data = readExactly(this.handle, this.file, offsetBytes + CHUNK_HEADER_BYTES, length);
    const computed = chunkCrc(chunkNumber, data);
    if (stored !== computed) {
      throw new SnapshotFileError(
        this.file,
        offsetBytes,
        "chunk-crc",
        `chunk ${chunkNumber} (${length} bytes) CRC mismatch (stored 0x${hex32(stored)}, computed 0x${hex32(computed)})`,
      );
    }
    return { chunkNumber, offsetBytes, crc: stored, data };
  }

  private checkTrailer(offsetBytes: number, counted: SnapshotTotals): void {
    const end = offsetBytes + SNAPSHOT_TRAILER_BYTES;
    if (end > this.sizeBytes) {
      throw new SnapshotFileError(
        this.file,
        offsetBytes,
        "truncated",
        `the trailer (${SNAPSHOT_TRAILER_BYTES} bytes) runs past the end of the file (${this.sizeBytes} bytes)`,
      );
    }
    const trailer = readExactly(this.handle, this.file, offsetBytes, SNAPSHOT_TRAILER_BYTES);
    checkSnapshotTrailer(this.file, offsetBytes, trailer, {
      headerCrc: this.headerCrc,
      ...counted,
    });
    if (end !== this.sizeBytes) {
      throw new SnapshotFileError(
        this.file,
        end,
        "trailing-bytes",
        `${this.sizeBytes - end} bytes follow the trailer`,
      );
    }
  }
}

/** Reads `length` bytes at `position`; a short read (the file shrank) is a truncation. */
function readExactly(
  handle: FileHandle,
  file: string,
  position: number,
  length: number,
): Uint8Array {
  const buffer = Buffer.allocUnsafe(length);
  const got = handle.readSync(buffer, position);
  if (got !== length) {
    throw new SnapshotFileError(
      file,
      position + got,
      "truncated",
      `read ${got} of ${length} bytes: the file ends early`,
    );
  }
  return buffer;
}
