/**
 * The frames received once per operation, decoded by hand: a Raft message without a snapshot,
 * a client's Propose and a node's Ok answer. The result has the shape of the generated
 * decoder's (the same field names, absent numbers 0, absent bytes empty), with the oneof
 * `kind` a plain property: the generated messages read it through a getter that lists the
 * object's keys on every access and set it through a setter that deletes the other fields.
 * Anything else (another kind, an envelope of more than one field, a request or response with
 * another body, a Raft message with snapshot metadata) returns undefined and takes the
 * generated decoder. Malformed bytes throw WireFormatError. test/transport/hot-codec.test.ts
 * checks that both decoders agree.
 */
import type { wireTypes } from "../proto/index.js";
import { WIRE_BYTES, WIRE_VARINT, WireFormatError, WireReader } from "../util/proto-wire.js";
import type { ProposeFields } from "./types.js";

type Envelope = wireTypes.wire.Envelope;
type WireRaftMessage = wireTypes.wire.RaftMessage.$Properties;
type WireEntry = wireTypes.wire.Entry.$Properties;

const EMPTY: Uint8Array = new Uint8Array(0);

/** Envelope fields (raft.proto). */
const ENVELOPE_RAFT = 4;
const ENVELOPE_CLIENT_REQUEST = 7;
const ENVELOPE_CLIENT_RESPONSE = 8;

export function decodeHotEnvelope(payload: Uint8Array): Envelope | undefined {
  const reader = new WireReader(payload);
  if (reader.done) return undefined;
  const key = reader.varint();
  if (key % 8 !== WIRE_BYTES) return undefined;
  const field = Math.floor(key / 8);
  if (
    field !== ENVELOPE_RAFT &&
    field !== ENVELOPE_CLIENT_REQUEST &&
    field !== ENVELOPE_CLIENT_RESPONSE
  ) {
    return undefined;
  }
  const body = reader.message();
  if (!reader.done) return undefined;
  let decoded: object | undefined;
  if (field === ENVELOPE_RAFT) {
    const raft = readRaftMessage(body);
    decoded = raft && { kind: "raft", raft };
  } else if (field === ENVELOPE_CLIENT_REQUEST) {
    const clientRequest = readProposeRequest(body);
    decoded = clientRequest && { kind: "clientRequest", clientRequest };
  } else {
    const clientResponse = readOkResponse(body);
    decoded = clientResponse && { kind: "clientResponse", clientResponse };
  }
  return decoded as Envelope | undefined;
}

/** Reads the tag of the next field; returns its number and checks its wire type. */
function expectWireType(reader: WireReader, key: number, wireType: number): void {
  if (key % 8 !== wireType) {
    throw new WireFormatError(
      `field ${Math.floor(key / 8)} has wire type ${key % 8}, expected ${wireType} (byte ${reader.position})`,
    );
  }
}

function varintOf(reader: WireReader, key: number): number {
  expectWireType(reader, key, WIRE_VARINT);
  return reader.varint();
}

function bytesOf(reader: WireReader, key: number): Uint8Array {
  expectWireType(reader, key, WIRE_BYTES);
  return reader.bytesView();
}

