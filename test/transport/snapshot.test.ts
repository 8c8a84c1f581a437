import { randomBytes } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  readlinkSync,
  truncateSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import { type AddressInfo, createServer } from "node:net";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { encodeRaftMessage } from "../../src/proto/codec/raft-message-object.js";
import type { SnapshotRequest } from "../../src/raft/types.js";
import { Connection } from "../../src/transport/connection.js";
import { SnapshotSourceError } from "../../src/transport/errors.js";
import { DEFAULT_TRANSPORT_SETTINGS } from "../../src/transport/index.js";
import { resolveSettings, SNAPSHOT_CHUNK_OVERHEAD_BYTES } from "../../src/transport/settings.js";
import { SnapshotReceiver } from "../../src/transport/snapshot-receiver.js";
import {
  memorySnapshotSource,
  openFileSnapshotSource,
} from "../../src/transport/snapshot-source.js";
import { listen, type Wire } from "../../src/transport/socket.js";
import { newStats } from "../../src/transport/stats.js";
import {
  captureLogger,
  heartbeat,
  logsMatching,
  makeNode,
  type TestNode,
  temporaryDirectory,
  waitFor,
} from "./helpers.js";

const running: TestNode[] = [];
const directories: (() => void)[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
  for (const remove of directories.splice(0)) {
    remove();
  }
});

/** A fresh directory, removed after the test. */
function scratchDirectory(): string {
  const directory = temporaryDirectory();
  directories.push(directory.remove);
  return directory.path;
}

/** This process's open descriptors on `file` (an unlinked file reads "<file> (deleted)"). */
function descriptorsOn(file: string): number {
  let count = 0;
  for (const name of readdirSync("/proc/self/fd")) {
    try {
      if (readlinkSync(`/proc/self/fd/${name}`).startsWith(file)) {
        count += 1;
      }
    } catch {
      // The descriptor closed between the listing and the readlink.
    }
  }
  return count;
}

function snapshotMessage(data: Uint8Array): SnapshotRequest {
  return {
    type: 9,
    from: 1,
    to: 2,
    term: 3,
    snapshot: {
      metadata: {
        index: 42,
        term: 3,
        confState: {
          voters: [1, 2, 3],
          votersOutgoing: [],
          learners: [4],
          learnersNext: [],
          autoLeave: false,
          incarnations: [],
        },
      },
      data,
    },
  };
}

async function pair(chunkBytes: number, acceptSnapshot?: () => boolean | Promise<boolean>) {
  const receiver = makeNode(
    { nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) },
    acceptSnapshot === undefined ? {} : { acceptSnapshot },
  );
  running.push(receiver);
  await receiver.transport.start();
  const sender = makeNode({
    nodeId: 1,
    peers: new Map([[2, receiver.address()]]),
    snapshotChunkBytes: chunkBytes,
  });
  running.push(sender);
  await sender.transport.start();
  return { sender, receiver };
}

function temporaryFiles(directory: string): string[] {
  return readdirSync(directory).filter((name) => name.endsWith(".tmp"));
}

/** Writes `data` to a new file in a fresh directory and returns its path. */
function snapshotFile(data: Uint8Array): string {
  const file = join(scratchDirectory(), "snap-00000000000000000042-00000000000000000003.snap");
  writeFileSync(file, data);
  return file;
}

/** Lets pending I/O callbacks and timers run (to see that nothing else happens). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 50));
}

/**
 * A peer that completes the handshake as node `nodeId` and then stops reading at its first
 * data frame, so a sender's snapshot stream backs up into its window.
 */
