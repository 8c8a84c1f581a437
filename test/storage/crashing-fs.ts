import path from "node:path";
import { SPARE_SEGMENT_FILE_NAME } from "../../src/storage/format.js";
import type { FileHandle, FileSystem, OpenMode } from "../../src/storage/fs.js";
import { NodeFileSystem } from "../../src/storage/index.js";

/** What CrashingFileSystem throws at its crash point: the process "died" there. */
export class SimulatedCrash extends Error {
  override name = "SimulatedCrash";
}

/**
 * The real file system, with a simulated process crash before its N-th durable step once
 * armed. A durable step is a write, ftruncate, fsync/fdatasync, rename, unlink or directory
 * fsync. At the crash point `onCrash` runs (a test copies the data directory there: the
 * crash image, what the disk holds when the process dies) and the step throws
 * SimulatedCrash; the writer then fails. Later steps reach the disk again, so that the
 * crashed instance can be closed; the image no longer changes.
 *
 * Each directory operation of the storage layer is followed by its directory fsync, and each
 * file write by its fdatasync (or is O_DSYNC): an image taken before a step and one taken
 * before the next step are the two outcomes a power loss between them can leave, so images at
 * every step also cover lost unsynced operations.
 *
 * Steps on the spare segment (`spare.seg.tmp`) except its rename are not counted: a spare is
 * zero-filled in the background at times of its own, and recovery deletes it whatever it
 * holds, so a crash before any of them is the same as a crash before the rename.
 */
export class CrashingFileSystem implements FileSystem {
  private readonly inner = new NodeFileSystem();
  /** The durable steps counted since `arm`, in order (`"rename a -> b"`, `"fsync dir/"`...). */
  readonly steps: string[] = [];
  private crashAtStep: number | undefined;
  crashed = false;

  constructor(private readonly onCrash: () => void = () => {}) {}

  /** Starts counting steps; the crash comes before step `crashAtStep` (0-based; never if undefined). */
  arm(crashAtStep: number | undefined): void {
    this.steps.length = 0;
    this.crashAtStep = crashAtStep;
  }

  private step(what: string, filePath: string): void {
    if (this.crashed || path.basename(filePath) === SPARE_SEGMENT_FILE_NAME) {
      return;
    }
    if (this.crashAtStep !== undefined && this.steps.length === this.crashAtStep) {
      this.crashed = true;
      this.onCrash();
      throw new SimulatedCrash(`simulated crash before step ${this.steps.length}: ${what}`);
    }
    if (this.crashAtStep !== undefined) {
      this.steps.push(what);
    }
  }

  openSync(filePath: string, mode: OpenMode): FileHandle {
    const handle = this.inner.openSync(filePath, mode);
    const name = path.basename(filePath);
    return {
      path: handle.path,
      readSync: (buffer, position) => handle.readSync(buffer, position),
      writev: async (buffers, position) => {
        this.step(`write ${name} at ${position}`, filePath);
        return handle.writev(buffers, position);
      },
      datasync: async () => {
        this.step(`fdatasync ${name}`, filePath);
        return handle.datasync();
      },
      sync: async () => {
        this.step(`fsync ${name}`, filePath);
        return handle.sync();
      },
      truncate: async (lengthBytes) => {
        this.step(`ftruncate ${name} to ${lengthBytes}`, filePath);
        return handle.truncate(lengthBytes);
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
    this.step(`rename ${path.basename(from)} -> ${path.basename(to)}`, to);
    return this.inner.rename(from, to);
  }

  async unlink(filePath: string): Promise<void> {
    this.step(`unlink ${path.basename(filePath)}`, filePath);
    return this.inner.unlink(filePath);
  }

  async syncDirectory(directory: string): Promise<void> {
    this.step(`fsync ${path.basename(directory)}/`, directory);
    return this.inner.syncDirectory(directory);
  }

  async writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    this.step(`write ${path.basename(filePath)} durably`, filePath);
    return this.inner.writeFileDurably(filePath, data);
  }

  freeBytes(directory: string): Promise<number> {
    return this.inner.freeBytes(directory);
  }
}
