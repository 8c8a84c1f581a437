/**
 * ShardReconciler: makes this node's engine hold exactly the shard replicas placement gives it
 * (docs/architecture.md, "The engine").
 *
 * What a node holds (planReconcile, a pure function of the placement and the held stores):
 * - a store for every shard where the node is the primary, a replica, or a migration's
 *   target, of the collection incarnation that exists now;
 * - a store no longer assigned is dropped when its collection is gone (or is another
 *   incarnation now), or when its shard is `active` again: the replicas that replaced this
 *   node hold it. While the shard is `replicating`, `migrating` or `offline` the old store
 *   stays, as the copy the new holders may still need. While other nodes hold the shard it is
 *   retired (durably): writes no longer reach it, so it never serves reads again and, if
 *   placement gives the shard back to this node, it is reinstated unsynced, its data kept, and
 *   copies in what it lacks (it misses the writes made while the node did not hold the shard,
 *   and may be the best copy left, so it is never wiped for a new one). A shard with no holder
 *   at all (`offline`) takes no writes: its kept copies are not retired.
 *
 * How: `notify()` after each apply (and once at start) asks for a pass; a pass acts only on a
 * placement the node has caught up to (`placementReady`: never on the empty view of a node
 * still replaying its log, which would drop every store). Passes never overlap
 * and requests during a pass coalesce into one more pass, so the apply loop never waits on
 * the engine. A pass runs at most `concurrency` engine operations at once, one per shard.
 * A failed operation (an operating error: disk, or a spec the engine refuses) is logged and
 * retried by a new pass `retryDelayMs` later; `drift()` says how many shards the engine is
 * away from the placement. Anything else is a programmer error and goes to `onFatal` (the
 * node stops). Every operation is idempotent, so a crash anywhere is repaired by the pass
 * after the restart.
 */
import type { Logger } from "pino";
import { holderSinceIndex, holdersOf } from "../metadata/holder-records.js";
import type { Collection, Shard } from "../metadata/index.js";
import type { Clock } from "../node/clock.js";
import { isOperatingError } from "../util/errors.js";
import { BackgroundPasses } from "./passes.js";
import {
  type HostedShard,
  madeForEarlierHoldingIn,
  type ShardEngine,
  sameStore,
  shardKey,
} from "./shard-engine.js";

/** The placement as the reconciler reads it. */
export interface PlacementReader {
  /** Every collection, with its shards (index = shard id). */
  collections(): Iterable<{ collection: Collection; shards: readonly Shard[] }>;
  /** The log index of the last event applied to it. */
  appliedIndex(): number;
}

export interface ReconcilePlan {
  create: HostedShard[];
  drop: { collection: string; shardId: number }[];
  /** Kept stores no longer assigned, to retire (HostedShard.retired). */
  retire: { collection: string; shardId: number }[];
  /** Shards kept although no longer assigned (their replacements are not active yet). */
  retained: number;
}

/** What `nodeId` must create and drop so that `held` matches the placement. */
export function planReconcile(
  placement: PlacementReader,
  nodeId: number,
  held: readonly HostedShard[],
): ReconcilePlan {
  const desired = new Map<string, HostedShard>();
  const shardStatus = new Map<string, { shard: Shard; store: HostedShard }>();
  const appliedIndex = placement.appliedIndex();
  for (const { collection, shards } of placement.collections()) {
    for (const shard of shards) {
      const store: HostedShard = {
        collection: collection.spec.name,
        shardId: shard.shardId,
        createdAtMs: collection.createdAtMs,
        spec: collection.spec,
        // A shard that is active when its store is made is a new collection's (nothing to
        // copy); one replicating or migrating here must be copied in first (shard-sync.ts).
        synced: shard.status === "active",
        // Unknown in the metadata (a holder from before the field): the applied index, which
        // the holding began at or before.
        heldSinceIndex: holderSinceIndex(shard, nodeId) || appliedIndex,
      };
      const key = shardKey(store.collection, store.shardId);
      shardStatus.set(key, { shard, store });
      if (assignedTo(shard, nodeId)) desired.set(key, store);
    }
  }
  const plan: ReconcilePlan = { create: [], drop: [], retire: [], retained: 0 };
  const heldByKey = new Map(
    held.map((store) => [shardKey(store.collection, store.shardId), store]),
  );
  for (const [key, store] of desired) {
    const existing = heldByKey.get(key);
    const shard = shardStatus.get(key)?.shard as Shard;
    if (existing === undefined || !sameStore(existing, store)) plan.create.push(store);
    // A retired copy missed writes, and so did one made for an earlier holding (the node lost
    // the shard and got it back, maybe within one apply batch or snapshot): reinstated unsynced
    // (its data kept), copied in whatever the shard's status.
    else if (existing.retired === true || madeForEarlierHoldingIn(existing, shard, nodeId)) {
      plan.create.push({ ...store, synced: false });
    }
    // A store from before heldSinceIndex: recorded as of the current holding (as it was taken
    // to be until now), so that a later loss and return is told apart from here on.
    else if (existing.heldSinceIndex === undefined) plan.create.push(store);
  }
  for (const [key, store] of heldByKey) {
    if (desired.has(key)) continue;
    const current = shardStatus.get(key);
    const gone = current === undefined || !sameStore(current.store, store);
    if (gone || current.shard.status === "active") {
      plan.drop.push({ collection: store.collection, shardId: store.shardId });
    } else {
      plan.retained++;
      // Retired only while another node holds the shard and takes its writes: a shard with no
      // holder (`offline`) takes none, so the kept copy stays whole and is reused as it is if
      // the shard comes back to this node (replacing it would leave no copy at all).
      if (store.retired !== true && current.shard.primaryNodeId !== 0) {
        plan.retire.push({ collection: store.collection, shardId: store.shardId });
      }
    }
  }
  return plan;
}