function readRaftMessage(reader: WireReader): WireRaftMessage | undefined {
  const message = {
    type: 0,
    from: 0,
    to: 0,
    term: 0,
    lastLogIndex: 0,
    lastLogTerm: 0,
    transfer: false,
    reject: false,
    prevLogIndex: 0,
    prevLogTerm: 0,
    entries: [] as WireEntry[],
    commit: 0,
    index: 0,
    rejectHintIndex: 0,
    rejectHintTerm: 0,
    context: EMPTY,
    sentMs: 0,
    lease: false,
    toIncarnation: null as number | null,
  };
  // Bounded: every pass consumes at least the key's byte.
  while (!reader.done) {
    const key = reader.varint();
    switch (Math.floor(key / 8)) {
      case 1:
        message.type = varintOf(reader, key);
        break;
      case 2:
        message.from = varintOf(reader, key);
        break;
      case 3:
        message.to = varintOf(reader, key);
        break;
      case 4:
        message.term = varintOf(reader, key);
        break;
      case 5:
        message.lastLogIndex = varintOf(reader, key);
        break;
      case 6:
        message.lastLogTerm = varintOf(reader, key);
        break;
      case 7:
        message.transfer = varintOf(reader, key) !== 0;
        break;
      case 8:
        message.reject = varintOf(reader, key) !== 0;
        break;
      case 9:
        message.prevLogIndex = varintOf(reader, key);
        break;
      case 10:
        message.prevLogTerm = varintOf(reader, key);
        break;
      case 11:
        expectWireType(reader, key, WIRE_BYTES);
        message.entries.push(readEntry(reader.message()));
        break;
      case 12:
        message.commit = varintOf(reader, key);
        break;
      case 13:
        message.index = varintOf(reader, key);
        break;
      case 14:
        message.rejectHintIndex = varintOf(reader, key);
        break;
      case 15:
        message.rejectHintTerm = varintOf(reader, key);
        break;
      case 16:
        message.context = bytesOf(reader, key);
        break;
      case 17:
        message.sentMs = varintOf(reader, key);
        break;
      case 18:
        return undefined; // snapshot metadata: the generated decoder's job
      case 19:
        message.lease = varintOf(reader, key) !== 0;
        break;
      case 20:
        message.toIncarnation = varintOf(reader, key);
        break;
      default:
        reader.skip(key % 8);
    }
  }
  return message;
}

function readEntry(reader: WireReader): WireEntry {
  const entry = { index: 0, term: 0, type: 0, data: EMPTY };
  while (!reader.done) {
    const key = reader.varint();
    switch (Math.floor(key / 8)) {
      case 1:
        entry.index = varintOf(reader, key);
        break;
      case 2:
        entry.term = varintOf(reader, key);
        break;
      case 3:
        entry.type = varintOf(reader, key);
        break;
      case 4:
        entry.data = bytesOf(reader, key);
        break;
      default:
        reader.skip(key % 8);
    }
  }
  return entry;
}

/**
 * A ClientRequest or ClientResponse whose oneof body is field 2 (Propose, Ok): request_id
 * (field 1) and the body read by `readBody`; undefined when another body of the oneof
 * (fields 3..lastBodyField) is present, or none.
 */
function readIdAndBody<Body>(
  reader: WireReader,
  lastBodyField: number,
  readBody: (body: WireReader) => Body,
): { requestId: number; body: Body } | undefined {
  let requestId = 0;
  let body: Body | undefined;
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    if (field === 1) {
      requestId = varintOf(reader, key);
    } else if (field === 2) {
      expectWireType(reader, key, WIRE_BYTES);
      body = readBody(reader.message());
    } else if (field <= lastBodyField) {
      return undefined;
    } else {
      reader.skip(key % 8);
    }
  }
  return body === undefined ? undefined : { requestId, body };
}

/** ClientRequest{request_id, propose}; undefined for any other body. */
function readProposeRequest(reader: WireReader) {
  const read = readIdAndBody(reader, 11, readProposeFields);
  return read && { requestId: read.requestId, propose: read.body };
}

/**
 * The fields of a raft.proto Propose, or of a node.proto Command (the same four fields):
 * 1 client_id, 2 sequence, 3 command, 4 first_unanswered_sequence. Throws WireFormatError.
 */
export function readProposeFields(body: WireReader): ProposeFields {
  const propose = { clientId: 0, sequence: 0, command: EMPTY, firstUnansweredSequence: 0 };
  // Bounded: every pass consumes at least the key's byte.
  while (!body.done) {
    const key = body.varint();
    switch (Math.floor(key / 8)) {
      case 1:
        propose.clientId = varintOf(body, key);
        break;
      case 2:
        propose.sequence = varintOf(body, key);
        break;
      case 3:
        propose.command = bytesOf(body, key);
        break;
      case 4:
        propose.firstUnansweredSequence = varintOf(body, key);
        break;
      default:
        body.skip(key % 8);
    }
  }
  return propose;
}

/** ClientResponse{request_id, ok}; undefined for any other body. */
function readOkResponse(reader: WireReader) {
  const read = readIdAndBody(reader, 6, (body) => {
    const ok = { result: EMPTY };
    while (!body.done) {
      const key = body.varint();
      if (Math.floor(key / 8) === 1) {
        ok.result = bytesOf(body, key);
      } else {
        body.skip(key % 8);
      }
    }
    return ok;
  });
  return read && { requestId: read.requestId, ok: read.body };
}
