/**
 * Membership changes through a RaftNode: add a voter the safe way (learner first), add a
 * learner, promote, remove, and transfer leadership. Each is a conf change proposed on the
 * leader plus waits on its peers, polled by the node's pending requests (pending-requests.ts).
 * docs/architecture.md, "Node identity", says why seats record incarnations.
 */
import { type ConfChange, ConfChanges, type RawNode } from "../raft/index.js";
import { InvalidArgumentError } from "../util/errors.js";
import { parseAddress, type RaftNodeConfig } from "./config.js";
import { NotLeaderError, RejectedError } from "./errors.js";
import type { NodeStatus, PromoteOptions } from "./node-api.js";
import type { PendingRequests } from "./pending-requests.js";

/** What membership changes need of their node. */
export interface MembershipHost {
  readonly config: RaftNodeConfig;
  readonly pending: PendingRequests;
  /** The core; throws StoppedError when the node does not run. */
  core(): RawNode;
  role(): NodeStatus["role"];
  /** The leader's id, 0 when unknown. */
  leader(): number;
  leaderAddress(): string;
  isMember(nodeId: number): boolean;
  /** The incarnation `nodeId` presented on an open connection to this node, if any. */
  peerIncarnation(nodeId: number): number | undefined;
  proposeConfChange(change: ConfChange): Promise<void>;
  /** Proposes a MemberAddress entry; resolves once it applied. */
  recordAddress(nodeId: number, address: string): Promise<void>;
  /** Maps a core error to the node API's error (as RaftNode.translate). */
  translate(error: unknown): Error;
  /** Wakes the Ready loop (the core has something new). */
  notify(): void;
}

export class MembershipChanges {
  constructor(private readonly host: MembershipHost) {}

  /**
   * Adds a voter the safe way (as etcd's learner-first procedure): records its address, adds
   * it as a learner, waits until it holds the log up to the commit index of that moment, then
   * promotes it. A node votes only once its own configuration lists it as a voter on its disk,
   * so a voter added empty could leave the cluster without a quorum of voters able to vote
   * until it caught up. Fails with RejectedError if the learner has not caught up within
   * `proposalTimeoutMs` (it stays a learner).
   */
  async addNode(nodeId: number, address: string): Promise<void> {
    checkMember(nodeId, address);
    const conf = this.host.core().status().confState;
    if (!conf.voters.includes(nodeId) && !conf.learners.includes(nodeId)) {
      await this.addLearner(nodeId, address);
    }
    if (!this.host.core().status().confState.voters.includes(nodeId)) {
      await this.waitCaughtUp(nodeId);
      await this.promote(nodeId);
    }
  }

  /**
   * Adds a learner (receives the log, does not vote). Its seat records no incarnation yet (a
   * learner's seat without one accepts any: src/raft/incarnation.ts): what this node heard in
   * a handshake may be from a process of that id that is gone (a removed node's old process,
   * wiped since), and a seat bound to it would refuse the node's new disk forever. promote()
   * binds the seat to the disk the node runs on then.
   */
  async addLearner(nodeId: number, address: string): Promise<void> {
    checkMember(nodeId, address);
    await this.host.recordAddress(nodeId, address);
    await this.host.proposeConfChange(ConfChanges.addLearner(nodeId, 0));
  }

  /**
   * Makes a learner a voter, recording the incarnation of the disk it runs on now: the one it
   * presented on a connection to this node that is still open (waiting up to
   * `proposalTimeoutMs` for one: the leader reaches a new learner with its first append). A
   * learner seat that records another incarnation (added by an older release) never gets
   * there: its node was wiped since it was added (remove it and add it again).
   */
  async promote(nodeId: number, options: PromoteOptions = {}): Promise<void> {
    checkMember(nodeId);
    const recorded = this.host
      .core()
      .status()
      .confState.incarnations.find((member) => member.nodeId === nodeId)?.incarnation;
    let incarnation: number | undefined;
    await this.waitUntil(
      () => {
        incarnation = this.host.peerIncarnation(nodeId);
        return incarnation !== undefined && (recorded === undefined || incarnation === recorded);
      },
      () =>
        incarnation === undefined
          ? `node ${nodeId} is not connected to this node, so the incarnation of its data directory is unknown: start it (with --join) and promote it once it is connected`
          : `node ${nodeId} runs incarnation ${incarnation} but its learner seat records ${recorded}: its data directory was replaced since it was added; remove it and add it again`,
    );
    if (options.force !== true) this.checkLearnerCaughtUp(nodeId);
    await this.host.proposeConfChange(ConfChanges.promoteLearner(nodeId, incarnation as number));
  }

