/**
 * CopyOnWriteFileSystem: a FileSystem that reads another one and never changes it. Every
 * change (a write, a truncate, a create, a rename, an unlink, a new directory) lands in memory,
 * over the files below: a file opened for writing is copied into memory first, a removed name is
 * hidden. Syncs do nothing.
 *
 * It lets read-only tools open a data directory with the node's own code (SegmentLog's
 * recovery, SnapshotStore, recoverSnapshotAndLog), so they apply exactly the node's rules (a
 * torn tail cut, an obsolete segment dropped, a damaged snapshot set aside) to what they see,
 * while the disk stays as it was (`ruvraft replay`; docs/architecture.md, "Offline replay"). Memory:
 * each file written is held whole (with growing segments, recovery writes to the newest one
 * only).
 */
import path from "node:path";
import {
  type FileHandle,
  type FileSystem,
  hasErrorCode,
  NodeFileSystem,
  type OpenMode,
} from "./fs.js";

export class CopyOnWriteFileSystem implements FileSystem {
  /** Files changed or created here, by absolute path. */
  private readonly files = new Map<string, MemoryFile>();
  /** Paths removed here (hidden even where the file below exists). */
  private readonly removed = new Set<string>();
  /** Directories created here. */
  private readonly directories = new Set<string>();

  constructor(private readonly below: FileSystem = new NodeFileSystem()) {}

  openSync(filePath: string, mode: OpenMode): FileHandle {
    const key = path.resolve(filePath);
    const file = this.files.get(key);
    if (mode === "createExclusive") {
      if (file !== undefined || this.existsBelow(key)) throw errnoError("EEXIST", "open", filePath);
      const created = new MemoryFile(new Uint8Array(0));
      this.files.set(key, created);
      this.removed.delete(key);
      return created.handle(filePath);
    }
    if (file !== undefined) return file.handle(filePath);
    if (this.removed.has(key)) throw errnoError("ENOENT", "open", filePath);
    if (mode === "read") return this.below.openSync(filePath, "read");
    const copy = this.copyFromBelow(filePath);
    this.files.set(key, copy);
    return copy.handle(filePath);
  }

  readdirSync(directory: string): string[] {
    const key = path.resolve(directory);
    let names: string[];
    try {
      names = this.below.readdirSync(directory);
    } catch (error) {
      if (!hasErrorCode(error, "ENOENT") || !this.directories.has(key)) throw error;
      names = [];
    }
    const listed = new Set(names.filter((name) => !this.removed.has(path.join(key, name))));
    for (const file of this.files.keys()) {
      if (path.dirname(file) === key) listed.add(path.basename(file));
    }
    return [...listed];
  }

  async ensureDirectory(directory: string): Promise<void> {
    try {
      this.below.readdirSync(directory);
    } catch (error) {
      if (!hasErrorCode(error, "ENOENT")) throw error;
      this.directories.add(path.resolve(directory));
    }
  }

  async rename(from: string, to: string): Promise<void> {
    const fromKey = path.resolve(from);
    const file =
      this.files.get(fromKey) ??
      (this.removed.has(fromKey) ? undefined : this.copyFromBelowIfPresent(from));
    if (file === undefined) throw errnoError("ENOENT", "rename", from);
    const toKey = path.resolve(to);
    this.files.delete(fromKey);
    this.removed.add(fromKey);
    this.files.set(toKey, file);
    this.removed.delete(toKey);
  }

  async unlink(filePath: string): Promise<void> {
    const key = path.resolve(filePath);
    if (!this.files.delete(key) && !this.existsBelow(key)) {
      throw errnoError("ENOENT", "unlink", filePath);
    }
    this.removed.add(key);
  }

  async syncDirectory(): Promise<void> {}

  async writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    const key = path.resolve(filePath);
    this.files.set(key, new MemoryFile(data.slice()));
    this.removed.delete(key);
  }

  /** The file below exists at `key` and is not hidden. */
  private existsBelow(key: string): boolean {
    if (this.removed.has(key)) return false;
    const file = this.copyFromBelowIfPresent(key, { sizeOnly: true });
    return file !== undefined;
  }

  private copyFromBelow(filePath: string): MemoryFile {
    const file = this.copyFromBelowIfPresent(filePath);
    if (file === undefined) throw errnoError("ENOENT", "open", filePath);
    return file;
  }

  /** A memory copy of the file below (empty with `sizeOnly`), undefined when it is missing. */
  private copyFromBelowIfPresent(
    filePath: string,
    options: { sizeOnly?: boolean } = {},
  ): MemoryFile | undefined {
    let handle: FileHandle;
    try {
      handle = this.below.openSync(filePath, "read");
    } catch (error) {
      if (hasErrorCode(error, "ENOENT")) return undefined;
      throw error;
    }
    try {
      if (options.sizeOnly === true) return new MemoryFile(new Uint8Array(0));
      const bytes = new Uint8Array(handle.sizeSync());
      let done = 0;
      while (done < bytes.length) {
        const read = handle.readSync(bytes.subarray(done), done);
        if (read === 0) break;
        done += read;
      }
      return new MemoryFile(bytes.subarray(0, done));
    } finally {
      handle.closeSync();
    }
  }
}

/** A file's bytes in memory: `bytes[0, size)`, with room to grow. */
class MemoryFile {
  private size: number;

  constructor(private bytes: Uint8Array) {
    this.size = bytes.length;
  }

  handle(filePath: string): FileHandle {
    return {
      path: filePath,
      readSync: (buffer, position) => {
        const end = Math.min(this.size, position + buffer.length);
        if (end <= position) return 0;
        buffer.set(this.bytes.subarray(position, end));
        return end - position;
      },
      writev: async (buffers, position) => {
        let at = position;
        // A gap after the end reads as zeros (bytes past `size` may be a truncate's leftovers).
        if (at > this.size) {
          this.reserve(at);
          this.bytes.fill(0, this.size, at);
        }
        for (const buffer of buffers) {
          this.reserve(at + buffer.length);
          this.bytes.set(buffer, at);
          at += buffer.length;
          this.size = Math.max(this.size, at);
        }
        return at - position;
      },
      datasync: async () => {},
      sync: async () => {},
      truncate: async (lengthBytes) => {
        this.reserve(lengthBytes);
        if (lengthBytes > this.size) this.bytes.fill(0, this.size, lengthBytes);
        this.size = lengthBytes;
      },
      sizeSync: () => this.size,
      close: async () => {},
      closeSync: () => {},
    };
  }

  /** Room for `lengthBytes` (the bytes past `size` are zeros). */
  private reserve(lengthBytes: number): void {
    if (lengthBytes <= this.bytes.length) return;
    const grown = new Uint8Array(Math.max(lengthBytes, this.bytes.length * 2));
    grown.set(this.bytes.subarray(0, this.size));
    this.bytes = grown;
  }
}

function errnoError(code: string, syscall: string, filePath: string): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: ${syscall} '${filePath}'`), {
    code,
    syscall,
    path: filePath,
  });
}
