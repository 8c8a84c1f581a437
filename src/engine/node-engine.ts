/**
 * Wires a ShardEngine to a metadata node: the reconciler runs after every apply and every
 * installed snapshot, beside the apply loop (docs/architecture.md, "The engine").
 */
import type { Logger } from "pino";
import type {
  MetadataEvent,
  MetadataProjector,
  MetadataQuery,
  MetadataResponse,
  Shard,
} from "../metadata/index.js";
import type { VectorRequestHandler } from "../node/client-service.js";
import type { Clock } from "../node/clock.js";
import type { RaftNode } from "../node/raft-node.js";
import { PeerRequests } from "./peer-requests.js";
import { type PlacementReader, ShardReconciler } from "./reconciler.js";
import type { ShardEngine } from "./shard-engine.js";
import { VectorService } from "./vector-service.js";

/** The projector's placement, read through its queries (every result is read-only). */
export function projectorPlacement(projector: MetadataProjector): PlacementReader {
  return {
    *collections() {
      const listed = projector.query({ type: "listCollections" });
      if (!listed.ok || listed.result?.type !== "collections") return;
      for (const collection of listed.result.collections) {
        const shards = projector.query({
          type: "shardsOfCollection",
          collection: collection.spec.name,
        });
        const list: readonly Shard[] =
          shards.ok && shards.result?.type === "shards" ? shards.result.shards : [];
        yield { collection, shards: list };
      }
    },
  };
}

export interface AttachEngineOptions {
  clock: Clock;
  logger?: Logger;
  concurrency?: number;
  retryDelayMs?: number;
  onFatal: (error: unknown) => void;
}

/**
 * Opens `engine` (removing half-made stores), then reconciles after every apply and once now.
 * Call after node.start(): the data directory's lock is held then, so no other process is
 * creating stores that open() would take for half-made. Returns the reconciler; stop it
 * before closing the engine.
 */
export async function attachEngine(
  node: RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>,
  projector: MetadataProjector,
  engine: ShardEngine,
  options: AttachEngineOptions,
): Promise<ShardReconciler> {
  await engine.open();
  let startCommitIndex: number | undefined;
  const reconciler = new ShardReconciler({
    nodeId: node.config.nodeId,
    engine,
    placement: projectorPlacement(projector),
    clock: options.clock,
    onFatal: options.onFatal,
    // Ready once the node has applied what it knew committed when it started: its own
    // replay. (Waiting for applied == commit each time would starve under steady writes.)
    placementReady: () => {
      if (!node.isRunning()) return false;
      const status = node.status();
      startCommitIndex ??= status.commitIndex;
      return status.appliedIndex >= startCommitIndex;
    },
    ...(options.logger === undefined ? {} : { logger: options.logger }),
    ...(options.concurrency === undefined ? {} : { concurrency: options.concurrency }),
    ...(options.retryDelayMs === undefined ? {} : { retryDelayMs: options.retryDelayMs }),
  });
  const notify = () => reconciler.notify();
  node.on("applied", notify);
  node.on("snapshot", notify);
  reconciler.notify();
  return reconciler;
}

/**
 * The data path of a node (src/engine/vector-service.ts) with its connections to the other
 * nodes (the node's cluster id, cluster secret and TLS files). `handler` answers the client
 * protocol's vector requests; `close()` drops the connections.
 */
export function startVectorService(
  node: RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>,
  projector: MetadataProjector,
  engine: ShardEngine,
  logger?: Logger,
): { handler: VectorRequestHandler; close: () => void } {
  const config = node.config;
  const peers = new PeerRequests({
    clusterId: config.clusterId,
    ...(config.sharedSecret === undefined ? {} : { sharedSecret: config.sharedSecret }),
    ...(config.tls === undefined ? {} : { tls: config.tls }),
    ...(logger === undefined ? {} : { logger }),
  });
  const service = new VectorService({
    nodeId: config.nodeId,
    engine,
    projector,
    peers,
    ...(logger === undefined ? {} : { logger }),
  });
  return { handler: (request) => service.handle(request), close: () => peers.close() };
}
