/**
 * Elections (Raft §5.2, thesis §9.6 pre-vote, and check-quorum): the election and heartbeat
 * timers, campaigns and vote counting, answering vote requests, and the rules for messages of
 * another term (a node in a leader's lease ignores vote requests). Functions over the core's
 * state (raft-state.ts); the role changes themselves are roles.ts.
 */
import { type Entry, EntryType } from "../types/index.js";
import { LogCompactedError } from "./errors.js";
import { broadcastHeartbeat } from "./leader-reads.js";
import { VoteResult } from "./quorum/index.js";
import { EMPTY_BYTES, type RaftState } from "./raft-state.js";
import { becomeCandidate, becomeFollower, becomeLeader, becomePreCandidate } from "./roles.js";
import { type Message, MessageType, StateRole, type VoteRequest } from "./types.js";

export const CampaignKind = {
  PreElection: 1,
  Election: 2,
  /** After TimeoutNow: skip pre-vote, and voters skip their lease check. */
  Transfer: 3,
} as const;
export type CampaignKind = (typeof CampaignKind)[keyof typeof CampaignKind];

/** Can this node campaign: a seat owner with no snapshot to install or conf change to apply? */
function promotable(r: RaftState): boolean {
  if (!r.ownsSeat()) return false;
  return r.log.unstable.snapshot === undefined && !hasUnappliedConfChange(r);
}

function hasUnappliedConfChange(r: RaftState): boolean {
  if (r.log.committed <= r.log.applied) return false;
  let entries: readonly Entry[];
  try {
    const hi = r.log.committed + 1;
    entries = r.log.slice(r.log.applied + 1, hi, Number.MAX_SAFE_INTEGER);
  } catch (error) {
    if (error instanceof LogCompactedError) return false;
    throw error;
  }
  return entries.some((entry) => entry.type === EntryType.CONF_CHANGE);
}

/** A tick of a follower or candidate: campaign once the randomized election timeout passed. */
export function tickElection(r: RaftState): void {
  r.electionElapsed++;
  if (r.electionElapsed < r.randomizedElectionTimeout) return;
  // A node that cannot campaign (a learner, or a voter with a conf change to apply) keeps
  // counting: restarting its count would keep its last leader's lease (inLease) alive
  // forever, and it would ignore the vote requests of the voters that must replace it. It
  // forgets that leader too, as a campaign would: a whole election timeout without a word from
  // it, the node cannot tell it still leads (the next message from a leader sets it again).
  if (!promotable(r)) {
    r.lead = 0;
    return;
  }
  r.electionElapsed = 0;
  hup(r, r.config.preVote ? CampaignKind.PreElection : CampaignKind.Election);
}

/**
 * A tick of the leader: a heartbeat every heartbeatIntervalTicks, and every election timeout a
 * check-quorum round (step down unless a quorum was heard from) and the end of a transfer that
 * has not completed.
 */
export function tickHeartbeat(r: RaftState): void {
  r.heartbeatElapsed++;
  r.electionElapsed++;
  if (r.electionElapsed >= r.config.electionTimeoutMinTicks) {
    r.electionElapsed = 0;
    if (r.config.checkQuorum && !checkQuorumActive(r)) {
      becomeFollower(r, r.term, 0);
      return;
    }
    if (r.leadTransferee !== 0) r.abortLeaderTransfer();
  }
  if (r.heartbeatElapsed >= r.config.heartbeatIntervalTicks) {
    r.heartbeatElapsed = 0;
    broadcastHeartbeat(r, r.readOnly.lastPendingContext() ?? EMPTY_BYTES);
  }
}

/** Check-quorum round: true if a quorum was heard from; starts the next round. */
function checkQuorumActive(r: RaftState): boolean {
  const active = r.tracker.quorumActive(r.id);
  for (const [id, progress] of r.tracker.progress) {
    if (id !== r.id) progress.recentActive = false;
  }
  return active;
}

/** Starts a campaign of `kind`, if this node may campaign. */
export function hup(r: RaftState, kind: CampaignKind): void {
  if (r.role === StateRole.Leader || !promotable(r)) return;
  campaign(r, kind);
}

/** Raft §5.2 (and thesis §9.6 for the pre-vote round). */
function campaign(r: RaftState, kind: CampaignKind): void {
  let voteType: VoteRequest["type"];
  let term: number;
  if (kind === CampaignKind.PreElection) {
    becomePreCandidate(r);
    voteType = MessageType.PreVote;
    term = r.term + 1;
  } else {
    becomeCandidate(r);
    voteType = MessageType.Vote;
    term = r.term;
  }
  if (poll(r, r.id, true)) return;
  const lastLogIndex = r.log.lastIndex();
  const lastLogTerm = r.log.lastTerm();
  for (const id of r.tracker.voterIds()) {
    if (id === r.id) continue;
    r.send({
      type: voteType,
      from: r.id,
      to: id,
      term,
      lastLogIndex,
      lastLogTerm,
      transfer: kind === CampaignKind.Transfer,
    });
  }
}

