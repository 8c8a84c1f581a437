/**
 * Snapshot files: the state a node restarts from, and what it sends to followers that need
 * entries the log no longer has. The layout is in format.ts (segments/FORMAT.md, "Snapshot
 * files"); writing in writer.ts, reading in reader.ts.
 *
 * The store keeps one directory of `snap-<index>-<term>.snap` files:
 * - writes go through SnapshotWriter (temporary name + fsync + rename + directory fsync);
 *   after each commit all but the newest `retain` (default 2) snapshots are deleted;
 * - before its first read or write it deletes leftover `snap-*.snap.tmp` files (writes that
 *   never committed, e.g. a crash) and reports each through `onWarning`;
 * - a snapshot that fails a check when read is renamed to `<name>.bad` (kept for the
 *   operator, never read again), reported through `onWarning` with the file, byte offset and
 *   reason, and the next older snapshot is used.
 *
 * Small states can use `save` and `loadNewest` (whole data in memory). The node (src/node)
 * streams: it writes with `createWriter`, reads with `newest` + `openSnapshot`, and moves
 * snapshots received from its leader in with `adopt`.
 *
 * Every file access goes through the FileSystem port (docs/architecture.md, "The disk"):
 * reads synchronously, deletions and renames asynchronously, so `newest` and `loadNewest`,
 * which may set a file aside, are asynchronous.
 */
import path from "node:path";
import type { FileSystem } from "../storage/fs.js";
import { hasErrorCode, NodeFileSystem, removeIfPresent } from "../storage/fs.js";
import type { SnapshotMetadata } from "../types/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import {
  CHUNK_BYTES_DEFAULT,
  parseSnapshotFileName,
  SNAPSHOT_BAD_SUFFIX,
  SNAPSHOT_TEMPORARY_SUFFIX,
  SnapshotFileError,
  snapshotFileName,
} from "./format.js";
import { openSnapshot, type SnapshotReader } from "./reader.js";
import { SnapshotWriter } from "./writer.js";

export {
  SNAPSHOT_FORMAT_VERSION,
  SNAPSHOT_MAGIC,
  SnapshotFileError,
  snapshotFileName,
} from "./format.js";

/** Snapshots kept after a save unless configured. */
export const SNAPSHOTS_RETAINED_DEFAULT = 2;

/** A whole snapshot in memory (`save`, `loadNewest`): its metadata and its data. */
export interface StoredSnapshot extends SnapshotMetadata {
  readonly data: Uint8Array;
}

export interface SnapshotStoreOptions {
  /** Snapshots kept after each save, >= 1; default SNAPSHOTS_RETAINED_DEFAULT (2). */
  retain?: number;
  /** Data bytes per chunk written; default CHUNK_BYTES_DEFAULT (1 MiB). */
  chunkBytes?: number;
  fileSystem?: FileSystem;
  /** Set-aside files and removed leftovers are reported here (the node logs them as errors). */
  onWarning?: (message: string) => void;
}

const TEMPORARY_PATTERN = /^snap-\d{20}-\d{20}\.snap\.tmp$/;

export class SnapshotStore {
  private readonly fileSystem: FileSystem;
  private readonly retain: number;
  private readonly chunkBytes: number;
  /** The removal of leftover temporary files, once started (see cleanUpOnce). */
  private cleanup: Promise<void> | undefined;

  constructor(
    readonly directory: string,
    private readonly options: SnapshotStoreOptions = {},
  ) {
    this.fileSystem = options.fileSystem ?? new NodeFileSystem();
    this.retain = options.retain ?? SNAPSHOTS_RETAINED_DEFAULT;
    this.chunkBytes = options.chunkBytes ?? CHUNK_BYTES_DEFAULT;
    if (!Number.isSafeInteger(this.retain) || this.retain < 1) {
      throw new InvalidArgumentError(`retain must be an integer >= 1, got ${this.retain}`);
    }
  }

