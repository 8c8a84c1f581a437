/**
 * MetadataProjector: folds metadata events into the view (docs/architecture.md, "Event-sourced metadata") and answers queries.
 *
 * apply() contract:
 *   1. Entries MUST arrive in increasing log index order (a smaller or equal index is a
 *      programmer error and throws).
 *   2. The event is validated against the current view by the rules in rules.ts. If one
 *      fails, NOTHING changes except `appliedIndex`, and the response is
 *      `{ ok: false, rule, reason }`: the same on every replica, returned to the proposer.
 *   3. Otherwise the event changes the view (placement re-runs where placement.ts says) and
 *      is appended to the watch ring; the response is `{ ok: true, index }`.
 *   4. apply never throws for a bad event, never reads a clock, a random source or I/O.
 *
 * Watch: the last `watchCapacityEvents` ACCEPTED events are kept with their log index in a
 * fixed-size ring (rejected events changed nothing, so watchers never see them).
 * `eventsSince(i)` returns the accepted events with index > i, or `snapshotNeeded` when some
 * of them are no longer in the ring (i is below the ring's floor: the index of the newest
 * evicted event, or of the snapshot restored last). A watcher that gets `snapshotNeeded`
 * loads `snapshot()` (taken at `appliedIndex`) and resumes with eventsSince(appliedIndex).
 * The ring is not part of the snapshot: after restore() it is empty and its floor is the
 * snapshot's applied index.
 */
import type { AppliedEntry, SnapshotChunks, StateMachine } from "../node/state-machine.js";
import {
  decodeSnapshot,
  decodeSnapshotStream,
  encodeSnapshot,
  encodeSnapshotPieces,
} from "./codec.js";
import {
  type Collection,
  type CollectionSpec,
  DEFAULT_HNSW,
  type MetadataEvent,
  type MetadataQuery,
  type MetadataResponse,
  NODE_STATUSES,
  type NodeStatus,
  type Quantization,
  SHARD_STATUSES,
  type ShardStatus,
} from "./model.js";
import { placementInputs } from "./placement-inputs.js";
import { PlacementRunner } from "./placement-runner.js";
import { answerQuery } from "./queries.js";
import {
  abortMigration,
  completeMigration,
  createAlias,
  deleteAlias,
  dropCollection,
  promotePrimary,
  reportShardStats,
  setShardStatus,
  startMigration,
  switchAlias,
  updateNodeAddress,
  updateNodeCapacity,
  updateNodeLabels,
  updateNodeRole,
} from "./reducers.js";
import type { Rejection } from "./rules.js";
import * as rules from "./rules.js";
import { eligibleNodeIds, emptyView, type MetadataView, sortedLabels } from "./view.js";

/** Default size of the watch ring (events). */
export const WATCH_CAPACITY_EVENTS_DEFAULT = 4096;
/** An upper bound on the ring, so a configuration typo cannot allocate gigabytes. */
export const WATCH_CAPACITY_EVENTS_MAX = 1_048_576;

export interface MetadataProjectorOptions {
  /** Accepted events kept for watchers, 1..WATCH_CAPACITY_EVENTS_MAX. */
  watchCapacityEvents?: number;
}

export interface MetadataSummary {
  nodesByStatus: Record<NodeStatus, number>;
  drainingNodes: number;
  shardsByStatus: Record<ShardStatus, number>;
  collections: number;
  aliases: number;
  /** Collections with balance moves left for later (view.placementPending). */
  placementPending: number;
  rejectedByRule: ReadonlyMap<string, number>;
  /** Watch queries answered by this projector (MetadataClient.watch polls with them). */
  watchQueries: number;
}

export interface AppliedEvent {
  index: number;
  event: MetadataEvent;
}

export type WatchBatch =
  /** Accepted events with index > the requested one, oldest first (the caller owns the array). */
  | { kind: "events"; events: AppliedEvent[]; appliedIndex: number }
  /** Events after the requested index left the ring: load a snapshot first. */
  | { kind: "snapshotNeeded"; floorIndex: number; appliedIndex: number };

type Apply<E> = (view: MetadataView, event: E) => Rejection | undefined;

