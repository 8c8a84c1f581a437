/**
 * What the projector's placement passes read besides the view's shards: the eligible nodes'
 * capacities and zones (placementNodes, placementInputs) and the budget of concurrent balance
 * moves (MoveBudget, isBalanceMove; docs/architecture.md, "Event-sourced metadata").
 */
import type { HashRing } from "./hash-ring.js";
import type { NodeInfo, Shard } from "./model.js";
import type { PlacementNodes } from "./placement-constraints.js";
import type { MetadataView } from "./view.js";

export interface PlacementPass {
  ring: HashRing;
  nodes: PlacementNodes;
  budget: MoveBudget;
}

/**
 * The capacities (only when the eligible nodes' known capacities differ: equal shares are the
 * fast path) and the zones (only with a spread label) of the eligible nodes.
 */
export function placementNodes(view: MetadataView, nodeIds: readonly number[]): PlacementNodes {
  const nodes: PlacementNodes = {};
  const infos = nodeIds.map((id) => view.nodes.get(id)!);
  const known = infos.filter((node) => node.capacityBytes > 0);
  if (known.some((node) => node.capacityBytes !== known[0]!.capacityBytes)) {
    nodes.capacityBytes = new Map(infos.map((node) => [node.id, node.capacityBytes]));
  }
  const label = view.settings.spreadLabel;
  if (label !== "") nodes.zones = new Map(infos.map((node) => [node.id, zoneOf(node, label)]));
  return nodes;
}

/** The node's value of the spread label, "" without it. */
function zoneOf(node: NodeInfo, label: string): string {
  return Object.hasOwn(node.labels, label) ? (node.labels[label] as string) : "";
}

/** What placement reads of a node besides its eligibility. */
export function placementInputs(view: MetadataView, nodeId: number): string {
  const node = view.nodes.get(nodeId);
  if (node === undefined) return "";
  const zone = view.settings.spreadLabel === "" ? "" : zoneOf(node, view.settings.spreadLabel);
  return `${node.capacityBytes}/${zone}`;
}

/**
 * How many balance moves placement may still start while applying one event:
 * `settings.concurrentMigrationsMax` (0 = no limit) minus the shards moving now (REPLICATING or
 * MIGRATING), counted once, when first asked, and then decremented for each move started.
 */
export class MoveBudget {
  private left: number | undefined;

  constructor(private readonly view: MetadataView) {}

  /** Starts one move if the budget allows it. */
  take(): boolean {
    if (this.spent()) return false;
    if (this.left !== undefined) this.left--;
    return true;
  }

  /** No further move may start (never with no limit). */
  spent(): boolean {
    const max = this.view.settings.concurrentMigrationsMax;
    if (max === 0) return false;
    if (this.left === undefined) {
      let moving = 0;
      for (const shards of this.view.shards.values()) {
        for (const shard of shards) if (isMoving(shard)) moving++;
      }
      this.left = max - moving;
    }
    return this.left <= 0;
  }
}

function isMoving(shard: Shard): boolean {
  return shard.status === "replicating" || shard.status === "migrating";
}

/**
 * A change of a shard's replicas that can wait: it copies the shard to a new node and takes it
 * away from a live one (registered, not offline: a balance move, a drain, a spread), while the
 * shard, not moving now, has all of its replicas on live nodes. A shard that lost a holder or
 * lacks replicas is repaired at once; one already moving was counted when it started.
 */
export function isBalanceMove(
  view: MetadataView,
  before: Shard,
  replicas: readonly number[],
): boolean {
  if (isMoving(before) || before.primaryNodeId === 0) return false;
  const holders = [before.primaryNodeId, ...before.replicaNodeIds];
  if (holders.length < replicas.length) return false;
  let dropsLive = false;
  for (const id of holders) {
    const node = view.nodes.get(id);
    if (node === undefined || node.status === "offline") return false;
    if (!replicas.includes(id)) dropsLive = true;
  }
  return dropsLive && replicas.some((id) => !holders.includes(id));
}