  /**
   * Writes `snapshot` durably, then deletes all but the newest `retain`. Returns its path.
   * Saves run one at a time (a node may install a snapshot from its leader while its own
   * compaction is saving one): each prune sees the files the previous save left.
   */
  save(snapshot: StoredSnapshot): Promise<string> {
    return this.serialized(() => this.saveNow(snapshot));
  }

  /** Runs `step` after every save or adoption before it has settled. */
  private serialized<T>(step: () => Promise<T>): Promise<T> {
    const run = this.saving.then(step);
    this.saving = run.then(
      () => undefined,
      () => undefined,
    );
    return run;
  }

  private async saveNow(snapshot: StoredSnapshot): Promise<string> {
    const writer = await this.createWriter(snapshot);
    try {
      await writer.write(snapshot.data);
      return (await writer.commit()).file;
    } catch (error) {
      await writer.abort().catch(() => {});
      throw error;
    }
  }

  /** The save in progress (saves are serialized). */
  private saving: Promise<unknown> = Promise.resolve();

  /**
   * A writer for a new snapshot (streaming a large state). Its `commit` also deletes all but
   * the newest `retain` snapshots once the new one is durable.
   */
  async createWriter(metadata: SnapshotMetadata): Promise<SnapshotWriter> {
    await this.cleanUpOnce();
    await this.fileSystem.ensureDirectory(this.directory);
    const file = path.join(this.directory, snapshotFileName(metadata.index, metadata.term));
    return SnapshotWriter.create(file, metadata, {
      fileSystem: this.fileSystem,
      chunkBytes: this.chunkBytes,
      afterCommit: () => this.prune(),
    });
  }

  /**
   * The newest snapshot that passes every check, whole in memory, or undefined when there is
   * none. Failing files are set aside (see the module comment).
   */
  loadNewest(): Promise<StoredSnapshot | undefined> {
    return this.newestPassing((reader) => {
      const data = reader.readAll();
      return { ...reader.metadata, data };
    });
  }

  /**
   * Makes the store's directory entries durable (fsync of the directory, if it exists). A
   * process killed between an adopt's rename and its directory fsync leaves a snapshot that
   * the next process can see but a power loss can still take away: call this before acting on
   * what the directory lists (recoverSnapshotAndLog does).
   */
  async syncEntries(): Promise<void> {
    try {
      await this.fileSystem.syncDirectory(this.directory);
    } catch (error) {
      if (!hasErrorCode(error, "ENOENT")) throw error;
    }
  }

  /**
   * The newest snapshot that passes every check (read through once, chunk by chunk, keeping
   * nothing): its path and metadata, or undefined. Stream it with `openSnapshot(file)`.
   */
  newest(): Promise<{ file: string; metadata: SnapshotMetadata } | undefined> {
    return this.newestPassing((reader) => {
      reader.verify();
      return { file: reader.file, metadata: reader.metadata };
    });
  }

  /**
   * Moves a complete snapshot file written elsewhere (e.g. received from the leader, on the
   * same file system) into the store under its proper name: durable after the rename's
   * directory fsync (the commit point), then older snapshots are pruned. The caller has
   * checked the file (every chunk); its metadata is read again here to name it. Serialized
   * with `save`. Resolves with the new path.
   */
  adopt(file: string): Promise<string> {
    return this.serialized(async () => {
      const reader = openSnapshot(file, { fileSystem: this.fileSystem });
      const metadata = reader.metadata;
      reader.close();
      await this.cleanUpOnce();
      await this.fileSystem.ensureDirectory(this.directory);
      const target = path.join(this.directory, snapshotFileName(metadata.index, metadata.term));
      await this.fileSystem.rename(file, target);
      await this.fileSystem.syncDirectory(this.directory);
      await this.prune();
      return target;
    });
  }

