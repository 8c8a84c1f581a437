/**
 * Which disk a Raft message may come from or go to (docs/architecture.md, "Node identity").
 * A seat in the membership is a node id plus the incarnation of the disk behind it. Messages
 * are filtered here, in the core, one by one, with the receiver's own membership:
 *
 * - a leader's message (Append, Heartbeat, Snapshot, TimeoutNow) names the disk the leader's
 *   membership records for the receiver's seat (`toIncarnation`, built from that disk's
 *   progress: a heartbeat's commit index is the match of that disk); another disk drops it;
 * - a message the receiver counts or answers with its vote (Vote, PreVote and their
 *   responses, AppendResponse, HeartbeatResponse) is dropped when the receiver's membership
 *   records another disk for the sender's seat. The transport stamps each message with the
 *   incarnation the sender presented in its connection's handshake.
 *
 * Everything else passes whatever the sender's disk: a node whose membership is stale (it
 * lags behind remove-and-add cycles of other seats) still hears the current leader and its
 * answers reach it, so it catches up; the leader decides whether those answers count.
 */
import type { Message } from "./types.js";
import { MessageType } from "./types.js";

/**
 * A voter's seat always names its disk (0 = a disk older than incarnations). A learner's seat does
 * once an incarnation is recorded; a learner recorded with 0 is not yet bound (it was added
 * before the leader heard from it) and accepts any incarnation: a learner's acknowledgements
 * never count towards a quorum, and the leader binds the seat as soon as the learner answers.
 */
export function expectedIncarnation(
  isVoter: boolean,
  recordedIncarnation: number,
): number | undefined {
  if (isVoter || recordedIncarnation !== 0) return recordedIncarnation;
  return undefined;
}

/** A message the core dropped because of the disks involved (reported for the operator). */
export interface IncarnationRefusal {
  readonly messageType: MessageType;
  /** The seat the message came from. */
  readonly from: number;
  /**
   * "addressed elsewhere": a leader's message for another disk of this node's seat;
   * "unrecorded sender": the sender's disk is not the one this node's membership records.
   */
  readonly kind: "addressed elsewhere" | "unrecorded sender";
  /** The disk the message names or presents. */
  readonly incarnation: number;
  /** The disk this node has ("addressed elsewhere") or records for the sender. */
  readonly expected: number;
}

/** Is `type` sent by a leader, from the progress of one disk of the receiver's seat? */
export function isLeaderMessage(type: MessageType): boolean {
  return (
    type === MessageType.Append ||
    type === MessageType.Heartbeat ||
    type === MessageType.Snapshot ||
    type === MessageType.TimeoutNow
  );
}

/** Does the receiver count `type` towards a quorum or answer it with its vote? */
export function countsSenderDisk(type: MessageType): boolean {
  switch (type) {
    case MessageType.Vote:
    case MessageType.PreVote:
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
    case MessageType.AppendResponse:
    case MessageType.HeartbeatResponse:
      return true;
    default:
      return false;
  }
}

/**
 * Why `m` must be dropped by a node running `ownIncarnation`, or undefined when it may be
 * stepped. `fromIncarnation` is the sender's disk (from the connection's handshake);
 * `recordedForSender` gives what the receiver's membership records for the sender's seat
 * (undefined: not a member, or an unbound learner seat: any disk).
 */
export function incarnationRefusal(
  m: Message,
  fromIncarnation: number,
  ownIncarnation: number,
  recordedForSender: (seat: number) => number | undefined,
): IncarnationRefusal | undefined {
  if (isLeaderMessage(m.type)) {
    const addressed = (m as { readonly toIncarnation?: number }).toIncarnation;
    if (addressed === undefined || addressed === ownIncarnation) return undefined;
    return {
      messageType: m.type,
      from: m.from,
      kind: "addressed elsewhere",
      incarnation: addressed,
      expected: ownIncarnation,
    };
  }
  if (!countsSenderDisk(m.type)) return undefined;
  const recorded = recordedForSender(m.from);
  if (recorded === undefined || recorded === fromIncarnation) return undefined;
  return {
    messageType: m.type,
    from: m.from,
    kind: "unrecorded sender",
    incarnation: fromIncarnation,
    expected: recorded,
  };
}
