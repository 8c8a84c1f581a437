/**
 * The leader's (and candidate's) view of the cluster: the active membership configuration,
 * a Progress per member, and the votes of the current election. Imports quorum/ only.
 */
import type { ConfState } from "../../types/index.js";
import { assert, assertionFailed } from "../../util/assert.js";
import {
  type JointConfig,
  jointCommittedIndex,
  jointVoteResult,
  jointVoterIds,
  VoteResult,
} from "../quorum/index.js";
import type { Progress } from "./progress.js";

/**
 * Invariant: learners and learnersNext are disjoint from voters.incoming; learners is
 * disjoint from voters.outgoing; learnersNext is a subset of voters.outgoing; autoLeave
 * implies a joint configuration.
 */
export interface TrackerConfig {
  readonly voters: JointConfig;
  readonly learners: ReadonlySet<number>;
  readonly learnersNext: ReadonlySet<number>;
  readonly autoLeave: boolean;
  /** Non-zero incarnations of members' seats (ConfState.incarnations); absent = 0. */
  readonly incarnations: ReadonlyMap<number, number>;
}

export type ProgressMap = Map<number, Progress>;

export function emptyTrackerConfig(): TrackerConfig {
  return {
    voters: { incoming: new Set(), outgoing: new Set() },
    learners: new Set(),
    learnersNext: new Set(),
    autoLeave: false,
    incarnations: new Map(),
  };
}

/** The incarnation of `id`'s seat (0 when none is recorded: a disk older than incarnations). */
export function seatIncarnation(config: TrackerConfig, id: number): number {
  return config.incarnations.get(id) ?? 0;
}

export function isJoint(config: TrackerConfig): boolean {
  return config.voters.outgoing.size > 0;
}

export function confStateOf(config: TrackerConfig): ConfState {
  const sorted = (s: ReadonlySet<number>): number[] => [...s].sort((a, b) => a - b);
  return {
    voters: sorted(config.voters.incoming),
    votersOutgoing: sorted(config.voters.outgoing),
    learners: sorted(config.learners),
    learnersNext: sorted(config.learnersNext),
    autoLeave: config.autoLeave,
    incarnations: [...config.incarnations]
      .sort((a, b) => a[0] - b[0])
      .map(([nodeId, incarnation]) => ({ nodeId, incarnation })),
  };
}

export function checkTrackerConfig(config: TrackerConfig, progress: ProgressMap): void {
  const { incoming, outgoing } = config.voters;
  for (const id of config.learners) {
    if (incoming.has(id)) assertionFailed(`learner ${id} is also an incoming voter`);
    if (outgoing.has(id)) assertionFailed(`learner ${id} is also an outgoing voter`);
  }
  for (const id of config.learnersNext) {
    if (incoming.has(id)) assertionFailed(`next learner ${id} is also an incoming voter`);
    if (!outgoing.has(id)) assertionFailed(`next learner ${id} is not an outgoing voter`);
  }
  assert(!config.autoLeave || outgoing.size > 0, "autoLeave without a joint configuration");
  const members = new Set([...incoming, ...outgoing, ...config.learners, ...config.learnersNext]);
  assert(members.size === progress.size, "progress map does not match the configuration");
  for (const [id, incarnation] of config.incarnations) {
    if (!members.has(id)) assertionFailed(`incarnation recorded for ${id}, which is not a member`);
    if (!(Number.isSafeInteger(incarnation) && incarnation > 0))
      assertionFailed(`incarnation of ${id}`);
  }
  for (const id of members) {
    const p = progress.get(id);
    if (p === undefined) assertionFailed(`no progress for member ${id}`);
    const voter = incoming.has(id) || outgoing.has(id);
    if (p.isLearner !== !voter) assertionFailed(`learner flag of ${id}`);
  }
}

export class ProgressTracker {
  config: TrackerConfig = emptyTrackerConfig();
  progress: ProgressMap = new Map();
  private readonly votes = new Map<number, boolean>();

  /** Index acknowledged by a quorum (of both halves in a joint configuration). */
  committed(): number {
    return jointCommittedIndex(this.config.voters, (id) => this.progress.get(id)?.match);
  }

  /**
   * The newest heartbeat send time (ms) acknowledged by a quorum (leases); `selfId` counts as
   * `nowMs`. -Infinity while no quorum acknowledged any.
   */
  quorumAckedHeartbeatSentMs(selfId: number, nowMs: number): number {
    return jointCommittedIndex(this.config.voters, (id) =>
      id === selfId
        ? nowMs
        : (this.progress.get(id)?.ackedHeartbeatSentMs ?? Number.NEGATIVE_INFINITY),
    );
  }

  isVoter(id: number): boolean {
    return this.config.voters.incoming.has(id) || this.config.voters.outgoing.has(id);
  }

  /** True when `id` is the only voter (a one-node cluster, plus any learners). */
  isSingleton(id: number): boolean {
    const { incoming, outgoing } = this.config.voters;
    return outgoing.size === 0 && incoming.size === 1 && incoming.has(id);
  }

  voterIds(): number[] {
    return jointVoterIds(this.config.voters);
  }

  resetVotes(): void {
    this.votes.clear();
  }

  /** Records a vote; only the first vote of each voter counts. */
  recordVote(id: number, granted: boolean): void {
    if (!this.votes.has(id)) this.votes.set(id, granted);
  }

  voteResult(): VoteResult {
    return jointVoteResult(this.config.voters, this.votes);
  }

  /** Granted and rejected vote counts (for logs and tests). */
  tally(): { granted: number; rejected: number } {
    let granted = 0;
    let rejected = 0;
    for (const id of this.voterIds()) {
      const vote = this.votes.get(id);
      if (vote === true) granted++;
      else if (vote === false) rejected++;
    }
    return { granted, rejected };
  }

  /** True when `ids` hold a quorum (of both halves in a joint configuration). */
  isQuorum(ids: ReadonlySet<number>): boolean {
    const votes = new Map<number, boolean>();
    for (const id of ids) votes.set(id, true);
    return jointVoteResult(this.config.voters, votes) === VoteResult.Won;
  }

  /** Check-quorum: did a quorum (counting `selfId`) talk to us recently? */
  quorumActive(selfId: number): boolean {
    const active = new Map<number, boolean>();
    for (const [id, p] of this.progress) {
      if (p.isLearner) continue;
      active.set(id, id === selfId || p.recentActive);
    }
    return jointVoteResult(this.config.voters, active) === VoteResult.Won;
  }
}
