/** Typed errors of the node API. Each is distinct so callers (and the client) can react. */
import {
  ConfChangeRejectedError as CoreConfChangeRejectedError,
  CoreNotLeaderError,
  CoreOverloadedError,
  ProposalDroppedError,
} from "../raft/index.js";
import { RuvraftError } from "../util/errors.js";

/** This node is not the leader. `leaderId` 0 = unknown; `leaderAddress` "" = unknown. */
export class NotLeaderError extends RuvraftError {
  override name = "NotLeaderError";
  constructor(
    readonly leaderId: number,
    readonly leaderAddress: string,
    options?: { cause?: unknown },
  ) {
    super(
      "ENOTLEADER",
      leaderId === 0
        ? "not the leader; no leader is known"
        : `not the leader; the leader is node ${leaderId} at ${leaderAddress || "an unknown address"}`,
      options,
    );
  }
}

/** Too much uncommitted data: retry later. */
export class OverloadedError extends RuvraftError {
  override name = "OverloadedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("EOVERLOADED", message, options);
  }
}

/** The operation did not finish in time; its outcome is unknown (it may still take effect). */
export class TimeoutError extends RuvraftError {
  override name = "TimeoutError";
  constructor(what: string, timeoutMs: number) {
    super("ETIMEOUT", `${what} did not finish within ${timeoutMs} ms; its outcome is unknown`);
  }
}

/** The node is stopped (or stopping). */
export class StoppedError extends RuvraftError {
  override name = "StoppedError";
  constructor() {
    super("ESTOPPED", "the node is stopped");
  }
}

/** A configuration value is missing or out of range; `key` names it. */
export class InvalidConfigError extends RuvraftError {
  override name = "InvalidConfigError";
  constructor(
    readonly key: string,
    reason: string,
  ) {
    super("ECONFIG", `invalid config ${key}: ${reason}`);
  }
}

/** The cluster refused the request (a membership change rejected, a proposal dropped). */
export class RejectedError extends RuvraftError {
  override name = "RejectedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("EREJECTED", message, options);
  }
}

/**
 * The proposal certainly did not take effect (the core dropped it during a leadership transfer,
 * or a new leader's entry replaced it): retrying it, in the same client session, is safe.
 */
export class DroppedError extends RuvraftError {
  override name = "DroppedError";
  constructor(message: string, options?: { cause?: unknown }) {
    super("EDROPPED", message, options);
  }
}

/**
 * A peer runs a newer cluster generation (someone forced a new cluster with
 * --force-new-cluster) while this node holds state of the old one: it belongs to an abandoned
 * configuration and must never serve again on this data directory (docs/operations.md).
 */
export class AbandonedConfigurationError extends RuvraftError {
  override name = "AbandonedConfigurationError";
  constructor(
    readonly generation: number,
    readonly peerId: number,
    readonly peerGeneration: number,
  ) {
    super(
      "EABANDONED",
      `this node belongs to an abandoned configuration: node ${peerId} runs cluster generation ${peerGeneration} (a new cluster was forced from it) and this node's data is of generation ${generation}; it stops and must not be restarted on this data. To rejoin: run \`ruvraft ctl add-learner\` for this node against the new cluster, move this data directory aside, and start the node with --join`,
    );
  }
}

/**
 * The node API's error for a typed error of the Raft core (the core's error kept as `cause`);
 * any other typed error as it is. `addressOf` names a leader's address.
 */
export function nodeErrorOf(error: RuvraftError, addressOf: (nodeId: number) => string): Error {
  const cause = { cause: error };
  if (error instanceof CoreNotLeaderError) {
    return new NotLeaderError(error.leaderId, addressOf(error.leaderId), cause);
  }
  if (error instanceof CoreOverloadedError) return new OverloadedError(error.message, cause);
  if (error instanceof ProposalDroppedError) return new DroppedError(error.message, cause);
  if (error instanceof CoreConfChangeRejectedError) return new RejectedError(error.message, cause);
  return error;
}
