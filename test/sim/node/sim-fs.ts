/**
 * SimFileSystem: a deterministic, in-memory FileSystem (src/storage/fs.ts) for the whole-node
 * simulator, modelled on the Linux page cache, with power loss, injected errors, a full disk
 * and bit rot. Every random choice comes from the seeded source it is given, and every
 * asynchronous step completes through the simulator's event queue, so a seed replays a run
 * byte for byte.
 *
 * What a process sees (the page cache): every write, truncate, create, rename and unlink so
 * far, synced or not. Reads, sizes and directory listings are synchronous and act at once.
 *
 * What survives a power loss (`crash()`), per the disk assumptions of segments/FORMAT.md
 * ("Writing"):
 * - file data: a file's durable content is what its last completed datasync()/sync() covered.
 *   A write through a handle opened "readWriteDurable" (O_DSYNC) is durable once its promise
 *   resolves (it flushes the file's earlier unsynced writes too: stronger than Linux, which
 *   flushes only the written range). Unsynced writes and truncates are, per file, all lost,
 *   all kept, or torn: an in-order prefix of them kept, then possibly one write partly landed
 *   in 512-byte sectors (earlier sectors only, later sectors only, or any subset);
 * - directory entries: a create, rename or unlink is durable once syncDirectory() of its
 *   directory completes (both directories for a rename; the rename is atomic). Each one not yet
 *   durable is independently kept or reverted at a crash. A name refers to a file (an inode):
 *   a kept rename of a file whose create was reverted still names the file;
 * - directories: ensureDirectory() creates them durably at once (not modelled further).
 *
 * Timing: a mutation (write, truncate, create, rename, unlink) changes the page cache when it
 * is called and its promise resolves `latencyMs` later; a flush (datasync, sync, syncDirectory)
 * makes durable, when it completes, what was in the cache when it was called. A crash between
 * the two is therefore a crash with the operation issued but not acknowledged. Errors (a
 * missing file, an injected fault) are decided at the call and delivered at the completion.
 *
 * A crash cancels every pending completion of this file system (its promise never settles:
 * the process is gone) and invalidates every open handle (EBADF from then on). The same
 * instance then serves the next process, showing only the durable state. `killProcess()` is
 * the milder event: the process dies, the kernel and its page cache survive.
 *
 * Paths are POSIX paths; relative ones are taken from "/". Errors look like Node's
 * (`code`, `errno`, `syscall`, `path`): callers branch on `code`.
 *
 * Known simplifications: renaming a directory is not modelled (throws); a truncate that
 * grows a file takes no room (sparse); a failed syncDirectory makes nothing durable; a failed
 * fsync is modelled as Linux does it (the
 * flushed pages are marked clean: a random part of the pending writes reached the disk, the
 * rest never will, while reads still see them).
 */
import path from "node:path";
import { SeededRandom } from "../../../src/raft/index.js";
import type { FileHandle, FileSystem, OpenMode } from "../../../src/storage/fs.js";

/** The seeded random source the file system draws every choice from. */
export interface SimRandom {
  /** A uniformly distributed integer in [0, maxExclusive); maxExclusive >= 1. */
  int(maxExclusive: number): number;
  /** True with probability p. */
  chance(p: number): boolean;
}

/** A SimRandom from a seed (xoshiro128**, src/raft/random.ts). */
export function seededSimRandom(seed: number): SimRandom {
  return simRandomFrom(new SeededRandom(seed));
}

/** A SimRandom drawing from an existing source (a simulator's SeededRandom, shared). */
export function simRandomFrom(source: {
  nextInt(maxExclusive: number): number;
  chance(p: number): boolean;
}): SimRandom {
  return {
    int: (maxExclusive) => source.nextInt(maxExclusive),
    chance: (p) => source.chance(p),
  };
}

/** Virtual milliseconds from an asynchronous operation's call to its completion. */
export interface SimLatencyMs {
  /** writev; an O_DSYNC write takes write + sync. */
  write: number;
  /** fsync / fdatasync of a file. */
  sync: number;
  truncate: number;
  close: number;
  rename: number;
  unlink: number;
  /** fsync of a directory. */
  syncDirectory: number;
  ensureDirectory: number;
  freeBytes: number;
}

export const SIM_LATENCY_MS_DEFAULTS: Readonly<SimLatencyMs> = Object.freeze({
  write: 0.05,
  sync: 0.5,
  truncate: 0.05,
  close: 0.01,
  rename: 0.05,
  unlink: 0.05,
  syncDirectory: 0.5,
  ensureDirectory: 0.05,
  freeBytes: 0.01,
});

export interface SimFileSystemOptions {
  random: SimRandom;
  /**
   * Runs `run` after `delayMs` of virtual time (the simulator's event queue). It may return a
   * function that cancels the event (Scheduler.after does): a crash then removes this file
   * system's pending completions from the queue instead of leaving them to run as no-ops.
   */
  schedule: (delayMs: number, run: () => void) => unknown;
  latencyMs?: Partial<SimLatencyMs>;
  /** Bytes the disk holds (default: unlimited). Writes that would need more fail ENOSPC. */
  capacityBytes?: number;
}

