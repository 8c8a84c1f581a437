/**
 * Replication, the leader's side (Raft §5.3, §5.4.2): appending entries of its term, sending
 * each follower the entries it lacks (or the snapshot when they are compacted away), adjusting
 * a follower's progress from its answers, and committing what a quorum holds. Functions over
 * the core's state (raft-state.ts); the follower's side is follower.ts.
 */
import type { Entry, EntryType } from "../types/index.js";
import { assert } from "../util/assert.js";
import { LogCompactedError } from "./errors.js";
import { broadcastHeartbeat, confirmReads, serveWaitingReads } from "./leader-reads.js";
import type { RaftState } from "./raft-state.js";
import { type Progress, ProgressState } from "./tracker/index.js";
import {
  type AppendRequest,
  type AppendResponse,
  entrySizeBytes,
  type HeartbeatResponse,
  MessageType,
  StateRole,
} from "./types.js";

/** Appends entries of the leader's term; returns the first new index. */
export function appendEntries(r: RaftState, type: EntryType, batch: readonly Uint8Array[]): number {
  const first = r.log.lastIndex() + 1;
  const entries: Entry[] = new Array<Entry>(batch.length);
  for (let i = 0; i < batch.length; i++) {
    entries[i] = { index: first + i, term: r.term, type, data: batch[i] as Uint8Array };
  }
  r.log.append(entries);
  r.broadcastEntries = true;
  return first;
}

/** Sends appends to `to` while it is not paused and there is something to send. */
export function sendAppends(r: RaftState, to: number, sendIfEmpty: boolean): void {
  const progress = r.tracker.progress.get(to);
  if (progress === undefined) return;
  let sent = sendAppend(r, to, progress, sendIfEmpty);
  while (sent && progress.state === ProgressState.Replicate) {
    if (progress.isPaused() || progress.next > r.log.lastIndex()) break;
    sent = sendAppend(r, to, progress, false);
  }
}

/** One Append (or a Snapshot when the entries are compacted). Returns true if sent. */
function sendAppend(r: RaftState, to: number, progress: Progress, sendIfEmpty: boolean): boolean {
  if (progress.isPaused()) return false;
  const prevLogIndex = progress.next - 1;
  const prevLogTerm = r.log.term(prevLogIndex);
  if (prevLogTerm === undefined) return sendSnapshot(r, to, progress);
  let entries: readonly Entry[] = [];
  const lastIndex = r.log.lastIndex();
  if (progress.next <= lastIndex) {
    const hi = Math.min(lastIndex + 1, progress.next + r.config.messageEntryCountMax);
    try {
      entries = r.log.slice(progress.next, hi, r.config.messageBytesMax);
    } catch (error) {
      if (error instanceof LogCompactedError) return sendSnapshot(r, to, progress);
      throw error;
    }
  }
  if (entries.length === 0 && !sendIfEmpty) return false;
  const commitOnly = isCommitOnly(progress, prevLogIndex, lastIndex);
  let sizeBytes = 0;
  for (const entry of entries) sizeBytes += entrySizeBytes(entry);
  const message: AppendRequest = {
    type: MessageType.Append,
    from: r.id,
    to,
    term: r.term,
    prevLogIndex,
    prevLogTerm,
    entries,
    commit: r.log.committed,
    toIncarnation: r.expectedPeerIncarnation(to),
    commitOnly,
  };
  r.send(message);
  progress.sentEntries(prevLogIndex + entries.length, entries.length, sizeBytes);
  return true;
}

/**
 * Whether an append with no entries at `prevLogIndex` is commit-only (AppendRequest.commitOnly):
 * it only passes on the commit index, and a follower that accepts it sends no AppendResponse.
 * Only when the answer could tell this leader nothing: the follower is replicating and has
 * acknowledged, in this term, exactly `prevLogIndex`, which is the leader's last index.
 *
 * Why skipping that answer is safe and live:
 * - Nothing is learned from it. It would carry index = prevLogIndex = match: handleAppendResponse
 *   would change neither match, next, the state nor the inflights (an empty append takes no
 *   inflight slot), so nothing commits or is sent because of it. Only `recentActive` would be
 *   set, and every check-quorum round (electionTimeoutMinTicks) contains at least one
 *   heartbeat round (heartbeatIntervalTicks is below it), whose answers set it: a busy leader
 *   learns of its followers' liveness as an idle one does.
 * - Reads and leases never depend on it: ReadIndex confirmations (confirmReads) and lease
 *   acknowledgements (ackedHeartbeatSentMs) come only from HeartbeatResponses, and heartbeats
 *   are their own message type, never commit-only.
 * - Every follower whose answer matters still answers, since only an *accepted* commit-only
 *   append goes unanswered (follower.ts, handleAppend): a follower whose log does not match
 *   at prevLogIndex (it lost entries, or is a wiped disk behind an unbound learner seat)
 *   rejects, and the rejection is sent; one whose term is higher answers with its term before
 *   the append is looked at (Raft.step, answerStaleTerm); one below the commit index answers
 *   with it. A wiped disk of a bound seat drops the append (toIncarnation), as it drops every
 *   append and heartbeat of its predecessor's seat, answered or not. A follower that accepts
 *   holds the entry at prevLogIndex of this term, so by Log Matching it holds the leader's
 *   whole log: exactly what match already says.
 * - A probing follower (state Probe, e.g. after reportUnreachable) is never sent one: its
 *   answer at its match is what resumes replication. Neither is a follower with unacknowledged
 *   entries (match < prevLogIndex): its answer to the empty append is how the leader recovers
 *   an acknowledgement that was lost, including the one a leadership transfer waits for.
 * - A lost commit-only append costs what a lost empty append did before (it was never
 *   resent): the next heartbeat carries the commit index the follower is known to hold.
 * - A follower that does not know the field answers it, which the leader ignores as before.
 */
