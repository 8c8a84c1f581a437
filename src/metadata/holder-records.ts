/**
 * What a shard records per holder, kept in step with its holders wherever an event changes
 * them (the reducers and placement): the holders' stats reports and since when each holds the
 * shard (Shard.holderSince, docs/architecture.md "Shard copies").
 */
import { type HolderSince, type Shard, shardReplicas } from "./model.js";

/** The nodes holding (or receiving, during a migration) a copy of `shard`. */
export function holdersOf(shard: Shard): number[] {
  const ids = shardReplicas(shard);
  if (shard.migration !== undefined) ids.push(shard.migration.targetNodeId);
  return ids;
}

/**
 * `shard` as it is stored by the event at log index `index`, `previous` being the shard before
 * that event (undefined for a new collection's): only the stats of nodes that hold it, and its
 * holders' since indexes. A node that held `previous` keeps its index (0, unknown, if
 * `previous` had none for it); any other holder gets `index`. With no holder, the shard keeps
 * `previous`'s entries (those of its last holders): nothing is written to a shard without a
 * holder, so a holder it comes back to still has every write and keeps its index (0 for every
 * holder when `previous` had no holder and no entries: a snapshot from before them). Entries
 * are in node id order, so every replica encodes the same bytes.
 */
export function withHolderRecords(shard: Shard, previous: Shard | undefined, index: number): Shard {
  const held = holdersOf(shard);
  const { stats: _stats, holderSince: _since, ...rest } = shard;
  const stats = shard.stats?.filter((report) => held.includes(report.nodeId)) ?? [];
  const holderSince = holderSinceAfter(held, previous, index);
  return {
    ...rest,
    ...(stats.length === 0 ? {} : { stats }),
    ...(holderSince.length === 0 ? {} : { holderSince }),
  };
}

function holderSinceAfter(
  held: readonly number[],
  previous: Shard | undefined,
  index: number,
): HolderSince[] {
  const before = previous?.holderSince ?? [];
  if (held.length === 0) return before.map((since) => ({ ...since }));
  const heldBefore = previous === undefined ? [] : holdersOf(previous);
  // A shard that had no holder: its last holders' entries say who may take it back as it is.
  // Without entries (from a snapshot written before them) nobody can tell: every holder it
  // gets is unknown (0), as a view replayed from the log would not give a new index to a last
  // holder coming back, and replicas must never disagree the other way.
  const wasOffline = previous !== undefined && heldBefore.length === 0;
  const unknownReturn = wasOffline && previous.holderSince === undefined;
  const returning = wasOffline ? before.map((since) => since.nodeId) : heldBefore;
  return [...new Set(held)]
    .sort((a, b) => a - b)
    .map((nodeId) => {
      if (unknownReturn) return { nodeId, sinceIndex: 0 };
      if (!returning.includes(nodeId)) return { nodeId, sinceIndex: index };
      const known = before.find((since) => since.nodeId === nodeId);
      return { nodeId, sinceIndex: known?.sinceIndex ?? 0 };
    });
}

/** Since when `nodeId` holds `shard` (Shard.holderSince): 0 when unknown or not a holder. */
export function holderSinceIndex(shard: Shard, nodeId: number): number {
  return shard.holderSince?.find((since) => since.nodeId === nodeId)?.sinceIndex ?? 0;
}
