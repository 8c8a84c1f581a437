/**
 * MetadataClient: the Ruvector cluster metadata of a ruvraft cluster, typed (exported from the
 * package as `ruvector-raft/metadata`). Every change is a metadata event proposed through the
 * leader, with this client's clock in `atMs` and a client session, so a retried proposal is
 * applied once; a change the cluster refuses throws MetadataRejectedError with the rule it broke
 * (docs/architecture.md, "Event-sourced metadata"). Reads are linearizable unless asked
 * otherwise.
 *
 * `watch()` follows the applied events as an async iterator: it asks the leader for the events
 * after the last index it gave out, so it resumes across leader changes (a read that times out
 * while no leader answers is asked again) and across compaction (when the events it needs were
 * compacted away it yields the whole view first, as etcd's watch answers a compacted revision
 * with ErrCompacted and the caller re-reads; here the view comes in the same answer).
 */
import {
  type Alias,
  type ClusterSettings,
  type Collection,
  type CollectionSpec,
  decodeSnapshot,
  type Labels,
  type MetadataEvent,
  type MetadataQuery,
  type MetadataResponse,
  type MetadataResult,
  type MetadataView,
  metadataCodec,
  type NodeInfo,
  type NodeRole,
  type Shard,
  type ShardStatus,
  shardForVector,
} from "../metadata/index.js";
import { RuvraftError } from "../util/errors.js";
import {
  ClientTimeoutError,
  RaftClient,
  type RaftClientOptions,
  type ReadConsistency,
} from "./raft-client.js";

/** An event as a caller writes it: the client sets `atMs`. */
export type MetadataEventBody = MetadataEvent extends infer E
  ? E extends MetadataEvent
    ? E extends { type: "undecodable" }
      ? never
      : Omit<E, "atMs">
    : never
  : never;

/** The cluster refused an event or a query: `rule` names the metadata rule it broke. */
export class MetadataRejectedError extends RuvraftError {
  override name = "MetadataRejectedError";
  constructor(
    readonly rule: string,
    readonly reason: string,
  ) {
    super("EREJECTED", `rejected ${rule}: ${reason}`);
  }
}

/** What watch() yields: an applied event, or the whole view when the events were compacted. */
export type WatchItem =
  | { kind: "event"; index: number; event: MetadataEvent }
  | { kind: "snapshot"; index: number; view: MetadataView };

export interface WatchOptions {
  /** Yield what was applied after this index (default 0: from the start). */
  fromIndex?: number;
  /** How long to wait before asking again when nothing new was applied (default 250 ms). */
  intervalMs?: number;
  /** The most events one answer carries (default 1000). */
  eventsMax?: number;
  /** Ends the iteration (the iterator returns; nothing is thrown). */
  signal?: AbortSignal;
  /** Return once an answer brings nothing new (everything applied so far was given out). */
  stopWhenCaughtUp?: boolean;
}

export interface MetadataClientOptions extends RaftClientOptions {
  /** The proposer clock stamped on events (default Date.now). */
  now?: () => number;
}

export class MetadataClient {
  private readonly client: RaftClient;
  private readonly ownsClient: boolean;
  private readonly now: () => number;

  /** Connects with `options`, or uses an existing RaftClient (which close() leaves open). */
  constructor(options: MetadataClientOptions | RaftClient, now: () => number = Date.now) {
    if (options instanceof RaftClient) {
      this.client = options;
      this.ownsClient = false;
      this.now = now;
    } else {
      this.client = new RaftClient(options);
      this.ownsClient = true;
      this.now = options.now ?? now;
    }
  }

  close(): void {
    if (this.ownsClient) this.client.close();
  }

  // ---- events ---------------------------------------------------------------------------------

  /** Proposes one event; resolves with the log index it was applied at. */
  async propose(body: MetadataEventBody): Promise<number> {
    const event = { ...body, atMs: this.now() } as MetadataEvent;
    const response = metadataCodec.decodeResponse(
      await this.client.propose(metadataCodec.encodeCommand(event)),
    );
    return accepted(response).index;
  }