async function stalledPeer(nodeId: number) {
  const { logger } = captureLogger();
  const wires: Wire[] = [];
  const listener = await listen({
    host: "127.0.0.1",
    port: 0,
    onConnection: (accept) => {
      const connection: Connection = new Connection({
        role: "acceptor",
        handshake: {
          clusterId: "test-cluster",
          nodeId,
          sharedSecret: undefined,
          targetNodeId: 0,
          isPeer: () => true,
          incarnation: 0,
          generation: () => 0,
          onNewerGeneration: () => false,
        },
        settings: resolveSettings({}),
        stats: newStats(),
        logger,
        events: {
          onOpen: () => undefined,
          onEnvelope: () => connection.pauseReading(),
          onDrain: () => undefined,
          onClosed: () => undefined,
        },
      });
      const wire = accept(connection.wireHandlers);
      wires.push(wire);
      connection.attach(wire);
    },
    onTlsError: () => undefined,
  });
  return {
    address: `127.0.0.1:${listener.port}`,
    close: async () => {
      for (const wire of wires) {
        wire.destroy();
      }
      await listener.close();
    },
  };
}

describe("snapshot streaming", () => {
  it("streams a multi-chunk snapshot to a temp file, renames it and acknowledges", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const data = randomBytes(1024 * 1024 + 123); // 17 chunks
    sender.transport.send([heartbeat(1, 2), snapshotMessage(data), heartbeat(1, 2, 7)]);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);
    expect(receiver.recorded.snapshots).toHaveLength(1);
    const { message, file, streamMs } = receiver.recorded.snapshots[0]!;
    expect(message.snapshot.metadata).toEqual(snapshotMessage(data).snapshot.metadata);
    expect(streamMs).toBeGreaterThan(0); // 17 chunks written and synced take some time
    expect(message.snapshot.data.byteLength).toBe(0);
    expect(file.startsWith(receiver.directory)).toBe(true);
    expect(file).toMatch(/snapshot-1-3-42-[0-9a-f]+\.snap$/);
    expect(Buffer.compare(readFileSync(file), data)).toBe(0);
    expect(temporaryFiles(receiver.directory)).toEqual([]);
    // Raft messages around the stream still arrive.
    await waitFor(() => receiver.recorded.messages.length === 2, "heartbeats");
    expect(logsMatching(receiver.records, "snapshot stored").length).toBe(1);
  });

  it("an empty snapshot is one chunk", async () => {
    const { sender, receiver } = await pair(1024);
    sender.transport.send([snapshotMessage(new Uint8Array(0))]);
    await waitFor(() => receiver.recorded.snapshots.length === 1, "snapshot");
    expect(readFileSync(receiver.recorded.snapshots[0]!.file).byteLength).toBe(0);
  });

  it("deletes the temp file when the sender dies mid-stream, and reports failure", async () => {
    const { sender, receiver } = await pair(16 * 1024);
    // Slow the stream down so it is surely in progress: 32 MiB in 16 KiB chunks.
    const data = randomBytes(32 * 1024 * 1024);
    sender.transport.send([snapshotMessage(data)]);
    await waitFor(() => temporaryFiles(receiver.directory).length === 1, "temp file appears");
    await sender.transport.stop(); // the sender goes away mid-stream
    await waitFor(() => temporaryFiles(receiver.directory).length === 0, "temp file deleted");
    expect(receiver.recorded.snapshots).toHaveLength(0);
    expect(readdirSync(receiver.directory)).toEqual([]);
  });

  it("reports failure to the sender when the receiver goes away mid-stream", async () => {
    const { sender, receiver } = await pair(16 * 1024);
    sender.transport.send([snapshotMessage(randomBytes(32 * 1024 * 1024))]);
    await waitFor(() => temporaryFiles(receiver.directory).length === 1, "temp file appears");
    await receiver.transport.stop(); // removes its partial file
    expect(temporaryFiles(receiver.directory)).toEqual([]);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: false }]);
    expect(sender.recorded.unreachable).toContain(2);
  });

  it("removes the temp and completed snapshot files an earlier run left, and nothing else", async () => {
    const node = makeNode({ nodeId: 2 });
    const stale = [
      ".incoming-1-abcdef012345.tmp",
      "snapshot-1-3-42-abcdef012345.snap",
      "snapshot-3-10-9000-0123456789ab.snap",
    ];
    const others = ["snap-00000000000000000042-00000000000000000003.snap", "notes.txt"];
    for (const name of [...stale, ...others]) {
      writeFileSync(join(node.directory, name), "left over");
    }
    running.push(node);
    await node.transport.start();
    expect(readdirSync(node.directory).sort()).toEqual([...others].sort());
    expect(logsMatching(node.records, "removed stale received snapshot files")).toMatchObject([
      { removed: 3, directory: node.directory },
    ]);
  });

  it("a completed snapshot left by a run that stopped before the node took it is removed", async () => {
    const directory = scratchDirectory();
    const receiver = makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) }, { directory });
    running.push(receiver);
    await receiver.transport.start();
    const sender = makeNode({ nodeId: 1, peers: new Map([[2, receiver.address()]]) });
    running.push(sender);
    await sender.transport.start();
    sender.transport.send([snapshotMessage(randomBytes(1000))]);
    await waitFor(() => receiver.recorded.snapshots.length === 1, "snapshot");
    const file = receiver.recorded.snapshots[0]!.file; // the node never moved or deleted it
    await receiver.transport.stop();
    const restarted = makeNode({ nodeId: 2 }, { directory });
    running.push(restarted);
    await restarted.transport.start();
    expect(existsSync(file)).toBe(false);
    expect(readdirSync(directory)).toEqual([]);
  });
});

