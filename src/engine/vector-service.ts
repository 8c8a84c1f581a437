/**
 * The data path (docs/architecture.md, "The data path"): answers the client protocol's vector
 * requests on a node running the engine. Routing uses this node's applied view of the
 * placement and the shard rule of src/metadata/routing.ts.
 *
 * - upsert (hop CLIENT): every record is checked first (one bad record refuses the request
 *   before anything is written), then the records go, grouped by shard, to each shard's
 *   primary (hop PRIMARY), which checks that it is the primary in its own view, writes to its
 *   store (durable when it answers) and then to every replica and migration target whose node
 *   is not offline (hop REPLICA); the client gets Ok once all of that is done. An upsert
 *   spanning several shards is not atomic: if one shard fails, the error names it and the
 *   others may be written.
 * - search (hop CLIENT): one holder of every shard (the primary when online, else an online
 *   replica) searches its store for the k nearest; the hits are merged by score (smaller is
 *   closer) and the first k returned.
 * - get: the shard of the id, read from one holder as for a search.
 *
 * Right after a collection is created, a shard's store may not exist yet on its holders (the
 * reconciler runs beside the apply): ENOTHELD and ENOTPRIMARY answers are retried for up to
 * `routeRetryMs`. A node may also not have applied the collection yet (an acknowledged create
 * is applied on the leader, not necessarily here): a name this node does not know is looked up
 * again after `catchUp` (a ReadIndex barrier) before the request is answered ENOTFOUND, so a
 * write that follows an acknowledged create finds the collection on every hop. A client's
 * upsert always waits for that barrier first, and routed hops carry the collection incarnation
 * the router resolved (CollectionView.resolveRequest, src/engine/collection-view.ts), so a
 * write never reaches the stores of a collection dropped before it was acknowledged.
 */
import type { Logger } from "pino";
import { holderSinceIndex } from "../metadata/holder-records.js";
import { type Collection, type MetadataProjector, shardForVector } from "../metadata/index.js";
import type { ClientRequest, ClientResponse } from "../transport/index.js";
import { InvalidArgumentError, RuvraftError } from "../util/errors.js";
import { decodeFloat32, encodeFloat32 } from "../util/float32.js";
import { CollectionView } from "./collection-view.js";
import type { PeerRequester } from "./peer-requests.js";
import {
  type HostedShard,
  madeForEarlierHolding,
  madeForEarlierHoldingIn,
  type ShardEngine,
  ShardNotHeldError,
  ShardNotSyncedError,
} from "./shard-engine.js";
import { checkRecords, checkSearchK, checkVector, checkVectorId } from "./vector-checks.js";
import type { ScoredVector, VectorRecord } from "./vector-store.js";
import { decodeRecords, encodeRecords, scoredFromWire, wireHit } from "./vector-wire.js";

export const VECTOR_HOP = { client: 0, primary: 1, replica: 2 } as const;

/** The most vectors in one page of a shard copy. */
export const SHARD_EXPORT_LIMIT_MAX = 1000;

type ResponseBody = Omit<ClientResponse, "requestId">;
/** The body of one kind of request (set when the request is of that kind). */
type RequestBody<K extends keyof ClientRequest> = NonNullable<ClientRequest[K]>;
export interface VectorServiceOptions {
  nodeId: number;
  engine: ShardEngine;
  projector: MetadataProjector;
  peers: PeerRequester;
  /**
   * Resolves once this node has applied every entry committed when it was called (a
   * linearizable barrier: RaftNode.catchUp). Awaited before a client's upsert is routed, before
   * a collection name this node does not know is answered ENOTFOUND, and before a routed hop of
   * another incarnation is refused; without it every name is answered from this node's view.
   */
  catchUp?: () => Promise<void>;
  /**
   * True while this node knows a leader (RaftNode.leaderId). A client's search or get is
   * answered only then, else refused ENOTLEADER (clients retry another node): a node cut off
   * from the leader stops hearing of placements, and once the cluster has moved its shards
   * away (nodeTimeoutMs after it went quiet) writes go on without it, so it would serve them
   * from the copies it kept. It forgets its leader about one election timeout after it last
   * heard from it (docs/architecture.md, "The data path"), with the defaults long before.
   * Without it, reads are always answered.
   */
  leaderKnown?: () => boolean;
  /** How long ENOTHELD / ENOTPRIMARY answers are retried (default 3_000 ms). */
  routeRetryMs?: number;
  logger?: Logger;
}

