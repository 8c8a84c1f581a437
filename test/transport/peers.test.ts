import { afterEach, describe, expect, it } from "vitest";
import {
  ClientConnection,
  ConnectionClosedError,
  RequestTimeoutError,
} from "../../src/transport/index.js";
import { heartbeat, logsMatching, makeNode, type TestNode, waitFor } from "./helpers.js";

const running: TestNode[] = [];

async function started(node: TestNode): Promise<TestNode> {
  running.push(node);
  await node.transport.start();
  return node;
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

/** Node 1 knows node 2 at `address`; node 2 knows node 1. */
async function pair(extra: Parameters<typeof makeNode>[0] extends infer T ? Partial<T> : never) {
  const b = await started(makeNode({ ...extra, nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) }));
  const a = await started(makeNode({ ...extra, nodeId: 1, peers: new Map([[2, b.address()]]) }));
  b.transport.addPeer(1, a.address());
  return { a, b };
}

describe("TcpTransport between peers", () => {
  it("delivers Raft messages both ways over each side's own outbound connection", async () => {
    const { a, b } = await pair({});
    a.transport.send([heartbeat(1, 2, 5)]);
    await waitFor(() => b.recorded.messages.length === 1, "b receives");
    expect(b.recorded.messages[0]).toMatchObject({ type: 7, from: 1, to: 2, commit: 5 });
    b.transport.send([heartbeat(2, 1, 6)]);
    await waitFor(() => a.recorded.messages.length === 1, "a receives");
    expect(a.recorded.messages[0]).toMatchObject({ from: 2, to: 1, commit: 6 });
  });

  it("batches the frames sent in one turn into one socket write", async () => {
    const { a, b } = await pair({});
    a.transport.send([heartbeat(1, 2, 1)]);
    await waitFor(() => b.recorded.messages.length === 1, "connection up");
    const before = a.transport.stats();
    for (let commit = 2; commit <= 101; commit += 1) {
      a.transport.send([heartbeat(1, 2, commit)]);
    }
    await waitFor(() => b.recorded.messages.length === 101, "100 messages");
    const after = a.transport.stats();
    expect(after.socketWrites - before.socketWrites).toBe(1);
    expect(after.framesSent - before.framesSent).toBe(100);
    expect(b.recorded.messages.map((m) => (m.type === 7 ? m.commit : 0))).toEqual(
      Array.from({ length: 101 }, (_, i) => i + 1),
    );
  });

  it("flush() writes the frames queued in this turn at once, in one socket write per peer", async () => {
    const { a, b } = await pair({});
    a.transport.send([heartbeat(1, 2, 1)]);
    await waitFor(() => b.recorded.messages.length === 1, "connection up");
    const before = a.transport.stats();
    a.transport.send([heartbeat(1, 2, 2), heartbeat(1, 2, 3)]);
    a.transport.flush();
    // Synchronously, before the turn ends.
    const after = a.transport.stats();
    expect(after.socketWrites - before.socketWrites).toBe(1);
    expect(after.framesSent - before.framesSent).toBe(2);
    await waitFor(() => b.recorded.messages.length === 3, "both delivered");
    expect(a.transport.stats().socketWrites - before.socketWrites).toBe(1);
  });

  it("reconnects with bounded backoff after the server restarts", async () => {
    const b1 = makeNode({ nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) });
    await started(b1);
    const port = b1.transport.address().port;
    const a = await started(
      makeNode({
        nodeId: 1,
        peers: new Map([[2, `127.0.0.1:${port}`]]),
        reconnectDelayMsMin: 10,
        reconnectDelayMsMax: 100,
      }),
    );
    a.transport.send([heartbeat(1, 2, 1)]);
    await waitFor(() => b1.recorded.messages.length === 1, "first delivery");
    await b1.transport.stop();
    await waitFor(() => a.recorded.unreachable.includes(2), "unreachable reported");
    a.transport.send([heartbeat(1, 2, 2)]);
    // Dials fail (nothing listens) and are retried with backoff while the frame waits.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const failures = logsMatching(a.records, "could not connect to peer").length;
    expect(failures).toBeGreaterThan(1);
    expect(failures).toBeLessThan(100); // backoff, not a busy loop
    const b2 = await started(
      makeNode({ nodeId: 2, peers: new Map([[1, a.address()]]), listenPort: port }),
    );
    await waitFor(() => b2.recorded.messages.length === 1, "delivery after restart", 5_000);
    expect(b2.recorded.messages[0]).toMatchObject({ commit: 2 });
  });

  it("drops and reports frames beyond the send-queue bound instead of growing", async () => {
    // Port 1 refuses connections: frames wait in the queue, bounded at 1 KiB.
    const a = await started(
      makeNode({
        nodeId: 1,
        peers: new Map([[2, "127.0.0.1:1"]]),
        sendQueueBytesMax: 1024,
        reconnectDelayMsMin: 1000,
        reconnectDelayMsMax: 1000,
      }),
    );
    const big = { ...heartbeat(1, 2), context: new Uint8Array(200) };
    for (let i = 0; i < 50; i += 1) {
      a.transport.send([big]);
    }
    const stats = a.transport.stats();
    expect(stats.droppedFrames).toBeGreaterThanOrEqual(45);
    await waitFor(() => a.recorded.unreachable.includes(2), "overflow reported");
    // Reported once per overflow episode (plus once per failed dial), not once per frame.
    expect(a.recorded.unreachable.length).toBeLessThanOrEqual(3);
    expect(logsMatching(a.records, "send queue full").length).toBeGreaterThan(0);
  });

  it("drops messages to unknown peers and counts them", async () => {
    const a = await started(makeNode({ nodeId: 1 }));
    a.transport.send([heartbeat(1, 9)]);
    expect(a.transport.stats().droppedFrames).toBe(1);
  });
});

