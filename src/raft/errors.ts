/**
 * Operating errors of the Raft core. A caller handles these (redirect, retry, back off);
 * broken invariants are AssertionError (src/util/assert.ts) and are never caught. The node
 * turns the two named Core* into its public NotLeaderError (with the leader's address) and
 * OverloadedError (src/node/errors.ts); the prefix keeps one name per class in the codebase.
 */
import { RuvraftError } from "../util/errors.js";

/** The proposal or read reached a node that is not the leader. `leaderId` 0 = unknown. */
export class CoreNotLeaderError extends RuvraftError {
  override name = "CoreNotLeaderError";
  readonly leaderId: number;
  constructor(leaderId: number) {
    super("ENOTLEADER", `not the leader; known leader: ${leaderId === 0 ? "none" : leaderId}`);
    this.leaderId = leaderId;
  }
}

/** Uncommitted bytes exceed `uncommittedBytesMax`: back off and retry later. */
export class CoreOverloadedError extends RuvraftError {
  override name = "CoreOverloadedError";
  readonly uncommittedBytes: number;
  readonly limitBytes: number;
  constructor(uncommittedBytes: number, limitBytes: number) {
    super(
      "EOVERLOADED",
      `overloaded: ${uncommittedBytes} uncommitted bytes, limit ${limitBytes} bytes`,
    );
    this.uncommittedBytes = uncommittedBytes;
    this.limitBytes = limitBytes;
  }
}

/** The leader cannot take the proposal now (e.g. a leadership transfer is in progress). */
export class ProposalDroppedError extends RuvraftError {
  override name = "ProposalDroppedError";
  constructor(reason: string) {
    super("EDROPPED", `proposal dropped: ${reason}`);
  }
}

/** A membership change that would be unsafe or that conflicts with a pending one. */
export class ConfChangeRejectedError extends RuvraftError {
  override name = "ConfChangeRejectedError";
  readonly reason: string;
  constructor(reason: string) {
    super("ECONFCHANGE", `configuration change rejected: ${reason}`);
    this.reason = reason;
  }
}

/** A leadership transfer that cannot start (unknown target, learner, not leader...). */
export class TransferRejectedError extends RuvraftError {
  override name = "TransferRejectedError";
  constructor(reason: string) {
    super("ETRANSFER", `leadership transfer rejected: ${reason}`);
  }
}

/** The requested index is below the storage's first index (compacted into a snapshot). */
export class LogCompactedError extends RuvraftError {
  override name = "LogCompactedError";
  constructor(index: number, firstIndex: number) {
    super("ECOMPACTED", `index ${index} is compacted (first index ${firstIndex})`);
  }
}

/** The requested index is above the storage's last index. */
export class LogUnavailableError extends RuvraftError {
  override name = "LogUnavailableError";
  constructor(index: number, lastIndex: number) {
    super("EUNAVAILABLE", `index ${index} is unavailable (last index ${lastIndex})`);
  }
}

/** A snapshot older than the one the storage already holds. */
export class SnapshotOutOfDateError extends RuvraftError {
  override name = "SnapshotOutOfDateError";
  constructor(index: number, currentIndex: number) {
    super("ESNAPOLD", `snapshot at ${index} is older than the current one at ${currentIndex}`);
  }
}
