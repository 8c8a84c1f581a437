/**
 * The small file-system interface the storage layer reaches the disk through. Production uses
 * NodeFileSystem; tests wrap it (FaultyFileSystem in test/) to inject short writes, fsync
 * failures and full disks without a real broken disk.
 *
 * Reads are synchronous (the Raft core reads its log synchronously, as etcd's Storage does);
 * writes, syncs and directory operations return promises so that group commit can gather
 * appends while an fdatasync is in flight. An implementation may finish a write before its
 * promise is returned (NodeFileSystem's "event-loop" durable writes): callers never rely on
 * anything happening while a write is in flight, only on its promise.
 *
 * RaftNode reaches its data directory only through this interface (its log, snapshots, the
 * incarnation file and snapshots received from the leader), so a simulator can run whole
 * nodes over an in-memory implementation (docs/architecture.md, "The disk").
 *
 * Errors: a failing call throws (or rejects with) an Error whose `code` is the errno name, as
 * node:fs does. Callers rely on these codes:
 * - ENOENT: `openSync` in mode read, readWrite or readWriteDurable of a missing file,
 *   `readdirSync` of a missing directory, `unlink` of a missing file, `rename` of a missing
 *   source;
 * - EEXIST: `openSync` in mode createExclusive of a name that exists.
 */
import fs from "node:fs";
import path from "node:path";
import fsExtra from "fs-extra";

export interface FileHandle {
  readonly path: string;
  /** Reads up to `buffer.length` bytes at `position`; returns the number read (short at EOF). */
  readSync(buffer: Uint8Array, position: number): number;
  /** Writes the buffers at `position`; may write fewer bytes than asked (returns how many). */
  writev(buffers: readonly Uint8Array[], position: number): Promise<number>;
  /** fdatasync(2): data and the metadata needed to read it back (the size) are durable. */
  datasync(): Promise<void>;
  /** fsync(2): everything, used for newly created files. */
  sync(): Promise<void>;
  truncate(lengthBytes: number): Promise<void>;
  sizeSync(): number;
  close(): Promise<void>;
  closeSync(): void;
}

/**
 * `read`: existing file, read only. `readWrite`: existing file. `createExclusive`: new file.
 * `readWriteDurable`: existing file opened with O_DSYNC, for appending to the log: every
 * write is durable when it returns (data and the size, as after an fdatasync), so a group
 * commit is one write on the I/O thread pool instead of a write and then an fdatasync (on this
 * machine's disk, 3 processes appending 4 KiB at once: p50 ~280 us against ~480 us). Its
 * datasync() costs nothing after writes alone, and is a real fdatasync after a truncate.
 */
export type OpenMode = "read" | "readWrite" | "createExclusive" | "readWriteDurable";

/**
 * Which thread runs a write to a `readWriteDurable` handle (the log's group commits):
 *
 * - "thread-pool": libuv's I/O thread pool; the event loop goes on while the disk works.
 * - "event-loop": the calling thread, which waits for the disk (`writevSync`), for writes of
 *   at most EVENT_LOOP_WRITE_BYTES_MAX; a larger one still goes to the pool. It saves the
 *   hand-off to a pool thread and back (a futex wake, the pool thread's run, an eventfd write
 *   and one more turn of the loop). On the development machine (a virtual machine, where
 *   waking another thread is dear) a 4 KiB O_DSYNC write took 114-189 us this way against
 *   194-263 us on the pool, and 47-64 us of CPU against 109-134 us; for a 304 KiB write the
 *   two were alike. The price: nothing else runs in the process until the disk answers (a
 *   node's timers and sockets wait up to one group commit), and a disk that hangs stops the
 *   whole event loop: a node stops answering its peers (a leader loses its leadership),
 *   where on the pool it would go on heartbeating with a log that cannot grow.
 *
 * The size limit bounds how long one write holds the loop: a single large entry (up to 16 MiB)
 * or a follower's catch-up batch (up to inflightBytesMax) written on the loop would hold back a
 * leader's heartbeats for a good part of an election timeout. Above ~300 KiB the hand-off is
 * a small part of the write, so the pool costs nothing there.
 *
 * Other writes (segment creation, the spare's zero-fill, snapshots) always use the pool, and
 * so do all writes where the platform has no O_DSYNC (a durable write is then a write and an
 * fdatasync).
 */
export type DurableWriteThread = "event-loop" | "thread-pool";

export const DURABLE_WRITE_THREADS: readonly DurableWriteThread[] = ["event-loop", "thread-pool"];

/**
 * The largest durable write made on the calling thread with DurableWriteThread "event-loop"
 * (256 KiB: at ~400 MB/s about 0.65 ms of the loop); larger ones go to the pool.
 */
export const EVENT_LOOP_WRITE_BYTES_MAX = 256 * 1024;

export interface FileSystem {
  openSync(path: string, mode: OpenMode): FileHandle;
  /** The names in `directory` (not paths), in no particular order; ENOENT when it is missing. */
  readdirSync(directory: string): string[];
  /** Creates `directory` and its missing parents; nothing when it exists. */
  ensureDirectory(directory: string): Promise<void>;
  /** rename(2): moves `from` to `to` (same file system), atomically replacing `to`. */
  rename(from: string, to: string): Promise<void>;
  /** Removes a file (ENOENT when it is missing). */
  unlink(path: string): Promise<void>;
  /** fsync(2) on the directory, making creations, renames and unlinks in it durable. */
  syncDirectory(directory: string): Promise<void>;
  /** Writes a whole new file durably (temporary name + fsync + rename + directory fsync). */
  writeFileDurably(path: string, data: Uint8Array): Promise<void>;
  /**
   * Bytes this process may still write on the file system holding `directory` (statfs(2):
   * available blocks x block size). Optional: without it, the log assumes there is room to
   * preallocate segments.
   */
  freeBytes?(directory: string): Promise<number>;
}

