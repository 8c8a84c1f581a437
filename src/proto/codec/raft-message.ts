/**
 * The core's `Message` (src/raft/types.ts) as raft.proto RaftMessage bytes and back, by hand:
 * every Raft message but a Snapshot (whose metadata goes through the generated code,
 * raft-message-object.ts) is written straight from the core's message and read straight into
 * one, checked by `raftMessageOf` as it is built. Byte-identical to the generated encoder
 * (test/transport/hot-codec.test.ts).
 */

import type { Message } from "../../raft/types.js";
import { MessageType } from "../../raft/types.js";
import { assert } from "../../util/assert.js";
import {
  checkEntries,
  type EncodableEntry,
  type EntryValues,
  entryLength,
  readEntry,
  writeEntry,
} from "./entry.js";
import { raftMessageOf, type WireRaftMessage } from "./raft-message-object.js";
import {
  boolFieldLength,
  bytesFieldLength,
  delimitedFieldLength,
  optionalVarintFieldLength,
  varintFieldLength,
  type WireReader,
  writeBoolField,
  writeBytesField,
  writeDelimitedHeader,
  writeOptionalVarintField,
  writeVarintField,
} from "./wire.js";

/** Field numbers of raft.proto RaftMessage. */
export const RAFT_MESSAGE_FIELD = {
  type: 1,
  from: 2,
  to: 3,
  term: 4,
  lastLogIndex: 5,
  lastLogTerm: 6,
  transfer: 7,
  reject: 8,
  prevLogIndex: 9,
  prevLogTerm: 10,
  entries: 11,
  commit: 12,
  index: 13,
  rejectHintIndex: 14,
  rejectHintTerm: 15,
  context: 16,
  sentMs: 17,
  snapshot: 18,
  lease: 19,
  toIncarnation: 20,
  commitOnly: 21,
} as const;

const F = RAFT_MESSAGE_FIELD;
/** The highest field number of RaftMessage. */
const LAST_FIELD = Math.max(...Object.values(F));

/** Bytes of the RaftMessage encoding of `message` (not a Snapshot). */
export function raftMessageLength(message: Message): number {
  const head =
    varintFieldLength(F.type, message.type) +
    varintFieldLength(F.from, message.from) +
    varintFieldLength(F.to, message.to) +
    varintFieldLength(F.term, message.term);
  switch (message.type) {
    case MessageType.Vote:
    case MessageType.PreVote:
      return (
        head +
        varintFieldLength(F.lastLogIndex, message.lastLogIndex) +
        varintFieldLength(F.lastLogTerm, message.lastLogTerm) +
        boolFieldLength(F.transfer, message.transfer === true)
      );
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
      return head + boolFieldLength(F.reject, message.reject === true);
    case MessageType.Append:
      return (
        head +
        varintFieldLength(F.prevLogIndex, message.prevLogIndex) +
        varintFieldLength(F.prevLogTerm, message.prevLogTerm) +
        entriesLength(message.entries) +
        varintFieldLength(F.commit, message.commit) +
        optionalVarintFieldLength(F.toIncarnation, message.toIncarnation) +
        boolFieldLength(F.commitOnly, message.commitOnly === true)
      );
    case MessageType.AppendResponse:
      return (
        head +
        boolFieldLength(F.reject, message.reject === true) +
        varintFieldLength(F.index, message.index) +
        varintFieldLength(F.rejectHintIndex, message.rejectHintIndex) +
        varintFieldLength(F.rejectHintTerm, message.rejectHintTerm)
      );
    case MessageType.Heartbeat:
      return (
        head +
        varintFieldLength(F.commit, message.commit) +
        bytesFieldLength(F.context, message.context) +
        varintFieldLength(F.sentMs, message.sentMs) +
        optionalVarintFieldLength(F.toIncarnation, message.toIncarnation)
      );
    case MessageType.HeartbeatResponse:
      return (
        head +
        bytesFieldLength(F.context, message.context) +
        varintFieldLength(F.sentMs, message.sentMs)
      );
    case MessageType.TimeoutNow:
      return head + optionalVarintFieldLength(F.toIncarnation, message.toIncarnation);
    case MessageType.ReadIndex:
      return (
        head +
        bytesFieldLength(F.context, message.context) +
        boolFieldLength(F.lease, message.lease === true)
      );
    case MessageType.ReadIndexResponse:
      return (
        head +
        varintFieldLength(F.index, message.index) +
        bytesFieldLength(F.context, message.context)
      );
    case MessageType.Snapshot:
      assert(false, "a Snapshot message is encoded by the generated code");
  }
}

