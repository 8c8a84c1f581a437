/**
 * The core's `Message` (src/raft/types.ts) and raft.proto's RaftMessage as the generated code
 * holds it, field by field, both ways; and `raftMessageOf`, the one place that checks a
 * received message's values (a known type, non-zero ids, safe-integer terms and indexes, a
 * member list the core accepts): the hand reader (raft-message.ts) builds through it too. A
 * Snapshot message travels this way (its metadata through the generated code, its data in
 * SnapshotChunk frames); every other message is written and read by raft-message.ts. A value
 * the core does not take is a MalformedFrameError, which closes the connection that sent it.
 */

import type {
  AppendRequest,
  AppendResponse,
  Message,
  VoteRequest,
  VoteResponse,
} from "../../raft/types.js";
import { MessageType } from "../../raft/types.js";
import type { ConfState, Entry, SnapshotMetadata } from "../../types/index.js";
import type { wireTypes } from "../index.js";
import { type ConfStateProperties, confStateProperties } from "./conf-state.js";
import { type EntryValues, entryOf } from "./entry.js";
import { checkU64, MalformedFrameError } from "./errors.js";

export type WireRaftMessage = wireTypes.wire.RaftMessage.$Properties;

const EMPTY_BYTES = new Uint8Array(0);

function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value ?? EMPTY_BYTES;
}

/** A proto3 `optional` u64: undefined when absent. */
function optionalU64(value: number | null | undefined, what: string): number | undefined {
  return value === null || value === undefined ? undefined : checkU64(value, what);
}

/** An Append's entries as the core's, checked (see raftMessageOf). */
export type EntriesOf = (entries: readonly EntryValues[] | null | undefined) => Entry[];

/** The generated decoder's entries, copied into the core's Entry (checked). */
function copiedEntries(entries: readonly EntryValues[] | null | undefined): Entry[] {
  return (entries ?? []).map(entryOf);
}

/**
 * Maps a wire RaftMessage (the generated decoder's object) to the core's form. A Snapshot's
 * data is empty (the caller fills it or passes the file). Throws MalformedFrameError.
 */
export function decodeRaftMessage(value: WireRaftMessage): Message {
  return raftMessageOf(value, copiedEntries);
}

/**
 * The core's message of the decoded field values `value`, checked in field order (the first
 * fault is the one reported); an Append's entries come from `entriesOf`. Throws
 * MalformedFrameError.
 */
export function raftMessageOf(value: WireRaftMessage, entriesOf: EntriesOf): Message {
  const from = checkU64(value.from, "from");
  const to = checkU64(value.to, "to");
  if (from === 0 || to === 0) {
    throw new MalformedFrameError("Raft message with node id 0");
  }
  const term = checkU64(value.term, "term");
  const type = value.type ?? 0;
  // Each case builds its object literally (a spread base would make every message a slow clone).
  switch (type) {
    case MessageType.Vote:
    case MessageType.PreVote:
      return {
        type,
        from,
        to,
        term,
        lastLogIndex: checkU64(value.lastLogIndex, "lastLogIndex"),
        lastLogTerm: checkU64(value.lastLogTerm, "lastLogTerm"),
        transfer: value.transfer === true,
      };
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
      return { type, from, to, term, reject: value.reject === true };
    case MessageType.Append:
      return {
        type,
        from,
        to,
        term,
        prevLogIndex: checkU64(value.prevLogIndex, "prevLogIndex"),
        prevLogTerm: checkU64(value.prevLogTerm, "prevLogTerm"),
        entries: entriesOf(value.entries),
        commit: checkU64(value.commit, "commit"),
        toIncarnation: optionalU64(value.toIncarnation, "toIncarnation"),
        commitOnly: value.commitOnly === true,
      };
    case MessageType.AppendResponse:
      return {
        type,
        from,
        to,
        term,
        index: checkU64(value.index, "index"),
        reject: value.reject === true,
        rejectHintIndex: checkU64(value.rejectHintIndex, "rejectHintIndex"),
        rejectHintTerm: checkU64(value.rejectHintTerm, "rejectHintTerm"),
      };
    default:
      return leaderOrReadMessageOf(type, from, to, term, value);
  }
}

/** raftMessageOf for the heartbeat, snapshot, transfer and read messages. */
function leaderOrReadMessageOf(
  type: number,
  from: number,
  to: number,
  term: number,
  value: WireRaftMessage,
): Message {
  switch (type) {
    case MessageType.Heartbeat:
      return {
        type,
        from,
        to,
        term,
        commit: checkU64(value.commit, "commit"),
        context: bytes(value.context),
        sentMs: checkU64(value.sentMs, "sentMs"),
        toIncarnation: optionalU64(value.toIncarnation, "toIncarnation"),
      };
    case MessageType.HeartbeatResponse:
      return {
        type,
        from,
        to,
        term,
        context: bytes(value.context),
        sentMs: checkU64(value.sentMs, "sentMs"),
      };
    case MessageType.Snapshot:
      return {
        type,
        from,
        to,
        term,
        snapshot: { metadata: decodeSnapshotMetadata(value.snapshot), data: EMPTY_BYTES },
        toIncarnation: optionalU64(value.toIncarnation, "toIncarnation"),
      };
    case MessageType.TimeoutNow:
      return {
        type,
        from,
        to,
        term,
        toIncarnation: optionalU64(value.toIncarnation, "toIncarnation"),
      };
    case MessageType.ReadIndex:
      return { type, from, to, term, context: bytes(value.context), lease: value.lease === true };
    case MessageType.ReadIndexResponse:
      return {
        type,
        from,
        to,
        term,
        index: checkU64(value.index, "index"),
        context: bytes(value.context),
      };
    default:
      throw new MalformedFrameError(`unknown Raft message type ${type}`);
  }
}

