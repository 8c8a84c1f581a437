/**
 * Replication, the follower's side: appending the leader's entries (or rejecting them with a
 * hint), taking its commit index from heartbeats, and installing its snapshot. Functions over
 * the core's state (raft-state.ts); the leader's side is replication.ts.
 */
import { assert } from "../util/assert.js";
import { configFromConfState, switchConfig } from "./confchange/index.js";
import type { RaftState } from "./raft-state.js";
import { ProgressTracker } from "./tracker/index.js";
import {
  type AppendRequest,
  type HeartbeatRequest,
  MessageType,
  type Snapshot,
  StateRole,
} from "./types.js";

/**
 * Raft §5.3: appends the leader's entries if the log matches at prevLogIndex, else rejects
 * with a hint (findConflictByTerm) that lets the leader skip back faster. An append below the
 * commit index is answered with the commit index. An accepted commit-only append (no
 * entries, AppendRequest.commitOnly) is not answered: its answer would repeat the match the
 * leader already has (replication.ts, isCommitOnly, says why that is safe); a rejected one is.
 */
export function handleAppend(r: RaftState, m: AppendRequest): void {
  if (m.prevLogIndex < r.log.committed) {
    sendAppendResponse(r, m.from, r.log.committed, false, 0, 0);
    return;
  }
  const lastNewIndex = r.log.maybeAppend(m.prevLogIndex, m.prevLogTerm, m.commit, m.entries);
  if (lastNewIndex !== undefined) {
    if (m.commitOnly !== true || m.entries.length > 0) {
      sendAppendResponse(r, m.from, lastNewIndex, false, 0, 0);
    }
    return;
  }
  const probeAt = Math.min(m.prevLogIndex, r.log.lastIndex());
  const hint = r.log.findConflictByTerm(probeAt, m.prevLogTerm);
  sendAppendResponse(r, m.from, m.prevLogIndex, true, hint.index, hint.term);
}

/** One object shape for every AppendResponse (built literally: no spreads on this path). */
function sendAppendResponse(
  r: RaftState,
  to: number,
  index: number,
  reject: boolean,
  rejectHintIndex: number,
  rejectHintTerm: number,
): void {
  r.send({
    type: MessageType.AppendResponse,
    from: r.id,
    to,
    term: r.term,
    index,
    reject,
    rejectHintIndex,
    rejectHintTerm,
  });
}

/** Takes the leader's commit index and acknowledges (the ack confirms reads and leases). */
export function handleHeartbeat(r: RaftState, m: HeartbeatRequest): void {
  r.log.commitTo(m.commit);
  r.send({
    type: MessageType.HeartbeatResponse,
    from: r.id,
    to: m.from,
    term: r.term,
    context: m.context,
    sentMs: m.sentMs,
  });
}

/** Installs the leader's snapshot if it is news, and acknowledges. */
export function handleSnapshot(r: RaftState, from: number, snapshot: Snapshot): void {
  const restored = restore(r, snapshot);
  sendAppendResponse(r, from, restored ? r.log.lastIndex() : r.log.committed, false, 0, 0);
}

/** Installs a snapshot from the leader; false when it is old or our log already has it. */
function restore(r: RaftState, snapshot: Snapshot): boolean {
  const { index, term, confState } = snapshot.metadata;
  if (index <= r.log.committed) return false;
  assert(r.role === StateRole.Follower, "only a follower restores a snapshot");
  if (r.log.matchTerm(index, term)) {
    // Our log has the entry: just fast-forward the commit index.
    r.log.commitTo(index);
    return false;
  }
  r.log.restore(snapshot);
  r.tracker = new ProgressTracker();
  switchConfig(r.tracker, configFromConfState(confState), r.log.lastIndex(), r.limits);
  return true;
}
