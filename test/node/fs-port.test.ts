/**
 * RaftNode reaches its data directory only through the injected FileSystem port (the log,
 * snapshots, the incarnation file, snapshots received from the leader), so a simulator can
 * run it over an in-memory file system (docs/architecture.md, "The disk"). Here the data
 * directories lie under a path that does not exist on the real disk (below a regular file:
 * any access that bypasses the port fails with ENOTDIR); the port maps it onto a real
 * temporary directory and records every path it is asked about.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import type { RaftNodeOptions } from "../../src/node/config.js";
import { INCARNATION_FILE_NAME } from "../../src/node/incarnation-file.js";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { snapshotFileName } from "../../src/snapshot/format.js";
import type { FileHandle, FileSystem, OpenMode } from "../../src/storage/fs.js";
import { NodeFileSystem } from "../../src/storage/index.js";
import { waitFor } from "../helpers/wait.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { type KvNode, makeKvNode } from "./kv-nodes.js";
import { MemoryNetwork } from "./memory-network.js";

/** A virtual root that the real disk cannot hold, and the real directory behind it. */
class PortOnlyDisk {
  readonly virtualRoot: string;
  readonly realRoot: string;

  constructor() {
    const scratch = temporaryDirectory();
    const blocker = path.join(scratch, "a-regular-file");
    fs.writeFileSync(blocker, "");
    this.virtualRoot = path.join(blocker, "virtual");
    this.realRoot = path.join(scratch, "real");
    fs.mkdirSync(this.realRoot);
  }

  /** The real path behind `virtualPath` (which must lie under the virtual root). */
  toReal(virtualPath: string): string {
    const relative = path.relative(this.virtualRoot, virtualPath);
    if (relative.startsWith("..") || path.isAbsolute(relative)) {
      throw new Error(`${virtualPath} is not under ${this.virtualRoot}`);
    }
    return path.join(this.realRoot, relative);
  }

  /** A network whose snapshot copies go through this disk too. */
  network(): MemoryNetwork {
    return new MemoryNetwork({
      copy: (from, to) => fs.copyFileSync(this.toReal(from), this.toReal(to)),
      remove: (file) => fs.rmSync(this.toReal(file), { force: true }),
    });
  }
}

/** The port of one node: NodeFileSystem behind the disk's mapping, recording every path. */
class RecordingFileSystem implements FileSystem {
  /** Every path asked about, as the node named it, in order. */
  readonly paths: string[] = [];
  private readonly inner = new NodeFileSystem();

  constructor(private readonly disk: PortOnlyDisk) {}

  private real(virtualPath: string): string {
    this.paths.push(virtualPath);
    return this.disk.toReal(virtualPath);
  }

  openSync(filePath: string, mode: OpenMode): FileHandle {
    const handle = this.inner.openSync(this.real(filePath), mode);
    return {
      path: filePath,
      readSync: (buffer, position) => handle.readSync(buffer, position),
      writev: (buffers, position) => handle.writev(buffers, position),
      datasync: () => handle.datasync(),
      sync: () => handle.sync(),
      truncate: (lengthBytes) => handle.truncate(lengthBytes),
      sizeSync: () => handle.sizeSync(),
      close: () => handle.close(),
      closeSync: () => handle.closeSync(),
    };
  }
  readdirSync(directory: string): string[] {
    return this.inner.readdirSync(this.real(directory));
  }
  ensureDirectory(directory: string): Promise<void> {
    return this.inner.ensureDirectory(this.real(directory));
  }
  rename(from: string, to: string): Promise<void> {
    return this.inner.rename(this.real(from), this.real(to));
  }
  unlink(filePath: string): Promise<void> {
    return this.inner.unlink(this.real(filePath));
  }
  syncDirectory(directory: string): Promise<void> {
    return this.inner.syncDirectory(this.real(directory));
  }
  writeFileDurably(filePath: string, data: Uint8Array): Promise<void> {
    return this.inner.writeFileDurably(this.real(filePath), data);
  }
  freeBytes(directory: string): Promise<number> {
    return this.inner.freeBytes(this.real(directory));
  }
}

const TIMING = { electionTimeoutMinMs: 60, electionTimeoutMaxMs: 120, heartbeatIntervalMs: 10 };

function nodeOptions(
  nodeId: number,
  dataDirectory: string,
  overrides: Partial<RaftNodeOptions> = {},
): RaftNodeOptions {
  return {
    nodeId,
    peers: [{ id: nodeId, address: `127.0.0.1:${nodeId}` }],
    dataDirectory,
    randomSeed: nodeId,
    ...TIMING,
    ...overrides,
  };
}

