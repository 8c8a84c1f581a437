/**
 * Cluster generations in the handshake (Hello.generation in src/proto/raft.proto): two nodes of
 * different generations never open a connection unless the older one adopts the newer
 * generation; the newer one is learned even by a node the newer configuration does not list;
 * clients have no generation.
 */
import { afterEach, describe, expect, it } from "vitest";
import { ClientConnection } from "../../src/transport/index.js";
import { heartbeat, makeNode, type TestNode, waitFor } from "./helpers.js";

const running: TestNode[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((node) => node.transport.stop()));
});

async function started(node: TestNode): Promise<TestNode> {
  running.push(node);
  await node.transport.start();
  return node;
}

function closedWith(node: TestNode, code: string): boolean {
  return node.records.some((record) => record.msg === "connection closed" && record.code === code);
}

describe("handshake generations", () => {
  it("a node of the abandoned configuration learns the newer generation and is refused", async () => {
    // The forced node (generation 1) no longer lists node 2; node 2 still dials it.
    const forced = await started(makeNode({ nodeId: 1, generation: 1 }));
    const shown: Array<[number, number]> = [];
    const abandoned = await started(
      makeNode(
        { nodeId: 2, peers: new Map([[1, forced.address()]]) },
        {
          onNewerGeneration: (nodeId, generation) => {
            shown.push([nodeId, generation]);
            return false;
          },
        },
      ),
    );
    abandoned.transport.send([heartbeat(2, 1)]);
    await waitFor(() => shown.length > 0, "node 2 learns generation 1");
    expect(shown[0]).toEqual([1, 1]);
    await waitFor(() => closedWith(abandoned, "EGENERATION"), "node 2 closes with EGENERATION");
    expect(forced.recorded.messages).toEqual([]);
    expect(closedWith(forced, "EUNKNOWNNODE")).toBe(false);
  });

  it("a newer dialer is refused by a node that does not adopt its generation", async () => {
    const shown: Array<[number, number]> = [];
    const old = await started(
      makeNode(
        { nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) },
        {
          onNewerGeneration: (nodeId, generation) => {
            shown.push([nodeId, generation]);
            return false;
          },
        },
      ),
    );
    const forced = await started(
      makeNode({ nodeId: 1, generation: 3, peers: new Map([[2, old.address()]]) }),
    );
    forced.transport.send([heartbeat(1, 2)]);
    await waitFor(() => closedWith(forced, "EGENERATION"), "the forced node is refused");
    expect(shown[0]).toEqual([1, 3]);
    expect(old.recorded.messages).toEqual([]);
  });

  it("a node that adopts the newer generation (acceptor) opens, and dials with it after", async () => {
    const fresh = await started(
      makeNode(
        { nodeId: 2, peers: new Map([[1, "127.0.0.1:1"]]) },
        { onNewerGeneration: () => true },
      ),
    );
    const forced = await started(
      makeNode({ nodeId: 1, generation: 3, peers: new Map([[2, fresh.address()]]) }),
    );
    forced.transport.send([heartbeat(1, 2, 5)]);
    await waitFor(() => fresh.recorded.messages.length === 1, "the fresh node receives");
    expect(fresh.recorded.messages[0]).toMatchObject({ from: 1, commit: 5 });
    // Its own dial now carries generation 3: the forced node (no adoption handler) accepts.
    fresh.transport.addPeer(1, forced.address());
    fresh.transport.send([heartbeat(2, 1)]);
    await waitFor(() => forced.recorded.messages.length === 1, "the forced node receives");
    expect(closedWith(forced, "EGENERATION")).toBe(false);
  });

  it("a dialer that adopts the acceptor's newer generation gets in on the same connection", async () => {
    const forced = await started(makeNode({ nodeId: 1, generation: 2 }));
    forced.transport.addPeer(2, "127.0.0.1:1");
    const fresh = await started(
      makeNode(
        { nodeId: 2, peers: new Map([[1, forced.address()]]) },
        { onNewerGeneration: () => true },
      ),
    );
    fresh.transport.send([heartbeat(2, 1, 0)]);
    await waitFor(() => forced.recorded.messages.length === 1, "the forced node receives");
    expect(closedWith(fresh, "EGENERATION")).toBe(false);
    expect(closedWith(forced, "EGENERATION")).toBe(false);
  });

  it("still refuses an unknown node once the generations agree", async () => {
    const forced = await started(makeNode({ nodeId: 1, generation: 2 }));
    const stranger = await started(
      makeNode(
        { nodeId: 7, peers: new Map([[1, forced.address()]]) },
        { onNewerGeneration: () => true },
      ),
    );
    stranger.transport.send([heartbeat(7, 1)]);
    await waitFor(() => closedWith(forced, "EUNKNOWNNODE"), "node 7 is refused as unknown");
    expect(forced.recorded.messages).toEqual([]);
  });

  it("clients have no generation", async () => {
    const node = await started(makeNode({ nodeId: 1, generation: 4 }));
    const client = await ClientConnection.connect({
      address: node.address(),
      clusterId: "test-cluster",
    });
    const response = await client.request(
      { propose: { clientId: 7, sequence: 1, command: new Uint8Array([9]) } },
      5_000,
    );
    expect(Array.from(response.ok?.result ?? [])).toEqual([9]);
    client.close();
  });
});
