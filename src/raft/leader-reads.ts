/**
 * How a leader serves linearizable reads (thesis §6.4 ReadIndex, §6.4.1 leases;
 * src/raft/README.md, "Reads"), and the heartbeats that confirm its leadership for them: a
 * read waits for an entry of the leader's term to commit, then is answered at the commit
 * index at once under a valid lease (or as a single voter), or once a quorum has answered a
 * heartbeat that carried its context (read-only.ts keeps those requests). Functions over the
 * core's state (raft-state.ts).
 */
import type { PendingRead, RaftState } from "./raft-state.js";
import { MessageType, StateRole } from "./types.js";

/**
 * A leader whose lease (thesis §6.4.1) is valid at `nowMs` (the caller's monotonic time):
 * a quorum acknowledged a heartbeat sent less than leaseDurationMs before `nowMs`. Those
 * voters refuse votes for longer than that after receiving it (see leaseDurationMs), so no
 * other leader can exist yet. Ticks play no part: a leader that was paused (SIGSTOP, GC, VM)
 * gets one late tick on resume, but its clock moved on.
 */
export function leaseHolds(r: RaftState, nowMs: number): boolean {
  if (r.role !== StateRole.Leader || !r.config.leaseReads) return false;
  if (r.leaseGivenAway || r.leadTransferee !== 0) return false;
  const sentMs = r.tracker.quorumAckedHeartbeatSentMs(r.id, nowMs);
  return nowMs < sentMs + r.config.leaseDurationMs;
}

function committedInTerm(r: RaftState): boolean {
  return r.log.term(r.log.committed) === r.term;
}

/**
 * Thesis §6.4 (ReadIndex) and §6.4.1 (leases). A lease read is answered from the lease only
 * if it holds at `nowMs`, the time of the call serving it. Returns false when the queue is
 * full.
 */
export function leaderRead(r: RaftState, read: PendingRead, nowMs: number | undefined): boolean {
  if (!committedInTerm(r)) {
    if (r.pendingReads.length >= r.config.pendingReadIndexCountMax) return false;
    r.pendingReads.push(read);
    return true;
  }
  const leased = read.lease && nowMs !== undefined && leaseHolds(r, nowMs);
  if (leased || r.tracker.isSingleton(r.id)) {
    respondRead(r, read.from, r.log.committed, read.context);
    return true;
  }
  if (r.readOnly.full()) return false;
  r.readOnly.add(r.log.committed, read.context, read.from, r.id);
  r.broadcastReadHeartbeat = true;
  return true;
}

/** The leader committed an entry: serve the reads that waited for one of its term. */
export function serveWaitingReads(r: RaftState): void {
  if (r.pendingReads.length > 0) {
    const reads = r.pendingReads;
    r.pendingReads = [];
    // No time with this call: a lease read waiting here takes a ReadIndex round.
    for (const read of reads) leaderRead(r, read, undefined);
  }
}

/**
 * `from` answered the heartbeat that carried `context`: once a quorum did, answer that read
 * and every read queued before it.
 */
export function confirmReads(r: RaftState, from: number, context: Uint8Array): void {
  const acks = r.readOnly.recvAck(from, context);
  if (acks === undefined || !r.tracker.isQuorum(acks)) return;
  for (const request of r.readOnly.advance(context)) {
    respondRead(r, request.from, request.index, request.context);
  }
}

function respondRead(r: RaftState, from: number, index: number, context: Uint8Array): void {
  if (from === r.id) {
    r.readStates.push({ index, context });
    return;
  }
  r.send({
    type: MessageType.ReadIndexResponse,
    from: r.id,
    to: from,
    term: r.term,
    index,
    context,
  });
}

/** A heartbeat to every follower, carrying `context` (a read's, or none). */
export function broadcastHeartbeat(r: RaftState, context: Uint8Array): void {
  for (const [id, progress] of r.tracker.progress) {
    if (id === r.id) continue;
    r.send({
      type: MessageType.Heartbeat,
      from: r.id,
      to: id,
      term: r.term,
      // Never beyond what the follower is known to hold.
      commit: Math.min(progress.match, r.log.committed),
      context,
      // No later than the real send time: the lease never starts late.
      sentMs: Math.floor(r.nowMs),
      toIncarnation: r.expectedPeerIncarnation(id),
    });
  }
}