describe("snapshot sources", () => {
  it("a memory source reads views of its data", async () => {
    const data = randomBytes(1000);
    const source = memorySnapshotSource(data);
    expect(source.sizeBytes).toBe(1000);
    expect(source.file).toBeUndefined();
    expect(Buffer.compare(await source.read(100, 300), data.subarray(100, 400))).toBe(0);
    expect((await source.read(1000, 0)).byteLength).toBe(0);
    expect(() => source.read(900, 101)).toThrow(/beyond its size/);
    await source.close();
  });

  it("a file source reads ranges of the file it opened, sized by fstat", async () => {
    const file = join(scratchDirectory(), "data.snap");
    const data = randomBytes(200_000);
    writeFileSync(file, data);
    const source = openFileSnapshotSource(file);
    expect(descriptorsOn(file)).toBe(1);
    expect(source.file).toBe(file);
    expect(source.sizeBytes).toBe(200_000);
    expect(Buffer.compare(await source.read(0, 65_536), data.subarray(0, 65_536))).toBe(0);
    expect(Buffer.compare(await source.read(199_999, 1), data.subarray(199_999))).toBe(0);
    expect((await source.read(200_000, 0)).byteLength).toBe(0);
    const pending = source.read(100_000, 100_000);
    expect(() => source.read(0, 1)).toThrow(/another is in flight/);
    const closed = source.close(); // waits for the read in flight
    expect(Buffer.compare(await pending, data.subarray(100_000))).toBe(0);
    await closed;
    expect(descriptorsOn(file)).toBe(0);
    expect(() => source.read(0, 1)).toThrow(/after close/);
    await source.close(); // idempotent
  });

  it("a file that shrinks under a source fails the read with the file and offset", async () => {
    const file = join(scratchDirectory(), "data.snap");
    writeFileSync(file, randomBytes(10_000));
    const source = openFileSnapshotSource(file);
    truncateSync(file, 6_000);
    const failure = await source.read(4_000, 4_000).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(SnapshotSourceError);
    expect((failure as SnapshotSourceError).file).toBe(file);
    expect((failure as SnapshotSourceError).offsetBytes).toBe(6_000);
    expect(String(failure)).toContain(`${file} at byte offset 6000`);
    await source.close();
    expect(descriptorsOn(file)).toBe(0);
  });

  it("a missing file or a directory cannot be opened, and leaves no descriptor", () => {
    const directory = scratchDirectory();
    const missing = join(directory, "missing.snap");
    expect(() => openFileSnapshotSource(missing)).toThrow(SnapshotSourceError);
    expect(() => openFileSnapshotSource(missing)).toThrow(`${missing} at byte offset 0`);
    const subdirectory = join(directory, "sub");
    mkdirSync(subdirectory);
    expect(() => openFileSnapshotSource(subdirectory)).toThrow(/not a regular file/);
    expect(descriptorsOn(subdirectory)).toBe(0);
  });
});

