/**
 * The steps of a RaftNode's start that decide what state it starts from (recoverNode runs
 * them in order): the data directory's incarnation, the generation, the initial snapshot
 * (recovered, founded with the other founders, or empty for a node that joins), a forced new
 * cluster (--force-new-cluster), and the core made over the durable storage.
 * docs/architecture.md, "Node identity" and "Cluster generations", has the rules.
 */
import path from "node:path";
import type { Logger } from "pino";
import { RawNode, raftConfig, SeededRandom } from "../raft/index.js";
import { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import type { FileSystem, SegmentLog } from "../storage/index.js";
import { EMPTY_CONF_STATE, type Entry, type SnapshotMetadata } from "../types/index.js";
import type { AddressBook } from "./address-book.js";
import type { Clock } from "./clock.js";
import { nodeTiming, type RaftNodeConfig } from "./config.js";
import {
  type CurrentSnapshot,
  DurableStorage,
  recoverSnapshotAndLog,
  restartLogAfter,
} from "./durable-storage.js";
import { FoundersRecord, type FoundingMember, meetFounders } from "./founding.js";
import { type ClusterGeneration, saveGeneration } from "./generation-file.js";
import { incarnationDraw, loadOrCreateIncarnation } from "./incarnation-file.js";
import type { Random } from "./random.js";
import type { ReadyLoop } from "./ready-loop.js";
import type { NodeTransport } from "./transport-port.js";

/** What every start-up step reads. */
export interface StartupContext {
  readonly config: RaftNodeConfig;
  readonly fileSystem: FileSystem;
  readonly logger: Logger | undefined;
  /** Takes the node's state now; writes it to a file of `store` (Applier.writeSnapshot). */
  writeSnapshot(store: SnapshotStore, metadata: SnapshotMetadata): Promise<SnapshotWriteResult>;
}

/** The node's parts a start fills in, and what it calls back. */
export interface RecoveryParts {
  readonly clock: Clock;
  readonly random: Random;
  readonly generation: ClusterGeneration;
  readonly addressBook: AddressBook;
  /** Its applied index starts at the snapshot's; a forced cluster applies entries through it. */
  readonly loop: Pick<ReadyLoop, "resetApplied" | "applyEntries">;
  /** The incarnation is known (the transport presents it: it starts only after this). */
  incarnationKnown(incarnation: number): void;
  /** Starts the node's transport and returns it (founders meet over it). */
  startTransport(): Promise<NodeTransport>;
  setFoundersRecord(record: FoundersRecord | undefined): void;
  stopping(): boolean;
  /** Replaces the whole state with the snapshot in `file`. */
  restoreFromFile(file: string): Promise<void>;
}

/** What a start recovered: the storage and the core over it. */
export interface RecoveredNode {
  readonly storage: DurableStorage;
  readonly core: RawNode;
}

/** Reads the data directory (incarnation, generation, snapshot, log) and makes the core. */
export async function recoverNode(
  context: StartupContext,
  log: SegmentLog,
  parts: RecoveryParts,
): Promise<RecoveredNode> {
  const { config, fileSystem, logger } = context;
  const snapshots = new SnapshotStore(path.join(config.dataDirectory, "snapshots"), {
    fileSystem,
    onWarning: (detail) =>
      logger?.error({ detail }, "a snapshot failed its checks and was set aside"),
  });
  const incarnation = await loadIncarnation(context, log, snapshots, parts.random);
  parts.incarnationKnown(incarnation);
  parts.generation.load();
  let snapshot = await initialSnapshot(context, log, snapshots, { ...parts, incarnation });
  let storage = new DurableStorage(log, snapshots, snapshot);
  if (snapshot.file !== undefined) await parts.restoreFromFile(snapshot.file);
  parts.loop.resetApplied(snapshot.metadata);
  if (config.forceNewCluster) {
    const forced = await forceNewCluster(context, log, snapshot.metadata, {
      storage,
      addressBook: parts.addressBook,
      incarnation,
      generation: parts.generation.current,
      applyEntries: (entries) => parts.loop.applyEntries(entries),
    });
    snapshot = forced.snapshot;
    parts.generation.current = forced.generation;
    storage = new DurableStorage(log, snapshots, snapshot);
  }
  parts.loop.resetApplied(snapshot.metadata);
  const core = new RawNode(
    coreConfig(config, storage, snapshot.metadata.index, incarnation, parts.random),
  );
  return { storage, core };
}

/** Reads or creates the data directory's incarnation (incarnation-file.ts). */
export async function loadIncarnation(
  context: StartupContext,
  log: SegmentLog,
  snapshots: SnapshotStore,
  random: Random,
): Promise<number> {
  const hasData =
    log.lastIndex() >= log.firstIndex() ||
    log.hardState().term > 0 ||
    (await snapshots.newest()) !== undefined;
  const origin = hasData ? "existing-data" : context.config.bootstrap ? "founding" : "joining";
  const loaded = await loadOrCreateIncarnation(
    context.fileSystem,
    context.config.dataDirectory,
    origin,
    incarnationDraw(random),
  );
  if (loaded.created) {
    context.logger?.info(
      { incarnation: loaded.incarnation, origin },
      "created the data directory's incarnation",
    );
  }
  return loaded.incarnation;
}

/** What founding a cluster needs besides the context. */
export interface FoundingSteps {
  readonly clock: Clock;
  readonly incarnation: number;
  /** Starts the node's transport (founders meet over it) and returns it. */
  startTransport(): Promise<NodeTransport>;
  /** The record of founders met, while founding (the handshake writes to it). */
  setFoundersRecord(record: FoundersRecord | undefined): void;
  stopping(): boolean;
}

/**
 * The snapshot the node starts from: the newest recovered one; for a founder on a fresh data
 * directory, the founding membership (a snapshot at index 1, term 1 recording the disk of every
 * founder, met first: founding.ts); else none (index 0).
 */
export async function initialSnapshot(
  context: StartupContext,
  log: SegmentLog,
  snapshots: SnapshotStore,
  founding: FoundingSteps,
): Promise<CurrentSnapshot> {
  const recovered = await recoverSnapshotAndLog(log, snapshots);
  if (recovered !== undefined) {
    return recovered;
  }
  const { config } = context;
  const fresh = log.lastIndex() < log.firstIndex() && log.hardState().term === 0;
  if (!fresh || !config.bootstrap) {
    return { metadata: { index: 0, term: 0, confState: EMPTY_CONF_STATE }, file: undefined };
  }
  const voters = config.peers.map((peer) => peer.id);
  const transport = await founding.startTransport();
  const foundersRecord = FoundersRecord.load(context.fileSystem, config.dataDirectory);
  founding.setFoundersRecord(foundersRecord);
  let incarnations: FoundingMember[];
  try {
    incarnations = await meetFounders({
      self: { nodeId: config.nodeId, incarnation: founding.incarnation },
      founders: voters,
      record: foundersRecord,
      transport,
      clock: founding.clock,
      logger: context.logger,
      stopping: founding.stopping,
    });
  } finally {
    founding.setFoundersRecord(undefined);
  }
  context.logger?.info(
    { founders: incarnations },
    "met every founding member: founding the cluster",
  );
  const bootstrap: SnapshotMetadata = {
    index: 1,
    term: 1,
    confState: { ...EMPTY_CONF_STATE, voters, incarnations },
  };
  const written = await context.writeSnapshot(snapshots, bootstrap);
  await log.truncatePrefix(1);
  await log.setHardState({ term: 1, vote: 0, commit: 1 });
  return { metadata: bootstrap, file: written.file };
}

/** What forcing a new cluster needs besides the context. */
export interface ForcingSteps {
  readonly storage: DurableStorage;
  readonly addressBook: AddressBook;
  readonly incarnation: number;
  /** The generation the node ran; the forced cluster runs the next. */
  readonly generation: number;
  /** Applies committed entries above the snapshot (as the Ready loop does). */
  applyEntries(entries: readonly Entry[]): void;
}

/**
 * DANGEROUS: recovery from a lost majority (etcd's --force-new-cluster). Applies this node's
 * committed entries, then rewrites its state as a snapshot at its commit index whose
 * membership is this node alone, and restarts the log after it with a higher term. Entries
 * this node had but did not know to be committed are discarded, and anything the lost
 * majority committed that never reached this node is lost: run it on the most up-to-date
 * survivor only, then add the other nodes back fresh (with their data moved aside).
 *
 * It first starts the next cluster generation (generation-file.ts), before anything else is
 * written: the nodes of the abandoned configuration stop when they meet this node, instead
 * of electing their own leader beside it. Returns the new snapshot and generation.
 */
export async function forceNewCluster(
  context: StartupContext,
  log: SegmentLog,
  snapshot: SnapshotMetadata,
  forcing: ForcingSteps,
): Promise<{ snapshot: CurrentSnapshot; generation: number }> {
  const { config, logger } = context;
  const { storage } = forcing;
  const generation = forcing.generation + 1;
  await saveGeneration(context.fileSystem, config.dataDirectory, generation);
  const hardState = log.hardState();
  const commit = Math.min(hardState.commit, storage.lastIndex());
  let index = snapshot.index;
  let term = snapshot.term;
  if (commit > snapshot.index) {
    forcing.applyEntries(storage.entries(snapshot.index + 1, commit + 1, Number.POSITIVE_INFINITY));
    index = commit;
    term = storage.term(commit);
  }
  // The forced cluster has one member, reached at the address this start was given (a
  // restore may run on another machine than the one the snapshot came from): the lost
  // members' addresses go, so nothing of the old cluster is dialled.
  forcing.addressBook.keepOnlySelf(
    config.peers.find((peer) => peer.id === config.nodeId)?.address ??
      forcing.addressBook.find(config.nodeId),
  );
  const forced: SnapshotMetadata = {
    index,
    term,
    confState: {
      ...EMPTY_CONF_STATE,
      voters: [config.nodeId],
      incarnations:
        forcing.incarnation === 0
          ? []
          : [{ nodeId: config.nodeId, incarnation: forcing.incarnation }],
    },
  };
  const written = await context.writeSnapshot(storage.snapshots, forced);
  await restartLogAfter(log, index);
  await log.setHardState({ term: Math.max(hardState.term, term) + 1, vote: 0, commit: index });
  logger?.warn(
    { index, term, discardedAfter: index, generation },
    "forced a new single-node cluster from this node's committed state",
  );
  return { snapshot: { metadata: forced, file: written.file }, generation };
}

/** The core's config for this node, starting at applied index `applied`. */
export function coreConfig(
  config: RaftNodeConfig,
  storage: DurableStorage,
  applied: number,
  incarnation: number,
  random: Random,
) {
  const timing = nodeTiming(config);
  return raftConfig(
    {
      id: config.nodeId,
      storage,
      random: new SeededRandom(config.randomSeed ?? random.randomInt(0, 2 ** 32)),
    },
    {
      electionTimeoutMinTicks: timing.electionTimeoutMinTicks,
      electionTimeoutMaxTicks: timing.electionTimeoutMaxTicks,
      heartbeatIntervalTicks: timing.heartbeatIntervalTicks,
      messageEntryCountMax: config.appendEntryCountMax,
      messageBytesMax: config.appendBytesMax,
      inflightMessageCountMax: config.inflightAppendCountMax,
      inflightBytesMax: config.inflightBytesMax,
      uncommittedBytesMax: config.uncommittedBytesMax,
      // Applying is synchronous: at most ~1 MiB of committed entries per Ready keeps each turn
      // of the loop short (a restart replaying a long log stays responsive between Readies).
      readyCommittedBytesMax: 1024 * 1024,
      leaseReads: config.leaseReads,
      leaseDurationMs: timing.leaseDurationMs,
      applied,
      incarnation,
    },
  );
}