/** Records a vote and acts on the outcome; returns true when the election is decided. */
export function poll(r: RaftState, id: number, granted: boolean): boolean {
  r.tracker.recordVote(id, granted);
  const result = r.tracker.voteResult();
  if (result === VoteResult.Won) {
    if (r.role === StateRole.PreCandidate) campaign(r, CampaignKind.Election);
    else becomeLeader(r);
    return true;
  }
  if (result === VoteResult.Lost) {
    becomeFollower(r, r.term, 0);
    return true;
  }
  return false;
}

/**
 * With check-quorum, a node that heard from a leader within the election timeout (or,
 * with lease reads on, started less than an election timeout ago) ignores vote requests:
 * this keeps a partitioned node from deposing a healthy leader and makes leases sound.
 */
function inLease(r: RaftState): boolean {
  if (!r.config.checkQuorum) return false;
  const timeout = r.config.electionTimeoutMinTicks;
  if (r.config.leaseReads && r.ticks <= timeout) return true;
  return r.lead !== 0 && r.electionElapsed < timeout;
}

/**
 * A message of a higher term: false to drop it (a vote request, or a late vote response to a
 * follower, inside a leader's lease), else enter the term, except for a pre-vote and a granted
 * pre-vote response (their term is not entered yet), and let the message be handled.
 */
export function acceptHigherTerm(r: RaftState, m: Message): boolean {
  if ((m.type === MessageType.Vote && !m.transfer) || m.type === MessageType.PreVote) {
    if (inLease(r)) return false;
  } else if (m.type === MessageType.VoteResponse || m.type === MessageType.PreVoteResponse) {
    // A late response to an old campaign must not end a follower's lease either.
    if (r.role === StateRole.Follower && inLease(r)) return false;
  }
  // A pre-vote (or a granted pre-vote response) carries a term nobody has entered yet.
  if (m.type === MessageType.PreVote) return true;
  if (m.type === MessageType.PreVoteResponse && !m.reject) return true;
  const fromLeader =
    m.type === MessageType.Append ||
    m.type === MessageType.Heartbeat ||
    m.type === MessageType.Snapshot;
  if (m.type === MessageType.Vote && r.role !== StateRole.Leader) {
    followCandidateTerm(r, m.term);
    return true;
  }
  becomeFollower(r, m.term, fromLeader ? m.from : 0);
  return true;
}

/**
 * Enters a candidate's higher term without restarting the election timer: Raft's Figure 2
 * restarts it only on granting the vote (answerVoteRequest does) or on hearing from the
 * leader. Restarting it on every higher-term request, as etcd does, lets candidates with
 * stale logs, which cannot win, keep the up-to-date nodes from ever timing out first: with
 * pre-vote off the elections then split for as long as stale candidates keep trying.
 */
function followCandidateTerm(r: RaftState, term: number): void {
  const elapsed = r.electionElapsed;
  const timeout = r.randomizedElectionTimeout;
  becomeFollower(r, term, 0);
  r.electionElapsed = elapsed;
  r.randomizedElectionTimeout = timeout;
}

/**
 * A message of a lower term is dropped; a stale leader hears the newer term (with check-quorum
 * or pre-vote), and a stale pre-vote is rejected.
 */
export function answerStaleTerm(r: RaftState, m: Message): void {
  const fromStaleLeader = m.type === MessageType.Append || m.type === MessageType.Heartbeat;
  if ((r.config.checkQuorum || r.config.preVote) && fromStaleLeader) {
    // Tell the stale leader about the newer term so that it steps down.
    r.send({
      type: MessageType.AppendResponse,
      from: r.id,
      to: m.from,
      term: r.term,
      index: 0,
      reject: false,
      rejectHintIndex: 0,
      rejectHintTerm: 0,
    });
  } else if (m.type === MessageType.PreVote) {
    r.send({
      type: MessageType.PreVoteResponse,
      from: r.id,
      to: m.from,
      term: r.term,
      reject: true,
    });
  }
}

/**
 * Raft §5.2, §5.4.1: grant at most one vote per term, only to an up-to-date log, and only as
 * the owner of a voter's seat (ownsSeat: a node whose disk is not the one its seat records
 * cannot vouch for what that seat acknowledged).
 */
export function answerVoteRequest(r: RaftState, m: VoteRequest, fromIncarnation: number): void {
  const canVote =
    r.mayGrantVote() &&
    ((r.vote === m.from && r.voteIncarnation === fromIncarnation) ||
      (r.vote === 0 && r.lead === 0) ||
      (m.type === MessageType.PreVote && m.term > r.term));
  const type = m.type === MessageType.Vote ? MessageType.VoteResponse : MessageType.PreVoteResponse;
  if (canVote && r.log.isUpToDate(m.lastLogIndex, m.lastLogTerm)) {
    r.send({ type, from: r.id, to: m.from, term: m.term, reject: false });
    if (m.type === MessageType.Vote) {
      r.electionElapsed = 0;
      r.vote = m.from;
      r.voteIncarnation = fromIncarnation;
    }
  } else {
    r.send({ type, from: r.id, to: m.from, term: r.term, reject: true });
  }
}
