/**
 * The frames sent once per operation, encoded by hand: Raft messages (Append carries every
 * entry to every follower), a client's Propose and the node's Ok answer. Each function returns
 * a whole frame (4-byte big-endian length + Envelope) in one allocation, byte-identical to
 * `encodeEnvelopeFrame` with the generated protobufjs code (test/transport/hot-codec.test.ts
 * checks this with fast-check), which allocates an object per field and a copy for the frame.
 * Everything else (handshake, snapshot chunks, errors, status) goes through the generated code.
 */
import { type Message, MessageType } from "../raft/types.js";
import { assert } from "../util/assert.js";
import {
  boolFieldLength,
  bytesFieldLength,
  delimitedFieldLength,
  entryLength,
  optionalVarintFieldLength,
  varintFieldLength,
  writeBoolField,
  writeBytesField,
  writeDelimitedHeader,
  writeEntry,
  writeOptionalVarintField,
  writeVarintField,
} from "../util/proto-wire.js";
import { encodeEnvelopeFrame, encodeRaftMessage } from "./codec.js";
import { FRAME_HEADER_BYTES } from "./frame-decoder.js";
import type { ProposeFields } from "./types.js";

/** Envelope fields (raft.proto). */
const ENVELOPE_RAFT = 4;
const ENVELOPE_CLIENT_REQUEST = 7;
const ENVELOPE_CLIENT_RESPONSE = 8;

const EMPTY = new Uint8Array(0);

/** A frame buffer of `envelopeLength` bytes after the prefix; returns it and where to write. */
function allocateFrame(envelopeLength: number): Buffer {
  const frame = Buffer.allocUnsafe(FRAME_HEADER_BYTES + envelopeLength);
  frame.writeUInt32BE(envelopeLength, 0);
  return frame;
}

function checkFilled(frame: Buffer, end: number): Buffer {
  assert(end === frame.length, `a hand-encoded frame fills its ${frame.length} bytes (${end})`);
  return frame;
}

/** One Raft message as a frame (a Snapshot, rare and carrying metadata, takes the generic way). */
export function encodeRaftFrame(message: Message): Buffer {
  if (message.type === MessageType.Snapshot) {
    return encodeEnvelopeFrame({ raft: encodeRaftMessage(message) });
  }
  const m = encodeRaftMessage(message);
  const entries = m.entries ?? [];
  let entriesLength = 0;
  for (const entry of entries) {
    entriesLength += delimitedFieldLength(11, entryLength(entry as EntryFields));
  }
  const context = m.context ?? EMPTY;
  const bodyLength =
    varintFieldLength(1, m.type ?? 0) +
    varintFieldLength(2, m.from as number) +
    varintFieldLength(3, m.to as number) +
    varintFieldLength(4, m.term as number) +
    varintFieldLength(5, m.lastLogIndex ?? 0) +
    varintFieldLength(6, m.lastLogTerm ?? 0) +
    boolFieldLength(7, m.transfer === true) +
    boolFieldLength(8, m.reject === true) +
    varintFieldLength(9, m.prevLogIndex ?? 0) +
    varintFieldLength(10, m.prevLogTerm ?? 0) +
    entriesLength +
    varintFieldLength(12, m.commit ?? 0) +
    varintFieldLength(13, m.index ?? 0) +
    varintFieldLength(14, m.rejectHintIndex ?? 0) +
    varintFieldLength(15, m.rejectHintTerm ?? 0) +
    bytesFieldLength(16, context) +
    varintFieldLength(17, m.sentMs ?? 0) +
    boolFieldLength(19, m.lease === true) +
    optionalVarintFieldLength(20, m.toIncarnation ?? undefined);
  const frame = allocateFrame(delimitedFieldLength(ENVELOPE_RAFT, bodyLength));
  let at = writeDelimitedHeader(frame, FRAME_HEADER_BYTES, ENVELOPE_RAFT, bodyLength);
  at = writeVarintField(frame, at, 1, m.type ?? 0);
  at = writeVarintField(frame, at, 2, m.from as number);
  at = writeVarintField(frame, at, 3, m.to as number);
  at = writeVarintField(frame, at, 4, m.term as number);
  at = writeVarintField(frame, at, 5, m.lastLogIndex ?? 0);
  at = writeVarintField(frame, at, 6, m.lastLogTerm ?? 0);
  at = writeBoolField(frame, at, 7, m.transfer === true);
  at = writeBoolField(frame, at, 8, m.reject === true);
  at = writeVarintField(frame, at, 9, m.prevLogIndex ?? 0);
  at = writeVarintField(frame, at, 10, m.prevLogTerm ?? 0);
  for (const entry of entries) {
    const fields = entry as EntryFields;
    at = writeDelimitedHeader(frame, at, 11, entryLength(fields));
    at = writeEntry(frame, at, fields);
  }
  at = writeVarintField(frame, at, 12, m.commit ?? 0);
  at = writeVarintField(frame, at, 13, m.index ?? 0);
  at = writeVarintField(frame, at, 14, m.rejectHintIndex ?? 0);
  at = writeVarintField(frame, at, 15, m.rejectHintTerm ?? 0);
  at = writeBytesField(frame, at, 16, context);
  at = writeVarintField(frame, at, 17, m.sentMs ?? 0);
  at = writeBoolField(frame, at, 19, m.lease === true);
  at = writeOptionalVarintField(frame, at, 20, m.toIncarnation ?? undefined);
  return checkFilled(frame, at);
}

