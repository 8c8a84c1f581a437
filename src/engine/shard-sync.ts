/**
 * ShardSyncer: fills the stores of shards that moved to this node, and tells the metadata when a
 * shard's holders all have its data (docs/architecture.md, "Shard copies").
 *
 * A store the reconciler makes for a shard that is `replicating` (a new holder after a node left
 * or joined) or `migrating` (a migration's target) starts unsynced: empty while the shard's
 * data lives on other nodes. Each pass:
 *
 * 1. Copy in: for every unsynced store of a shard assigned here, ask the other nodes (not
 *    offline) what they hold of the shard (ShardState). From the synced holder of the same
 *    collection incarnation with the most vectors, read the vectors page by page in id order
 *    (ShardExport) and write the ones this store does not have (writes that arrived meanwhile
 *    are newer and stay), then mark the store synced (its manifest). A shard that no node
 *    holds synced, when every node answered, has no data anywhere: the store is marked synced
 *    empty, with a warning. A copy writes only the store it began on (its generation): if the
 *    reconciler made the store again meanwhile, the copy fails and the next pass starts over.
 * 2. Report: on a shard's primary, once the shard is `replicating` and the primary's store and
 *    every replica's (asked with ShardState) are synced, propose SetShardStatus active (with
 *    the holders checked: refused if a placement changed them meanwhile) through
 *    the leader. The old holders then drop their copies (the reconciler's rule).
 *
 * Passes run beside the apply loop (PassRunner: after every apply, retried every
 * `retryDelayMs` while work is left, including a shard assigned here whose store the
 * reconciler has not made yet: nothing else would start the copy once the applies stop).
 * Failures to reach a node are logged at debug and retried. A copy page is written through the
 * store's write queue like a client's write (ExactVectors.writeInOrder), so a write to a store
 * being copied in may wait behind one page; reads never wait for a copy.
 */
import type { Logger } from "pino";
import { holderSinceIndex } from "../metadata/holder-records.js";
import type {
  Collection,
  MetadataEvent,
  MetadataProjector,
  MetadataResponse,
  NodeInfo,
  Shard,
} from "../metadata/index.js";
import type { Clock } from "../node/clock.js";
import { isOperatingError } from "../util/errors.js";
import { decodeFloat32 } from "../util/float32.js";
import { BackgroundPasses } from "./passes.js";
import type { PeerRequester } from "./peer-requests.js";
import { assignedTo } from "./reconciler.js";
import {
  type HostedShard,
  madeForEarlierHoldingIn,
  type ShardEngine,
  shardKey,
} from "./shard-engine.js";
import type { VectorRecord } from "./vector-store.js";

/** Vectors per page of a copy. */
export const SHARD_COPY_PAGE = 500;

export interface ShardSyncerOptions {
  nodeId: number;
  engine: ShardEngine;
  projector: MetadataProjector;
  peers: PeerRequester;
  /** Proposes a metadata event through the leader. */
  propose: (event: MetadataEvent) => Promise<MetadataResponse>;
  clock: Clock;
  /** While work is left, the next pass comes this much later (default 1_000 ms). */
  retryDelayMs?: number;
  /** False until the node has replayed its log (see ShardReconciler). */
  placementReady?: () => boolean;
  /** Proposer time stamped on SetShardStatus (unix ms; default Date.now). */
  wallClockMs?: () => number;
  logger?: Logger;
  onFatal: (error: unknown) => void;
}

interface View {
  collections: Map<string, Collection>;
  shards: Map<string, readonly Shard[]>;
  nodes: Map<number, NodeInfo>;
}

export class ShardSyncer extends BackgroundPasses {
  private copies = 0;
  private reports = 0;

  constructor(private readonly options: ShardSyncerOptions) {
    super(options);
  }

  /** Stores copied in and shards reported active, since start. */
  counts(): { copies: number; reports: number } {
    return { copies: this.copies, reports: this.reports };
  }

  /** One pass; true while work is left (a copy or a report not done yet). */
  protected async pass(): Promise<boolean> {
    if (this.options.placementReady?.() === false) return false;
    const view = this.readView();
    const hosted = this.options.engine.hosted();
    // A store the reconciler has not made yet (it runs beside this, after the same apply) is
    // copied in on a later pass: retried, since no further apply may come to start one.
    let left = storesMissing(view, hosted, this.options.nodeId);
    for (const store of hosted) {
      // A retired store is reinstated before it copies in (the reconciler), and so is one made
      // for an earlier holding (a copy into it would end in a store that misses writes).
      if (store.synced !== false || store.retired === true) continue;
      const shard = view.shards.get(store.collection)?.[store.shardId];
      const collection = view.collections.get(store.collection);
      if (shard === undefined || collection?.createdAtMs !== store.createdAtMs) continue;
      if (!assignedTo(shard, this.options.nodeId)) continue;
      if (madeForEarlierHoldingIn(store, shard, this.options.nodeId)) {
        left = true; // copied in on a later pass, once reinstated
        continue;
      }
      if (!(await this.attempt(() => this.copyIn(store, view)))) left = true;
    }
    for (const [name, shards] of view.shards) {
      for (const shard of shards) {
        if (shard.primaryNodeId !== this.options.nodeId || shard.status !== "replicating") continue;
        if (!(await this.attempt(() => this.report(name, shard, view)))) left = true;
      }
    }
    return left;
  }

