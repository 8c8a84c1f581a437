/**
 * Envelope encoding and the field-by-field mapping between the core's `Message`
 * (src/raft/types.ts) and `RaftMessage` (src/proto/raft.proto). Decoding validates what the
 * core relies on: a known type, safe-integer ids, terms and indexes, known entry types. Any
 * violation is a MalformedFrameError, which closes the connection that sent it.
 */
import { wire, type wireTypes } from "../proto/index.js";
import {
  type ConfState,
  type Entry,
  EntryType,
  type Message,
  MessageType,
  type SnapshotMetadata,
} from "../raft/types.js";
import { MalformedFrameError } from "./errors.js";
import { encodeFrame } from "./frame-decoder.js";
import { decodeHotEnvelope } from "./hot-decode.js";

export type Envelope = wireTypes.wire.Envelope;
export type EnvelopeInit = wireTypes.wire.Envelope.$Properties;
type WireRaftMessage = wireTypes.wire.RaftMessage.$Properties;

/** Encodes `envelope` as one frame (length prefix + Envelope bytes). */
export function encodeEnvelopeFrame(envelope: EnvelopeInit): Buffer {
  return encodeFrame(wire.Envelope.encode(envelope).finish());
}

/**
 * Decodes one frame payload (the hot kinds by hand, see hot-decode.ts); throws
 * MalformedFrameError when it is not an Envelope.
 */
export function decodeEnvelope(payload: Uint8Array): Envelope {
  let envelope: Envelope;
  try {
    envelope = decodeHotEnvelope(payload) ?? wire.Envelope.decode(payload);
  } catch (error) {
    throw new MalformedFrameError("not a valid Envelope", { cause: error });
  }
  if (envelope.kind === undefined) {
    throw new MalformedFrameError("Envelope has no kind set");
  }
  return envelope;
}

/** Checks a decoded u64: a safe integer (protobufjs yields numbers beyond 2^53 rounded). */
export function checkU64(value: number | null | undefined, what: string): number {
  const number = value ?? 0;
  if (!Number.isSafeInteger(number) || number < 0) {
    throw new MalformedFrameError(`${what} is not a safe non-negative integer: ${number}`);
  }
  return number;
}

const EMPTY_BYTES = new Uint8Array(0);

function bytes(value: Uint8Array | null | undefined): Uint8Array {
  return value ?? EMPTY_BYTES;
}

function encodeConfState(confState: ConfState): wireTypes.wire.ConfState.$Properties {
  return {
    voters: [...confState.voters],
    votersOutgoing: [...confState.votersOutgoing],
    learners: [...confState.learners],
    learnersNext: [...confState.learnersNext],
    autoLeave: confState.autoLeave,
    incarnations: confState.incarnations.map(({ nodeId, incarnation }) => ({
      nodeId,
      incarnation,
    })),
  };
}

function decodeIds(values: readonly number[] | null | undefined, what: string): number[] {
  return (values ?? []).map((value) => checkU64(value, what));
}

function decodeConfState(value: wireTypes.wire.ConfState.$Properties | null | undefined) {
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

function decodeEntry(value: wireTypes.wire.Entry.$Properties): Entry {
  const type = value.type ?? 0;
  if (type !== EntryType.Normal && type !== EntryType.ConfChange && type !== EntryType.NoOp) {
    throw new MalformedFrameError(`unknown entry type ${type}`);
  }
  return {
    index: checkU64(value.index, "entry.index"),
    term: checkU64(value.term, "entry.term"),
    type,
    data: bytes(value.data),
  };
}

/**
 * Maps a core message to its wire form. A Snapshot's data is left out (it is streamed). Each
 * case builds its object literally: spreading a shared base made every message a slow clone.
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
          confState: encodeConfState(metadata.confState),
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

/** A proto3 `optional` u64: undefined when absent. */
function optionalU64(value: number | null | undefined, what: string): number | undefined {
  return value === null || value === undefined ? undefined : checkU64(value, what);
}

/**
 * Maps a wire RaftMessage to the core's form. A Snapshot's data is empty (the caller fills it
 * or passes the file). Throws MalformedFrameError.
 */
export function decodeRaftMessage(value: WireRaftMessage): Message {
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
        entries: (value.entries ?? []).map(decodeEntry),
        commit: checkU64(value.commit, "commit"),
        toIncarnation: optionalU64(value.toIncarnation, "toIncarnation"),
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
