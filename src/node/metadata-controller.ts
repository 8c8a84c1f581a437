/**
 * Keeps the Ruvector metadata's node list in step with the cluster, from the leader only:
 *
 * - a Raft member missing from the metadata is registered (RegisterNode: address and role);
 * - a registered node that left the membership is removed (RemoveNode: its shards move);
 * - liveness: a member the leader heard from within the last election timeout (the core's
 *   `recentActive`) is online; one not heard from is suspect, and offline once the cluster
 *   setting `nodeTimeoutMs` has passed since it was last heard (UpdateNodeStatus; the projector
 *   re-places shards when a node goes offline or comes back, so primaries fail over).
 *
 * It runs every `checkIntervalMs`, proposes at most one event at a time (each is an ordinary
 * metadata event in the log, so every replica applies the same change), and starts its
 * liveness clocks when this node becomes leader, so a new leader never marks nodes offline
 * before it has given them a full timeout.
 */
import type { Logger } from "pino";
import type {
  MetadataEvent,
  MetadataProjector,
  MetadataQuery,
  MetadataResponse,
  NodeInfo,
  NodeStatus,
} from "../metadata/index.js";
import type { RaftNode } from "./raft-node.js";

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

  start(): void {
    this.timer = setInterval(() => {
      if (this.running) return;
      this.running = true;
      this.check()
        .catch((error: unknown) => {
          this.options.logger?.debug(
            { error: (error as Error).message },
            "metadata controller: a proposal did not go through",
          );
        })
        .finally(() => {
          this.running = false;
        });
    }, this.options.checkIntervalMs ?? 1000);
  }

  stop(): void {
    clearInterval(this.timer);
  }

  /** One pass: at most one proposal. Exposed for tests. */
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
    const event = this.nextEvent(now);
    if (event === undefined) return;
    const response = await this.node.propose(event);
    if (!response.ok) {
      this.options.logger?.warn(
        { event: event.type, rule: response.rule, reason: response.reason },
        "metadata controller: event rejected",
      );
    } else {
      this.options.logger?.info({ event }, "metadata controller: applied");
    }
  }

  private nextEvent(now: number): MetadataEvent | undefined {
    const registered = this.registeredNodes();
    const members = this.node.members();
    const memberIds = new Set(members.map((member) => member.nodeId));
    for (const member of members) {
      if (!registered.has(member.nodeId)) {
        return {
          type: "registerNode",
          atMs: now,
          nodeId: member.nodeId,
          address: member.address,
          capacityBytes: 0,
          labels: {},
          role: member.learner ? "learner" : "voter",
        };
      }
    }
    for (const nodeId of registered.keys()) {
      if (!memberIds.has(nodeId)) {
        return { type: "removeNode", atMs: now, nodeId };
      }
    }
    const active = new Map(
      this.node.status().peers.map((peer) => [peer.nodeId, peer.recentActive] as const),
    );
    const timeoutMs = this.nodeTimeoutMs();
    for (const member of members) {
      const heard = member.nodeId === this.node.config.nodeId || active.get(member.nodeId) === true;
      if (heard) this.lastHeardMs.set(member.nodeId, now);
      const lastHeard = this.lastHeardMs.get(member.nodeId) ?? this.leaderSinceMs;
      const desired: NodeStatus = heard
        ? "online"
        : now - lastHeard >= timeoutMs
          ? "offline"
          : "suspect";
      const current = registered.get(member.nodeId)?.status;
      if (current !== undefined && current !== desired) {
        return { type: "updateNodeStatus", atMs: now, nodeId: member.nodeId, status: desired };
      }
    }
    return undefined;
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
      : 10_000;
  }
}