/**
 * Maps a core message to its wire form (for the generated encoder). A Snapshot's data is left
 * out (it is streamed). Each case builds its object literally: spreading a shared base made
 * every message a slow clone.
 */
export function encodeRaftMessage(message: Message): WireRaftMessage {
  const { type, from, to, term } = message;
  switch (message.type) {
    case MessageType.Vote:
    case MessageType.PreVote:
      return {
        type,
        from,
        to,
        term,
        lastLogIndex: message.lastLogIndex,
        lastLogTerm: message.lastLogTerm,
        transfer: message.transfer,
      };
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
      return { type, from, to, term, reject: message.reject };
    case MessageType.Append:
      return {
        type,
        from,
        to,
        term,
        prevLogIndex: message.prevLogIndex,
        prevLogTerm: message.prevLogTerm,
        // The core's Entry has exactly the wire Entry's fields.
        entries: message.entries as Entry[],
        commit: message.commit,
        toIncarnation: message.toIncarnation ?? null,
        commitOnly: message.commitOnly === true,
      };
    case MessageType.AppendResponse:
      return {
        type,
        from,
        to,
        term,
        index: message.index,
        reject: message.reject,
        rejectHintIndex: message.rejectHintIndex,
        rejectHintTerm: message.rejectHintTerm,
      };
    default:
      return encodeLeaderOrReadMessage(message);
  }
}

/** The messages of encodeLeaderOrReadMessage. */
type LeaderOrReadMessage = Exclude<
  Message,
  VoteRequest | VoteResponse | AppendRequest | AppendResponse
>;

/** encodeRaftMessage for the heartbeat, snapshot, transfer and read messages. */
function encodeLeaderOrReadMessage(message: LeaderOrReadMessage): WireRaftMessage {
  const { type, from, to, term } = message;
  switch (message.type) {
    case MessageType.Heartbeat:
      return {
        type,
        from,
        to,
        term,
        commit: message.commit,
        context: message.context,
        sentMs: message.sentMs,
        toIncarnation: message.toIncarnation ?? null,
      };
    case MessageType.HeartbeatResponse:
      return { type, from, to, term, context: message.context, sentMs: message.sentMs };
    case MessageType.Snapshot: {
      const metadata = message.snapshot.metadata;
      return {
        type,
        from,
        to,
        term,
        snapshot: {
          index: metadata.index,
          term: metadata.term,
          confState: confStateProperties(metadata.confState),
        },
        toIncarnation: message.toIncarnation ?? null,
      };
    }
    case MessageType.TimeoutNow:
      return { type, from, to, term, toIncarnation: message.toIncarnation ?? null };
    case MessageType.ReadIndex:
      return { type, from, to, term, context: message.context, lease: message.lease };
    case MessageType.ReadIndexResponse:
      return { type, from, to, term, index: message.index, context: message.context };
  }
}

function decodeSnapshotMetadata(value: WireRaftMessage["snapshot"]): SnapshotMetadata {
  if (value === null || value === undefined) {
    throw new MalformedFrameError("Snapshot message without metadata");
  }
  return {
    index: checkU64(value.index, "snapshot.index"),
    term: checkU64(value.term, "snapshot.term"),
    confState: decodeConfState(value.confState),
  };
}

function decodeIds(values: readonly number[] | null | undefined, what: string): number[] {
  return (values ?? []).map((value) => checkU64(value, what));
}

function decodeConfState(value: ConfStateProperties | null | undefined): ConfState {
  const confState: ConfState = {
    voters: decodeIds(value?.voters, "confState.voters"),
    votersOutgoing: decodeIds(value?.votersOutgoing, "confState.votersOutgoing"),
    learners: decodeIds(value?.learners, "confState.learners"),
    learnersNext: decodeIds(value?.learnersNext, "confState.learnersNext"),
    autoLeave: value?.autoLeave === true,
    incarnations: (value?.incarnations ?? []).map((member) => ({
      nodeId: checkU64(member.nodeId, "confState.incarnations.nodeId"),
      incarnation: checkU64(member.incarnation, "confState.incarnations.incarnation"),
    })),
  };
  checkConfStateIncarnations(confState);
  return confState;
}

/**
 * The core asserts that a membership's incarnations are positive, sorted, unique and name
 * members; a peer's frame that breaks this is malformed input, refused here (never an
 * assertion in the core).
 */
function checkConfStateIncarnations(confState: ConfState): void {
  const members = new Set([
    ...confState.voters,
    ...confState.votersOutgoing,
    ...confState.learners,
    ...confState.learnersNext,
  ]);
  let previous = 0;
  for (const { nodeId, incarnation } of confState.incarnations) {
    if (incarnation === 0 || nodeId <= previous || !members.has(nodeId)) {
      throw new MalformedFrameError(
        `confState.incarnations: node ${nodeId} incarnation ${incarnation} is not a sorted, non-zero incarnation of a member`,
      );
    }
    previous = nodeId;
  }
}
