import type { FileHandle, FileSystem } from "../../src/storage/index.js";
import { NodeFileSystem } from "../../src/storage/index.js";

/** Knobs for injected faults; change them while a test runs. */
export interface Faults {
  /** Each writev writes at most this many bytes (short writes). */
  writeBytesMax?: number;
  /** The next fdatasync fails with EIO (and every one after it while set). */
  failDatasync?: boolean;
  /** Writes fail with ENOSPC once this many bytes were written through this file system. */
  spaceBytes?: number;
}

function errnoError(code: string, message: string): NodeJS.ErrnoException {
  const error: NodeJS.ErrnoException = new Error(`${code}: ${message}`);
  error.code = code;
  return error;
}

/** Wraps the real file system and injects short writes, fsync failures and a full disk. */
export class FaultyFileSystem implements FileSystem {
  private readonly inner = new NodeFileSystem();
  bytesWritten = 0;
  datasyncCalls = 0;

  constructor(readonly faults: Faults = {}) {}

  openSync(filePath: string, mode: "read" | "readWrite" | "createExclusive"): FileHandle {
    const handle = this.inner.openSync(filePath, mode);
    const faults = this.faults;
    const owner = this;
    return {
      path: handle.path,
      readSync: (buffer, position) => handle.readSync(buffer, position),
      async writev(buffers, position) {
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
        if (faults.spaceBytes !== undefined && owner.bytesWritten + total > faults.spaceBytes) {
          throw errnoError("ENOSPC", `no space left on device writing ${handle.path}`);
        }
        const written = await handle.writev(parts, position);
        owner.bytesWritten += written;
        return written;
      },
      async datasync() {
        owner.datasyncCalls++;
        if (faults.failDatasync) {
          throw errnoError("EIO", `i/o error on fdatasync of ${handle.path}`);
        }
        return handle.datasync();
      },
      sync: () => handle.sync(),
      truncate: (length) => handle.truncate(length),
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
  rename(from: string, to: string): Promise<void> {
    return this.inner.rename(from, to);
  }
  unlink(filePath: string): Promise<void> {
    return this.inner.unlink(filePath);
  }
  syncDirectory(directory: string): Promise<void> {
    return this.inner.syncDirectory(directory);
  }
  writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    return this.inner.writeFileDurably(filePath, data);
  }
}