/** Operations failNext can make fail. "sync" is fsync and fdatasync of a file. */
export type SimFsOperation =
  | "open"
  | "read"
  | "write"
  | "sync"
  | "truncate"
  | "close"
  | "readdir"
  | "ensureDirectory"
  | "rename"
  | "unlink"
  | "syncDirectory"
  | "freeBytes";

export type SimErrorCode = "EIO" | "ENOSPC";

/** What a crash did: for traces and failure reports. */
export interface SimCrashReport {
  /** Files (by durable path) that had unsynced writes or truncates, and what became of them. */
  files: SimCrashFile[];
  /** Directory operations that were not durable, in order, kept or reverted. */
  directoryOperations: Array<{ operation: string; kept: boolean }>;
}

export interface SimCrashFile {
  path: string;
  fate: "dropped" | "kept" | "torn";
  /** Unsynced writes and truncates the file had. */
  pending: number;
  /** Of them, landed whole (an in-order prefix). */
  landed: number;
  /** A torn fate's partly landed write: its sectors landed and in all. */
  tornWrite?: { style: TearStyle; sectorsLanded: number; sectors: number };
}

type TearStyle = "earlier-sectors" | "later-sectors" | "any-sectors";

const SECTOR_BYTES = 512;

// ---- Node-style errors ---------------------------------------------------------------------

const ERRNO: Readonly<Record<string, readonly [number, string]>> = {
  ENOENT: [-2, "no such file or directory"],
  EIO: [-5, "i/o error"],
  EBADF: [-9, "bad file descriptor"],
  EEXIST: [-17, "file already exists"],
  ENOTDIR: [-20, "not a directory"],
  EISDIR: [-21, "illegal operation on a directory"],
  EINVAL: [-22, "invalid argument"],
  ENOSPC: [-28, "no space left on device"],
  ENOTEMPTY: [-39, "directory not empty"],
};

/** An error shaped like Node's fs errors: `ENOENT: no such file or directory, open '/a'`. */
export function errnoError(
  code: string,
  syscall: string,
  filePath?: string,
  destination?: string,
): NodeJS.ErrnoException & { dest?: string } {
  const [errno, description] = ERRNO[code] ?? [-5, "i/o error"];
  let message = `${code}: ${description}, ${syscall}`;
  if (filePath !== undefined) message += ` '${filePath}'`;
  if (destination !== undefined) message += ` -> '${destination}'`;
  const error: NodeJS.ErrnoException & { dest?: string } = new Error(message);
  error.errno = errno;
  error.code = code;
  error.syscall = syscall;
  if (filePath !== undefined) error.path = filePath;
  if (destination !== undefined) error.dest = destination;
  return error;
}

// ---- file contents -------------------------------------------------------------------------

/** A growable byte array. Invariant: every byte of `data` at or after `size` is zero. */
class Bytes {
  constructor(
    private data: Uint8Array = new Uint8Array(0),
    public size: number = data.length,
  ) {}

  clone(): Bytes {
    return new Bytes(this.data.slice(0, this.size));
  }

  view(): Uint8Array {
    return this.data.subarray(0, this.size);
  }

  read(buffer: Uint8Array, position: number): number {
    if (position >= this.size) return 0;
    const count = Math.min(buffer.length, this.size - position);
    buffer.set(this.data.subarray(position, position + count), 0);
    return count;
  }

  write(position: number, bytes: Uint8Array): void {
    const end = position + bytes.length;
    this.reserve(end);
    this.data.set(bytes, position);
    this.size = Math.max(this.size, end);
  }

  truncate(length: number): void {
    if (length < this.size) {
      this.data.fill(0, length, this.size);
    } else {
      this.reserve(length);
    }
    this.size = length;
  }

  flipBit(offset: number, bit: number): void {
    this.data[offset] = (this.data[offset] as number) ^ (1 << bit);
  }

  private reserve(length: number): void {
    if (length <= this.data.length) return;
    const grown = new Uint8Array(Math.max(length, this.data.length * 2, 256));
    grown.set(this.data.subarray(0, this.size), 0);
    this.data = grown;
  }
}

/** A write or truncate in the page cache, not yet durable. */
type PendingChange =
  | { sequence: number; kind: "write"; position: number; bytes: Uint8Array }
  | { sequence: number; kind: "truncate"; length: number };

/** A file: what a read sees (the cache) and what survives power loss (durable). */
class Inode {
  cache = new Bytes();
  durable = new Bytes();
  /** Changes in the cache and not in `durable`, oldest first. */
  pending: PendingChange[] = [];
}

// ---- the namespace -------------------------------------------------------------------------

type Entry = { kind: "file"; inode: Inode } | { kind: "directory" };

/** Directories by normalized path, each with its entries by name. */
class Namespace {
  readonly directories = new Map<string, Map<string, Entry>>([["/", new Map()]]);