/** What `machine` holds under `key` (undefined on a failed query). */
function storedValue(machine: KvStateMachine, key: string): string | null | undefined {
  const response = machine.query({ op: "get", key });
  return response.ok ? response.value : undefined;
}

/** A node over `fileSystem` without the directory lock (proper-lockfile bypasses the port). */
function makePortNode(
  network: MemoryNetwork,
  options: RaftNodeOptions,
  fileSystem: FileSystem,
  machine = new KvStateMachine(),
): KvNode {
  return makeKvNode(
    options,
    { transport: network.transportFor(options.nodeId), fileSystem, lockDataDirectory: false },
    machine,
  );
}

describe("RaftNode over its FileSystem port", () => {
  it("keeps its log, snapshots and incarnation behind the port, across a restart", async () => {
    const disk = new PortOnlyDisk();
    const network = disk.network();
    const directory = path.join(disk.virtualRoot, "node-1");
    const first = new RecordingFileSystem(disk);
    const node = makePortNode(network, nodeOptions(1, directory), first);
    await node.start();
    await node.waitForLeader(5000);
    for (let i = 0; i < 20; i++) await node.propose({ op: "put", key: `k${i}`, value: `${i}` });
    const taken = await node.snapshotNow();
    await node.propose({ op: "put", key: "after", value: "snapshot" });
    await node.stop();

    const snapshotFile = path.join(
      directory,
      "snapshots",
      snapshotFileName(taken.index, taken.term),
    );
    expect(taken.index).toBeGreaterThan(20);
    expect(first.paths).toContain(path.join(directory, INCARNATION_FILE_NAME));
    expect(first.paths).toContain(`${snapshotFile}.tmp`);
    expect(first.paths).toContain(snapshotFile);
    expect(fs.existsSync(disk.toReal(snapshotFile))).toBe(true);

    const second = new RecordingFileSystem(disk);
    const machine = new KvStateMachine();
    const again = makePortNode(network, nodeOptions(1, directory), second, machine);
    await again.start();
    // Read back through the port: the incarnation, and the snapshot the state restarts from.
    expect(second.paths).toContain(path.join(directory, INCARNATION_FILE_NAME));
    expect(second.paths).toContain(snapshotFile);
    expect(machine.query({ op: "get", key: "k0" })).toEqual({ ok: true, value: "0" });
    await again.waitForLeader(5000);
    await waitFor(
      () => storedValue(machine, "after") === "snapshot",
      "the entry after the snapshot, replayed from the log",
    );
  });

  it("checks, installs and restores a snapshot from its leader through the port", async () => {
    const disk = new PortOnlyDisk();
    const network = disk.network();
    const compacting = {
      snapshotThresholdEntries: 40,
      snapshotTrailingEntries: 5,
      segmentSizeBytes: 4096,
    };
    const leaderDirectory = path.join(disk.virtualRoot, "node-1");
    const leader = makePortNode(
      network,
      nodeOptions(1, leaderDirectory, compacting),
      new RecordingFileSystem(disk),
    );
    await leader.start();
    await leader.waitForLeader(5000);
    for (let i = 0; i < 200; i++) await leader.propose({ op: "put", key: `k${i}`, value: `${i}` });
    await waitFor(() => leader.status().snapshotIndex > 100, "the leader to compact");

    const followerDirectory = path.join(disk.virtualRoot, "node-2");
    const followerFileSystem = new RecordingFileSystem(disk);
    const machine = new KvStateMachine();
    const follower = makePortNode(
      network,
      nodeOptions(2, followerDirectory, { ...compacting, peers: [], bootstrap: false }),
      followerFileSystem,
      machine,
    );
    const installed: number[] = [];
    follower.on("snapshot", ({ index, kind }) => {
      if (kind === "installed") installed.push(index);
    });
    await follower.start();
    await leader.addLearner(2, "127.0.0.1:2");
    await waitFor(
      () => follower.status().appliedIndex >= leader.status().commitIndex,
      "the learner to catch up",
    );

    expect(installed.length).toBeGreaterThan(0);
    expect(machine.query({ op: "get", key: "k0" })).toEqual({ ok: true, value: "0" });
    // The copy the network handed over (next to the leader's file) was checked and moved in
    // through the follower's port.
    const received = followerFileSystem.paths.filter((each) =>
      path.basename(each).startsWith(".memory-network-2-"),
    );
    expect(received.length).toBeGreaterThan(0);
    expect(
      followerFileSystem.paths.some(
        (each) =>
          path.dirname(each) === path.join(followerDirectory, "snapshots") &&
          each.endsWith(".snap"),
      ),
    ).toBe(true);
  });
});
