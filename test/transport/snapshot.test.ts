import { randomBytes } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import type { SnapshotRequest } from "../../src/raft/types.js";
import { heartbeat, logsMatching, makeNode, type TestNode, waitFor } from "./helpers.js";

const running: TestNode[] = [];

afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

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
        },
      },
      data,
    },
  };
}

async function pair(chunkBytes: number) {
  const receiver = makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) });
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

describe("snapshot streaming", () => {
  it("streams a multi-chunk snapshot to a temp file, renames it and acknowledges", async () => {
    const { sender, receiver } = await pair(64 * 1024);
    const data = randomBytes(1024 * 1024 + 123); // 17 chunks
    sender.transport.send([heartbeat(1, 2), snapshotMessage(data), heartbeat(1, 2, 7)]);
    await waitFor(() => sender.recorded.snapshotStatus.length === 1, "snapshot status");
    expect(sender.recorded.snapshotStatus).toEqual([{ peerId: 2, ok: true }]);
    expect(receiver.recorded.snapshots).toHaveLength(1);
    const { message, file } = receiver.recorded.snapshots[0]!;
    expect(message.snapshot.metadata).toEqual(snapshotMessage(data).snapshot.metadata);
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

  it("removes stale temp files at start", async () => {
    const first = makeNode({ nodeId: 2 });
    const stale = `${first.directory}/.incoming-1-abcdef.tmp`;
    const { writeFileSync } = await import("node:fs");
    writeFileSync(stale, "partial");
    running.push(first);
    await first.transport.start();
    expect(existsSync(stale)).toBe(false);
  });
});