  clone(): Namespace {
    const copy = new Namespace();
    copy.directories.clear();
    for (const [directory, entries] of this.directories) {
      copy.directories.set(directory, new Map(entries));
    }
    return copy;
  }

  /** Every file, by path, sorted. */
  files(): Array<[string, Inode]> {
    const files: Array<[string, Inode]> = [];
    for (const [directory, entries] of this.directories) {
      for (const [name, entry] of entries) {
        if (entry.kind === "file") files.push([path.posix.join(directory, name), entry.inode]);
      }
    }
    return files.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  }

  entry(normalized: string): Entry | undefined {
    if (normalized === "/") return { kind: "directory" };
    return this.directories
      .get(path.posix.dirname(normalized))
      ?.get(path.posix.basename(normalized));
  }

  /** Removes a directory and everything under it. */
  removeTree(normalized: string): void {
    this.directories.get(path.posix.dirname(normalized))?.delete(path.posix.basename(normalized));
    const prefix = `${normalized}/`;
    for (const directory of [...this.directories.keys()]) {
      if (directory === normalized || directory.startsWith(prefix)) {
        this.directories.delete(directory);
      }
    }
  }
}

/**
 * A create, rename or unlink not yet durable: its effect on directory entries, by inode (so
 * that applying a subset of them in order stays meaningful). `remove` removes the entry only
 * if it still names that file.
 */
interface DirectoryOperation {
  sequence: number;
  description: string;
  changes: Array<{ directory: string; name: string; set?: Inode; remove?: Inode }>;
}

/** One open file description (what a FileHandle wraps). */
interface OpenFile {
  readonly path: string;
  readonly inode: Inode;
  readonly mode: OpenMode | "createOrTruncate";
  readonly generation: number;
  closed: boolean;
  /** As NodeFileHandle: something other than a write happened since the last datasync. */
  syncNeeded: boolean;
}

interface FaultRule {
  operation: SimFsOperation;
  code: SimErrorCode;
  remaining: number;
  match: ((filePath: string) => boolean) | undefined;
}

function normalize(filePath: string): string {
  return path.posix.resolve("/", filePath);
}

function concatenate(buffers: readonly Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length);
  let offset = 0;
  for (const buffer of buffers) {
    if (offset >= length) break;
    const part = buffer.subarray(0, length - offset);
    bytes.set(part, offset);
    offset += part.length;
  }
  return bytes;
}

export class SimFileSystem implements FileSystem {
  protected readonly random: SimRandom;
  protected readonly latency: SimLatencyMs;
  private readonly scheduleRun: SimFileSystemOptions["schedule"];
  /** Cancellers of the pending completions (when `schedule` returns them). */
  private readonly pendingCompletions = new Set<() => void>();
  private capacity: number;
  /** The namespace the running process sees. */
  protected cached = new Namespace();
  /** The namespace a mount after power loss sees (before the crash's random choices). */
  protected durable = new Namespace();
  protected pendingDirectoryOperations: DirectoryOperation[] = [];
  private readonly openFiles = new Set<OpenFile>();
  private faults: FaultRule[] = [];
  /** Bumped by crash, killProcess and wipe: completions and handles of older ones are dead. */
  private generation = 0;
  /** Orders pending changes and directory operations. */
  private sequence = 0;

  constructor(options: SimFileSystemOptions) {
    this.random = options.random;
    this.scheduleRun = options.schedule;
    this.latency = { ...SIM_LATENCY_MS_DEFAULTS, ...options.latencyMs };
    this.capacity = options.capacityBytes ?? Number.POSITIVE_INFINITY;
  }

  // ---- FileSystem ---------------------------------------------------------------------------

  openSync(filePath: string, mode: OpenMode): FileHandle {
    return this.open(filePath, mode);
  }

  readdirSync(directory: string): string[] {
    this.throwFault("readdir", directory, "scandir");
    const entries = this.directoryEntries(this.cached, normalize(directory), "scandir", directory);
    return [...entries.keys()].sort();
  }

  /** mkdir -p, durable at once (directories are not modelled further). */
  ensureDirectory(directory: string): Promise<void> {
    return this.step(this.latency.ensureDirectory, () => {
      this.throwFault("ensureDirectory", directory, "mkdir");
      this.makeDirectories(normalize(directory), directory);
      return () => undefined;
    });
  }

  rename(from: string, to: string): Promise<void> {
    return this.step(this.latency.rename, () => {
      this.throwFault("rename", from, "rename", to);
      this.renameNow(from, to);
      return () => undefined;
    });
  }

  unlink(filePath: string): Promise<void> {
    return this.step(this.latency.unlink, () => {
      this.throwFault("unlink", filePath, "unlink");
      this.unlinkNow(filePath);
      return () => undefined;
    });
  }

  syncDirectory(directory: string): Promise<void> {
    return this.step(this.latency.syncDirectory, () => {
      this.throwFault("syncDirectory", directory, "fsync");
      const normalized = normalize(directory);
      this.directoryEntries(this.cached, normalized, "open", directory);
      const upTo = this.sequence;
      return () => this.makeDirectoryDurable(normalized, upTo);
    });
  }

