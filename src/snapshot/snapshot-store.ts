/**
 * Snapshot files: the state a node restarts from, and what it sends to followers that need
 * entries the log no longer has.
 *
 * File `snap-<index, 20 digits>-<term, 20 digits>.snap`, little-endian:
 *
 *   0        8       12      16                 16+m             16+m+d
 *   +--------+-------+-------+------------------+----------------+-------+
 *   | magic  |version| m u32 | metadata (m B)   | data (d B)     |crc u32|
 *   |RVRAFTSN|  u32  |       | SnapshotFileMeta |                |       |
 *   +--------+-------+-------+------------------+----------------+-------+
 *   crc = CRC-32 of every byte before it. metadata = ruvraft.node.SnapshotFileMetadata
 *   (index, term, conf state, d).
 *
 * Written to a temporary name, fsync'd, renamed, directory fsync'd. The newest `retain`
 * files are kept. A file that fails its checks is renamed to `<name>.bad` (reported through
 * `onWarning`) and the next older one is used.
 */
import fs from "node:fs";
import path from "node:path";
import { node } from "../proto/node-index.js";
import { crc32 } from "../storage/format.js";
import type { FileSystem } from "../storage/fs.js";
import { NodeFileSystem } from "../storage/fs.js";
import { RuvraftError } from "../util/errors.js";

export const SNAPSHOT_MAGIC = Buffer.from("RVRAFTSN", "latin1");
export const SNAPSHOT_FORMAT_VERSION = 1;
const PREFIX_BYTES = 16;
const NAME_PATTERN = /^snap-(\d{20})-(\d{20})\.snap$/;

export interface SnapshotConfState {
  voters: number[];
  votersOutgoing: number[];
  learners: number[];
  learnersNext: number[];
  autoLeave: boolean;
}

export interface StoredSnapshot {
  index: number;
  term: number;
  confState: SnapshotConfState;
  data: Uint8Array;
}

export class SnapshotFileError extends RuvraftError {
  override name = "SnapshotFileError";
  constructor(
    readonly file: string,
    readonly offsetBytes: number,
    reason: string,
  ) {
    super("ESNAPSHOT", `snapshot ${file} at byte offset ${offsetBytes}: ${reason}`);
  }
}

export function encodeSnapshotFile(snapshot: StoredSnapshot): Uint8Array {
  const metadata = node.SnapshotFileMetadata.encode({
    index: snapshot.index,
    term: snapshot.term,
    confState: snapshot.confState,
    dataBytes: snapshot.data.length,
  }).finish();
  const total = PREFIX_BYTES + metadata.length + snapshot.data.length + 4;
  const bytes = Buffer.alloc(total);
  SNAPSHOT_MAGIC.copy(bytes, 0);
  bytes.writeUInt32LE(SNAPSHOT_FORMAT_VERSION, 8);
  bytes.writeUInt32LE(metadata.length, 12);
  bytes.set(metadata, PREFIX_BYTES);
  bytes.set(snapshot.data, PREFIX_BYTES + metadata.length);
  bytes.writeUInt32LE(crc32(bytes.subarray(0, total - 4)), total - 4);
  return bytes;
}

export function decodeSnapshotFile(file: string, bytes: Uint8Array): StoredSnapshot {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (buffer.length < PREFIX_BYTES + 4) {
    throw new SnapshotFileError(file, 0, `too short (${buffer.length} bytes)`);
  }
  if (!buffer.subarray(0, 8).equals(SNAPSHOT_MAGIC)) {
    throw new SnapshotFileError(file, 0, "wrong magic: not a ruvector-raft snapshot");
  }
  const version = buffer.readUInt32LE(8);
  if (version !== SNAPSHOT_FORMAT_VERSION) {
    throw new SnapshotFileError(file, 8, `unsupported snapshot format version ${version}`);
  }
  const stored = buffer.readUInt32LE(buffer.length - 4);
  const computed = crc32(buffer.subarray(0, buffer.length - 4));
  if (stored !== computed) {
    throw new SnapshotFileError(file, buffer.length - 4, "CRC mismatch");
  }
  const metadataLength = buffer.readUInt32LE(12);
  if (PREFIX_BYTES + metadataLength + 4 > buffer.length) {
    throw new SnapshotFileError(file, 12, `metadata length ${metadataLength} exceeds the file`);
  }
  const metadata = node.SnapshotFileMetadata.decode(
    buffer.subarray(PREFIX_BYTES, PREFIX_BYTES + metadataLength),
  );
  const dataStart = PREFIX_BYTES + metadataLength;
  if (dataStart + metadata.dataBytes + 4 !== buffer.length) {
    throw new SnapshotFileError(file, 12, "data length disagrees with the file size");
  }
  const conf = metadata.confState;
  return {
    index: metadata.index,
    term: metadata.term,
    confState: {
      voters: [...(conf?.voters ?? [])],
      votersOutgoing: [...(conf?.votersOutgoing ?? [])],
      learners: [...(conf?.learners ?? [])],
      learnersNext: [...(conf?.learnersNext ?? [])],
      autoLeave: conf?.autoLeave ?? false,
    },
    data: buffer.subarray(dataStart, dataStart + metadata.dataBytes),
  };
}

export function snapshotFileName(index: number, term: number): string {
  return `snap-${String(index).padStart(20, "0")}-${String(term).padStart(20, "0")}.snap`;
}

export class SnapshotStore {
  private readonly fileSystem: FileSystem;

  constructor(
    readonly directory: string,
    private readonly options: {
      retain?: number;
      fileSystem?: FileSystem;
      onWarning?: (message: string) => void;
    } = {},
  ) {
    this.fileSystem = options.fileSystem ?? new NodeFileSystem();
  }

  /** Writes `snapshot` durably, then deletes all but the newest `retain` (default 2). */
  async save(snapshot: StoredSnapshot): Promise<string> {
    await this.fileSystem.ensureDirectory(this.directory);
    const file = path.join(this.directory, snapshotFileName(snapshot.index, snapshot.term));
    await this.fileSystem.writeFileDurably(file, encodeSnapshotFile(snapshot));
    const names = this.list();
    const retain = Math.max(1, this.options.retain ?? 2);
    for (const name of names.slice(0, Math.max(0, names.length - retain))) {
      await this.fileSystem.unlink(path.join(this.directory, name));
    }
    if (names.length > retain) {
      await this.fileSystem.syncDirectory(this.directory);
    }
    return file;
  }

  /** The newest snapshot that passes its checks, or undefined when there is none. */
  loadNewest(): StoredSnapshot | undefined {
    const names = this.list().reverse();
    for (const name of names) {
      const file = path.join(this.directory, name);
      try {
        return decodeSnapshotFile(file, fs.readFileSync(file));
      } catch (error) {
        fs.renameSync(file, `${file}.bad`);
        this.options.onWarning?.(
          `snapshot ${file} failed its checks and was set aside as ${file}.bad: ${(error as Error).message}`,
        );
      }
    }
    return undefined;
  }

  /** Snapshot file names, oldest first. */
  list(): string[] {
    if (!fs.existsSync(this.directory)) {
      return [];
    }
    return fs
      .readdirSync(this.directory)
      .filter((name) => NAME_PATTERN.test(name))
      .sort();
  }
}