/** True when `error` is a file-system error with errno name `code` (see FileSystem). */
export function hasErrorCode(error: unknown, code: string): boolean {
  return (error as NodeJS.ErrnoException | undefined)?.code === code;
}

/** Unlinks `filePath`; a missing file counts as removed (as `rm -f` of one file). */
export async function removeIfPresent(fileSystem: FileSystem, filePath: string): Promise<void> {
  try {
    await fileSystem.unlink(filePath);
  } catch (error) {
    if (!hasErrorCode(error, "ENOENT")) throw error;
  }
}

/** O_DSYNC where the platform has it (Linux, macOS); elsewhere durable opens fall back. */
const O_DSYNC: number | undefined = fs.constants.O_DSYNC;

const OPEN_FLAGS: Record<OpenMode, string | number> = {
  read: "r",
  readWrite: "r+",
  createExclusive: "wx+",
  // Without O_DSYNC a durable open is a plain read-write one whose datasync() really syncs.
  readWriteDurable: O_DSYNC === undefined ? "r+" : fs.constants.O_RDWR | O_DSYNC,
};

function totalBytes(buffers: readonly Uint8Array[]): number {
  let bytes = 0;
  for (const buffer of buffers) bytes += buffer.byteLength;
  return bytes;
}

class NodeFileHandle implements FileHandle {
  /** Something other than a write (a truncate) happened since the last fdatasync. */
  private syncNeeded = false;

  constructor(
    readonly path: string,
    private readonly fd: number,
    /** Opened with O_DSYNC: writes are durable on return (see OpenMode). */
    private readonly writesDurable: boolean,
    /** Durable writes run on the calling thread (DurableWriteThread "event-loop"). */
    private readonly writesOnCaller: boolean,
  ) {}

  readSync(buffer: Uint8Array, position: number): number {
    let total = 0;
    // Bounded: each pass reads at least one byte or stops at EOF.
    while (total < buffer.length) {
      const got = fs.readSync(this.fd, buffer, total, buffer.length - total, position + total);
      if (got === 0) {
        break;
      }
      total += got;
    }
    return total;
  }

  writev(buffers: readonly Uint8Array[], position: number): Promise<number> {
    if (this.writesOnCaller && totalBytes(buffers) <= EVENT_LOOP_WRITE_BYTES_MAX) {
      // Settled like the pool's write: errors reject, they never throw from the call.
      try {
        return Promise.resolve(fs.writevSync(this.fd, buffers as Uint8Array[], position));
      } catch (error) {
        return Promise.reject(error);
      }
    }
    return new Promise((resolve, reject) => {
      fs.writev(this.fd, buffers as Uint8Array[], position, (error, written) =>
        error ? reject(error) : resolve(written),
      );
    });
  }

  datasync(): Promise<void> {
    if (this.writesDurable && !this.syncNeeded) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      fs.fdatasync(this.fd, (error) => {
        if (error) {
          reject(error);
          return;
        }
        this.syncNeeded = false;
        resolve();
      });
    });
  }

  sync(): Promise<void> {
    return new Promise((resolve, reject) => {
      fs.fsync(this.fd, (error) => (error ? reject(error) : resolve()));
    });
  }

  truncate(lengthBytes: number): Promise<void> {
    this.syncNeeded = true;
    return new Promise((resolve, reject) => {
      fs.ftruncate(this.fd, lengthBytes, (error) => (error ? reject(error) : resolve()));
    });
  }

  sizeSync(): number {
    return fs.fstatSync(this.fd).size;
  }

  close(): Promise<void> {
    return new Promise((resolve, reject) => {
      fs.close(this.fd, (error) => (error ? reject(error) : resolve()));
    });
  }

  closeSync(): void {
    fs.closeSync(this.fd);
  }
}

export interface NodeFileSystemOptions {
  /** Where writes to durable handles run (DurableWriteThread); default "thread-pool". */
  durableWriteThread?: DurableWriteThread;
}

export class NodeFileSystem implements FileSystem {
  readonly durableWriteThread: DurableWriteThread;

  constructor(options: NodeFileSystemOptions = {}) {
    this.durableWriteThread = options.durableWriteThread ?? "thread-pool";
  }

  openSync(filePath: string, mode: OpenMode): FileHandle {
    const writesDurable = mode === "readWriteDurable" && O_DSYNC !== undefined;
    return new NodeFileHandle(
      filePath,
      fs.openSync(filePath, OPEN_FLAGS[mode], 0o644),
      writesDurable,
      writesDurable && this.durableWriteThread === "event-loop",
    );
  }

  readdirSync(directory: string): string[] {
    return fs.readdirSync(directory);
  }

  ensureDirectory(directory: string): Promise<void> {
    return fsExtra.ensureDir(directory);
  }

  rename(from: string, to: string): Promise<void> {
    return fs.promises.rename(from, to);
  }

  unlink(filePath: string): Promise<void> {
    return fs.promises.unlink(filePath);
  }

  async syncDirectory(directory: string): Promise<void> {
    const handle = await fs.promises.open(directory, "r");
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  }

  async freeBytes(directory: string): Promise<number> {
    const stats = await fs.promises.statfs(directory);
    return stats.bavail * stats.bsize;
  }

  async writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    const temporary = `${filePath}.tmp`;
    const handle = await fs.promises.open(temporary, "w", 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.rename(temporary, filePath);
    await this.syncDirectory(path.dirname(filePath));
  }
}
