/**
 * The file operations the directory engine needs, as a port: the real file system for a node,
 * an in-memory one for tests (MemoryEngineFiles, which can crash between any two operations).
 * Every change is durable when its promise resolves.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NodeFileSystem } from "../storage/index.js";

export interface EngineFiles {
  /** The names in `directory`; [] when it is missing. */
  list(directory: string): Promise<string[]>;
  /** A whole file, or undefined when it is missing. */
  read(filePath: string): Promise<Uint8Array | undefined>;
  /** Creates `directory` and its parents (durably). */
  ensureDirectory(directory: string): Promise<void>;
  /** Writes a whole file atomically and durably (temporary name, fsync, rename, dir fsync). */
  writeDurably(filePath: string, data: Uint8Array): Promise<void>;
  /** Appends to a file (created when missing) and fdatasyncs it before resolving. */
  appendDurably(filePath: string, data: Uint8Array): Promise<void>;
  /** Unlinks a file durably; nothing when it is missing. */
  remove(filePath: string): Promise<void>;
  /** Removes a directory and everything in it; nothing when it is missing. */
  removeTree(directory: string): Promise<void>;
  /** Total bytes of the files under `directory` (0 when it is missing). */
  treeBytes(directory: string): Promise<number>;
}

export class NodeEngineFiles implements EngineFiles {
  private readonly fileSystem = new NodeFileSystem();

  async list(directory: string): Promise<string[]> {
    try {
      return await fs.promises.readdir(directory);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw error;
    }
  }

  async read(filePath: string): Promise<Uint8Array | undefined> {
    try {
      return await fs.promises.readFile(filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async ensureDirectory(directory: string): Promise<void> {
    await this.fileSystem.ensureDirectory(directory);
    await this.fileSystem.syncDirectory(path.dirname(directory));
  }

  writeDurably(filePath: string, data: Uint8Array): Promise<void> {
    return this.fileSystem.writeFileDurably(filePath, data);
  }

  async appendDurably(filePath: string, data: Uint8Array): Promise<void> {
    const handle = await fs.promises.open(filePath, "a", 0o644);
    try {
      await handle.write(data);
      await handle.datasync();
    } finally {
      await handle.close();
    }
  }

  async remove(filePath: string): Promise<void> {
    try {
      await fs.promises.unlink(filePath);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return;
      throw error;
    }
    await this.fileSystem.syncDirectory(path.dirname(filePath));
  }

  removeTree(directory: string): Promise<void> {
    return fs.promises.rm(directory, { recursive: true, force: true });
  }

  async treeBytes(directory: string): Promise<number> {
    let total = 0;
    for (const name of await this.list(directory)) {
      const child = path.join(directory, name);
      const stats = await fs.promises.lstat(child);
      total += stats.isDirectory() ? await this.treeBytes(child) : stats.size;
    }
    return total;
  }
}

/** Thrown by MemoryEngineFiles when its crash point is reached. */
export class SimulatedCrash extends Error {
  constructor(operation: string) {
    super(`simulated crash before ${operation}`);
    this.name = "SimulatedCrash";
  }
}

/**
 * Files in memory, keyed by path (directories are implied by their files, plus the ones made
 * explicitly). `crashAfterOperations`: the operation after that many succeeded throws
 * SimulatedCrash and so does every later one, until `restart()` (the process came back; what
 * was written stays).
 */
export class MemoryEngineFiles implements EngineFiles {
  readonly files = new Map<string, Uint8Array>();
  readonly directories = new Set<string>();
  private operations = 0;
  crashAfterOperations = Number.POSITIVE_INFINITY;
  crashed = false;

  restart(): void {
    this.crashed = false;
    this.operations = 0;
    this.crashAfterOperations = Number.POSITIVE_INFINITY;
  }

  private step(operation: string): void {
    if (this.crashed || this.operations >= this.crashAfterOperations) {
      this.crashed = true;
      throw new SimulatedCrash(operation);
    }
    this.operations++;
  }

  async list(directory: string): Promise<string[]> {
    this.step("list");
    const prefix = `${directory}/`;
    const names = new Set<string>();
    for (const key of [...this.files.keys(), ...this.directories]) {
      if (!key.startsWith(prefix)) continue;
      names.add(key.slice(prefix.length).split("/")[0] as string);
    }
    return [...names];
  }

  async read(filePath: string): Promise<Uint8Array | undefined> {
    this.step("read");
    return this.files.get(filePath);
  }

  async ensureDirectory(directory: string): Promise<void> {
    this.step("ensureDirectory");
    this.directories.add(directory);
  }

  async writeDurably(filePath: string, data: Uint8Array): Promise<void> {
    this.step("writeDurably");
    this.files.set(filePath, data.slice());
  }

  async appendDurably(filePath: string, data: Uint8Array): Promise<void> {
    this.step("appendDurably");
    const before = this.files.get(filePath) ?? new Uint8Array(0);
    const after = new Uint8Array(before.length + data.length);
    after.set(before);
    after.set(data, before.length);
    this.files.set(filePath, after);
  }

  async remove(filePath: string): Promise<void> {
    this.step("remove");
    this.files.delete(filePath);
  }

  async removeTree(directory: string): Promise<void> {
    this.step("removeTree");
    const prefix = `${directory}/`;
    for (const key of [...this.files.keys()]) {
      if (key === directory || key.startsWith(prefix)) this.files.delete(key);
    }
    for (const key of [...this.directories]) {
      if (key === directory || key.startsWith(prefix)) this.directories.delete(key);
    }
  }

  async treeBytes(directory: string): Promise<number> {
    this.step("treeBytes");
    let total = 0;
    for (const [key, data] of this.files) {
      if (key.startsWith(`${directory}/`)) total += data.length;
    }
    return total;
  }
}
