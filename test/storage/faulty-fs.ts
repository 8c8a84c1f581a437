import type { FileHandle, FileSystem, OpenMode } from "../../src/storage/fs.js";
import { NodeFileSystem } from "../../src/storage/index.js";

/** Knobs for injected faults; change them while a test runs. */
export interface Faults {
  /** Each writev writes at most this many bytes (short writes). */
  writeBytesMax?: number;
  /** The next fdatasync fails with EIO (and every one after it while set). */
  failDatasync?: boolean;
  /** The next fsync (of a file) fails with EIO (and every one after it while set). */
  failSync?: boolean;
  /**
   * Writes that would grow the files written through this file system past this many bytes
   * fail with ENOSPC (overwrites take no space; deleted files give theirs back).
   */
  spaceBytes?: number;
  /** What freeBytes() reports; default: what spaceBytes leaves, else the real file system's. */
  freeBytes?: number;
  /**
   * Writes through files opened while this is set, whose path ends with `pathSuffix`, wait for
   * `until` before they start.
   */
  holdWrites?: { pathSuffix: string; until: Promise<void> };
  /**
   * Every write, while this is set, to a file whose path ends with `pathSuffix` (and at
   * `positionMin` or later, default 0) calls `onHold` and waits for `until` before it starts
   * (read at each write: a test moves the gate).
   */
  gateWrites?: {
    pathSuffix: string;
    until: Promise<void>;
    onHold?: () => void;
    positionMin?: number;
  };
}

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${message}`);
  error.code = code;
  return error;
}

/** Wraps the real file system and injects short writes, fsync failures and a full disk. */
export class FaultyFileSystem implements FileSystem {
  private readonly inner = new NodeFileSystem();
  /** Extent (size) of each file written through this file system, by path. */
  private readonly bytesByPath = new Map<string, number>();
  bytesWritten = 0;
  datasyncCalls = 0;

  constructor(readonly faults: Faults = {}) {}

  /** Bytes held by the files written through this file system (their sizes). */
  get bytesHeld(): number {
    let total = 0;
    for (const bytes of this.bytesByPath.values()) total += bytes;
    return total;
  }

  openSync(filePath: string, mode: OpenMode): FileHandle {
    const handle = this.inner.openSync(filePath, mode);
    const faults = this.faults;
    const owner = this;
    const hold = faults.holdWrites;
    return {
      path: handle.path,
      readSync: (buffer, position) => handle.readSync(buffer, position),
      async writev(buffers, position) {
        if (hold !== undefined && handle.path.endsWith(hold.pathSuffix)) {
          await hold.until;
        }
        const gate = faults.gateWrites;
        if (
          gate !== undefined &&
          handle.path.endsWith(gate.pathSuffix) &&
          position >= (gate.positionMin ?? 0)
        ) {
          gate.onHold?.();
          await gate.until;
        }
        const limit = faults.writeBytesMax;
        let parts: Uint8Array[] = [...buffers];
        if (limit !== undefined) {
          parts = [];
          let left = limit;
          for (const buffer of buffers) {
            if (left <= 0) break;
            const part = buffer.subarray(0, Math.min(left, buffer.length));
            parts.push(part);
            left -= part.length;
          }
        }
        const total = parts.reduce((sum, part) => sum + part.length, 0);
        const extent = owner.bytesByPath.get(handle.path) ?? 0;
        const growth = Math.max(0, position + total - extent);
        if (faults.spaceBytes !== undefined && owner.bytesHeld + growth > faults.spaceBytes) {
          throw errnoError("ENOSPC", `no space left on device writing ${handle.path}`);
        }
        const written = await handle.writev(parts, position);
        owner.bytesWritten += written;
        owner.bytesByPath.set(handle.path, Math.max(extent, position + written));
        return written;
      },
      async datasync() {
        owner.datasyncCalls++;
        if (faults.failDatasync) {
          throw errnoError("EIO", `i/o error on fdatasync of ${handle.path}`);
        }
        return handle.datasync();
      },
      async sync() {
        if (faults.failSync) {
          throw errnoError("EIO", `i/o error on fsync of ${handle.path}`);
        }
        return handle.sync();
      },
      async truncate(length) {
        await handle.truncate(length);
        owner.bytesByPath.set(handle.path, length);
      },
      sizeSync: () => handle.sizeSync(),
      close: () => handle.close(),
      closeSync: () => handle.closeSync(),
    };
  }

  readdirSync(directory: string): string[] {
    return this.inner.readdirSync(directory);
  }
  ensureDirectory(directory: string): Promise<void> {
    return this.inner.ensureDirectory(directory);
  }
  async rename(from: string, to: string): Promise<void> {
    await this.inner.rename(from, to);
    const bytes = this.bytesByPath.get(from);
    if (bytes !== undefined) {
      this.bytesByPath.delete(from);
      this.bytesByPath.set(to, bytes);
    }
  }
  async unlink(filePath: string): Promise<void> {
    await this.inner.unlink(filePath);
    this.bytesByPath.delete(filePath);
  }
  syncDirectory(directory: string): Promise<void> {
    return this.inner.syncDirectory(directory);
  }
  writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    return this.inner.writeFileDurably(filePath, data);
  }
  async freeBytes(directory: string): Promise<number> {
    if (this.faults.freeBytes !== undefined) {
      return this.faults.freeBytes;
    }
    if (this.faults.spaceBytes !== undefined) {
      return Math.max(0, this.faults.spaceBytes - this.bytesHeld);
    }
    return this.inner.freeBytes(directory);
  }
}