function isCommitOnly(progress: Progress, prevLogIndex: number, lastIndex: number): boolean {
  return (
    progress.state === ProgressState.Replicate &&
    progress.match === prevLogIndex &&
    prevLogIndex === lastIndex
  );
}

function sendSnapshot(r: RaftState, to: number, progress: Progress): boolean {
  // A follower we have not heard from lately may be down: do not ship a snapshot blindly.
  if (!progress.recentActive) return false;
  const snapshot = r.log.snapshot();
  assert(snapshot.metadata.index > 0, "entries are compacted but there is no snapshot");
  progress.becomeSnapshot(snapshot.metadata.index);
  r.send({
    type: MessageType.Snapshot,
    from: r.id,
    to,
    term: r.term,
    snapshot,
    toIncarnation: r.expectedPeerIncarnation(to),
  });
  return false;
}

/** Tells `to`, the transfer's target, to campaign now (thesis §3.10). */
export function sendTimeoutNow(r: RaftState, to: number): void {
  r.leaseGivenAway = true;
  r.send({
    type: MessageType.TimeoutNow,
    from: r.id,
    to,
    term: r.term,
    toIncarnation: r.expectedPeerIncarnation(to),
  });
}

/** Raft §5.3 (with fast back-off), §5.4.2 (commit only current-term entries). */
export function handleAppendResponse(r: RaftState, m: AppendResponse): void {
  const progress = r.tracker.progress.get(m.from);
  if (progress === undefined) return;
  progress.recentActive = true;
  if (m.reject) {
    let hint = m.rejectHintIndex;
    if (m.rejectHintTerm > 0) {
      hint = r.log.findConflictByTerm(m.rejectHintIndex, m.rejectHintTerm).index;
    }
    if (progress.maybeDecrTo(m.index, hint)) {
      if (progress.state === ProgressState.Replicate) progress.becomeProbe();
      sendAppends(r, m.from, true);
    }
    return;
  }
  // A follower can never have matched more than this leader holds in its own term (Leader
  // Completeness; a follower answers a stale append with its commit index, which is
  // committed and so in this log): such a response is not trusted.
  if (m.index > r.log.lastIndex()) return;
  // As etcd-io/raft: an ack at exactly the known match of a probing follower advances
  // nothing, but it shows the follower's log matches here: resume replication, or the
  // follower stays in probe and gets one append per heartbeat.
  const updated = progress.maybeUpdate(m.index);
  if (!updated && !(progress.match === m.index && progress.state === ProgressState.Probe)) {
    return;
  }
  if (progress.state === ProgressState.Probe) {
    progress.becomeReplicate();
  } else if (progress.state === ProgressState.Snapshot) {
    if (progress.match + 1 >= r.log.firstIndex()) {
      progress.becomeProbe();
      progress.becomeReplicate();
    }
  } else {
    progress.inflights.freeLE(m.index);
  }
  maybeCommitAndBroadcast(r);
  sendAppends(r, m.from, false);
  if (m.from === r.leadTransferee && progress.match === r.log.lastIndex()) {
    sendTimeoutNow(r, m.from);
  }
}

/** A follower answered a heartbeat: it is alive, holds a lease ack, and may need entries. */
export function handleHeartbeatResponse(r: RaftState, m: HeartbeatResponse): void {
  const progress = r.tracker.progress.get(m.from);
  if (progress === undefined) return;
  progress.recentActive = true;
  progress.probeSent = false;
  if (m.sentMs > progress.ackedHeartbeatSentMs) progress.ackedHeartbeatSentMs = m.sentMs;
  // Every append of a full window may have been lost: let one through to find out.
  if (progress.state === ProgressState.Replicate && progress.inflights.full()) {
    progress.inflights.freeFirstOne();
  }
  // An empty append probes a follower whose appends may have been lost.
  if (progress.match < r.log.lastIndex()) sendAppends(r, m.from, true);
  if (m.context.length === 0) return;
  confirmReads(r, m.from, m.context);
}

/** Advances the commit index to what a quorum holds; the followers hear of it on the next flush. */
export function maybeCommitAndBroadcast(r: RaftState): void {
  if (!r.log.maybeCommit(r.tracker.committed(), r.term)) return;
  r.broadcastCommit = true;
  serveWaitingReads(r);
}

/**
 * Sends what proposals, commit changes and ReadIndex requests since the last call require
 * (batching): appends to each follower, and one heartbeat round for all the new reads.
 */
export function broadcastPending(r: RaftState): void {
  const entries = r.broadcastEntries;
  const commit = r.broadcastCommit;
  const reads = r.broadcastReadHeartbeat;
  r.broadcastEntries = false;
  r.broadcastCommit = false;
  r.broadcastReadHeartbeat = false;
  if (r.role !== StateRole.Leader) return;
  if (entries || commit) {
    for (const id of r.tracker.progress.keys()) {
      if (id !== r.id) sendAppends(r, id, commit);
    }
  }
  const context = reads ? r.readOnly.lastPendingContext() : undefined;
  if (context !== undefined) broadcastHeartbeat(r, context);
}