  /** As NodeFileSystem: `<path>.tmp` created or truncated, written, fsync'd, renamed, dir fsync. */
  async writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    const temporary = `${filePath}.tmp`;
    const handle = this.open(temporary, "createOrTruncate");
    try {
      let written = 0;
      // Bounded: each pass writes at least one byte (a full disk rejects).
      while (written < data.length) {
        written += await handle.writev([data.subarray(written)], written);
      }
      await handle.sync();
    } finally {
      await handle.close();
    }
    await this.rename(temporary, filePath);
    await this.syncDirectory(path.posix.dirname(normalize(filePath)));
  }

  /** statfs: capacity minus the sizes of the files (unlinked but open ones too). */
  freeBytes(directory: string): Promise<number> {
    return this.step(this.latency.freeBytes, () => {
      this.throwFault("freeBytes", directory, "statfs");
      this.directoryEntries(this.cached, normalize(directory), "statfs", directory);
      const free = this.freeBytesNow();
      return () => (Number.isFinite(free) ? free : Number.MAX_SAFE_INTEGER);
    });
  }

  // ---- synchronous extras (a FileSystem interface may grow these) ---------------------------

  /** Whether a file or directory exists (as the process sees it). */
  existsSync(filePath: string): boolean {
    return this.cached.entry(normalize(filePath)) !== undefined;
  }

  /**
   * As fs.rmSync(path, { force: true, recursive }): a missing path is no error; a file is
   * unlinked (durable at the directory's next syncDirectory, as unlink); a directory needs
   * `recursive` (else EISDIR) and is removed with its contents durably at once.
   */
  removeSync(filePath: string, options: { recursive?: boolean } = {}): void {
    const normalized = normalize(filePath);
    const entry = this.cached.entry(normalized);
    if (entry === undefined) return;
    if (entry.kind === "file") {
      this.unlinkNow(filePath);
      return;
    }
    if (options.recursive !== true) throw errnoError("EISDIR", "rm", filePath);
    if (normalized === "/") throw errnoError("EINVAL", "rm", filePath);
    this.cached.removeTree(normalized);
    this.durable.removeTree(normalized);
  }

  /** rename(2) at once: as rename(), durable at syncDirectory. */
  renameSync(from: string, to: string): void {
    this.throwFault("rename", from, "rename", to);
    this.renameNow(from, to);
  }

  // ---- the simulator's controls --------------------------------------------------------------

  /**
   * Power loss: see the module comment. Pending completions never settle, handles are dead,
   * and the file system now shows what survived (the same instance serves the next process).
   */
  crash(): SimCrashReport {
    this.killProcess();
    const directoryOperations: SimCrashReport["directoryOperations"] = [];
    for (const operation of this.pendingDirectoryOperations) {
      const kept = this.random.chance(0.5);
      if (kept) this.applyDirectoryOperation(operation);
      directoryOperations.push({ operation: operation.description, kept });
    }
    this.pendingDirectoryOperations = [];
    const files: SimCrashFile[] = [];
    const seen = new Set<Inode>();
    for (const [filePath, inode] of this.durable.files()) {
      if (seen.has(inode)) continue;
      seen.add(inode);
      if (inode.pending.length > 0) {
        files.push({ path: filePath, ...this.landRandomly(inode, inode.pending) });
      }
      inode.pending = [];
      inode.cache = inode.durable.clone();
    }
    this.cached = this.durable.clone();
    return { files, directoryOperations };
  }

  /**
   * The process dies, the machine does not: pending completions never settle and open handles
   * are dead, but the page cache (everything written, synced or not) stays, as after SIGKILL.
   */
  killProcess(): void {
    this.generation++;
    this.openFiles.clear();
    for (const cancel of this.pendingCompletions) cancel();
    this.pendingCompletions.clear();
  }

  /** A new, empty disk (same capacity): everything is gone, faults are cleared. */
  wipe(): void {
    this.killProcess();
    this.cached = new Namespace();
    this.durable = new Namespace();
    this.pendingDirectoryOperations = [];
    this.faults = [];
  }

  /**
   * The next `count` calls of `operation` (on a path `match` accepts: a suffix, or a
   * predicate) fail with `code`, at their completion, having changed nothing. Rules queue up;
   * the oldest matching rule is used first.
   */
  failNext(
    operation: SimFsOperation,
    code: SimErrorCode,
    count = 1,
    match?: string | ((filePath: string) => boolean),
  ): void {
    if (!Number.isSafeInteger(count) || count < 1) {
      throw new RangeError(`failNext: count must be an integer >= 1, got ${count}`);
    }
    const predicate =
      typeof match === "string" ? (filePath: string) => filePath.endsWith(match) : match;
    this.faults.push({ operation, code, remaining: count, match: predicate });
  }

  /** Forgets every fault rule not yet used. */
  clearFaults(): void {
    this.faults = [];
  }

  get capacityBytes(): number {
    return this.capacity;
  }

  /** A new capacity (Infinity: unlimited); files already past it stay. */
  setCapacityBytes(capacityBytes: number): void {
    this.capacity = capacityBytes;
  }

  /** Sizes of the files the process sees, and of unlinked files still open. */
  usedBytes(): number {
    const inodes = new Set<Inode>();
    for (const [, inode] of this.cached.files()) inodes.add(inode);
    for (const file of this.openFiles) inodes.add(file.inode);
    let used = 0;
    for (const inode of inodes) used += inode.cache.size;
    return used;
  }

  /**
   * Bit rot: flips one random bit of the file's durable bytes in [fromByte, toByte) (default:
   * the whole durable content), and the same bit in the cache (as a later read from the
   * medium would see it). Returns where.
   */
  flipBit(
    filePath: string,
    range: { fromByte?: number; toByte?: number } = {},
  ): { offsetBytes: number; bit: number } {
    const inode = this.fileInode(this.durable, filePath, "open");
    const from = Math.max(0, range.fromByte ?? 0);
    const to = Math.min(inode.durable.size, range.toByte ?? inode.durable.size);
    if (to <= from) {
      throw new RangeError(
        `flipBit: ${filePath} has no durable bytes in [${from}, ${to}) (durable size ${inode.durable.size})`,
      );
    }
    const offsetBytes = from + this.random.int(to - from);
    const bit = this.random.int(8);
    inode.durable.flipBit(offsetBytes, bit);
    if (offsetBytes < inode.cache.size) inode.cache.flipBit(offsetBytes, bit);
    return { offsetBytes, bit };
  }

  /** The file's bytes as a read sees them (a copy), for handing a file to another node. */
  copyFileOut(filePath: string): Uint8Array {
    return this.fileInode(this.cached, filePath, "open").cache.view().slice();
  }

  /**
   * Puts a file received from another node (see copyFileOut) on this disk through the normal
   * asynchronous path, durably: the parent directory ensured, then as writeFileDurably
   * (`<path>.tmp`, write, fsync, rename, directory fsync), each step a scheduled completion
   * that a crash may precede, and subject to injected faults and the capacity like any write.
   * Resolves once the file is durable under its name.
   */
  async writeFileIn(filePath: string, bytes: Uint8Array): Promise<void> {
    await this.ensureDirectory(path.posix.dirname(normalize(filePath)));
    await this.writeFileDurably(filePath, bytes);
  }

  /** The bytes a crash that lost everything unsynced would leave, or undefined (no such file). */
  durableFileBytes(filePath: string): Uint8Array | undefined {
    const entry = this.durable.entry(normalize(filePath));
    return entry?.kind === "file" ? entry.inode.durable.view().slice() : undefined;
  }

  /** Every file the process sees, sorted (paths as normalized). */
  files(): string[] {
    return this.cached.files().map(([filePath]) => filePath);
  }

  // ---- handles -------------------------------------------------------------------------------

  protected open(filePath: string, mode: OpenMode | "createOrTruncate"): FileHandle {
    const normalized = normalize(filePath);
    this.throwFault("open", filePath, "open");
    if (normalized === "/") throw errnoError("EISDIR", "open", filePath);
    const entries = this.directoryEntries(
      this.cached,
      path.posix.dirname(normalized),
      "open",
      filePath,
    );
    const name = path.posix.basename(normalized);
    const entry = entries.get(name);
    let inode: Inode;
    if (entry?.kind === "directory") {
      throw errnoError(mode === "createExclusive" ? "EEXIST" : "EISDIR", "open", filePath);
    }
    if (entry === undefined) {
      if (mode !== "createExclusive" && mode !== "createOrTruncate") {
        throw errnoError("ENOENT", "open", filePath);
      }
      inode = new Inode();
      entries.set(name, { kind: "file", inode });
      this.recordDirectoryOperation(`create ${normalized}`, [
        { directory: path.posix.dirname(normalized), name, set: inode },
      ]);
    } else {
      if (mode === "createExclusive") throw errnoError("EEXIST", "open", filePath);
      inode = entry.inode;
      if (mode === "createOrTruncate") this.changeTruncate(inode, 0);
    }
    const file: OpenFile = {
      path: filePath,
      inode,
      mode,
      generation: this.generation,
      closed: false,
      syncNeeded: false,
    };
    this.openFiles.add(file);
    return {
      path: filePath,
      readSync: (buffer, position) => this.readFile(file, buffer, position),
      writev: (buffers, position) => this.writeFile(file, buffers, position),
      datasync: () => this.flushFile(file, "fdatasync"),
      sync: () => this.flushFile(file, "fsync"),
      truncate: (lengthBytes) => this.truncateFile(file, lengthBytes),
      sizeSync: () => {
        this.checkOpen(file, "fstat");
        return inode.cache.size;
      },
      close: () => this.closeFile(file),
      closeSync: () => {
        this.checkOpen(file, "close");
        this.release(file);
      },
    };
  }

  private readFile(file: OpenFile, buffer: Uint8Array, position: number): number {
    this.checkOpen(file, "read");
    this.throwFault("read", file.path, "read");
    return file.inode.cache.read(buffer, position);
  }

  private writeFile(
    file: OpenFile,
    buffers: readonly Uint8Array[],
    position: number,
  ): Promise<number> {
    const durable = file.mode === "readWriteDurable";
    const latency = this.latency.write + (durable ? this.latency.sync : 0);
    return this.step(latency, () => {
      this.checkOpen(file, "write");
      if (file.mode === "read") throw errnoError("EBADF", "write", file.path);
      this.throwFault("write", file.path, "write");
      const total = buffers.reduce((sum, buffer) => sum + buffer.length, 0);
      const inode = file.inode;
      let count = total;
      if (position + total > inode.cache.size) {
        // Growth past the capacity: a short write, or ENOSPC when not one byte fits.
        const allowedEnd = inode.cache.size + this.freeBytesNow();
        if (total > 0 && position >= allowedEnd) throw errnoError("ENOSPC", "write", file.path);
        count = Math.min(total, allowedEnd - position);
      }
      if (count > 0) this.changeWrite(inode, position, concatenate(buffers, count));
      const upTo = this.sequence;
      return () => {
        if (durable) this.land(inode, upTo);
        return count;
      };
    });
  }

  private flushFile(file: OpenFile, syscall: "fsync" | "fdatasync"): Promise<void> {
    if (
      syscall === "fdatasync" &&
      file.mode === "readWriteDurable" &&
      !file.syncNeeded &&
      file.generation === this.generation &&
      !file.closed
    ) {
      // As NodeFileHandle: after O_DSYNC writes alone there is nothing to flush.
      return this.step(0, () => () => undefined);
    }
    return this.step(this.latency.sync, () => {
      this.checkOpen(file, syscall);
      const inode = file.inode;
      const upTo = this.sequence;
      const fault = this.takeFault("sync", file.path);
      if (fault !== undefined) {
        return () => {
          this.failFlush(inode, upTo);
          throw errnoError(fault, syscall, file.path);
        };
      }
      return () => {
        this.land(inode, upTo);
        if (syscall === "fdatasync") file.syncNeeded = false;
      };
    });
  }

  private truncateFile(file: OpenFile, lengthBytes: number): Promise<void> {
    return this.step(this.latency.truncate, () => {
      this.checkOpen(file, "ftruncate");
      if (file.mode === "read") throw errnoError("EINVAL", "ftruncate", file.path);
      if (!Number.isSafeInteger(lengthBytes) || lengthBytes < 0) {
        throw errnoError("EINVAL", "ftruncate", file.path);
      }
      this.throwFault("truncate", file.path, "ftruncate");
      file.syncNeeded = true;
      this.changeTruncate(file.inode, lengthBytes);
      return () => undefined;
    });
  }

  private closeFile(file: OpenFile): Promise<void> {
    return this.step(this.latency.close, () => {
      this.checkOpen(file, "close");
      this.release(file);
      // close(2) releases the descriptor even when it reports an error.
      this.throwFault("close", file.path, "close");
      return () => undefined;
    });
  }

  private release(file: OpenFile): void {
    file.closed = true;
    this.openFiles.delete(file);
  }

  private checkOpen(file: OpenFile, syscall: string): void {
    if (file.generation !== this.generation) {
      const error = errnoError("EBADF", syscall, file.path);
      error.message += " (opened before the simulated process died)";
      throw error;
    }
    if (file.closed) throw errnoError("EBADF", syscall, file.path);
  }

  // ---- file data -----------------------------------------------------------------------------

  private changeWrite(inode: Inode, position: number, bytes: Uint8Array): void {
    inode.cache.write(position, bytes);
    inode.pending.push({ sequence: ++this.sequence, kind: "write", position, bytes });
  }

  private changeTruncate(inode: Inode, length: number): void {
    inode.cache.truncate(length);
    inode.pending.push({ sequence: ++this.sequence, kind: "truncate", length });
  }

  /** Makes the inode's changes up to sequence `upTo` durable, in order. */
  private land(inode: Inode, upTo: number): void {
    let count = 0;
    for (const change of inode.pending) {
      if (change.sequence > upTo) break;
      applyChange(inode.durable, change);
      count++;
    }
    if (count > 0) inode.pending = inode.pending.slice(count);
  }

  /**
   * A failed fsync, as Linux handles one: the pages it was flushing are marked clean whatever
   * reached the disk (a random part of them), so those changes never become durable later.
   */
  private failFlush(inode: Inode, upTo: number): void {
    const flushing = inode.pending.filter((change) => change.sequence <= upTo);
    this.landRandomly(inode, flushing);
    inode.pending = inode.pending.slice(flushing.length);
  }

  /** Lands all, none, or a torn part of `changes` (the oldest pending ones) on the disk. */
  private landRandomly(
    inode: Inode,
    changes: readonly PendingChange[],
  ): Omit<SimCrashFile, "path"> {
    const pending = changes.length;
    if (pending === 0) return { fate: "kept", pending, landed: 0 };
    const fate = this.random.int(3);
    if (fate === 0) return { fate: "dropped", pending, landed: 0 };
    if (fate === 1) {
      for (const change of changes) applyChange(inode.durable, change);
      return { fate: "kept", pending, landed: pending };
    }
    const landed = this.random.int(pending);
    for (const change of changes.slice(0, landed)) applyChange(inode.durable, change);
    const torn = changes[landed] as PendingChange;
    if (torn.kind === "truncate") {
      const applied = this.random.chance(0.5);
      if (applied) applyChange(inode.durable, torn);
      return { fate: "torn", pending, landed: landed + (applied ? 1 : 0) };
    }
    return { fate: "torn", pending, landed, tornWrite: this.tearWrite(inode.durable, torn) };
  }

  /** Lands some of a write's 512-byte sectors (by file offset) and not others. */
  private tearWrite(
    durable: Bytes,
    write: { position: number; bytes: Uint8Array },
  ): NonNullable<SimCrashFile["tornWrite"]> {
    const first = Math.floor(write.position / SECTOR_BYTES);
    const end = write.position + write.bytes.length;
    const sectors = Math.max(0, Math.ceil(end / SECTOR_BYTES) - first);
    const style = (["earlier-sectors", "later-sectors", "any-sectors"] as const)[
      this.random.int(3)
    ] as TearStyle;
    // Earlier / later: a strict part when the write spans several sectors.
    const cut = sectors > 1 ? 1 + this.random.int(sectors - 1) : this.random.int(2);
    let sectorsLanded = 0;
    for (let sector = 0; sector < sectors; sector++) {
      let lands: boolean;
      if (style === "earlier-sectors") lands = sector < cut;
      else if (style === "later-sectors") lands = sector >= sectors - cut;
      else lands = this.random.chance(0.5);
      if (!lands) continue;
      sectorsLanded++;
      const from = Math.max(write.position, (first + sector) * SECTOR_BYTES);
      const to = Math.min(end, (first + sector + 1) * SECTOR_BYTES);
      durable.write(from, write.bytes.subarray(from - write.position, to - write.position));
    }
    return { style, sectorsLanded, sectors };
  }

  // ---- directories ---------------------------------------------------------------------------

  private renameNow(from: string, to: string): void {
    const source = normalize(from);
    const target = normalize(to);
    const sourceEntries = this.directoryEntries(
      this.cached,
      path.posix.dirname(source),
      "rename",
      from,
      to,
    );
    const entry = source === "/" ? undefined : sourceEntries.get(path.posix.basename(source));
    if (entry === undefined) throw errnoError("ENOENT", "rename", from, to);
    if (entry.kind === "directory") {
      throw new Error(`SimFileSystem does not model renaming directories (${from} -> ${to})`);
    }
    const targetEntries = this.directoryEntries(
      this.cached,
      path.posix.dirname(target),
      "rename",
      from,
      to,
    );
    const targetName = path.posix.basename(target);
    if (target === "/" || targetEntries.get(targetName)?.kind === "directory") {
      throw errnoError("EISDIR", "rename", from, to);
    }
    if (source === target) return;
    sourceEntries.delete(path.posix.basename(source));
    targetEntries.set(targetName, entry);
    this.recordDirectoryOperation(`rename ${source} -> ${target}`, [
      {
        directory: path.posix.dirname(source),
        name: path.posix.basename(source),
        remove: entry.inode,
      },
      { directory: path.posix.dirname(target), name: targetName, set: entry.inode },
    ]);
  }

  private unlinkNow(filePath: string): void {
    const normalized = normalize(filePath);
    const inode = this.fileInode(this.cached, filePath, "unlink");
    const directory = path.posix.dirname(normalized);
    const name = path.posix.basename(normalized);
    this.cached.directories.get(directory)?.delete(name);
    this.recordDirectoryOperation(`unlink ${normalized}`, [{ directory, name, remove: inode }]);
  }

  private makeDirectories(normalized: string, display: string): void {
    let current = "/";
    for (const part of normalized.split("/").filter((piece) => piece.length > 0)) {
      const next = path.posix.join(current, part);
      const existing = this.cached.directories.get(current)?.get(part);
      if (existing?.kind === "file") {
        throw errnoError(next === normalized ? "EEXIST" : "ENOTDIR", "mkdir", display);
      }
      if (existing === undefined) {
        for (const namespace of [this.cached, this.durable]) {
          namespace.directories.get(current)?.set(part, { kind: "directory" });
          if (!namespace.directories.has(next)) namespace.directories.set(next, new Map());
        }
      }
      current = next;
    }
  }

  private recordDirectoryOperation(
    description: string,
    changes: DirectoryOperation["changes"],
  ): void {
    this.pendingDirectoryOperations.push({ sequence: ++this.sequence, description, changes });
  }

  /**
   * Makes durable, in order, the operations up to `upTo` that touch `directory`, and the older
   * operations on the same files (a create in another directory that a rename here depends
   * on: one journal on a real file system commits them in order).
   */
  private makeDirectoryDurable(directory: string, upTo: number): void {
    const operations = this.pendingDirectoryOperations;
    const durable = new Set<DirectoryOperation>();
    const files = new Set<Inode>();
    // Newest first, so that an operation's dependencies are found after it.
    for (let position = operations.length - 1; position >= 0; position--) {
      const operation = operations[position] as DirectoryOperation;
      if (operation.sequence > upTo) continue;
      const touches = operation.changes.some((change) => change.directory === directory);
      const inodes = operation.changes.map((change) => (change.set ?? change.remove) as Inode);
      if (touches || inodes.some((inode) => files.has(inode))) {
        durable.add(operation);
        for (const inode of inodes) files.add(inode);
      }
    }
    for (const operation of operations) {
      if (durable.has(operation)) this.applyDirectoryOperation(operation);
    }
    this.pendingDirectoryOperations = operations.filter((operation) => !durable.has(operation));
  }

  private applyDirectoryOperation(operation: DirectoryOperation): void {
    for (const change of operation.changes) {
      const entries = this.durable.directories.get(change.directory);
      const current = entries?.get(change.name);
      if (entries === undefined || current?.kind === "directory") continue;
      if (change.set !== undefined) {
        entries.set(change.name, { kind: "file", inode: change.set });
      } else if (current !== undefined && current.inode === change.remove) {
        entries.delete(change.name);
      }
    }
  }

  /** The entries of a directory, or ENOENT / ENOTDIR as Node reports them. */
  private directoryEntries(
    namespace: Namespace,
    normalized: string,
    syscall: string,
    display: string,
    destination?: string,
  ): Map<string, Entry> {
    const entries = namespace.directories.get(normalized);
    if (entries !== undefined) return entries;
    let code = "ENOENT";
    let current = "/";
    for (const part of normalized.split("/").filter((piece) => piece.length > 0)) {
      const entry = namespace.directories.get(current)?.get(part);
      if (entry === undefined) break;
      if (entry.kind === "file") {
        code = "ENOTDIR";
        break;
      }
      current = path.posix.join(current, part);
    }
    throw errnoError(code, syscall, display, destination);
  }

  private fileInode(namespace: Namespace, filePath: string, syscall: string): Inode {
    const normalized = normalize(filePath);
    const entries = this.directoryEntries(
      namespace,
      path.posix.dirname(normalized),
      syscall,
      filePath,
    );
    const entry = normalized === "/" ? undefined : entries.get(path.posix.basename(normalized));
    if (entry === undefined) throw errnoError("ENOENT", syscall, filePath);
    if (entry.kind === "directory") throw errnoError("EISDIR", syscall, filePath);
    return entry.inode;
  }

  // ---- faults, capacity, completions -------------------------------------------------------

  private freeBytesNow(): number {
    if (!Number.isFinite(this.capacity)) return Number.POSITIVE_INFINITY;
    return Math.max(0, this.capacity - this.usedBytes());
  }

  private takeFault(operation: SimFsOperation, filePath: string): SimErrorCode | undefined {
    const rule = this.faults.find(
      (candidate) =>
        candidate.operation === operation &&
        (candidate.match === undefined || candidate.match(filePath)),
    );
    if (rule === undefined) return undefined;
    rule.remaining--;
    if (rule.remaining <= 0) this.faults.splice(this.faults.indexOf(rule), 1);
    return rule.code;
  }

  private throwFault(
    operation: SimFsOperation,
    filePath: string,
    syscall: string,
    destination?: string,
  ): void {
    const code = this.takeFault(operation, filePath);
    if (code !== undefined) throw errnoError(code, syscall, filePath, destination);
  }

  /**
   * An asynchronous operation: `now` runs at the call (checks, page-cache changes; a throw
   * becomes the rejection) and returns what runs at the completion, `delayMs` later. After a
   * crash (or killProcess, wipe) the completion never runs and the promise never settles.
   */
  protected step<T>(delayMs: number, now: () => () => T): Promise<T> {
    const generation = this.generation;
    let complete: () => T;
    try {
      complete = now();
    } catch (error) {
      complete = () => {
        throw error;
      };
    }
    return new Promise<T>((resolve, reject) => {
      let cancel: (() => void) | undefined;
      const cancelled = this.scheduleRun(delayMs, () => {
        if (cancel !== undefined) this.pendingCompletions.delete(cancel);
        if (generation !== this.generation) return;
        try {
          resolve(complete());
        } catch (error) {
          reject(error);
        }
      });
      if (typeof cancelled === "function" && generation === this.generation) {
        const canceller = cancelled as () => void;
        cancel = canceller;
        this.pendingCompletions.add(canceller);
      }
    });
  }
}

function applyChange(bytes: Bytes, change: PendingChange): void {
  if (change.kind === "write") bytes.write(change.position, change.bytes);
  else bytes.truncate(change.length);
}