describe("snapshot streaming from a file", () => {
  it("streams a several-MiB file in small chunks, byte-identical, and closes it", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const data = randomBytes(5 * 1024 * 1024 + 77); // 81 chunks
    const file = snapshotFile(data);
    sender.transport.send([heartbeat(1, 2)]);
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array([1, 2, 3])), file);
    sender.transport.send([heartbeat(1, 2, 7)]);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);
    const { message, file: received } = receiver.recorded.snapshots[0]!;
    expect(message.snapshot.metadata.index).toBe(42);
    expect(message.snapshot.data.byteLength).toBe(0); // the message's own data is ignored
    expect(Buffer.compare(readFileSync(received), data)).toBe(0);
    await waitFor(() => receiver.recorded.messages.length === 2, "heartbeats");
    await waitFor(() => descriptorsOn(file) === 0, "the snapshot file closed");
    expect(logsMatching(sender.records, file).length).toBeGreaterThan(0); // "streaming snapshot"
  });

  it("a file unlinked right after sendSnapshot still arrives whole", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const data = randomBytes(3 * 1024 * 1024);
    const file = snapshotFile(data);
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), file);
    unlinkSync(file); // as a snapshot store pruning the file
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);
    const received = receiver.recorded.snapshots[0]!.file;
    expect(Buffer.compare(readFileSync(received), data)).toBe(0);
    await waitFor(() => descriptorsOn(file) === 0, "the unlinked file closed");
  });

  it("an empty file is one chunk", async () => {
    const { sender, receiver } = await pair(1024);
    sender.transport.sendSnapshot(
      snapshotMessage(new Uint8Array(0)),
      snapshotFile(Buffer.alloc(0)),
    );
    await waitFor(() => receiver.recorded.snapshots.length === 1, "snapshot");
    expect(readFileSync(receiver.recorded.snapshots[0]!.file).byteLength).toBe(0);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);
  });

  it("a missing file: status false after the call, logged with the path; the link carries on", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const missing = join(scratchDirectory(), "missing.snap");
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), missing);
    expect(sender.recorded.snapshotStatus).toEqual([]); // never from within the call
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: false }]);
    const logged = logsMatching(sender.records, missing);
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ file: missing, offsetBytes: 0 });
    sender.transport.send([heartbeat(1, 2, 5)]);
    await waitFor(() => receiver.recorded.messages.length === 1, "a heartbeat after the failure");
    expect(receiver.recorded.snapshots).toHaveLength(0);
  });

  it("a read failure mid-stream aborts it: the receiver drops its temp file, the link redials", async () => {
    const chunkBytes = 64 * 1024;
    const { sender, receiver } = await pair(chunkBytes);
    const file = snapshotFile(randomBytes(8 * chunkBytes));
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), file);
    // The first chunk still reads whole; the second ends early (the file shrank under it).
    truncateSync(file, chunkBytes + chunkBytes / 2);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: false }]);
    const logged = logsMatching(sender.records, "cannot read the snapshot file");
    expect(logged).toHaveLength(1);
    expect(logged[0]).toMatchObject({ file, offsetBytes: chunkBytes + chunkBytes / 2 });
    await waitFor(() => descriptorsOn(file) === 0, "the snapshot file closed");
    // The receiver saw the stream start, then the connection close, and deleted its file.
    await waitFor(() => logsMatching(receiver.records, "ESNAPSHOTABORT").length > 0, "close");
    expect(logsMatching(receiver.records, "receiving snapshot")).toHaveLength(1);
    await waitFor(() => temporaryFiles(receiver.directory).length === 0, "temp file deleted");
    expect(receiver.recorded.snapshots).toHaveLength(0);
    // A deliberate abort is not a drop: no unreachable report; the next frame dials again.
    sender.transport.send([heartbeat(1, 2, 9)]);
    await waitFor(() => receiver.recorded.messages.length === 1, "a heartbeat after the abort");
    expect(sender.recorded.unreachable).toEqual([]);
  });

  it("queues at most the window plus one chunk against a peer that stops reading", async () => {
    const peer = await stalledPeer(2);
    const sender = makeNode({
      nodeId: 1,
      peers: new Map([[2, peer.address]]),
      snapshotChunkBytes: 64 * 1024,
    });
    running.push(sender);
    await sender.transport.start();
    const file = join(scratchDirectory(), "sparse.snap");
    writeFileSync(file, "");
    truncateSync(file, 256 * 1024 * 1024); // sparse: far more than the socket buffers hold
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), file);
    const windowBytes = DEFAULT_TRANSPORT_SETTINGS.snapshotWindowBytes;
    const boundBytes = windowBytes + 64 * 1024 + SNAPSHOT_CHUNK_OVERHEAD_BYTES;
    await waitFor(
      () => sender.transport.stats().snapshotQueuedBytesPeak >= windowBytes,
      "the queue to reach the window",
    );
    await settle();
    expect(sender.transport.stats().snapshotQueuedBytesPeak).toBeLessThanOrEqual(boundBytes);
    expect(descriptorsOn(file)).toBe(1);
    // stop() mid-stream closes the descriptor before it resolves and calls nothing after.
    await sender.transport.stop();
    expect(descriptorsOn(file)).toBe(0);
    await settle();
    expect(sender.recorded.snapshotStatus).toEqual([]);
    expect(sender.recorded.unreachable).toEqual([]);
    await peer.close();
  });

  it("stop() before the connection opens closes the descriptor", async () => {
    const sender = makeNode({ nodeId: 1, peers: new Map([[2, "127.0.0.1:1"]]) });
    running.push(sender);
    await sender.transport.start();
    const file = snapshotFile(randomBytes(1024));
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), file);
    expect(descriptorsOn(file)).toBe(1);
    await sender.transport.stop();
    expect(descriptorsOn(file)).toBe(0);
    await settle();
    expect(sender.recorded.snapshotStatus).toEqual([]);
  });

  it("a second snapshot while one streams is refused without opening its file", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const data = randomBytes(2 * 1024 * 1024);
    const first = snapshotFile(data);
    const second = snapshotFile(randomBytes(1024));
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), first);
    sender.transport.sendSnapshot(snapshotMessage(new Uint8Array(0)), second);
    expect(descriptorsOn(second)).toBe(0);
    await waitFor(() => sender.recorded.snapshotStatus.length === 2, "both statuses");
    expect(sender.recorded.snapshotStatus).toEqual([
      { peerId: 2, ok: false },
      { peerId: 2, ok: true },
    ]);
    expect(Buffer.compare(readFileSync(receiver.recorded.snapshots[0]!.file), data)).toBe(0);
    await waitFor(() => descriptorsOn(first) === 0, "the first file closed");
  });

  it("a snapshot to an unknown peer is dropped, counted and reported failed, by both paths", async () => {
    const sender = makeNode({ nodeId: 1 });
    running.push(sender);
    await sender.transport.start();
    const file = snapshotFile(randomBytes(1024));
    const message = { ...snapshotMessage(randomBytes(10)), to: 9 };
    sender.transport.sendSnapshot(message, file);
    sender.transport.send([message]);
    expect(sender.recorded.snapshotStatus).toEqual([]);
    expect(descriptorsOn(file)).toBe(0);
    await waitFor(() => sender.recorded.snapshotStatus.length === 2, "statuses");
    expect(sender.recorded.snapshotStatus).toEqual([
      { peerId: 9, ok: false },
      { peerId: 9, ok: false },
    ]);
    expect(sender.transport.stats().droppedFrames).toBe(2);
    expect(logsMatching(sender.records, "message to unknown peer dropped")).toHaveLength(2);
  });
});

