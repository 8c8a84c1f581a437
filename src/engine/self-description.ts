/**
 * A node describes itself in the metadata: its data-plane address, storage capacity and labels
 * come from its own configuration (`ruvraft node --data-address --capacity --label`), and the
 * node proposes them through the leader (docs/architecture.md, "The engine").
 *
 * The leader's controller registers every member with its Raft address and no capacity or
 * labels (src/controller/metadata-controller.ts); once this node sees its registration applied, it
 * proposes UpdateNodeAddress / UpdateNodeCapacity / UpdateNodeLabels for whatever differs from
 * its configuration, and does so again whenever an applied event makes them differ (an operator
 * changing them with ctl is undone: the node's configuration is the source of truth for what it
 * configures; what it does not configure is left to ctl). A proposal that fails (no leader) is
 * retried after `retryDelayMs`; one the cluster rejects (an address another node has) is logged
 * and the same events are proposed again only `rejectedRetryMs` later (a rejected event is a log
 * entry too: repeating it at every apply would never end).
 */
import type { Logger } from "pino";
import type {
  Labels,
  MetadataEvent,
  MetadataProjector,
  MetadataResponse,
  NodeInfo,
} from "../metadata/index.js";
import type { Clock } from "../node/clock.js";

/** What a node's configuration says about it; an absent field is not managed by the node. */
export interface NodeDescription {
  /** "host:port" where the node's data plane listens (its client port). */
  dataAddress?: string;
  capacityBytes?: number;
  labels?: Labels;
}

/** The events that make `registered` match `desired` (none while the node is unregistered). */
export function describeEvents(
  desired: NodeDescription,
  registered: NodeInfo | undefined,
  atMs: number,
): MetadataEvent[] {
  if (registered === undefined) return [];
  const nodeId = registered.id;
  const events: MetadataEvent[] = [];
  if (desired.dataAddress !== undefined && desired.dataAddress !== registered.address) {
    events.push({ type: "updateNodeAddress", atMs, nodeId, address: desired.dataAddress });
  }
  if (desired.capacityBytes !== undefined && desired.capacityBytes !== registered.capacityBytes) {
    events.push({
      type: "updateNodeCapacity",
      atMs,
      nodeId,
      capacityBytes: desired.capacityBytes,
    });
  }
  if (desired.labels !== undefined && !sameLabels(desired.labels, registered.labels)) {
    events.push({ type: "updateNodeLabels", atMs, nodeId, labels: desired.labels });
  }
  return events;
}

function sameLabels(a: Labels, b: Labels): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => b[key] === a[key]);
}

export interface SelfDescriberOptions {
  nodeId: number;
  description: NodeDescription;
  projector: MetadataProjector;
  /** Proposes through the leader (this node's own RaftNode when it leads). */
  propose: (event: MetadataEvent) => Promise<MetadataResponse>;
  clock: Clock;
  /** Proposer time stamped on the events (unix ms; default Date.now). */
  wallClockMs?: () => number;
  /** After a failed proposal (default 1_000 ms). */
  retryDelayMs?: number;
  /** After a rejected one, before the same events are proposed again (default 60_000 ms). */
  rejectedRetryMs?: number;
  logger?: Logger;
}

export class SelfDescriber {
  private running = false;
  private again = false;
  private stopped = false;
  private cancelRetry: (() => void) | undefined;
  /** The events last rejected, and when: not proposed again before rejectedRetryMs. */
  private rejected = "";
  private rejectedAtMs = 0;

  constructor(private readonly options: SelfDescriberOptions) {}

  /** Something was applied: compare again (one pass at a time; requests coalesce). */
  notify(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = true;
    this.again = false;
    void this.pass().finally(() => {
      this.running = false;
      if (this.again) this.notify();
    });
  }

  stop(): void {
    this.stopped = true;
    this.cancelRetry?.();
  }

  private registered(): NodeInfo | undefined {
    const response = this.options.projector.query({ type: "listNodes" });
    const nodes = response.ok && response.result?.type === "nodes" ? response.result.nodes : [];
    return nodes.find((node) => node.id === this.options.nodeId);
  }

  private async pass(): Promise<void> {
    const { options } = this;
    const events = describeEvents(
      options.description,
      this.registered(),
      (options.wallClockMs ?? Date.now)(),
    );
    // The same events as the last rejection, ignoring their time: do not repeat it.
    const key = JSON.stringify(events.map(({ atMs: _, ...body }) => body));
    if (events.length === 0) return;
    const rejectedRetryMs = options.rejectedRetryMs ?? 60_000;
    if (key === this.rejected && options.clock.nowMs() - this.rejectedAtMs < rejectedRetryMs) {
      return;
    }
    try {
      for (const event of events) {
        const response = await options.propose(event);
        if (!response.ok) {
          this.rejected = key;
          this.rejectedAtMs = options.clock.nowMs();
          this.retryAfter(rejectedRetryMs);
          options.logger?.warn(
            { event: event.type, rule: response.rule, reason: response.reason },
            "this node's configured description was rejected by the metadata",
          );
          return;
        }
      }
      this.rejected = "";
    } catch (error) {
      options.logger?.debug(
        { error: (error as Error).message },
        "could not propose this node's description; retrying",
      );
      this.retryAfter(options.retryDelayMs ?? 1000);
    }
  }

  private retryAfter(delayMs: number): void {
    this.cancelRetry?.();
    this.cancelRetry = this.options.clock.after(delayMs, () => this.notify());
  }
}