export class VectorService {
  private readonly view: CollectionView;

  constructor(private readonly options: VectorServiceOptions) {
    this.view = new CollectionView(options.projector, options.catchUp);
  }

  /** Answers one vector request of the client protocol. */
  async handle(request: ClientRequest): Promise<ResponseBody> {
    if (request.vectorUpsert) return this.answerUpsert(request.vectorUpsert);
    if (request.vectorSearch) return this.answerSearch(request.vectorSearch);
    if (request.vectorGet) return this.answerGet(request.vectorGet);
    if (request.shardState) return this.answerShardState(request.shardState);
    if (request.shardExport) return this.answerShardExport(request.shardExport);
    throw new InvalidArgumentError("not a vector request");
  }

  // ---- requests ------------------------------------------------------------------------------

  /** VectorUpsert: routed from the client hop, written by the primary and replica hops. */
  private async answerUpsert(upsert: RequestBody<"vectorUpsert">): Promise<ResponseBody> {
    const hop = upsert.hop ?? VECTOR_HOP.client;
    const collection = await this.view.resolveRequest(
      upsert.collection ?? "",
      hop !== VECTOR_HOP.client,
      Number(upsert.createdAtMs ?? 0),
      true,
    );
    const records = decodeRecords(collection.spec.name, upsert.records ?? []);
    checkRecords(collection.spec, records);
    if (hop !== VECTOR_HOP.client) checkShardOf(collection, upsert.shardId ?? 0, records);
    const routerSinceIndex = Number(upsert.holderSinceIndex ?? 0);
    if (hop === VECTOR_HOP.client) await this.routeUpsert(collection, records);
    else if (hop === VECTOR_HOP.primary)
      await this.writeAsPrimary(collection, upsert.shardId ?? 0, records, routerSinceIndex);
    else await this.localUpsert(collection, upsert.shardId ?? 0, records, routerSinceIndex);
    return { ok: { result: new Uint8Array() } };
  }

  /** A client's read is answered only by a node that knows a leader (see leaderKnown). */
  private checkLeaderKnown(hop: number): void {
    if (hop !== VECTOR_HOP.client || this.options.leaderKnown?.() !== false) return;
    throw new RuvraftError(
      "ENOTLEADER",
      `node ${this.options.nodeId} knows no leader: its view of where shards are may be stale; read through another node`,
    );
  }

  /** VectorSearch: every shard from the client hop, one held shard from the others. */
  private async answerSearch(search: RequestBody<"vectorSearch">): Promise<ResponseBody> {
    this.checkLeaderKnown(search.hop ?? VECTOR_HOP.client);
    const collection = await this.view.resolveRequest(
      search.collection ?? "",
      (search.hop ?? VECTOR_HOP.client) !== VECTOR_HOP.client,
      Number(search.createdAtMs ?? 0),
    );
    const name = collection.spec.name;
    const vector = decodeFloat32(
      search.values ?? new Uint8Array(),
      `collection ${name}: the query vector`,
    );
    const k = search.k ?? 0;
    checkSearchK(name, k);
    checkVector(collection.spec, vector, "the query vector");
    const hits =
      (search.hop ?? VECTOR_HOP.client) === VECTOR_HOP.client
        ? await this.routeSearch(collection, vector, k)
        : await this.localSearch(
            collection,
            search.shardId ?? 0,
            vector,
            k,
            Number(search.holderSinceIndex ?? 0),
          );
    return { vectorHits: { hits: hits.map((hit) => wireHit(hit)) } };
  }

