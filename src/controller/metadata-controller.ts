/**
 * Keeps the Ruvector metadata's node list in step with the cluster, from the leader only:
 *
 * - a Raft member missing from the metadata is registered (RegisterNode: address and role);
 * - a registered node that left the membership is removed (RemoveNode: its shards move);
 * - a member whose role changed (a learner promoted) gets UpdateNodeRole;
 * - liveness: a member the leader heard from within the last election timeout (the core's
 *   `recentActive`) is online; one not heard from for an election timeout plus a pass is
 *   suspect, and offline once the cluster
 *   setting `nodeTimeoutMs` has passed since it was last heard (UpdateNodeStatus; the projector
 *   re-places shards when a node goes offline or comes back, so primaries fail over).
 *
 * A pass proposes every change it finds at once (they land in one batch of the log), so a new
 * cluster has all its members registered as soon as it has a leader. Passes run every
 * `checkIntervalMs`, and at once when the controller starts, when this node becomes leader and
 * when the membership changes; one pass at a time. Each change is an ordinary metadata event in the log, so every replica applies
 * the same change. The liveness clocks start when this node becomes leader, so a new leader
 * never marks nodes offline before it has given them a full timeout.
 */
import type { Logger } from "pino";
import {
  DEFAULT_CLUSTER_SETTINGS,
  type MetadataEvent,
  type MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  type NodeInfo,
  type NodeStatus,
} from "../metadata/index.js";
import type { RaftNode } from "../node/raft-node.js";

export interface MetadataControllerOptions {
  checkIntervalMs?: number;
  logger?: Logger;
  /** The clock; injectable for tests. */
  now?: () => number;
}

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;

export class MetadataController {
  private timer: NodeJS.Timeout | undefined;
  private running = false;
  private again = false;
  private leaderSinceMs = 0;
  private readonly lastHeardMs = new Map<number, number>();
  private readonly now: () => number;

  constructor(
    private readonly node: MetadataNode,
    private readonly projector: MetadataProjector,
    private readonly options: MetadataControllerOptions = {},
  ) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Listens for leadership and membership changes and runs a pass at once: the node may have
   * become leader before the controller started (its roleChange then came before this
   * listener), and that leader must not wait a whole interval to register its members.
   */
  start(): void {
    this.timer = setInterval(() => this.trigger(), this.checkIntervalMs());
    this.node.on("roleChange", this.onRoleChange);
    this.node.on("membershipChange", this.onMembershipChange);
    this.trigger();
  }

  stop(): void {
    clearInterval(this.timer);
    this.timer = undefined;
    this.node.off("roleChange", this.onRoleChange);
    this.node.off("membershipChange", this.onMembershipChange);
  }

  private readonly onRoleChange = (change: { role: string }): void => {
    if (change.role === "leader") this.trigger();
  };

  /** A membership change (a conf change applied) asks for a pass at once. */
  private readonly onMembershipChange = (): void => {
    if (this.node.isLeader()) this.trigger();
  };

  /** Runs a pass; asked during one, runs one more after it (a pass sees every change). */
  private trigger(): void {
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.again = false;
    this.check()
      .catch((error: unknown) => {
        this.options.logger?.debug(
          { error: (error as Error).message },
          "metadata controller: a proposal did not go through",
        );
      })
      .finally(() => {
        this.running = false;
        if (this.again && this.timer !== undefined) this.trigger();
      });
  }

  /** One pass: proposes every change found, at once. Exposed for tests. */
  async check(): Promise<void> {
    if (!this.node.isRunning() || !this.node.isLeader()) {
      this.leaderSinceMs = 0;
      return;
    }
    const now = this.now();
    if (this.leaderSinceMs === 0) {
      this.leaderSinceMs = now;
      this.lastHeardMs.clear();
    }
    const events = this.nextEvents(now);
    const responses = await Promise.all(events.map((event) => this.node.propose(event)));
    responses.forEach((response, position) => {
      const event = events[position] as MetadataEvent;
      if (!response.ok) {
        this.options.logger?.warn(
          { event: event.type, rule: response.rule, reason: response.reason },
          "metadata controller: event rejected",
        );
      } else {
        this.options.logger?.info({ event }, "metadata controller: applied");
      }
    });
  }

  /** Every change the metadata needs now: registrations, removals, roles, liveness. */
  nextEvents(now: number): MetadataEvent[] {
    const events: MetadataEvent[] = [];
    const registered = this.registeredNodes();
    const members = this.node.members();
    const memberIds = new Set(members.map((member) => member.nodeId));
    for (const member of members) {
      const role = member.learner ? "learner" : "voter";
      const known = registered.get(member.nodeId);
      if (known === undefined) {
        events.push({
          type: "registerNode",
          atMs: now,
          nodeId: member.nodeId,
          address: member.address,
          capacityBytes: 0,
          labels: {},
          role,
        });
      } else if (known.role !== role) {
        events.push({ type: "updateNodeRole", atMs: now, nodeId: member.nodeId, role });
      }
    }
    for (const nodeId of registered.keys()) {
      if (!memberIds.has(nodeId)) events.push({ type: "removeNode", atMs: now, nodeId });
    }
    const active = new Map(
      this.node.status().peers.map((peer) => [peer.nodeId, peer.recentActive] as const),
    );
    const timeoutMs = this.nodeTimeoutMs();
    for (const member of members) {
      const heard = member.nodeId === this.node.config.nodeId || active.get(member.nodeId) === true;
      if (heard) this.lastHeardMs.set(member.nodeId, now);
      const lastHeard = this.lastHeardMs.get(member.nodeId) ?? this.leaderSinceMs;
      // recentActive restarts false at every election and check-quorum round, and is sampled
      // once per pass: a member is suspect only once it was not heard for a whole pass beyond
      // an election timeout, so one unlucky sample does not flap its status.
      const graceMs = this.node.config.electionTimeoutMaxMs + this.checkIntervalMs();
      if (!heard && now - lastHeard < graceMs) continue;
      const desired: NodeStatus = heard
        ? "online"
        : now - lastHeard >= timeoutMs
          ? "offline"
          : "suspect";
      const current = registered.get(member.nodeId)?.status;
      if (current !== undefined && current !== desired) {
        events.push({
          type: "updateNodeStatus",
          atMs: now,
          nodeId: member.nodeId,
          status: desired,
        });
      }
    }
    return events;
  }

  private checkIntervalMs(): number {
    return this.options.checkIntervalMs ?? 1000;
  }

  private registeredNodes(): Map<number, NodeInfo> {
    const response = this.projector.query({ type: "listNodes" });
    const nodes = response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
    return new Map(nodes.map((node) => [node.id, node]));
  }

  private nodeTimeoutMs(): number {
    const response = this.projector.query({ type: "getSettings" });
    return response.ok && response.result?.type === "settings"
      ? response.result.settings.nodeTimeoutMs
      : DEFAULT_CLUSTER_SETTINGS.nodeTimeoutMs;
  }
}
