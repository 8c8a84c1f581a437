/** RaftNodes in this process over real TCP on loopback, driven by RaftClient. */
import { afterEach, describe, expect, it } from "vitest";
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient } from "../../src/client/raft-client.js";
import { kvCodec } from "../../src/node/kv-state-machine.js";
import { ClientConnection } from "../../src/transport/index.js";
import { KV, tcpCluster } from "../helpers/cluster.js";
import type { KvNode } from "../node/kv-nodes.js";

// Before the cluster stops the nodes (test/helpers/cluster.ts).
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** `size` nodes on loopback, started, and a RaftClient of all of them. */
async function startCluster(size: number) {
  const cluster = await tcpCluster({
    size,
    application: KV,
    options: { electionTimeoutMinMs: 100, electionTimeoutMaxMs: 200, heartbeatIntervalMs: 20 },
    seeded: false,
  });
  const nodes = await cluster.start();
  const peers = cluster.peers;
  const client = new RaftClient({
    endpoints: peers.map((peer) => peer.address),
    operationTimeoutMs: 10_000,
  });
  cleanup.push(() => client.close());
  return { nodes, peers, client, kv: new KvClient(client) };
}

describe("a cluster over TCP", () => {
  it("elects, replicates and serves every read mode through RaftClient", async () => {
    const { kv, nodes } = await startCluster(3);
    await (nodes[0] as KvNode).waitForLeader(5000);
    expect(await kv.put("a", "1")).toMatchObject({ ok: true });
    expect(await kv.get("a")).toBe("1");
    expect(await kv.get("a", "lease")).toBe("1");
    for (let i = 0; i < 20; i++) await kv.put(`k${i}`, String(i));
    for (let attempt = 0; attempt < 200; attempt++) {
      if ((await kv.get("k19", "stale")) === "19") break;
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    expect(await kv.get("k19", "stale")).toBe("19");
    const status = await kv.client.status();
    expect(status.role).toBe("leader");
    expect((await kv.client.members()).members).toHaveLength(3);
  });

  it("applies a retried proposal exactly once when the first response is lost", async () => {
    const { nodes, peers } = await startCluster(3);
    const leaderId = await (nodes[0] as KvNode).waitForLeader(5000);
    const leader = peers.find((peer) => peer.id === leaderId) as { address: string };
    const connection = await ClientConnection.connect({
      address: leader.address,
      clusterId: "ruvraft",
    });
    cleanup.push(() => connection.close());
    const command = kvCodec.encodeCommand({ op: "cas", key: "once", expected: null, value: "x" });
    // The same session and sequence twice: as a client would after losing the first answer.
    const first = await connection.request(
      { propose: { clientId: 99, sequence: 1, command } },
      5000,
    );
    const retry = await connection.request(
      { propose: { clientId: 99, sequence: 1, command } },
      5000,
    );
    expect(kvCodec.decodeResponse(first.ok?.result as Uint8Array)).toMatchObject({ swapped: true });
    expect(retry.ok?.result).toEqual(first.ok?.result);
    const next = await connection.request(
      { propose: { clientId: 99, sequence: 2, command } },
      5000,
    );
    expect(kvCodec.decodeResponse(next.ok?.result as Uint8Array)).toMatchObject({
      swapped: false,
      value: "x",
    });
  });
});
