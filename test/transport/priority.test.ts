/**
 * Peers before clients: the Raft messages read in a turn of the event loop are stepped before
 * the client requests read in the same turn (TcpTransport.deferClientRequest), so client
 * traffic never holds up heartbeats and votes.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ClientConnection } from "../../src/transport/index.js";
import { heartbeat, makeNode, type TestNode, waitFor } from "./helpers.js";

const running: TestNode[] = [];
const clients: ClientConnection[] = [];
afterEach(async () => {
  for (const client of clients.splice(0)) client.close();
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

/** Blocks the event loop (the kernel meanwhile receives what was written). */
function busyWait(ms: number): void {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // spin
  }
}

describe("peers before clients", () => {
  it("steps a turn's Raft messages before its client requests", async () => {
    const raftSeenByClientRequests: number[] = [];
    const server: TestNode = makeNode(
      { nodeId: 1, peers: new Map([[2, "127.0.0.1:1"]]) },
      {
        onClientRequest: (_request, reply) => {
          raftSeenByClientRequests.push(server.recorded.messages.length);
          reply({ ok: { result: new Uint8Array(0) } });
        },
      },
    );
    running.push(server);
    await server.transport.start();
    const peer = makeNode({ nodeId: 2, peers: new Map([[1, server.address()]]) });
    running.push(peer);
    await peer.transport.start();
    const client = await ClientConnection.connect({
      address: server.address(),
      clusterId: "test-cluster",
    });
    clients.push(client);
    peer.transport.send([heartbeat(2, 1)]);
    await waitFor(() => server.recorded.messages.length === 1, "the peer's connection");

    for (let round = 1; round <= 5; round++) {
      // The client request first, then a Raft message: both written (their flushes are
      // microtasks) and in the server's socket buffers before its next poll reads either.
      const answered = client.request({ status: {} }, 5_000);
      peer.transport.send([heartbeat(2, 1, round)]);
      await Promise.resolve();
      busyWait(30);
      await answered;
      expect(server.recorded.messages).toHaveLength(1 + round);
      // When the client request was answered, the Raft message of its turn had been stepped.
      expect(raftSeenByClientRequests.at(-1)).toBe(1 + round);
    }
  });
});