  /** VectorGet: one holder of the id's shard. */
  private async answerGet(get: RequestBody<"vectorGet">): Promise<ResponseBody> {
    this.checkLeaderKnown(get.hop ?? VECTOR_HOP.client);
    const collection = await this.view.resolveRequest(
      get.collection ?? "",
      (get.hop ?? VECTOR_HOP.client) !== VECTOR_HOP.client,
      Number(get.createdAtMs ?? 0),
    );
    const id = get.id ?? "";
    checkVectorId(collection.spec.name, id);
    const shardId = shardForVector(id, collection.spec.shardCount);
    const record =
      (get.hop ?? VECTOR_HOP.client) === VECTOR_HOP.client
        ? await this.routeGet(collection, shardId, id)
        : await this.localGet(
            collection,
            get.shardId ?? shardId,
            id,
            Number(get.holderSinceIndex ?? 0),
          );
    return {
      vectorHits: {
        hits: record === undefined ? [] : [wireHit({ ...record, score: 0 }, record.vector)],
      },
    };
  }

  /** ShardState: what this node holds of a shard (a shard copy's first question). */
  private async answerShardState(request: RequestBody<"shardState">): Promise<ResponseBody> {
    const { collection = "", shardId = 0 } = request;
    const held = this.options.engine.hostedShard(collection ?? "", shardId ?? 0);
    if (held === undefined) return { shardState: { held: false } };
    const stats = await this.options.engine.stats(collection ?? "", shardId ?? 0);
    // Retired too when made for an earlier holding, as this node's view knows it (the asker
    // also checks heldSinceIndex against its own view: this one may lag).
    const stale = this.madeForEarlierHolding(held, collection ?? "", shardId ?? 0);
    return {
      shardState: {
        held: true,
        synced: held.synced !== false,
        createdAtMs: held.createdAtMs,
        vectorCount: stats.vectorCount,
        retired: held.retired === true || stale,
        heldSinceIndex: held.heldSinceIndex ?? 0,
      },
    };
  }

  /** ShardExport: one page of a held shard's vectors in id order (src/engine/shard-sync.ts). */
  private async answerShardExport(request: RequestBody<"shardExport">): Promise<ResponseBody> {
    const { collection = "", shardId = 0, afterId = "", limit = 0 } = request;
    if (!Number.isSafeInteger(limit) || (limit ?? 0) < 1 || (limit ?? 0) > SHARD_EXPORT_LIMIT_MAX) {
      throw new InvalidArgumentError(
        `shard export limit ${limit} is not in [1, ${SHARD_EXPORT_LIMIT_MAX}]`,
      );
    }
    // A store still being copied in (or just made again) would hand out a prefix the copier
    // takes for the whole shard.
    const held = this.options.engine.hostedShard(collection ?? "", shardId ?? 0);
    if (held?.synced === false) throw new ShardNotSyncedError(collection ?? "", shardId ?? 0);
    // The store was made again for another incarnation since the copy began.
    const createdAtMs = Number(request.createdAtMs ?? 0);
    if (held !== undefined && createdAtMs !== 0 && held.createdAtMs !== createdAtMs) {
      throw new ShardNotHeldError(collection ?? "", shardId ?? 0);
    }
    const records = await this.options.engine.exportPage(
      collection ?? "",
      shardId ?? 0,
      afterId ?? "",
      limit ?? 1,
    );
    return {
      vectorHits: {
        hits: records.map((record) => wireHit({ ...record, score: 0 }, record.vector)),
      },
    };
  }

  // ---- routing -------------------------------------------------------------------------------