  /** Runs one step; an operating error (a node unreachable, a disk) counts as "not done". */
  private async attempt(step: () => Promise<boolean>): Promise<boolean> {
    try {
      return await step();
    } catch (error) {
      if (!isOperatingError(error)) throw error;
      this.options.logger?.debug({ error: (error as Error).message }, "shard sync: retrying");
      return false;
    }
  }

  private async copyIn(store: HostedShard, view: View): Promise<boolean> {
    const { collection, shardId } = store;
    // Every write of this copy goes to the store it began on: one made again meanwhile (the
    // reconciler dropped and re-made it) refuses (StoreReplacedError), and the next pass
    // starts over, instead of marking a store synced that holds only the copy's tail.
    const generation = this.options.engine.storeGeneration(collection, shardId);
    // `store` was listed when the pass began, maybe several copies ago: the store held now
    // must still be that unsynced store of that incarnation (checked with its generation).
    const current = this.options.engine.hostedShard(collection, shardId);
    if (
      generation === undefined ||
      current === undefined ||
      current.createdAtMs !== store.createdAtMs ||
      current.synced !== false ||
      current.retired === true
    ) {
      return false;
    }
    const shard = view.shards.get(collection)?.[shardId];
    const others = [...view.nodes.values()].filter(
      (node) => node.id !== this.options.nodeId && node.status !== "offline",
    );
    let unanswered = 0;
    // The synced copy with the most vectors, a current one over a retired one (which may miss
    // writes): a retired copy is taken only when no other node has the data.
    let best: { node: NodeInfo; count: number; retired: boolean } | undefined;
    for (const node of others) {
      try {
        const answer = (
          await this.options.peers.request(node.address, { shardState: { collection, shardId } })
        ).shardState;
        const usable =
          answer?.held === true &&
          answer.synced === true &&
          answer.createdAtMs === store.createdAtMs;
        const candidate = {
          node,
          count: answer?.vectorCount ?? 0,
          // Also taken as retired, whatever it says (its view may lag this one's): a copy of a
          // node that does not hold the shard in this view, or made for an earlier holding
          // than this view's (the node lost the shard and got it back since it was made).
          retired:
            answer?.retired === true ||
            shard === undefined ||
            !assignedTo(shard, node.id) ||
            madeForEarlierHoldingOf(shard, node.id, answer?.heldSinceIndex),
        };
        if (usable && (best === undefined || betterSource(candidate, best))) best = candidate;
      } catch (error) {
        if (!isOperatingError(error)) throw error;
        unanswered++;
      }
    }
    // A retired copy only once every node answered: one that did not may hold a current copy.
    if (best?.retired === true && unanswered > 0) return false;
    if (best === undefined) {
      if (unanswered > 0) return false;
      this.options.logger?.warn(
        { collection, shardId },
        "shard sync: no other node holds this shard's data; the store here keeps what it holds (nothing if it is new)",
      );
      await this.options.engine.markSynced(collection, shardId, generation);
      return true;
    }
    let afterId = "";
    for (;;) {
      const response = await this.options.peers.request(best.node.address, {
        shardExport: {
          collection,
          shardId,
          afterId,
          limit: SHARD_COPY_PAGE,
          createdAtMs: store.createdAtMs,
        },
      });
      const records: VectorRecord[] = (response.vectorHits?.hits ?? []).map((hit) => {
        const id = hit.id ?? "";
        const vector = decodeFloat32(
          hit.values ?? new Uint8Array(),
          `shard copy of ${collection}/${shardId}: vector ${JSON.stringify(id)}`,
        );
        return hit.payload ? { id, vector, payload: hit.payload } : { id, vector };
      });
      if (records.length > 0) {
        await this.options.engine.upsert(collection, shardId, records, {
          copyIn: true,
          generation,
        });
        afterId = (records[records.length - 1] as VectorRecord).id;
      }
      if (records.length < SHARD_COPY_PAGE) break;
    }
    await this.options.engine.markSynced(collection, shardId, generation);
    this.copies++;
    this.options.logger?.info(
      { collection, shardId, from: best.node.id, vectors: best.count },
      "shard sync: copied a shard in",
    );
    return true;
  }