export class MetadataProjector
  implements StateMachine<MetadataEvent, MetadataResponse, MetadataQuery>
{
  private view: MetadataView = emptyView();
  /** Places collections as events apply; its caches are derived from the view (never snapshotted). */
  private readonly placement = new PlacementRunner();
  private readonly watch: (AppliedEvent | undefined)[];
  /** Ring position of the oldest event; Invariant: 0 <= watchCount <= watch.length. */
  private watchStart = 0;
  private watchCount = 0;
  /** Events with index > watchFloorIndex are all in the ring. */
  private watchFloorIndex = 0;
  /** Rejected events by rule since this projector was made (replayed entries included). */
  private readonly rejectedByRule = new Map<string, number>();
  /** Watch queries answered since this projector was made (local, not replicated state). */
  private watchQueries = 0;

  constructor(options: MetadataProjectorOptions = {}) {
    const capacity = options.watchCapacityEvents ?? WATCH_CAPACITY_EVENTS_DEFAULT;
    if (!Number.isSafeInteger(capacity) || capacity < 1 || capacity > WATCH_CAPACITY_EVENTS_MAX) {
      throw new RangeError(
        `watchCapacityEvents ${capacity} is not in [1, ${WATCH_CAPACITY_EVENTS_MAX}]`,
      );
    }
    this.watch = new Array<AppliedEvent | undefined>(capacity).fill(undefined);
  }

  get appliedIndex(): number {
    return this.view.appliedIndex;
  }

  apply(entry: AppliedEntry<MetadataEvent>): MetadataResponse {
    if (!Number.isSafeInteger(entry.index) || entry.index <= this.view.appliedIndex) {
      throw new Error(
        `metadata apply out of order: index ${entry.index} after ${this.view.appliedIndex}`,
      );
    }
    this.view.appliedIndex = entry.index;
    const rejection = rules.checkTimestamp(entry.command.atMs) ?? this.applyEvent(entry.command);
    if (rejection) {
      this.rejectedByRule.set(rejection.rule, (this.rejectedByRule.get(rejection.rule) ?? 0) + 1);
      return { ok: false, rule: rejection.rule, reason: rejection.reason };
    }
    // Any accepted event may have freed move budget (a shard stopped moving, a collection with
    // moving shards was dropped, a placement ended a migration): balance moves left for later
    // continue. Once the budget is spent this costs one count of the moving shards.
    if (this.view.placementPending.size > 0) this.placement.placePending(this.view);
    this.record({ index: entry.index, event: entry.command });
    return { ok: true, index: entry.index };
  }

  /**
   * Counts for dashboards (src/controller/metadata-metrics.ts), read in one pass over the view:
   * nodes by status (and draining), shards by status, collections, aliases, collections with
   * moves left for later; and rejected events by rule since this projector was made.
   */
  summary(): MetadataSummary {
    const view = this.view;
    const nodesByStatus = Object.fromEntries(NODE_STATUSES.map((status) => [status, 0])) as Record<
      NodeStatus,
      number
    >;
    let drainingNodes = 0;
    for (const node of view.nodes.values()) {
      nodesByStatus[node.status]++;
      if (node.draining) drainingNodes++;
    }
    const shardsByStatus = Object.fromEntries(
      SHARD_STATUSES.map((status) => [status, 0]),
    ) as Record<ShardStatus, number>;
    for (const shards of view.shards.values()) {
      for (const shard of shards) shardsByStatus[shard.status]++;
    }
    return {
      nodesByStatus,
      drainingNodes,
      shardsByStatus,
      collections: view.collections.size,
      aliases: view.aliases.size,
      placementPending: view.placementPending.size,
      rejectedByRule: new Map(this.rejectedByRule),
      watchQueries: this.watchQueries,
    };
  }

  /** Results share objects with the view: callers MUST treat them as read-only. */
  query(query: MetadataQuery): MetadataResponse {
    if (query.type === "watch") {
      this.watchQueries++;
      return this.watchQuery(query.fromIndex, query.eventsMax);
    }
    return answerQuery(this.view, query);
  }

  /** The watch query: eventsSince, with the whole view when the events were compacted away. */
  private watchQuery(fromIndex: number, eventsMax: number): MetadataResponse {
    const index = this.view.appliedIndex;
    const batch = this.eventsSince(fromIndex);
    if (batch.kind === "snapshotNeeded") {
      return {
        ok: true,
        index,
        result: { type: "events", events: [], snapshot: this.snapshotBytes() },
      };
    }
    const events = eventsMax > 0 ? batch.events.slice(0, eventsMax) : batch.events;
    const last = events[events.length - 1];
    // With a limit, the response's index is the last event returned, so a watcher resumes there.
    const resumeIndex =
      eventsMax > 0 && events.length === eventsMax && last !== undefined ? last.index : index;
    return { ok: true, index: resumeIndex, result: { type: "events", events } };
  }

  /**
   * The view as of now as a stream of pieces (StateMachine.snapshot). The view's objects are
   * never changed in place (apply replaces them), so a copy of the maps and shard lists,
   * taken now, is a frozen view that the pieces encode later while apply goes on.
   */
  snapshot(): SnapshotChunks {
    const view = this.view;
    return encodeSnapshotPieces({
      appliedIndex: view.appliedIndex,
      settings: view.settings,
      nodes: new Map(view.nodes),
      collections: new Map(view.collections),
      aliases: new Map(view.aliases),
      shards: new Map([...view.shards].map(([name, shards]) => [name, shards.slice()])),
      placementPending: new Set(view.placementPending),
    });
  }

  /** The whole snapshot in one buffer (the same bytes as the pieces of snapshot()). */
  snapshotBytes(): Uint8Array {
    return encodeSnapshot(this.view);
  }

  /** Replaces the view with a snapshot read as a stream (StateMachine.restore). */
  async restore(chunks: SnapshotChunks): Promise<void> {
    this.replaceView(await decodeSnapshotStream(chunks));
  }

  /** Replaces the view with a whole snapshot. */
  restoreBytes(snapshot: Uint8Array): void {
    this.replaceView(decodeSnapshot(snapshot));
  }

  private replaceView(view: MetadataView): void {
    this.view = view;
    this.placement.viewReplaced();
    this.watch.fill(undefined);
    this.watchStart = 0;
    this.watchCount = 0;
    this.watchFloorIndex = this.view.appliedIndex;
  }

  /** See the class comment. `index` is the last index the watcher has seen (0 = nothing). */
  eventsSince(index: number): WatchBatch {
    const appliedIndex = this.view.appliedIndex;
    if (index < this.watchFloorIndex) {
      return { kind: "snapshotNeeded", floorIndex: this.watchFloorIndex, appliedIndex };
    }
    const events: AppliedEvent[] = [];
    for (let offset = 0; offset < this.watchCount; offset++) {
      const applied = this.watch[(this.watchStart + offset) % this.watch.length] as AppliedEvent;
      if (applied.index > index) events.push(applied);
    }
    return { kind: "events", events, appliedIndex };
  }

  private record(applied: AppliedEvent): void {
    const capacity = this.watch.length;
    if (this.watchCount === capacity) {
      const evicted = this.watch[this.watchStart] as AppliedEvent;
      this.watchFloorIndex = evicted.index;
      this.watch[this.watchStart] = applied;
      this.watchStart = (this.watchStart + 1) % capacity;
      return;
    }
    this.watch[(this.watchStart + this.watchCount) % capacity] = applied;
    this.watchCount++;
  }

  /** Validates, then changes the view; returns the rejection instead when a rule fails. */
  private applyEvent(event: MetadataEvent): Rejection | undefined {
    const view = this.view;
    switch (event.type) {
      case "registerNode":
        return this.registerNode(view, event);
      case "updateNodeStatus":
        return this.updateNodeStatus(view, event);
      case "updateNodeLabels":
        return this.placeIfInputsChange(view, event.nodeId, () => updateNodeLabels(view, event));
      case "updateNodeCapacity":
        return this.placeIfInputsChange(view, event.nodeId, () => updateNodeCapacity(view, event));
      case "updateNodeRole":
        return updateNodeRole(view, event);
      case "removeNode":
        return this.removeNode(view, event);
      case "setClusterSettings":
        return this.setClusterSettings(view, event);
      case "createCollection":
        return this.createCollection(view, event);
      case "updateCollection":
        return this.updateCollection(view, event);
      case "dropCollection":
        this.placement.collectionDropped(event.name);
        return dropCollection(view, event);
      case "createAlias":
        return createAlias(view, event);
      case "deleteAlias":
        return deleteAlias(view, event);
      case "switchAlias":
        return switchAlias(view, event);
      case "startMigration":
        return startMigration(view, event);
      case "completeMigration":
        return completeMigration(view, event);
      case "abortMigration":
        return abortMigration(view, event);
      case "promotePrimary":
        return promotePrimary(view, event);
      case "setShardStatus":
        return setShardStatus(view, event);
      case "rebalance":
        return this.rebalance(view, event);
      case "drainNode":
        return this.drainNode(view, event);
      case "updateNodeAddress":
        return updateNodeAddress(view, event);
      case "reportShardStats":
        return reportShardStats(view, event);
      case "undecodable":
        return { rule: "event.undecodable", reason: event.reason };
      default:
        return {
          rule: "event.undecodable",
          reason: `unknown event type ${JSON.stringify((event as { type: unknown }).type)}`,
        };
    }
  }

  // ---- events that run placement -------------------------------------------------------------

  /** A node's capacity or zone (placementInputs) changed: every collection is placed again. */
  private placeIfInputsChange(
    view: MetadataView,
    nodeId: number,
    change: () => Rejection | undefined,
  ): Rejection | undefined {
    const before = placementInputs(view, nodeId);
    const rejection = change();
    if (rejection === undefined && placementInputs(view, nodeId) !== before)
      this.placement.placeAll(view);
    return rejection;
  }

  /** A new spread label places everything again (a new move budget: see apply). */
  private setClusterSettings: Apply<Extract<MetadataEvent, { type: "setClusterSettings" }>> = (
    view,
    event,
  ) => {
    const rejection = rules.checkSettings(event.settings);
    if (rejection) return rejection;
    const before = view.settings;
    view.settings = { ...event.settings };
    if (before.spreadLabel !== view.settings.spreadLabel) this.placement.placeAll(view);
    return undefined;
  };

  private registerNode: Apply<Extract<MetadataEvent, { type: "registerNode" }>> = (view, event) => {
    const rejection =
      rules.checkNodeIdRange(event.nodeId) ??
      rules.checkNodeNew(view, event.nodeId) ??
      rules.checkAddressFormat(event.address) ??
      rules.checkAddressFree(view, event.address) ??
      rules.checkCapacity(event.capacityBytes) ??
      rules.checkLabelCount(event.labels) ??
      rules.checkLabelFormat(event.labels) ??
      rules.checkNodeRole(event.role);
    if (rejection) return rejection;
    view.nodes.set(event.nodeId, {
      id: event.nodeId,
      address: event.address,
      capacityBytes: event.capacityBytes,
      labels: sortedLabels(event.labels),
      status: "online",
      role: event.role,
      registeredAtMs: event.atMs,
      statusChangedAtMs: event.atMs,
      draining: false,
    });
    this.placement.placeAll(view);
    return undefined;
  };

  private updateNodeStatus: Apply<Extract<MetadataEvent, { type: "updateNodeStatus" }>> = (
    view,
    event,
  ) => {
    const rejection =
      rules.checkNodeKnown(view, event.nodeId) ?? rules.checkNodeStatus(event.status);
    if (rejection) return rejection;
    const node = view.nodes.get(event.nodeId)!;
    if (node.status === event.status) return undefined;
    const crossesOffline = node.status === "offline" || event.status === "offline";
    view.nodes.set(node.id, { ...node, status: event.status, statusChangedAtMs: event.atMs });
    if (crossesOffline) this.placement.placeAll(view);
    return undefined;
  };

  private removeNode: Apply<Extract<MetadataEvent, { type: "removeNode" }>> = (view, event) => {
    const rejection =
      rules.checkNodeKnown(view, event.nodeId) ?? rules.checkNodeNotMigrating(view, event.nodeId);
    if (rejection) return rejection;
    const wasEligible = view.nodes.get(event.nodeId)!.status !== "offline";
    view.nodes.delete(event.nodeId);
    if (wasEligible) this.placement.placeAll(view);
    return undefined;
  };

  private createCollection: Apply<Extract<MetadataEvent, { type: "createCollection" }>> = (
    view,
    event,
  ) => {
    const spec = resolveDefaults(view, event.spec);
    const rejection =
      rules.checkCollectionName(spec.name) ??
      rules.checkCollectionNew(view, spec.name) ??
      rules.checkNameNotAlias(view, spec.name) ??
      rules.checkDimensions(spec.dimensions) ??
      rules.checkMetric(spec.metric) ??
      rules.checkHnswM(spec.hnsw) ??
      rules.checkEfConstructionRange(spec.hnsw) ??
      rules.checkEfConstructionAtLeastM(spec.hnsw) ??
      rules.checkEfSearch(spec.hnsw.efSearch) ??
      rules.checkMaxElements(spec.hnsw) ??
      rules.checkQuantizationKind(spec.quantization) ??
      rules.checkProductSubspaces(spec.quantization, spec.dimensions) ??
      rules.checkProductK(spec.quantization) ??
      rules.checkCollectionShardCount(spec.shardCount) ??
      rules.checkCollectionReplicationFactor(spec.replicationFactor) ??
      rules.checkEnoughNodes(eligibleNodeIds(view).length, spec.replicationFactor);
    if (rejection) return rejection;
    view.collections.set(spec.name, { spec, createdAtMs: event.atMs, updatedAtMs: event.atMs });
    this.placement.collectionNamesChanged();
    this.placement.place(view, spec.name);
    return undefined;
  };

  private updateCollection: Apply<Extract<MetadataEvent, { type: "updateCollection" }>> = (
    view,
    event,
  ) => {
    const rejection =
      rules.checkCollectionKnown(view, event.name) ??
      rules.checkUpdateChanges(event) ??
      (event.efSearch === 0 ? undefined : rules.checkEfSearch(event.efSearch)) ??
      (event.replicationFactor === 0
        ? undefined
        : (rules.checkCollectionReplicationFactor(event.replicationFactor) ??
          rules.checkEnoughNodes(eligibleNodeIds(view).length, event.replicationFactor)));
    if (rejection) return rejection;
    const collection = view.collections.get(event.name)!;
    const spec = collection.spec;
    const replicationFactor = event.replicationFactor || spec.replicationFactor;
    const next: Collection = {
      ...collection,
      spec: {
        ...spec,
        hnsw: { ...spec.hnsw, efSearch: event.efSearch || spec.hnsw.efSearch },
        replicationFactor,
      },
      updatedAtMs: event.atMs,
    };
    view.collections.set(event.name, next);
    if (replicationFactor !== spec.replicationFactor) this.placement.place(view, event.name);
    return undefined;
  };

  /** A drain changes the eligible nodes: every collection is placed again. */
  private drainNode: Apply<Extract<MetadataEvent, { type: "drainNode" }>> = (view, event) => {
    const rejection = rules.checkNodeKnown(view, event.nodeId);
    if (rejection) return rejection;
    const node = view.nodes.get(event.nodeId)!;
    if (node.draining === event.draining) return undefined;
    view.nodes.set(node.id, { ...node, draining: event.draining });
    this.placement.placeAll(view);
    return undefined;
  };

  private rebalance: Apply<Extract<MetadataEvent, { type: "rebalance" }>> = (view, event) => {
    if (event.collection === "") {
      this.placement.placeAll(view);
      return undefined;
    }
    const rejection = rules.checkCollectionKnown(view, event.collection);
    if (rejection) return rejection;
    this.placement.place(view, event.collection);
    return undefined;
  };
}