/** encodeRaftMessage passes the core's entries through: every field is set. */
interface EntryFields {
  readonly index: number;
  readonly term: number;
  readonly type: number;
  readonly data: Uint8Array;
}

/** Bytes of a Propose (or node.proto Command, which has the same fields) message body. */
export function proposeLength(propose: ProposeFields): number {
  return (
    varintFieldLength(1, propose.clientId) +
    varintFieldLength(2, propose.sequence) +
    bytesFieldLength(3, propose.command) +
    varintFieldLength(4, propose.firstUnansweredSequence)
  );
}

/** Writes a Propose (or Command) message body at `offset`; returns the end offset. */
export function writePropose(target: Uint8Array, offset: number, propose: ProposeFields): number {
  let at = writeVarintField(target, offset, 1, propose.clientId);
  at = writeVarintField(target, at, 2, propose.sequence);
  at = writeBytesField(target, at, 3, propose.command);
  return writeVarintField(target, at, 4, propose.firstUnansweredSequence);
}

/** Envelope{client_request{request_id, propose}} as a frame. */
export function encodeProposeRequestFrame(requestId: number, propose: ProposeFields): Buffer {
  const bodyLength = proposeLength(propose);
  const requestLength = varintFieldLength(1, requestId) + delimitedFieldLength(2, bodyLength);
  const frame = allocateFrame(delimitedFieldLength(ENVELOPE_CLIENT_REQUEST, requestLength));
  let at = writeDelimitedHeader(frame, FRAME_HEADER_BYTES, ENVELOPE_CLIENT_REQUEST, requestLength);
  at = writeVarintField(frame, at, 1, requestId);
  at = writeDelimitedHeader(frame, at, 2, bodyLength);
  return checkFilled(frame, writePropose(frame, at, propose));
}

/** Envelope{client_response{request_id, ok{result}}} as a frame. */
export function encodeOkResponseFrame(requestId: number, result: Uint8Array): Buffer {
  const okLength = bytesFieldLength(1, result);
  const responseLength = varintFieldLength(1, requestId) + delimitedFieldLength(2, okLength);
  const frame = allocateFrame(delimitedFieldLength(ENVELOPE_CLIENT_RESPONSE, responseLength));
  let at = writeDelimitedHeader(
    frame,
    FRAME_HEADER_BYTES,
    ENVELOPE_CLIENT_RESPONSE,
    responseLength,
  );
  at = writeVarintField(frame, at, 1, requestId);
  at = writeDelimitedHeader(frame, at, 2, okLength);
  return checkFilled(frame, writeBytesField(frame, at, 1, result));
}