  createCollection(spec: CollectionSpec): Promise<number> {
    return this.propose({ type: "createCollection", spec });
  }
  /** 0 = unchanged for either field. */
  updateCollection(name: string, change: { efSearch?: number; replicationFactor?: number }) {
    return this.propose({
      type: "updateCollection",
      name,
      efSearch: change.efSearch ?? 0,
      replicationFactor: change.replicationFactor ?? 0,
    });
  }
  dropCollection(name: string): Promise<number> {
    return this.propose({ type: "dropCollection", name });
  }
  createAlias(alias: string, collection: string): Promise<number> {
    return this.propose({ type: "createAlias", alias, collection });
  }
  switchAlias(alias: string, collection: string): Promise<number> {
    return this.propose({ type: "switchAlias", alias, collection });
  }
  deleteAlias(alias: string): Promise<number> {
    return this.propose({ type: "deleteAlias", alias });
  }
  setNodeLabels(nodeId: number, labels: Labels): Promise<number> {
    return this.propose({ type: "updateNodeLabels", nodeId, labels });
  }
  setNodeCapacity(nodeId: number, capacityBytes: number): Promise<number> {
    return this.propose({ type: "updateNodeCapacity", nodeId, capacityBytes });
  }
  setNodeRole(nodeId: number, role: NodeRole): Promise<number> {
    return this.propose({ type: "updateNodeRole", nodeId, role });
  }
  startMigration(
    collection: string,
    shardId: number,
    sourceNodeId: number,
    targetNodeId: number,
    totalKeys = 0,
  ): Promise<number> {
    return this.propose({
      type: "startMigration",
      collection,
      shardId,
      sourceNodeId,
      targetNodeId,
      totalKeys,
    });
  }
  completeMigration(collection: string, shardId: number): Promise<number> {
    return this.propose({ type: "completeMigration", collection, shardId });
  }
  abortMigration(collection: string, shardId: number): Promise<number> {
    return this.propose({ type: "abortMigration", collection, shardId });
  }
  promotePrimary(collection: string, shardId: number, nodeId: number): Promise<number> {
    return this.propose({ type: "promotePrimary", collection, shardId, nodeId });
  }
  setShardStatus(collection: string, shardId: number, status: ShardStatus): Promise<number> {
    return this.propose({ type: "setShardStatus", collection, shardId, status });
  }
  /** Starts (`draining` true) or ends a drain of a node. */
  drainNode(nodeId: number, draining: boolean): Promise<number> {
    return this.propose({ type: "drainNode", nodeId, draining });
  }
  /** Records a node's data-plane address. */
  setNodeAddress(nodeId: number, address: string): Promise<number> {
    return this.propose({ type: "updateNodeAddress", nodeId, address });
  }
  /** Re-places one collection, or every collection when `collection` is omitted. */
  rebalance(collection = ""): Promise<number> {
    return this.propose({ type: "rebalance", collection });
  }
  /** Changes the given settings; the others keep their current values. */
  async setSettings(change: Partial<ClusterSettings>): Promise<number> {
    const current = await this.settings();
    return this.propose({ type: "setClusterSettings", settings: { ...current, ...change } });
  }

  // ---- queries --------------------------------------------------------------------------------

  /** Answers one query; throws MetadataRejectedError when the cluster refuses it. */
  async query(
    query: MetadataQuery,
    consistency: ReadConsistency = "linearizable",
  ): Promise<{ index: number; result: MetadataResult | undefined }> {
    const response = metadataCodec.decodeResponse(
      await this.client.read(metadataCodec.encodeQuery(query), consistency),
    );
    const { index, result } = accepted(response);
    return { index, result };
  }

  async listCollections(): Promise<Collection[]> {
    return expectResult(await this.query({ type: "listCollections" }), "collections").collections;
  }
  async getCollection(name: string): Promise<Collection> {
    return expectResult(await this.query({ type: "getCollection", name }), "collection").collection;
  }
  async resolveAlias(alias: string): Promise<Alias> {
    return expectResult(await this.query({ type: "resolveAlias", alias }), "alias").alias;
  }
  async listAliases(): Promise<Alias[]> {
    return expectResult(await this.query({ type: "listAliases" }), "aliases").aliases;
  }
  async shards(collection: string): Promise<Shard[]> {
    return expectResult(await this.query({ type: "shardsOfCollection", collection }), "shards")
      .shards;
  }
  async shardsOnNode(nodeId: number): Promise<Shard[]> {
    return expectResult(await this.query({ type: "shardsOnNode", nodeId }), "shards").shards;
  }
  async listNodes(): Promise<NodeInfo[]> {
    return expectResult(await this.query({ type: "listNodes" }), "nodes").nodes;
  }
  async settings(): Promise<ClusterSettings> {
    return expectResult(await this.query({ type: "getSettings" }), "settings").settings;
  }