describe("a peer's link replaced or removed mid-stream", () => {
  for (const how of ["addPeer with a new address", "removePeer"] as const) {
    it(`reports the cut snapshot as failed (${how})`, async () => {
      // A peer that accepts connections and never answers: the stream stays pending.
      const silent = createServer(() => {});
      await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
      const port = (silent.address() as AddressInfo).port;
      try {
        const sender = makeNode({ nodeId: 1, peers: new Map([[2, `127.0.0.1:${port}`]]) });
        running.push(sender);
        await sender.transport.start();
        sender.transport.sendSnapshot(
          snapshotMessage(new Uint8Array(0)),
          snapshotFile(randomBytes(4096)),
        );
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(sender.recorded.snapshotStatus).toEqual([]);
        if (how === "removePeer") sender.transport.removePeer(2);
        else sender.transport.addPeer(2, "127.0.0.1:1");
        expect(sender.recorded.snapshotStatus).toEqual([]);
        await waitFor(() => sender.recorded.snapshotStatus.length === 1, "the status");
        expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: false }]);
      } finally {
        silent.close();
      }
    });
  }
});

describe("snapshot acknowledgement", () => {
  it("waits for the node's verdict: ok once it accepts, not ok (with a reason) when it refuses", async () => {
    let decide: (ok: boolean) => void = () => {};
    const verdicts: boolean[] = [];
    const { sender, receiver } = await pair(4096, () => {
      return new Promise<boolean>((resolve) => {
        decide = (ok) => {
          verdicts.push(ok);
          resolve(ok);
        };
      });
    });
    sender.transport.send([snapshotMessage(randomBytes(10_000))]);
    await waitFor(() => receiver.recorded.snapshots.length === 1, "the snapshot to arrive");
    // Raft traffic still flows while the node decides; the sender hears nothing yet.
    sender.transport.send([heartbeat(1, 2)]);
    await waitFor(() => receiver.recorded.messages.length === 1, "a heartbeat");
    expect(sender.recorded.snapshotStatus).toEqual([]);
    decide(true);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "the acknowledgement");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);

    sender.transport.send([snapshotMessage(randomBytes(10_000))]);
    await waitFor(() => receiver.recorded.snapshots.length === 2, "the second snapshot");
    decide(false);
    await waitFor(() => sender.recorded.snapshotStatus.length === 2, "the refusal");
    expect(sender.recorded.snapshotStatus[1]).toEqual({ peerId: 2, ok: false });
    expect(logsMatching(sender.records, "peer failed to store the snapshot")).toHaveLength(1);
    expect(verdicts).toEqual([true, false]);
  });
});

describe("snapshot receiver", () => {
  it("abort deletes the temp file of a stream whose chunks are all written", async () => {
    const directory = scratchDirectory();
    const receiver = new SnapshotReceiver({
      directory,
      peerId: 1,
      logger: captureLogger().logger,
      onComplete: async () => "accepted",
      sendAck: () => undefined,
      pauseReading: () => undefined,
      resumeReading: () => undefined,
    });
    receiver.handleChunk({
      streamId: 1,
      offset: 0,
      data: randomBytes(1000),
      last: false,
      message: encodeRaftMessage(snapshotMessage(new Uint8Array(0))),
    });
    await waitFor(
      () => temporaryFiles(directory).length === 1,
      "the first chunk written to a temp file",
    );
    await receiver.abort(); // the connection closed between chunks, with no disk work queued
    expect(readdirSync(directory)).toEqual([]);
    expect(descriptorsOn(directory)).toBe(0); // nor its descriptor left open
  });
});