function entriesLength(entries: readonly EncodableEntry[]): number {
  let length = 0;
  for (const entry of entries) {
    length += delimitedFieldLength(F.entries, entryLength(entry));
  }
  return length;
}

/**
 * Writes the RaftMessage encoding of `message` (not a Snapshot) at `offset`, in field-number
 * order as protobuf does; returns the end offset.
 */
export function writeRaftMessage(target: Uint8Array, offset: number, message: Message): number {
  let at = writeVarintField(target, offset, F.type, message.type);
  at = writeVarintField(target, at, F.from, message.from);
  at = writeVarintField(target, at, F.to, message.to);
  at = writeVarintField(target, at, F.term, message.term);
  switch (message.type) {
    case MessageType.Vote:
    case MessageType.PreVote:
      at = writeVarintField(target, at, F.lastLogIndex, message.lastLogIndex);
      at = writeVarintField(target, at, F.lastLogTerm, message.lastLogTerm);
      return writeBoolField(target, at, F.transfer, message.transfer === true);
    case MessageType.VoteResponse:
    case MessageType.PreVoteResponse:
      return writeBoolField(target, at, F.reject, message.reject === true);
    case MessageType.Append:
      at = writeVarintField(target, at, F.prevLogIndex, message.prevLogIndex);
      at = writeVarintField(target, at, F.prevLogTerm, message.prevLogTerm);
      for (const entry of message.entries) {
        at = writeEntry(
          target,
          writeDelimitedHeader(target, at, F.entries, entryLength(entry)),
          entry,
        );
      }
      at = writeVarintField(target, at, F.commit, message.commit);
      at = writeOptionalVarintField(target, at, F.toIncarnation, message.toIncarnation);
      return writeBoolField(target, at, F.commitOnly, message.commitOnly === true);
    case MessageType.AppendResponse:
      at = writeBoolField(target, at, F.reject, message.reject === true);
      at = writeVarintField(target, at, F.index, message.index);
      at = writeVarintField(target, at, F.rejectHintIndex, message.rejectHintIndex);
      return writeVarintField(target, at, F.rejectHintTerm, message.rejectHintTerm);
    case MessageType.Heartbeat:
      at = writeVarintField(target, at, F.commit, message.commit);
      at = writeBytesField(target, at, F.context, message.context);
      at = writeVarintField(target, at, F.sentMs, message.sentMs);
      return writeOptionalVarintField(target, at, F.toIncarnation, message.toIncarnation);
    case MessageType.HeartbeatResponse:
      at = writeBytesField(target, at, F.context, message.context);
      return writeVarintField(target, at, F.sentMs, message.sentMs);
    case MessageType.TimeoutNow:
      return writeOptionalVarintField(target, at, F.toIncarnation, message.toIncarnation);
    case MessageType.ReadIndex:
      at = writeBytesField(target, at, F.context, message.context);
      return writeBoolField(target, at, F.lease, message.lease === true);
    case MessageType.ReadIndexResponse:
      at = writeVarintField(target, at, F.index, message.index);
      return writeBytesField(target, at, F.context, message.context);
    case MessageType.Snapshot:
      assert(false, "a Snapshot message is encoded by the generated code");
  }
}

const EMPTY: Uint8Array = new Uint8Array(0);
const NO_ENTRIES: readonly EntryValues[] = Object.freeze([]);

/**
 * The fields of the message being read: one object, reused (reading never re-enters), so a
 * message is built once, as the core's, with no intermediate object per message.
 */
const fields = {
  type: 0 as number,
  from: 0,
  to: 0,
  term: 0,
  lastLogIndex: 0,
  lastLogTerm: 0,
  transfer: false as boolean,
  reject: false as boolean,
  prevLogIndex: 0,
  prevLogTerm: 0,
  entries: NO_ENTRIES as EntryValues[],
  commit: 0,
  index: 0,
  rejectHintIndex: 0,
  rejectHintTerm: 0,
  context: EMPTY,
  sentMs: 0,
  lease: false as boolean,
  commitOnly: false as boolean,
  toIncarnation: null as number | null,
} satisfies WireRaftMessage;