describe("ClientConnection", () => {
  it("sends requests and matches responses by id", async () => {
    const node = await started(makeNode({ nodeId: 1 }));
    const client = await ClientConnection.connect({
      address: node.address(),
      clusterId: "test-cluster",
    });
    const responses = await Promise.all(
      [1, 2, 3].map((n) =>
        client.request(
          { propose: { clientId: 7, sequence: n, command: new Uint8Array([n]) } },
          5_000,
        ),
      ),
    );
    expect(responses.map((response) => Array.from(response.ok?.result ?? []))).toEqual([
      [1],
      [2],
      [3],
    ]);
    expect(node.recorded.clientRequests.map((request) => request.requestId)).toEqual([1, 2, 3]);
    client.close();
  });

  it("times out a request the node never answers, and fails pending ones on close", async () => {
    const node = await started(makeNode({ nodeId: 1 }, { onClientRequest: () => undefined }));
    const client = await ClientConnection.connect({
      address: node.address(),
      clusterId: "test-cluster",
    });
    await expect(client.request({ status: {} }, 50)).rejects.toBeInstanceOf(RequestTimeoutError);
    const pending = client.request({ status: {} }, 10_000).catch((error: unknown) => error);
    await node.transport.stop();
    expect(await pending).toBeInstanceOf(ConnectionClosedError);
    await expect(client.request({ status: {} }, 100)).rejects.toBeInstanceOf(ConnectionClosedError);
  });

  it("fails to connect to a closed port with ConnectionClosedError", async () => {
    await expect(
      ClientConnection.connect({ address: "127.0.0.1:1", clusterId: "test-cluster" }),
    ).rejects.toBeInstanceOf(ConnectionClosedError);
  });
});

describe("TcpTransport peer incarnations", () => {
  it("knows a peer's incarnation only while a connection to it is open", async () => {
    const { a, b } = await pair({ incarnation: 7 });
    const seen = () => a.transport.peerIncarnation(2);
    expect(seen()).toBeUndefined();
    a.transport.send([heartbeat(1, 2)]);
    await waitFor(() => b.recorded.messages.length === 1, "b receives");
    await waitFor(() => seen() === 7, "a learns b's incarnation from the handshake");
    // b's process is gone: what its handshake said no longer vouches for the node behind id 2
    // (a wiped node restarted under that id runs another incarnation).
    await b.transport.stop();
    running.splice(running.indexOf(b), 1);
    await waitFor(() => seen() === undefined, "a forgets it once the connection closed");
  });
});
