/**
 * Three metadata nodes, each with a Ruvector engine over its own data directory: every
 * node's stores follow the placement through creation, a node going offline, a restart
 * (half-made store removed) and a drop.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  attachEngine,
  createRuvectorEngine,
  MANIFEST_FILE,
  type ShardReconciler,
} from "../../src/engine/index.js";
import type {
  MetadataEvent,
  MetadataProjector,
  MetadataQuery,
  MetadataResponse,
  Shard,
} from "../../src/metadata/index.js";
import { systemClock } from "../../src/node/clock.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { FAST_TIMING, METADATA, type MemoryCluster, memoryCluster } from "../helpers/cluster.js";
import { create, register } from "../metadata/fixtures.js";

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;
type MetadataCluster = MemoryCluster<
  MetadataEvent,
  MetadataResponse,
  MetadataQuery,
  MetadataProjector
>;
interface Member {
  id: number;
  data: string;
  node: MetadataNode;
  projector: MetadataProjector;
  reconciler: ShardReconciler;
}
const members: Member[] = [];
// Before the cluster stops the nodes (test/helpers/cluster.ts).
afterEach(async () => {
  for (const member of members.splice(0)) await member.reconciler.stop();
});

async function waitFor(what: string, condition: () => boolean): Promise<void> {
  for (let attempt = 0; attempt < 1000; attempt++) {
    if (condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  throw new Error(`timed out waiting for ${what}`);
}

/** Starts member `id` of `cluster` (again, on its data directory) with its engine. */
async function startMember(cluster: MetadataCluster, id: number): Promise<Member> {
  const node = cluster.make(id);
  const projector = cluster.machine(id);
  const data = cluster.directory(id);
  await node.start();
  const reconciler = await attachEngine(node, projector, createRuvectorEngine(data), {
    clock: systemClock,
    onFatal: (error) => {
      throw error;
    },
  });
  const member = { id, data, node, projector, reconciler };
  members.push(member);
  return member;
}

/** The shards placement assigns to `nodeId`, as "collection/shard". */
function assigned(projector: MetadataProjector, nodeId: number): string[] {
  const response = projector.query({ type: "shardsOnNode", nodeId });
  if (!response.ok || response.result?.type !== "shards") throw new Error("no shards");
  return response.result.shards
    .filter((s: Shard) => s.primaryNodeId === nodeId || s.replicaNodeIds.includes(nodeId))
    .map((s) => `${s.collection}/${s.shardId}`)
    .sort();
}

/** The stores on disk, as "collection/shard", read from the directories themselves. */
function storesOnDisk(data: string): string[] {
  const root = path.join(data, "engine");
  if (!fs.existsSync(root)) return [];
  const found: string[] = [];
  for (const collection of fs.readdirSync(root)) {
    for (const shard of fs.readdirSync(path.join(root, collection))) {
      if (fs.existsSync(path.join(root, collection, shard, MANIFEST_FILE))) {
        found.push(`${collection}/${shard}`);
      }
    }
  }
  return found.sort();
}

describe("engines on a metadata cluster", () => {
  it("every node holds exactly its assigned shards, through offline, restart and drop", async () => {
    const cluster = memoryCluster({ size: 3, application: METADATA, options: FAST_TIMING });
    const started = await Promise.all([1, 2, 3].map((id) => startMember(cluster, id)));
    await waitFor("a leader", () => started.some((m) => m.node.isLeader()));
    const leader = started.find((m) => m.node.isLeader()) as Member;
    const accept = async (event: MetadataEvent) => {
      const response = await leader.node.propose(event);
      if (!response.ok) throw new Error(`${response.rule}: ${response.reason}`);
    };
    for (const id of [1, 2, 3]) await accept(register(id));
    await accept(create("docs", { dimensions: 8, shardCount: 6, replicationFactor: 2 }));
    await accept(
      create("images", {
        dimensions: 16,
        metric: "euclidean",
        shardCount: 3,
        replicationFactor: 1,
      }),
    );
    const settled = () =>
      started.every((m) => {
        const want = assigned(m.projector, m.id);
        return want.length > 0 && JSON.stringify(storesOnDisk(m.data)) === JSON.stringify(want);
      });
    await waitFor("stores equal to placement", settled);
    const total = started.reduce((sum, m) => sum + storesOnDisk(m.data).length, 0);
    expect(total).toBe(6 * 2 + 3 * 1);

    // Node 3 goes offline: its shards move to 1 and 2 (replicating); once active there, 3's
    // copies are no longer needed, but 3 keeps them until then.
    const three = started.find((m) => m.id === 3) as Member;
    const threeBefore = storesOnDisk(three.data);
    await accept({ type: "updateNodeStatus", atMs: 2, nodeId: 3, status: "offline" });
    await waitFor("1 and 2 hold everything", () =>
      started
        .filter((m) => m.id !== 3)
        .every(
          (m) =>
            JSON.stringify(storesOnDisk(m.data)) === JSON.stringify(assigned(m.projector, m.id)),
        ),
    );
    expect(storesOnDisk(three.data)).toEqual(threeBefore);
    for (const collection of ["docs", "images"]) {
      const shards = leader.projector.query({ type: "shardsOfCollection", collection });
      if (!shards.ok || shards.result?.type !== "shards") throw new Error("no shards");
      for (const shard of shards.result.shards) {
        if (shard.status === "replicating") {
          await accept({
            type: "setShardStatus",
            atMs: 3,
            collection,
            shardId: shard.shardId,
            status: "active",
          });
        }
      }
    }
    await waitFor("node 3 dropped its moved stores", () => storesOnDisk(three.data).length === 0);

    // A half-made store (no manifest) left by a crash is removed when the engine opens.
    const one = started.find((m) => m !== leader && m !== three) as Member;
    await one.reconciler.stop();
    await one.node.stop();
    members.splice(members.indexOf(one), 1);
    const halfMade = path.join(one.data, "engine", "docs", "99");
    fs.mkdirSync(halfMade, { recursive: true });
    fs.writeFileSync(path.join(halfMade, "vectors.db"), "partial");
    const back = await startMember(cluster, one.id);
    await waitFor(
      "restarted node matches placement",
      () =>
        JSON.stringify(storesOnDisk(back.data)) ===
          JSON.stringify(assigned(back.projector, back.id)) &&
        back.node.status().appliedIndex >= leader.node.status().appliedIndex,
    );
    expect(fs.existsSync(halfMade)).toBe(false);

    await accept({ type: "dropCollection", atMs: 4, name: "docs" });
    await accept({ type: "dropCollection", atMs: 4, name: "images" });
    const everyone = [leader, back, ...started.filter((m) => m !== leader && m.id !== back.id)];
    await waitFor("every store dropped", () =>
      everyone.every((m) => storesOnDisk(m.data).length === 0),
    );
  });
});