// ---- helpers -----------------------------------------------------------------------------------

/** CreateCollection's zeros become the cluster's or HNSW's defaults. */
function resolveDefaults(view: MetadataView, spec: CollectionSpec): CollectionSpec {
  const hnsw = spec.hnsw;
  return {
    name: spec.name,
    dimensions: spec.dimensions,
    metric: spec.metric,
    hnsw: {
      m: hnsw.m || DEFAULT_HNSW.m,
      efConstruction: hnsw.efConstruction || DEFAULT_HNSW.efConstruction,
      efSearch: hnsw.efSearch || DEFAULT_HNSW.efSearch,
      maxElements: hnsw.maxElements || DEFAULT_HNSW.maxElements,
    },
    quantization: normalizeQuantization(spec.quantization),
    onDiskPayload: spec.onDiskPayload,
    shardCount: spec.shardCount || view.settings.shardCount,
    replicationFactor: spec.replicationFactor || view.settings.replicationFactor,
  };
}

/** Only the fields of the quantization's kind (a caller's extra properties are dropped). */
function normalizeQuantization(quantization: Quantization): Quantization {
  if (quantization.kind === "product") {
    return { kind: "product", subspaces: quantization.subspaces, k: quantization.k };
  }
  return { kind: quantization.kind } as Quantization;
}
