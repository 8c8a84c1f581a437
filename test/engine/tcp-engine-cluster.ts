/**
 * Metadata nodes over real TCP on loopback, each with the Ruvector engine, the data path, shard
 * copies and the metadata controller, as `ruvraft node` runs them; stopped after each test.
 */
import { afterEach } from "vitest";
import { MetadataController } from "../../src/controller/metadata-controller.js";
import {
  attachEngine,
  createRuvectorEngine,
  type DirectoryShardEngine,
  engineAdmission,
  type NodeDescription,
  type ShardReconciler,
  startVectorService,
  type VectorRecord,
} from "../../src/engine/index.js";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
  type Shard,
} from "../../src/metadata/index.js";
import { systemClock } from "../../src/node/clock.js";
import type { RaftNode } from "../../src/node/raft-node.js";
import { tcpCluster } from "../helpers/cluster.js";
import { waitFor } from "../helpers/wait.js";

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;

export interface EngineMember {
  id: number;
  address: string;
  node: MetadataNode;
  projector: MetadataProjector;
  engine: DirectoryShardEngine;
  reconciler: ShardReconciler;
  /** Stops this member (as a crash would leave it: data kept). */
  stop: () => Promise<void>;
}

// Before the cluster stops the nodes (test/helpers/cluster.ts).
const cleanup: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const step of cleanup.splice(0).reverse()) await step();
});

/** Runs `step` after the test (in reverse order of registration). */
export function afterTest(step: () => Promise<void> | void): void {
  cleanup.push(step);
}

export async function startEngineCluster(
  size: number,
  options: {
    watchCapacityEvents?: number;
    /** What each node (by id and its address) configures about itself. */
    describe?: (id: number, address: string) => NodeDescription;
    statsIntervalMs?: number;
  } = {},
): Promise<{ members: EngineMember[]; addresses: string[] }> {
  const cluster = await tcpCluster({
    size,
    application: {
      machine: () =>
        new MetadataProjector(
          options.watchCapacityEvents === undefined
            ? {}
            : { watchCapacityEvents: options.watchCapacityEvents },
        ),
      codec: metadataCodec,
    },
    options: { electionTimeoutMinMs: 100, electionTimeoutMaxMs: 200, heartbeatIntervalMs: 20 },
    seeded: false,
  });
  const peers = cluster.peers;
  const members = await Promise.all(
    peers.map(async (peer): Promise<EngineMember> => {
      const holder: { service?: ReturnType<typeof startVectorService> } = {};
      const node: MetadataNode = cluster.make(peer.id, {
        extras: { admit: engineAdmission, vectors: () => holder.service?.handler },
      });
      const projector = cluster.machine(peer.id);
      const data = cluster.directory(peer.id);
      await node.start();
      const fail = (error: unknown) => {
        throw error;
      };
      const engine = createRuvectorEngine(data);
      const reconciler = await attachEngine(node, projector, engine, {
        clock: systemClock,
        onFatal: fail,
        retryDelayMs: 200,
      });
      holder.service = startVectorService(node, projector, engine, {
        clock: systemClock,
        onFatal: fail,
        ...(options.statsIntervalMs === undefined
          ? {}
          : { statsIntervalMs: options.statsIntervalMs }),
        ...(options.describe === undefined
          ? {}
          : { description: options.describe(peer.id, peer.address) }),
      });
      const controller = new MetadataController(node, projector, { checkIntervalMs: 200 });
      controller.start();
      let stopped = false;
      const stop = async () => {
        if (stopped) return;
        stopped = true;
        controller.stop();
        await holder.service?.close();
        await reconciler.stop();
        await node.stop();
      };
      cleanup.push(stop);
      return { id: peer.id, address: peer.address, node, projector, engine, reconciler, stop };
    }),
  );
  return { members, addresses: peers.map((peer) => peer.address) };
}

/** `count` vectors of `dimensions` values in [-0.5, 0.5), the same for the same seed. */
export function seededVectors(count: number, dimensions: number, seed: number): VectorRecord[] {
  let state = seed >>> 0;
  const next = () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 0x100000000 - 0.5;
  };
  return Array.from({ length: count }, (_, i) => ({
    id: `doc-${i}`,
    vector: Float32Array.from({ length: dimensions }, next),
  }));
}

/** Waits until every member's metadata lists all `members` as registered nodes. */
export async function waitForRegistered(members: readonly EngineMember[]): Promise<void> {
  await waitFor(
    () =>
      members.every((m) => {
        const nodes = m.projector.query({ type: "listNodes" });
        return (
          nodes.ok && nodes.result?.type === "nodes" && nodes.result.nodes.length === members.length
        );
      }),
    `${members.length} registered nodes`,
  );
}

/** The shards of `collection` in `member`'s metadata view. */
export function shardsOf(member: EngineMember, collection: string): Shard[] {
  const response = member.projector.query({ type: "shardsOfCollection", collection });
  return response.ok && response.result?.type === "shards" ? response.result.shards : [];
}