  /**
   * The shard a vector id belongs to in `collectionOrAlias` (an alias is resolved first), with
   * its placement: the rule of src/metadata/routing.ts (Ruvector's router), applied to the
   * collection's shard count.
   */
  async shardFor(collectionOrAlias: string, vectorId: string): Promise<Shard> {
    const collection = await this.getCollectionOrAlias(collectionOrAlias);
    const shardId = shardForVector(vectorId, collection.spec.shardCount);
    const shard = (await this.shards(collection.spec.name))[shardId];
    if (shard === undefined) {
      throw new RuvraftError(
        "ENOTFOUND",
        `collection ${collection.spec.name} has no shard ${shardId}`,
      );
    }
    return shard;
  }

  /**
   * The collection `name`, or the one the alias `name` points at; neither rejects with the
   * collection's rule (collection.unknown).
   */
  async getCollectionOrAlias(name: string): Promise<Collection> {
    try {
      return await this.getCollection(name);
    } catch (error) {
      if (!(error instanceof MetadataRejectedError)) throw error;
      let alias: Alias;
      try {
        alias = await this.resolveAlias(name);
      } catch (aliasError) {
        throw aliasError instanceof MetadataRejectedError ? error : aliasError;
      }
      return this.getCollection(alias.collection);
    }
  }

  // ---- watch ----------------------------------------------------------------------------------

  /** Follows the applied events (see the file comment); ends when `signal` aborts. */
  async *watch(options: WatchOptions = {}): AsyncGenerator<WatchItem, void, undefined> {
    let from = options.fromIndex ?? 0;
    const intervalMs = options.intervalMs ?? 250;
    const eventsMax = options.eventsMax ?? 1000;
    const signal = options.signal;
    while (signal?.aborted !== true) {
      let answer: { index: number; result: MetadataResult | undefined };
      try {
        answer = await this.query({ type: "watch", fromIndex: from, eventsMax });
      } catch (error) {
        // No leader answered within the client's timeout: ask again (a new leader takes over).
        if (!(error instanceof ClientTimeoutError)) throw error;
        await pause(intervalMs, signal);
        continue;
      }
      const result = answer.result;
      let yielded = false;
      if (result?.type === "events") {
        if (result.snapshot !== undefined) {
          yield { kind: "snapshot", index: answer.index, view: decodeSnapshot(result.snapshot) };
          yielded = true;
        }
        for (const { index, event } of result.events) {
          if (index <= from) continue;
          yield { kind: "event", index, event };
          yielded = true;
        }
      }
      from = Math.max(from, answer.index);
      if (yielded) continue;
      if (options.stopWhenCaughtUp === true) return;
      await pause(intervalMs, signal);
    }
  }
}

function accepted(response: MetadataResponse): { index: number; result?: MetadataResult } {
  if (!response.ok) throw new MetadataRejectedError(response.rule, response.reason);
  return response;
}

function expectResult<T extends MetadataResult["type"]>(
  answer: { result: MetadataResult | undefined },
  type: T,
): Extract<MetadataResult, { type: T }> {
  if (answer.result?.type !== type) {
    throw new RuvraftError(
      "EPROTOCOL",
      `expected a ${type} answer, got ${answer.result?.type ?? "none"}`,
    );
  }
  return answer.result as Extract<MetadataResult, { type: T }>;
}

/** Waits `ms`, or less when `signal` aborts. */
function pause(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(done, ms);
    function done() {
      clearTimeout(timer);
      signal?.removeEventListener("abort", done);
      resolve();
    }
    signal?.addEventListener("abort", done, { once: true });
  });
}
