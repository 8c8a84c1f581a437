/**
 * Wires a ShardEngine to a metadata node: the reconciler runs after every apply and every
 * installed snapshot, beside the apply loop (docs/architecture.md, "The engine").
 */
import type { Logger } from "pino";
import {
  type MetadataEvent,
  type MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
  type Shard,
} from "../metadata/index.js";
import type { VectorRequestHandler } from "../node/client-service.js";
import type { Clock } from "../node/clock.js";
import type { RaftNode } from "../node/raft-node.js";
import { RuvraftError } from "../util/errors.js";
import { type PeerRequester, PeerRequests } from "./peer-requests.js";
import { type PlacementReader, ShardReconciler } from "./reconciler.js";
import { type NodeDescription, SelfDescriber } from "./self-description.js";
import type { ShardEngine } from "./shard-engine.js";
import { ShardSyncer } from "./shard-sync.js";
import { ShardStatsReporter } from "./stats-reporter.js";
import { VectorService } from "./vector-service.js";

/** A node whose state machine is the metadata projector. */
type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;

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
    appliedIndex: () => projector.appliedIndex,
  };
}

/**
 * True once the node has applied what it knew committed when it started (its own replay):
 * before that its view may be empty or old, and acting on it would drop or copy wrongly.
 * (Waiting for applied == commit each time would starve under steady writes.)
 */
function placementReadyOf(node: MetadataNode): () => boolean {
  let startCommitIndex: number | undefined;
  return () => {
    if (!node.isRunning()) return false;
    const status = node.status();
    startCommitIndex ??= status.commitIndex;
    return status.appliedIndex >= startCommitIndex;
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
  node: MetadataNode,
  projector: MetadataProjector,
  engine: ShardEngine,
  options: AttachEngineOptions,
): Promise<ShardReconciler> {
  await engine.open();
  const reconciler = new ShardReconciler({
    nodeId: node.config.nodeId,
    engine,
    placement: projectorPlacement(projector),
    clock: options.clock,
    onFatal: options.onFatal,
    placementReady: placementReadyOf(node),
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

export interface StartVectorServiceOptions {
  clock: Clock;
  logger?: Logger;
  onFatal: (error: unknown) => void;
  /** This node's address, capacity and labels from its configuration (self-description.ts). */
  description?: NodeDescription;
  /** How often held shards' numbers are compared and reported (stats-reporter.ts). */
  statsIntervalMs?: number;
}

/**
 * The data path of a node (src/engine/vector-service.ts), its shard copies
 * (src/engine/shard-sync.ts), its self-description (src/engine/self-description.ts) and its
 * shard stats (src/engine/stats-reporter.ts), with
 * connections to the other nodes (the node's cluster id, cluster secret and TLS files).
 * `handler` answers the client protocol's vector requests; `close()` stops the syncer and the
 * describer and drops the connections.
 */
export function startVectorService(
  node: MetadataNode,
  projector: MetadataProjector,
  engine: ShardEngine,
  options: StartVectorServiceOptions,
): { handler: VectorRequestHandler; syncer: ShardSyncer; close: () => Promise<void> } {
  const config = node.config;
  const logger = options.logger;
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
    catchUp: () => node.catchUp(),
    leaderKnown: () => node.leaderId() !== undefined,
    ...(logger === undefined ? {} : { logger }),
  });
  const { syncer, describer, reporter } = startProposers(node, projector, engine, peers, options);
  const notify = () => {
    syncer.notify();
    describer.notify();
  };
  node.on("applied", notify);
  node.on("snapshot", notify);
  notify();
  return {
    handler: (request) => service.handle(request),
    syncer,
    close: async () => {
      node.off("applied", notify);
      node.off("snapshot", notify);
      describer.stop();
      await reporter.stop();
      await syncer.stop();
      peers.close();
    },
  };
}

/**
 * The parts of the vector service that propose metadata events through the leader: the shard
 * syncer, the self-describer and the shard stats reporter (started).
 */
function startProposers(
  node: MetadataNode,
  projector: MetadataProjector,
  engine: ShardEngine,
  peers: PeerRequester,
  options: StartVectorServiceOptions,
): { syncer: ShardSyncer; describer: SelfDescriber; reporter: ShardStatsReporter } {
  const nodeId = node.config.nodeId;
  const logger = options.logger;
  const propose = (event: MetadataEvent) => proposeThroughLeader(node, peers, event);
  const syncer = new ShardSyncer({
    nodeId,
    engine,
    projector,
    peers,
    clock: options.clock,
    onFatal: options.onFatal,
    placementReady: placementReadyOf(node),
    propose,
    ...(logger === undefined ? {} : { logger }),
  });
  const describer = new SelfDescriber({
    nodeId,
    description: options.description ?? {},
    projector,
    propose,
    clock: options.clock,
    ...(logger === undefined ? {} : { logger }),
  });
  const reporter = new ShardStatsReporter({
    nodeId,
    engine,
    propose,
    clock: options.clock,
    ...(options.statsIntervalMs === undefined ? {} : { intervalMs: options.statsIntervalMs }),
    ...(logger === undefined ? {} : { logger }),
  });
  reporter.start();
  return { syncer, describer, reporter };
}

/** Proposes on this node when it leads, else sends the command to the leader it knows. */
async function proposeThroughLeader(
  node: MetadataNode,
  peers: PeerRequester,
  event: MetadataEvent,
): Promise<MetadataResponse> {
  if (node.isLeader()) return node.propose(event);
  const leader = node.leaderAddress();
  if (leader === "") throw new RuvraftError("ENOTLEADER", "no leader is known to this node");
  const response = await peers.request(leader, {
    propose: { clientId: 0, sequence: 0, command: metadataCodec.encodeCommand(event) },
  });
  return metadataCodec.decodeResponse(response.ok?.result ?? new Uint8Array());
}