  private async routeUpsert(collection: Collection, records: VectorRecord[]): Promise<void> {
    const name = collection.spec.name;
    const byShard = new Map<number, VectorRecord[]>();
    for (const record of records) {
      const shardId = shardForVector(record.id, collection.spec.shardCount);
      const group = byShard.get(shardId);
      if (group === undefined) byShard.set(shardId, [record]);
      else group.push(record);
    }
    const outcomes = await Promise.allSettled(
      [...byShard].map(([shardId, group]) =>
        this.withRouteRetry(async () => {
          const shard = this.view.shardOf(name, shardId);
          const primary = shard.primaryNodeId;
          if (primary === 0) {
            throw new RuvraftError(
              "EUNAVAILABLE",
              `shard ${name}/${shardId} has no node holding it`,
            );
          }
          if (primary === this.options.nodeId) {
            await this.writeAsPrimary(collection, shardId, group);
            return;
          }
          await this.options.peers.request(this.view.addressOf(primary), {
            vectorUpsert: {
              collection: name,
              records: encodeRecords(group),
              hop: VECTOR_HOP.primary,
              shardId,
              createdAtMs: collection.createdAtMs,
              holderSinceIndex: holderSinceIndex(shard, primary),
            },
          });
        }),
      ),
    );
    const failed = outcomes.flatMap((outcome, position) =>
      outcome.status === "rejected"
        ? [{ shardId: [...byShard.keys()][position], error: outcome.reason as Error }]
        : [],
    );
    if (failed.length > 0) {
      const first = failed[0] as { shardId: number; error: Error };
      throw new RuvraftError(
        (first.error as RuvraftError).code ?? "EUNAVAILABLE",
        `upsert into ${name}: shard${failed.length > 1 ? "s" : ""} ${failed.map((f) => f.shardId).join(", ")} failed (${first.error.message}); the other shards were written`,
      );
    }
  }

  /** On the primary: the local write, then every replica not offline. */
  private async writeAsPrimary(
    collection: Collection,
    shardId: number,
    records: VectorRecord[],
    routerSinceIndex = 0,
  ): Promise<void> {
    const name = collection.spec.name;
    const shard = this.view.shardOf(name, shardId);
    if (shard.primaryNodeId !== this.options.nodeId) {
      throw new RuvraftError(
        "ENOTPRIMARY",
        `node ${this.options.nodeId} is not the primary of shard ${name}/${shardId} (node ${shard.primaryNodeId} is, in its view)`,
      );
    }
    await this.localUpsert(collection, shardId, records, routerSinceIndex);
    const nodes = this.view.nodes();
    // Every replica not offline must take the write (a suspect one too: being suspect is not
    // being gone, and skipping it would leave it silently behind); an offline node's shards
    // are placed elsewhere, so it is no longer a replica soon. A migration's target too: its
    // copy-in only reads what the shard held when it passed, and it serves the shard once the
    // migration completes.
    const targetNodeId = shard.migration?.targetNodeId;
    const writers =
      targetNodeId === undefined ? shard.replicaNodeIds : [...shard.replicaNodeIds, targetNodeId];
    await Promise.all(
      writers
        .filter((id) => nodes.get(id)?.status !== "offline")
        .map((id) =>
          this.options.peers.request(this.view.addressOf(id), {
            vectorUpsert: {
              collection: name,
              records: encodeRecords(records),
              hop: VECTOR_HOP.replica,
              holderSinceIndex: holderSinceIndex(shard, id),
              shardId,
              createdAtMs: collection.createdAtMs,
            },
          }),
        ),
    );
  }

  /**
   * The store of the shard here, checked to be of `collection`'s incarnation: a store left by
   * a dropped collection of the same name (until the reconciler replaces it) answers ENOTHELD,
   * as a missing one does, so that nothing is written to or read from the dropped collection.
   */
  private heldStore(collection: Collection, shardId: number): HostedShard | undefined {
    const name = collection.spec.name;
    const store = this.options.engine.hostedShard(name, shardId);
    if (store !== undefined && store.createdAtMs !== collection.createdAtMs) {
      throw new ShardNotHeldError(name, shardId);
    }
    // A store made for an earlier holding missed writes, as a retired one did, until the
    // reconciler reinstates it (unsynced): treated as retired, so it takes no writes (which
    // its copy-in would not know to keep) and serves no reads.
    if (store !== undefined && this.madeForEarlierHolding(store, name, shardId)) {
      return { ...store, retired: true };
    }
    return store;
  }