  /** The size of a snapshot file in bytes (`file` a path, as snapshotFile() gives). */
  fileBytes(file: string): number {
    const handle = this.fileSystem.openSync(file, "read");
    try {
      return handle.sizeSync();
    } finally {
      handle.closeSync();
    }
  }

  /** Opens a snapshot of this store by name (as listed), checking its name against it. */
  open(name: string): SnapshotReader {
    const file = path.join(this.directory, name);
    const reader = openSnapshot(file, { fileSystem: this.fileSystem });
    const named = parseSnapshotFileName(name);
    if (
      named === undefined ||
      named.index !== reader.metadata.index ||
      named.term !== reader.metadata.term
    ) {
      reader.close();
      throw new SnapshotFileError(
        file,
        0,
        "name",
        `the metadata says index ${reader.metadata.index} term ${reader.metadata.term}, which the file name does not`,
      );
    }
    return reader;
  }

  /** Snapshot file names, oldest first (none when the directory does not exist yet). */
  list(): string[] {
    return this.names()
      .filter((name) => parseSnapshotFileName(name) !== undefined)
      .sort();
  }

  /** Every name in the directory; none when it does not exist yet. */
  private names(): string[] {
    try {
      return this.fileSystem.readdirSync(this.directory);
    } catch (error) {
      if (hasErrorCode(error, "ENOENT")) return [];
      throw error;
    }
  }

  /** Deletes all but the newest `retain` snapshots. */
  async prune(): Promise<void> {
    const names = this.list();
    const doomed = names.slice(0, Math.max(0, names.length - this.retain));
    for (const name of doomed) {
      // Already gone when another prune (of a streaming writer) got there first.
      await removeIfPresent(this.fileSystem, path.join(this.directory, name));
    }
    if (doomed.length > 0) {
      await this.fileSystem.syncDirectory(this.directory);
    }
  }

  /**
   * `use` of the newest snapshot that passes every check; failing ones are set aside. Meant
   * for opening time: a prune running meanwhile may delete a file listed here.
   */
  private async newestPassing<T>(use: (reader: SnapshotReader) => T): Promise<T | undefined> {
    await this.cleanUpOnce();
    const names = this.list().reverse();
    for (const name of names) {
      try {
        const reader = this.open(name);
        try {
          return use(reader);
        } finally {
          reader.close();
        }
      } catch (error) {
        if (!(error instanceof SnapshotFileError)) {
          throw error;
        }
        await this.setAside(name, error);
      }
    }
    return undefined;
  }

  /**
   * Renames a failing snapshot to `<name>.bad`. Not made durable: if the rename is lost in a
   * crash the file fails again and is set aside again.
   */
  private async setAside(name: string, error: SnapshotFileError): Promise<void> {
    const file = path.join(this.directory, name);
    const bad = `${file}${SNAPSHOT_BAD_SUFFIX}`;
    await this.fileSystem.rename(file, bad);
    this.options.onWarning?.(
      `snapshot ${file} failed its checks (${error.problem} at byte offset ${error.offsetBytes}) and was set aside as ${bad}; using the next older snapshot: ${error.message}`,
    );
  }

  /**
   * Deletes leftover temporary files once, before the first read or write; concurrent callers
   * share the one removal. A failed removal is tried again by the next caller. Not made
   * durable: a removal lost in a crash is done again on the next open.
   */
  private cleanUpOnce(): Promise<void> {
    this.cleanup ??= this.removeLeftovers().catch((error: unknown) => {
      this.cleanup = undefined;
      throw error;
    });
    return this.cleanup;
  }

  private async removeLeftovers(): Promise<void> {
    for (const name of this.names()) {
      if (!TEMPORARY_PATTERN.test(name)) {
        continue;
      }
      const file = path.join(this.directory, name);
      await removeIfPresent(this.fileSystem, file);
      this.options.onWarning?.(
        `removed ${file}: a snapshot whose writing never completed (${SNAPSHOT_TEMPORARY_SUFFIX} leftover, e.g. from a crash)`,
      );
    }
  }
}
