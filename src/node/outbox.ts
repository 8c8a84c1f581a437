/**
 * What a RaftNode sends: the core's messages go to the transport as they are, except a
 * Snapshot message, which streams the snapshot file it names (the core's message carries the
 * metadata only). It also times each outbound snapshot stream, for the snapshotSent event.
 */
import type { Logger } from "pino";
import { type Message, MessageType, type SnapshotRequest } from "../raft/index.js";
import type { Clock } from "./clock.js";
import type { DurableStorage } from "./durable-storage.js";
import type { NodeTransport } from "./transport-port.js";

/** What the outbox needs of its node. */
export interface OutboxHost {
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  transport(): NodeTransport;
  storage(): DurableStorage;
  /** The leader's match index for `peerId` (0 when unknown): logged with each snapshot sent. */
  matchOf(peerId: number): number;
  /** A snapshot to send is gone: reported to the core as failed, on a later turn. */
  snapshotFailed(peerId: number): void;
}

export class Outbox {
  /** When each outbound snapshot stream started (clock ms), by peer. */
  private readonly snapshotSendsStartedMs = new Map<number, number>();

  constructor(private readonly host: OutboxHost) {}

  /**
   * Sends the core's messages, written at once (one socket write per peer: RaftNode applies
   * and answers after this, and the followers should not wait for that); a Snapshot message
   * streams the latest snapshot's file.
   */
  send(messages: readonly Message[]): void {
    if (messages.length === 0) return;
    let others: Message[] | undefined;
    for (const message of messages) {
      if (message.type !== MessageType.Snapshot) continue;
      others ??= messages.filter((each) => each.type !== MessageType.Snapshot);
      this.sendSnapshot(message);
    }
    const transport = this.host.transport();
    transport.send(others ?? messages);
    transport.flush?.();
  }

  /** An outbound snapshot finished: how long ago it started, in ms (0 when unknown). */
  snapshotFinished(peerId: number): number {
    const startedMs = this.snapshotSendsStartedMs.get(peerId);
    this.snapshotSendsStartedMs.delete(peerId);
    return startedMs === undefined ? 0 : Math.max(0, this.host.clock.nowMs() - startedMs);
  }

  private sendSnapshot(message: SnapshotRequest): void {
    const { host } = this;
    const file = host.storage().snapshotFileFor(message.snapshot.metadata);
    if (file === undefined) {
      // Pruned by compactions since the core made the message: it sends a newer one later.
      host.logger?.warn(
        { to: message.to, index: message.snapshot.metadata.index },
        "the snapshot to send was replaced by newer ones; the follower gets the next",
      );
      host.clock.after(0, () => host.snapshotFailed(message.to));
      return;
    }
    // One line per send: a leader re-sending one snapshot to a follower whose match does not
    // advance (a snapshot storm) shows as repeated lines with the same index and match.
    host.logger?.info(
      {
        to: message.to,
        leaderTerm: message.term,
        index: message.snapshot.metadata.index,
        term: message.snapshot.metadata.term,
        match: host.matchOf(message.to),
      },
      "sending a snapshot",
    );
    this.snapshotSendsStartedMs.set(message.to, host.clock.nowMs());
    host.transport().sendSnapshot(message, file);
  }
}
