/**
 * The client messages sent once per operation, by hand: raft.proto ClientRequest with a
 * Propose body and ClientResponse with an Ok body. Every other body takes the generated code
 * (the readers return undefined for it). Byte-identical to the generated encoder
 * (test/transport/hot-codec.test.ts).
 */
import { type ProposeFields, proposeLength, readPropose, writePropose } from "./propose.js";
import {
  bytesFieldLength,
  delimitedFieldLength,
  varintFieldLength,
  type WireReader,
  writeBytesField,
  writeDelimitedHeader,
  writeVarintField,
} from "./wire.js";

/** Field numbers of raft.proto ClientRequest: request_id, then its oneof `body`. */
export const CLIENT_REQUEST_FIELD = {
  requestId: 1,
  propose: 2,
  read: 3,
  status: 4,
  members: 5,
  addNode: 6,
  addLearner: 7,
  promote: 8,
  removeNode: 9,
  transferLeader: 10,
  takeSnapshot: 11,
  vectorUpsert: 12,
  vectorSearch: 13,
  vectorGet: 14,
  shardState: 15,
  shardExport: 16,
} as const;

/** Field numbers of raft.proto ClientResponse: request_id, then its oneof `body`. */
export const CLIENT_RESPONSE_FIELD = {
  requestId: 1,
  ok: 2,
  error: 3,
  status: 4,
  members: 5,
  snapshotTaken: 6,
  vectorHits: 7,
  shardState: 8,
} as const;

/** Field numbers of raft.proto Ok. */
export const OK_FIELD = { result: 1 } as const;

/** The last field of each oneof `body` (its fields run from 2 to it). */
const LAST_REQUEST_BODY = CLIENT_REQUEST_FIELD.shardExport;
const LAST_RESPONSE_BODY = CLIENT_RESPONSE_FIELD.shardState;

/** Bytes of ClientRequest{request_id, propose}. */
export function proposeRequestLength(requestId: number, propose: ProposeFields): number {
  return (
    varintFieldLength(CLIENT_REQUEST_FIELD.requestId, requestId) +
    delimitedFieldLength(CLIENT_REQUEST_FIELD.propose, proposeLength(propose))
  );
}

/** Writes ClientRequest{request_id, propose} at `offset`; returns the end offset. */
export function writeProposeRequest(
  target: Uint8Array,
  offset: number,
  requestId: number,
  propose: ProposeFields,
): number {
  const at = writeVarintField(target, offset, CLIENT_REQUEST_FIELD.requestId, requestId);
  const body = writeDelimitedHeader(
    target,
    at,
    CLIENT_REQUEST_FIELD.propose,
    proposeLength(propose),
  );
  return writePropose(target, body, propose);
}

/** Field numbers of raft.proto Read. */
export const READ_FIELD = { mode: 1, query: 2 } as const;

/** Bytes of ClientRequest{request_id, read{mode, query}}. */
export function readRequestLength(requestId: number, mode: number, query: Uint8Array): number {
  return (
    varintFieldLength(CLIENT_REQUEST_FIELD.requestId, requestId) +
    delimitedFieldLength(
      CLIENT_REQUEST_FIELD.read,
      varintFieldLength(READ_FIELD.mode, mode) + bytesFieldLength(READ_FIELD.query, query),
    )
  );
}

/** Writes ClientRequest{request_id, read{mode, query}} at `offset`; returns the end offset. */
export function writeReadRequest(
  target: Uint8Array,
  offset: number,
  requestId: number,
  mode: number,
  query: Uint8Array,
): number {
  const at = writeVarintField(target, offset, CLIENT_REQUEST_FIELD.requestId, requestId);
  const readLength =
    varintFieldLength(READ_FIELD.mode, mode) + bytesFieldLength(READ_FIELD.query, query);
  const body = writeDelimitedHeader(target, at, CLIENT_REQUEST_FIELD.read, readLength);
  return writeBytesField(
    target,
    writeVarintField(target, body, READ_FIELD.mode, mode),
    READ_FIELD.query,
    query,
  );
}

/** Bytes of ClientResponse{request_id, ok{result}}. */
export function okResponseLength(requestId: number, result: Uint8Array): number {
  return (
    varintFieldLength(CLIENT_RESPONSE_FIELD.requestId, requestId) +
    delimitedFieldLength(CLIENT_RESPONSE_FIELD.ok, bytesFieldLength(OK_FIELD.result, result))
  );
}

/** Writes ClientResponse{request_id, ok{result}} at `offset`; returns the end offset. */
export function writeOkResponse(
  target: Uint8Array,
  offset: number,
  requestId: number,
  result: Uint8Array,
): number {
  const at = writeVarintField(target, offset, CLIENT_RESPONSE_FIELD.requestId, requestId);
  const okLength = bytesFieldLength(OK_FIELD.result, result);
  const body = writeDelimitedHeader(target, at, CLIENT_RESPONSE_FIELD.ok, okLength);
  return writeBytesField(target, body, OK_FIELD.result, result);
}

/** A request or response whose body is its field 2 (Propose, Ok). */
interface IdAndBody<Body> {
  readonly requestId: number;
  readonly body: Body;
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
): IdAndBody<Body> | undefined {
  let requestId = 0;
  let body: Body | undefined;
  // Bounded: every pass consumes at least the key's byte.
  while (!reader.done) {
    const key = reader.varint();
    const field = Math.floor(key / 8);
    // ClientResponse numbers its request_id and first body as ClientRequest does.
    if (field === CLIENT_REQUEST_FIELD.requestId) {
      requestId = reader.varintOf(key);
    } else if (field === CLIENT_REQUEST_FIELD.propose) {
      body = readBody(reader.messageOf(key));
    } else if (field <= lastBodyField) {
      return undefined;
    } else {
      reader.skip(key % 8);
    }
  }
  return body === undefined ? undefined : { requestId, body };
}

/** ClientRequest{request_id, propose}; undefined for any other body. Throws WireFormatError. */
export function readProposeRequest(
  reader: WireReader,
): { requestId: number; propose: ProposeFields } | undefined {
  const read = readIdAndBody(reader, LAST_REQUEST_BODY, readPropose);
  return read && { requestId: read.requestId, propose: read.body };
}

const EMPTY: Uint8Array = new Uint8Array(0);

function readOk(body: WireReader): { result: Uint8Array } {
  const ok = { result: EMPTY };
  // Bounded: every pass consumes at least the key's byte.
  while (!body.done) {
    const key = body.varint();
    if (Math.floor(key / 8) === OK_FIELD.result) {
      ok.result = body.bytesOf(key);
    } else {
      body.skip(key % 8);
    }
  }
  return ok;
}

/** ClientResponse{request_id, ok}; undefined for any other body. Throws WireFormatError. */
export function readOkResponse(
  reader: WireReader,
): { requestId: number; ok: { result: Uint8Array } } | undefined {
  const read = readIdAndBody(reader, LAST_RESPONSE_BODY, readOk);
  return read && { requestId: read.requestId, ok: read.body };
}