/** True when `nodeId` must hold a store of `shard`: primary, replica or migration target. */
export function assignedTo(shard: Shard, nodeId: number): boolean {
  return holdersOf(shard).includes(nodeId);
}

export interface ShardReconcilerOptions {
  nodeId: number;
  engine: ShardEngine;
  placement: PlacementReader;
  clock: Clock;
  /** Engine operations at once (default 4). */
  concurrency?: number;
  /** Delay before a pass retries failed operations (default 1000 ms). */
  retryDelayMs?: number;
  logger?: Logger;
  /**
   * False while the placement is not one to act on: before the node has replayed its log at
   * start (an empty view would drop every store). A pass then changes nothing; the next notify() tries again. Default: always ready.
   */
  placementReady?: () => boolean;
  /** A programmer error in a pass: the node must stop. */
  onFatal: (error: unknown) => void;
}

export class ShardReconciler extends BackgroundPasses {
  private lastDrift = 0;
  private failures = 0;
  private passes = 0;

  constructor(private readonly options: ShardReconcilerOptions) {
    super(options);
  }

  /** Shards the engine differs from the placement by, as of the last pass's start. */
  drift(): number {
    return this.lastDrift;
  }

  /** Engine operations that failed with an operating error, since start. */
  failureCount(): number {
    return this.failures;
  }

  passCount(): number {
    return this.passes;
  }

  /** One pass; true when an operation failed and a retry is due. */
  protected async pass(): Promise<boolean> {
    if (this.options.placementReady?.() === false) return false;
    this.passes++;
    const { engine, nodeId } = this.options;
    const plan = planReconcile(this.options.placement, nodeId, engine.hosted());
    this.lastDrift = plan.create.length + plan.drop.length + plan.retire.length;
    const work: (() => Promise<void>)[] = [
      ...plan.retire.map((kept) => () => engine.retire(kept.collection, kept.shardId)),
      ...plan.drop.map((drop) => () => engine.drop(drop.collection, drop.shardId)),
      ...plan.create.map((store) => () => engine.create(store)),
    ];
    let failed = 0;
    let next = 0;
    const worker = async (): Promise<void> => {
      while (next < work.length && !this.runner.isStopped) {
        const operation = work[next++] as () => Promise<void>;
        try {
          await operation();
        } catch (error) {
          if (!isOperatingError(error)) throw error;
          failed++;
          this.failures++;
          this.options.logger?.warn(
            { error: (error as Error).message },
            "engine: a shard store operation failed; retrying",
          );
        }
      }
    };
    const workers = Math.min(this.options.concurrency ?? 4, work.length);
    await Promise.all(Array.from({ length: workers }, worker));
    if (failed === 0) this.lastDrift = this.currentDrift();
    return failed > 0;
  }

  private currentDrift(): number {
    const plan = planReconcile(
      this.options.placement,
      this.options.nodeId,
      this.options.engine.hosted(),
    );
    return plan.create.length + plan.drop.length + plan.retire.length;
  }
}
