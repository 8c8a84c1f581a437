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
  // Nothing to learn from an answer: the follower holds the whole log, as it acknowledged.
  const commitOnly =
    progress.state === ProgressState.Replicate &&
    progress.match === prevLogIndex &&
    prevLogIndex === lastIndex;
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