/**
 * Reads a RaftMessage into the core's Message, checked (`raftMessageOf`); undefined when it
 * carries snapshot metadata (the generated decoder's job). Throws WireFormatError for bytes
 * that are not a RaftMessage, MalformedFrameError for values the core does not take.
 */
export function readRaftMessage(reader: WireReader): Message | undefined {
  resetFields();
  return readFields(reader) ? raftMessageOf(fields, checkEntries) : undefined;
}

/** Every field absent; the last message's entries stay its own. */
function resetFields(): void {
  fields.type = 0;
  fields.from = 0;
  fields.to = 0;
  fields.term = 0;
  fields.lastLogIndex = 0;
  fields.lastLogTerm = 0;
  fields.transfer = false;
  fields.reject = false;
  fields.prevLogIndex = 0;
  fields.prevLogTerm = 0;
  fields.entries = NO_ENTRIES as EntryValues[];
  fields.commit = 0;
  fields.index = 0;
  fields.rejectHintIndex = 0;
  fields.rejectHintTerm = 0;
  fields.context = EMPTY;
  fields.sentMs = 0;
  fields.lease = false;
  fields.commitOnly = false;
  fields.toIncarnation = null;
}

/** Reads the fields into `fields`; false at snapshot metadata. */
function readFields(reader: WireReader): boolean {
  // Bounded: every pass consumes at least the key's byte.
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    if (field === F.entries) {
      if (fields.entries === NO_ENTRIES) fields.entries = [];
      fields.entries.push(readEntry(reader.messageOf(key)));
    } else if (field === F.context) {
      fields.context = reader.bytesOf(key);
    } else if (field === F.snapshot) {
      return false;
    } else if (field >= F.type && field <= LAST_FIELD) {
      setVarintField(field, reader.varintOf(key));
    } else {
      reader.skip(key % 8);
    }
  }
  return true;
}

/**
 * Sets field number `field` of `fields` to `value`: every field but entries, context and
 * snapshot is a varint (the flags are true unless 0).
 *
 * The labels are literals, each checked against RAFT_MESSAGE_FIELD by `satisfies`: V8 makes a jump
 * table of literal labels, and this stays small enough (294 bytes of bytecode) for TurboFan to
 * inline it into readFields. With `case F.type:` labels it was over 460 bytes and called, and
 * decoding took ~10% more instructions.
 */
function setVarintField(field: number, value: number): void {
  const flag = value !== 0;
  switch (field) {
    case 1 satisfies typeof F.type:
      fields.type = value;
      break;
    case 2 satisfies typeof F.from:
      fields.from = value;
      break;
    case 3 satisfies typeof F.to:
      fields.to = value;
      break;
    case 4 satisfies typeof F.term:
      fields.term = value;
      break;
    case 5 satisfies typeof F.lastLogIndex:
      fields.lastLogIndex = value;
      break;
    case 6 satisfies typeof F.lastLogTerm:
      fields.lastLogTerm = value;
      break;
    case 9 satisfies typeof F.prevLogIndex:
      fields.prevLogIndex = value;
      break;
    case 10 satisfies typeof F.prevLogTerm:
      fields.prevLogTerm = value;
      break;
    case 12 satisfies typeof F.commit:
      fields.commit = value;
      break;
    case 13 satisfies typeof F.index:
      fields.index = value;
      break;
    case 14 satisfies typeof F.rejectHintIndex:
      fields.rejectHintIndex = value;
      break;
    case 15 satisfies typeof F.rejectHintTerm:
      fields.rejectHintTerm = value;
      break;
    case 17 satisfies typeof F.sentMs:
      fields.sentMs = value;
      break;
    case 20 satisfies typeof F.toIncarnation:
      fields.toIncarnation = value;
      break;
    // The flags.
    case 7 satisfies typeof F.transfer:
      fields.transfer = flag;
      break;
    case 8 satisfies typeof F.reject:
      fields.reject = flag;
      break;
    case 19 satisfies typeof F.lease:
      fields.lease = flag;
      break;
    case 21 satisfies typeof F.commitOnly:
      fields.commitOnly = flag;
      break;
  }
}