  /** On the primary: active once every holder is synced. */
  private async report(collection: string, shard: Shard, view: View): Promise<boolean> {
    const incarnation = view.collections.get(collection)?.createdAtMs;
    const mine = this.options.engine.hostedShard(collection, shard.shardId);
    if (
      mine === undefined ||
      mine.synced === false ||
      mine.retired === true ||
      mine.createdAtMs !== incarnation ||
      // Made for an earlier holding: the reconciler is about to reinstate it (unsynced).
      madeForEarlierHoldingIn(mine, shard, this.options.nodeId)
    ) {
      return false;
    }
    for (const replica of shard.replicaNodeIds) {
      const node = view.nodes.get(replica);
      if (node === undefined) return false;
      const answer = (
        await this.options.peers.request(node.address, {
          shardState: { collection, shardId: shard.shardId },
        })
      ).shardState;
      // A retired copy (its node has not reinstated it yet) may miss writes, and so may one
      // made for an earlier holding than this view's (its node has not applied the return).
      if (
        answer?.held !== true ||
        answer.synced !== true ||
        answer.retired === true ||
        answer.createdAtMs !== incarnation ||
        madeForEarlierHoldingOf(shard, replica, answer.heldSinceIndex)
      ) {
        return false;
      }
    }
    const response = await this.options.propose({
      type: "setShardStatus",
      atMs: (this.options.wallClockMs ?? Date.now)(),
      collection,
      shardId: shard.shardId,
      status: "active",
      // Refused if a placement changed the holders since this view: a new one has no copy yet.
      holderNodeIds: [shard.primaryNodeId, ...shard.replicaNodeIds],
      // ...and if one of them lost it and got it back since (its copy may miss writes).
      holderSinceIndexes: [shard.primaryNodeId, ...shard.replicaNodeIds].map((id) =>
        holderSinceIndex(shard, id),
      ),
    });
    if (!response.ok) {
      this.options.logger?.warn(
        { collection, shardId: shard.shardId, rule: response.rule, reason: response.reason },
        "shard sync: the shard's status was not set active",
      );
      return false;
    }
    this.reports++;
    return true;
  }

  private readView(): View {
    const { projector } = this.options;
    const collections = new Map<string, Collection>();
    const shards = new Map<string, readonly Shard[]>();
    const listed = projector.query({ type: "listCollections" });
    if (listed.ok && listed.result?.type === "collections") {
      for (const collection of listed.result.collections) {
        collections.set(collection.spec.name, collection);
        const response = projector.query({
          type: "shardsOfCollection",
          collection: collection.spec.name,
        });
        if (response.ok && response.result?.type === "shards")
          shards.set(collection.spec.name, response.result.shards);
      }
    }
    const nodesResponse = projector.query({ type: "listNodes" });
    const nodes = new Map<number, NodeInfo>(
      nodesResponse.ok && nodesResponse.result?.type === "nodes"
        ? nodesResponse.result.nodes.map((node) => [node.id, node])
        : [],
    );
    return { collections, shards, nodes };
  }
}

/**
 * Whether a shard assigned to `nodeId` in `view` has no store among `hosted` yet that the
 * syncer can work on (not retired, of the collection's incarnation).
 */
function storesMissing(view: View, hosted: readonly HostedShard[], nodeId: number): boolean {
  // A retired store or one of another incarnation is about to be reinstated or replaced.
  const held = new Set(
    hosted
      .filter(
        (store) =>
          store.retired !== true &&
          store.createdAtMs === view.collections.get(store.collection)?.createdAtMs,
      )
      .map((store) => shardKey(store.collection, store.shardId)),
  );
  for (const [name, shards] of view.shards) {
    for (const shard of shards) {
      if (assignedTo(shard, nodeId) && !held.has(shardKey(name, shard.shardId))) return true;
    }
  }
  return false;
}

/**
 * Whether node `nodeId`'s store of `shard`, held since `heldSinceIndex` as it answered
 * (ShardStateAnswer; 0 or absent: unknown), was made for an earlier holding than the one
 * `shard` (this node's view) says `nodeId` has.
 */
function madeForEarlierHoldingOf(
  shard: Shard,
  nodeId: number,
  heldSinceIndex: number | null | undefined,
): boolean {
  const since = Number(heldSinceIndex ?? 0);
  return madeForEarlierHoldingIn(since === 0 ? {} : { heldSinceIndex: since }, shard, nodeId);
}

/** Whether `candidate` is a better copy source than `best`: not retired first, then larger. */
function betterSource(
  candidate: { count: number; retired: boolean },
  best: { count: number; retired: boolean },
): boolean {
  if (candidate.retired !== best.retired) return !candidate.retired;
  return candidate.count > best.count;
}