  /**
   * madeForEarlierHolding against this node's Shard.holderSince entry in the view (false when
   * the view has no such shard: the store is then of a dropped collection, refused as such).
   */
  private madeForEarlierHolding(store: HostedShard, name: string, shardId: number): boolean {
    if (store.heldSinceIndex === undefined) return false;
    const shard = this.view.findShard(name, shardId);
    return shard !== undefined && madeForEarlierHoldingIn(store, shard, this.options.nodeId);
  }

  /**
   * Reads serve only a store of the collection's incarnation that holds its shard's data: not
   * one being copied in, nor a retired one (kept for the new holders after this node stopped
   * holding the shard), nor one made for an earlier holding than the one the router's view
   * gives this node (`routerSinceIndex`, the hop's holder_since_index; 0: none given), which
   * this node has not applied yet.
   */
  private checkSynced(collection: Collection, shardId: number, routerSinceIndex = 0): void {
    const store = this.heldStore(collection, shardId);
    if (
      store?.synced === false ||
      store?.retired === true ||
      (store !== undefined && madeForEarlierHolding(store, routerSinceIndex))
    ) {
      throw new ShardNotSyncedError(collection.spec.name, shardId);
    }
  }

  private localUpsert(
    collection: Collection,
    shardId: number,
    records: VectorRecord[],
    routerSinceIndex = 0,
  ): Promise<void> {
    // A retired copy takes no writes: they would be lost when it is dropped, and a primary that
    // writes it has not applied the placement that moved the shard yet (ENOTHELD: retried).
    // Nor does a store made for an earlier holding than the router's view gives this node (the
    // hop's holder_since_index): this node has not applied its return to the shard, and the
    // copy-in after its reinstatement would not know to keep the write.
    const store = this.heldStore(collection, shardId);
    if (
      store?.retired === true ||
      (store !== undefined && madeForEarlierHolding(store, routerSinceIndex))
    ) {
      throw new ShardNotHeldError(collection.spec.name, shardId);
    }
    return this.options.engine.upsert(collection.spec.name, shardId, records);
  }

  private localSearch(
    collection: Collection,
    shardId: number,
    vector: Float32Array,
    k: number,
    routerSinceIndex = 0,
  ): Promise<ScoredVector[]> {
    this.checkSynced(collection, shardId, routerSinceIndex);
    return this.options.engine.search(collection.spec.name, shardId, vector, k);
  }

  private localGet(
    collection: Collection,
    shardId: number,
    id: string,
    routerSinceIndex = 0,
  ): Promise<VectorRecord | undefined> {
    this.checkSynced(collection, shardId, routerSinceIndex);
    return this.options.engine.get(collection.spec.name, shardId, id);
  }

  /**
   * Runs a read on the shard's holders in order (online primary, online replicas, the rest not
   * offline) until one serves it: a holder still copying the shard in (ENOTSYNCED), without
   * the store yet (ENOTHELD) or unreachable (EUNAVAILABLE) passes it on.
   */
  private async readFromHolders<T>(
    collection: string,
    shardId: number,
    local: () => Promise<T>,
    remote: (address: string, holderSinceIndex: number) => Promise<T>,
  ): Promise<T> {
    let lastError: unknown;
    const shard = this.view.shardOf(collection, shardId);
    for (const holder of this.holdersOf(collection, shardId)) {
      try {
        // The holder's since index in this view goes along: a holder that has not applied
        // its own return to the shard refuses from the store it kept (checkSynced).
        return holder === this.options.nodeId
          ? await local()
          : await remote(this.view.addressOf(holder), holderSinceIndex(shard, holder));
      } catch (error) {
        const code = (error as RuvraftError).code;
        if (code !== "ENOTSYNCED" && code !== "ENOTHELD" && code !== "EUNAVAILABLE") throw error;
        lastError = error;
      }
    }
    throw (
      lastError ??
      new RuvraftError("EUNAVAILABLE", `shard ${collection}/${shardId} has no node holding it`)
    );
  }

