/**
 * What arrives from the peers, through the transport (NodeTransportHandlers): Raft messages
 * stepped into the core, snapshot files handed to the snapshot intake, reports of unreachable
 * peers and of finished outbound snapshots, newer cluster generations, and the handshakes a
 * founding node records (founding.ts). Input the core refuses is the sender's problem and is
 * logged; a broken invariant stops the node.
 */
import type { EventEmitter } from "node:events";
import type { Logger } from "pino";
import type { Message, RawNode, SnapshotRequest } from "../raft/index.js";
import { RuvraftError } from "../util/errors.js";
import type { Clock } from "./clock.js";
import { AbandonedConfigurationError } from "./errors.js";
import type { FoundersRecord } from "./founding.js";
import type { ClusterGeneration } from "./generation-file.js";
import type { RaftNodeEvents } from "./node-api.js";
import type { Outbox } from "./outbox.js";
import { IncarnationRefusalReporter } from "./refusal-reporter.js";
import type { SnapshotIntake } from "./snapshot-intake.js";
import type { NodeTransportHandlers } from "./transport-port.js";

export interface InboundParts {
  readonly nodeId: number;
  /** The configured peers' ids (the founders a founding node waits for). */
  readonly peerIds: readonly number[];
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  readonly events: EventEmitter<RaftNodeEvents>;
  readonly generation: ClusterGeneration;
  readonly outbox: Outbox;
  /** The snapshot intake; it steps a checked snapshot's message through step(). */
  snapshotIntake(): SnapshotIntake;
  /** While founding a new cluster: the founders met so far. */
  foundersRecord(): FoundersRecord | undefined;
  isRunning(): boolean;
  /** The core; throws StoppedError when the node is not running. */
  core(): RawNode;
  /** Runs a core call whose exception stops the node; false when it did. */
  guarded(call: () => void): boolean;
  /** Something was stepped into the core: the Ready loop has work. */
  notify(): void;
  failNode(error: Error): void;
}

export class Inbound implements NodeTransportHandlers {
  private readonly refusals: IncarnationRefusalReporter;

  constructor(private readonly parts: InboundParts) {
    this.refusals = new IncarnationRefusalReporter(parts.nodeId, parts.logger);
  }

  /** The incarnation filter refused something (logged once per kind, seat and disk). */
  reportRefusal(refusal: Parameters<IncarnationRefusalReporter["report"]>[0]): void {
    this.refusals.report(refusal);
  }

  onRaftMessage(message: Message, fromIncarnation: number): void {
    const { parts } = this;
    if (!parts.isRunning()) return;
    try {
      const core = parts.core();
      const refusals = core.raft.incarnationRefusals;
      core.step(message, parts.clock.nowMs(), fromIncarnation);
      if (core.raft.incarnationRefusals !== refusals) {
        this.refusals.report(core.raft.lastIncarnationRefusal);
      }
    } catch (error) {
      if (!(error instanceof RuvraftError)) {
        // A broken invariant (AssertionError): the core may be half-way through the message.
        parts.failNode(error as Error);
        return;
      }
      // A message the core refuses (malformed, stale) is the sender's problem.
      parts.logger?.warn(
        { from: message.from, type: message.type, error: error.message },
        "dropped a raft message",
      );
      return;
    }
    parts.notify();
  }

  async onSnapshot(
    message: SnapshotRequest,
    file: string,
    fromIncarnation: number,
    streamMs?: number,
  ): Promise<boolean> {
    const ok = await this.parts.snapshotIntake().receive(message, file, fromIncarnation);
    this.parts.events.emit("snapshotReceived", {
      peerId: message.from,
      ok,
      ...(streamMs === undefined ? {} : { streamMs }),
    });
    return ok;
  }

  onPeerUnreachable(peerId: number): void {
    const { parts } = this;
    if (parts.isRunning()) parts.guarded(() => parts.core().reportUnreachable(peerId));
  }

  /** An outbound snapshot was received (ok) or failed: the core tracks the follower. */
  onSnapshotStatus(peerId: number, ok: boolean): void {
    const { parts } = this;
    const durationMs = parts.outbox.snapshotFinished(peerId);
    parts.events.emit("snapshotSent", { peerId, ok, durationMs });
    if (parts.isRunning()) {
      parts.guarded(() => parts.core().reportSnapshot(peerId, ok));
    }
    parts.notify();
  }

  /** A peer runs a newer cluster generation: adopt it, or stop (ClusterGeneration.offered). */
  onNewerGeneration(peerId: number, generation: number): boolean {
    const { parts } = this;
    if (!parts.isRunning()) return false;
    const holdsNoState =
      parts.core().raft.log.lastIndex() === 0 && parts.snapshotIntake().isEmpty();
    const outcome = parts.generation.offered(peerId, generation, holdsNoState, parts.logger);
    if (outcome instanceof AbandonedConfigurationError) {
      parts.failNode(outcome);
      return false;
    }
    return outcome;
  }

  onPeerIdentified(peerId: number, incarnation: number): Promise<void> | undefined {
    const record = this.parts.foundersRecord();
    if (record === undefined || !this.parts.peerIds.includes(peerId)) return undefined;
    return record.record(peerId, incarnation).then(() => undefined);
  }
}
