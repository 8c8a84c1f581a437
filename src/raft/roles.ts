/**
 * Role changes of the core: follower, pre-candidate, candidate, leader, and what each change
 * resets (timers, votes, progress, pending reads, the transfer). Functions over the core's
 * state (raft-state.ts); elections (election.ts) decide when to change.
 */
import { EntryType } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";
import { EMPTY_BYTES, type RaftState } from "./raft-state.js";
import { appendEntries } from "./replication.js";
import { StateRole } from "./types.js";

/** Enters `term` (or stays in it), forgetting everything that belonged to the old role. */
function reset(r: RaftState, term: number): void {
  if (r.term !== term) {
    if (!(term > r.term)) assertionFailed(`term went back from ${r.term} to ${term}`);
    r.term = term;
    r.vote = 0;
    r.voteIncarnation = undefined;
  }
  r.lead = 0;
  r.electionElapsed = 0;
  r.heartbeatElapsed = 0;
  const { electionTimeoutMinTicks, electionTimeoutMaxTicks } = r.config;
  r.randomizedElectionTimeout =
    electionTimeoutMinTicks +
    r.config.random.nextInt(electionTimeoutMaxTicks - electionTimeoutMinTicks);
  r.leadTransferee = 0;
  r.leaseGivenAway = false;
  r.tracker.resetVotes();
  const next = r.log.lastIndex() + 1;
  for (const [id, progress] of r.tracker.progress) {
    progress.reset(next);
    if (id === r.id) progress.match = r.log.stableIndex();
  }
  r.pendingConfIndex = 0;
  r.uncommittedBytes = 0;
  r.readOnly.reset();
  r.pendingReads = [];
  r.broadcastEntries = false;
  r.broadcastCommit = false;
  r.broadcastReadHeartbeat = false;
}

export function becomeFollower(r: RaftState, term: number, lead: number): void {
  reset(r, term);
  r.lead = lead;
  r.role = StateRole.Follower;
}

export function becomePreCandidate(r: RaftState): void {
  assert(r.role !== StateRole.Leader, "leader cannot become pre-candidate");
  // Pre-vote changes neither term nor vote.
  r.tracker.resetVotes();
  r.lead = 0;
  r.role = StateRole.PreCandidate;
}

export function becomeCandidate(r: RaftState): void {
  assert(r.role !== StateRole.Leader, "leader cannot become candidate");
  reset(r, r.term + 1);
  r.vote = r.id;
  r.voteIncarnation = r.config.incarnation;
  r.role = StateRole.Candidate;
}

export function becomeLeader(r: RaftState): void {
  assert(r.role === StateRole.Candidate, "only a candidate becomes leader");
  reset(r, r.term);
  r.lead = r.id;
  r.role = StateRole.Leader;
  const self = r.tracker.progress.get(r.id);
  assert(self !== undefined, "leader without its own progress");
  self.becomeReplicate();
  self.recentActive = true;
  // Entries in the log may hold an unapplied conf change: no new one before they apply.
  r.pendingConfIndex = r.log.lastIndex();
  // Raft §8: a no-op entry of the new term lets the leader commit (and serve reads).
  appendEntries(r, EntryType.NO_OP, [EMPTY_BYTES]);
}