  private async routeSearch(
    collection: Collection,
    vector: Float32Array,
    k: number,
  ): Promise<ScoredVector[]> {
    const name = collection.spec.name;
    const perShard = await Promise.all(
      Array.from({ length: collection.spec.shardCount }, (_, shardId) =>
        this.withRouteRetry(() =>
          this.readFromHolders(
            name,
            shardId,
            () => this.localSearch(collection, shardId, vector, k),
            async (address, holderSinceIndex) => {
              const response = await this.options.peers.request(address, {
                vectorSearch: {
                  collection: name,
                  values: encodeFloat32(vector),
                  k,
                  hop: VECTOR_HOP.replica,
                  shardId,
                  createdAtMs: collection.createdAtMs,
                  holderSinceIndex,
                },
              });
              return (response.vectorHits?.hits ?? []).map(scoredFromWire);
            },
          ),
        ),
      ),
    );
    return perShard
      .flat()
      .sort((a, b) => a.score - b.score || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .slice(0, k);
  }

  private routeGet(
    collection: Collection,
    shardId: number,
    id: string,
  ): Promise<VectorRecord | undefined> {
    const name = collection.spec.name;
    return this.withRouteRetry(() =>
      this.readFromHolders(
        name,
        shardId,
        () => this.localGet(collection, shardId, id),
        async (address, holderSinceIndex) => {
          const response = await this.options.peers.request(address, {
            vectorGet: {
              collection: name,
              id,
              hop: VECTOR_HOP.replica,
              shardId,
              createdAtMs: collection.createdAtMs,
              holderSinceIndex,
            },
          });
          const hit = response.vectorHits?.hits?.[0];
          if (hit === undefined || hit === null) return undefined;
          const vector = decodeFloat32(
            hit.values ?? new Uint8Array(),
            `vector ${JSON.stringify(id)}`,
          );
          return hit.payload ? { id, vector, payload: hit.payload } : { id, vector };
        },
      ),
    );
  }

  /** The nodes to read a shard from, best first: online primary, online replicas, the rest. */
  private holdersOf(collection: string, shardId: number): number[] {
    const shard = this.view.shardOf(collection, shardId);
    const nodes = this.view.nodes();
    const holders = [shard.primaryNodeId, ...shard.replicaNodeIds].filter((id) => id !== 0);
    const online = holders.filter((id) => nodes.get(id)?.status === "online");
    const others = holders.filter(
      (id) => !online.includes(id) && nodes.get(id)?.status !== "offline",
    );
    return [...online, ...others];
  }

  /** Retries a routed operation while the placement and the stores settle. */
  private async withRouteRetry<T>(operation: () => Promise<T>): Promise<T> {
    const deadline = Date.now() + (this.options.routeRetryMs ?? 3_000);
    for (let attempt = 0; ; attempt++) {
      try {
        return await operation();
      } catch (error) {
        const code = (error as RuvraftError).code;
        const settling = code === "ENOTHELD" || code === "ENOTPRIMARY";
        if (!settling || Date.now() > deadline) throw error;
        await new Promise((resolve) => setTimeout(resolve, Math.min(20 * 2 ** attempt, 200)));
      }
    }
  }
}

/** Records forwarded for one shard must all belong to it (a peer with another rule is refused). */
function checkShardOf(
  collection: Collection,
  shardId: number,
  records: readonly VectorRecord[],
): void {
  for (const record of records) {
    const owner = shardForVector(record.id, collection.spec.shardCount);
    if (owner !== shardId) {
      throw new InvalidArgumentError(
        `collection ${collection.spec.name}: vector ${JSON.stringify(record.id)} belongs to shard ${owner}, not ${shardId}`,
      );
    }
  }
}