  async removeNode(nodeId: number): Promise<void> {
    checkMember(nodeId);
    if (this.host.role() === "leader" && !this.host.isMember(nodeId)) {
      // The leader's membership is the one the change would apply to: nothing to remove.
      throw new RejectedError(`node ${nodeId} is not a member of the cluster: nothing to remove`);
    }
    await this.host.proposeConfChange(ConfChanges.remove(nodeId));
  }

  /**
   * Hands leadership to `target`; resolves once it leads. The core aborts a transfer after an
   * election timeout (the target may not have applied its own promotion yet); the node then
   * asks again at its next poll, until `transferTimeoutMs` has passed.
   */
  async transferLeadership(target: number, transferTimeoutMs: number): Promise<void> {
    checkMember(target);
    const { host } = this;
    if (host.role() !== "leader") throw new NotLeaderError(host.leader(), host.leaderAddress());
    if (target === host.config.nodeId) return;
    await host.pending.waitFor(
      () => {
        if (host.leader() === target) return true;
        try {
          if (host.role() === "leader" && host.core().status().leadTransferee === 0) {
            host.core().transferLeader(target);
            host.notify();
          }
        } catch (error) {
          throw host.translate(error);
        }
        return undefined;
      },
      transferTimeoutMs,
      () =>
        new RejectedError(
          `leadership transfer to ${target} did not complete within ${transferTimeoutMs} ms`,
        ),
    );
  }

  /** Resolves once the leader knows `nodeId` holds the log up to the commit index of now. */
  private async waitCaughtUp(nodeId: number): Promise<void> {
    const target = this.host.core().status().commit;
    let match = 0;
    await this.waitUntil(
      () => {
        const progress = this.host.core().status().progress;
        if (progress === undefined) {
          throw new NotLeaderError(this.host.leader(), this.host.leaderAddress());
        }
        match = progress.get(nodeId)?.match ?? 0;
        return match >= target;
      },
      () =>
        `node ${nodeId} did not catch up to index ${target} (at ${match}); it stays a learner: promote it once it has caught up`,
    );
  }

  /**
   * RejectedError when learner `nodeId` is more than promoteLagEntryCountMax behind this
   * leader's commit index (as etcd refuses to promote a learner not in sync).
   */
  private checkLearnerCaughtUp(nodeId: number): void {
    const status = this.host.core().status();
    if (status.progress === undefined) {
      throw new NotLeaderError(this.host.leader(), this.host.leaderAddress());
    }
    const match = status.progress.get(nodeId)?.match ?? 0;
    const lagEntries = Math.max(0, status.commit - match);
    const lagMaxEntries = this.host.config.promoteLagEntryCountMax;
    if (lagEntries > lagMaxEntries) {
      throw new RejectedError(
        `node ${nodeId} is ${lagEntries} entries behind the leader's commit index ${status.commit} (it holds up to ${match}; promoteLagEntryCountMax is ${lagMaxEntries}): wait until it has caught up (LAG 0 in \`ruvraft ctl status\`) or promote with --force`,
      );
    }
  }

  /**
   * Resolves once `condition` holds (polled by the pending requests); RejectedError (with
   * `failure` and the wait) after `proposalTimeoutMs`. For steps that wait on a peer.
   */
  private async waitUntil(condition: () => boolean, failure: () => string): Promise<void> {
    const timeoutMs = this.host.config.proposalTimeoutMs;
    await this.host.pending.waitFor(
      () => (condition() ? true : undefined),
      timeoutMs,
      () => new RejectedError(`${failure()} (waited ${timeoutMs} ms)`),
    );
  }
}

/** Validates a node id (and address) given to the membership API: bad input is the caller's. */
export function checkMember(nodeId: number, address?: string): void {
  if (!Number.isSafeInteger(nodeId) || nodeId <= 0) {
    throw new InvalidArgumentError(`node id must be a positive integer, got ${nodeId}`);
  }
  if (address !== undefined) {
    let port: number;
    try {
      port = parseAddress("address", address).port;
    } catch {
      throw new InvalidArgumentError(
        `address of node ${nodeId} must be "host:port", got "${address}"`,
      );
    }
    if (port === 0) {
      throw new InvalidArgumentError(`address of node ${nodeId} needs a port, got "${address}"`);
    }
  }
}
