/**
 * raft.proto Envelope, the content of every frame: `decodeEnvelope` reads the kinds sent once
 * per operation by hand (a Raft message straight into the core's checked Message, a Propose
 * request, an Ok response) and everything else through the generated code; the `encode*`
 * functions write those hot kinds by hand (and `encodeEnvelope` a Read request, sent once per
 * client read), after `headroomBytes` left for the caller (the
 * transport's frame header), in one allocation. The transport frames envelopes
 * (src/transport/envelope-frames.ts); it never sees their fields' numbers.
 */

import type { Message } from "../../raft/types.js";
import { MessageType } from "../../raft/types.js";
import { assert, assertionFailed } from "../../util/assert.js";
import { wire, type wireTypes } from "../index.js";
import {
  okResponseLength,
  proposeRequestLength,
  readOkResponse,
  readProposeRequest,
  readRequestLength,
  writeOkResponse,
  writeProposeRequest,
  writeReadRequest,
} from "./client-messages.js";
import { MalformedFrameError } from "./errors.js";
import type { ProposeFields } from "./propose.js";
import { raftMessageLength, readRaftMessage, writeRaftMessage } from "./raft-message.js";
import { decodeRaftMessage, encodeRaftMessage } from "./raft-message-object.js";
import { delimitedFieldLength, WIRE_BYTES, WireReader, writeDelimitedHeader } from "./wire.js";

/** Field numbers of raft.proto Envelope (its oneof `kind`). */
export const ENVELOPE_FIELD = {
  hello: 1,
  helloReply: 2,
  proof: 3,
  raft: 4,
  snapshotChunk: 5,
  snapshotAck: 6,
  clientRequest: 7,
  clientResponse: 8,
  goodbye: 9,
  welcome: 10,
} as const;

/** What an Envelope to send may hold (the generated encoder's input). */
export type EnvelopeInit = wireTypes.wire.Envelope.$Properties;

type GeneratedEnvelope = wireTypes.wire.Envelope;
type OtherKind = Exclude<NonNullable<GeneratedEnvelope["kind"]>, "raft">;

/**
 * A received Envelope: exactly one kind set; a Raft message is already the core's Message,
 * checked; any other kind is as the generated decoder gives it.
 */
export type Envelope = Omit<EnvelopeInit, "raft"> &
  (
    | { readonly kind: "raft"; readonly raft: Message }
    | { readonly kind: OtherKind; readonly raft?: undefined }
  );

/**
 * The bytes of `envelope`: a client's Read request (ClientRequest{request_id, read} alone) by
 * hand, byte-identical; everything else (but the hot kinds' usual path) by the generated
 * encoder.
 */
export function encodeEnvelope(envelope: EnvelopeInit): Uint8Array {
  const read = readRequestOf(envelope);
  if (read !== undefined) {
    const bodyLength = readRequestLength(read.requestId, read.mode, read.query);
    const buffer = envelopeBuffer(0, ENVELOPE_FIELD.clientRequest, bodyLength);
    const at = buffer.length - bodyLength;
    return checkFilled(buffer, writeReadRequest(buffer, at, read.requestId, read.mode, read.query));
  }
  return wire.Envelope.encode(envelope).finish();
}

/** Varints written by hand: what writeVarint takes (non-negative safe integers). */
function isPlainVarint(value: unknown): value is number {
  return typeof value === "number" && Number.isSafeInteger(value) && value >= 0;
}

/**
 * The fields of `envelope` when it is exactly Envelope{client_request{request_id, read{mode,
 * query}}} with plain values (what RaftClient.read sends); undefined for anything else.
 */
function readRequestOf(
  envelope: EnvelopeInit,
): { requestId: number; mode: number; query: Uint8Array } | undefined {
  const request = envelope.clientRequest;
  if (request == null || request.read == null) return undefined;
  let keys = 0;
  for (const key in envelope) if (envelope[key as keyof EnvelopeInit] != null) keys++;
  for (const key in request) if (request[key as keyof typeof request] != null) keys++;
  for (const key in request.read) {
    if (key !== "mode" && key !== "query" && request.read[key as "mode"] != null) return undefined;
  }
  const { mode = 0, query = EMPTY_QUERY } = request.read;
  const requestId = request.requestId ?? 0;
  // One kind, and request_id beside one body.
  const fields = 1 + (request.requestId == null ? 1 : 2);
  if (keys !== fields || !isPlainVarint(requestId) || !isPlainVarint(mode)) return undefined;
  if (!(query instanceof Uint8Array)) return undefined;
  return { requestId, mode, query };
}

const EMPTY_QUERY = new Uint8Array(0);

/**
 * Decodes one frame's payload. Throws MalformedFrameError: "not a valid Envelope" (with the
 * decoder's error as the cause) for bytes that are not one, no kind set, or a Raft message
 * whose values the core does not take (then naming the value).
 */
export function decodeEnvelope(payload: Uint8Array): Envelope {
  let generic: GeneratedEnvelope;
  try {
    const hot = readHotEnvelope(payload);
    if (hot !== undefined) return hot;
    generic = wire.Envelope.decode(payload);
  } catch (error) {
    if (error instanceof MalformedFrameError) throw error;
    throw new MalformedFrameError("not a valid Envelope", { cause: error });
  }
  if (generic.kind === undefined) {
    throw new MalformedFrameError("Envelope has no kind set");
  }
  if (generic.kind === "raft") {
    // Snapshot metadata: read by the generated decoder, checked as every Raft message is.
    return { kind: "raft", raft: decodeRaftMessage(generic.raft!) };
  }
  return generic as Envelope;
}

/**
 * The Envelope of `payload` when it is one hot kind alone, read by hand; undefined for
 * anything else (another kind, more than one field, another body, snapshot metadata), which
 * the generated decoder reads. Throws WireFormatError, or MalformedFrameError for a Raft
 * message's values. Exported for test/transport/hot-codec.test.ts, which holds it equal to the
 * generated decoder.
 */
export function readHotEnvelope(payload: Uint8Array): Envelope | undefined {
  const reader = new WireReader(payload);
  if (reader.done) return undefined;
  const key = reader.varint();
  if (key % 8 !== WIRE_BYTES) return undefined;
  const field = Math.floor(key / 8);
  if (
    field !== ENVELOPE_FIELD.raft &&
    field !== ENVELOPE_FIELD.clientRequest &&
    field !== ENVELOPE_FIELD.clientResponse
  ) {
    return undefined;
  }
  const body = reader.message();
  if (!reader.done) return undefined;
  if (field === ENVELOPE_FIELD.raft) {
    const raft = readRaftMessage(body);
    return raft && { kind: "raft", raft };
  }
  if (field === ENVELOPE_FIELD.clientRequest) {
    const clientRequest = readProposeRequest(body);
    return clientRequest && { kind: "clientRequest", clientRequest };
  }
  const clientResponse = readOkResponse(body);
  return clientResponse && { kind: "clientResponse", clientResponse };
}

/**
 * A buffer for an Envelope whose kind is field `field` with a body of `bodyLength` bytes, after
 * `headroomBytes`: the key and length written, the body to write at its end (the last
 * `bodyLength` bytes).
 */
function envelopeBuffer(headroomBytes: number, field: number, bodyLength: number): Buffer {
  const buffer = Buffer.allocUnsafe(headroomBytes + delimitedFieldLength(field, bodyLength));
  const at = writeDelimitedHeader(buffer, headroomBytes, field, bodyLength);
  assert(at === buffer.length - bodyLength, "an envelope's body fills the rest of its buffer");
  return buffer;
}

function checkFilled(buffer: Buffer, end: number): Buffer {
  if (end !== buffer.length)
    assertionFailed(`a hand-encoded envelope fills its ${buffer.length} bytes (${end})`);
  return buffer;
}

/**
 * Envelope{raft: message} after `headroomBytes` unwritten bytes, in one allocation (a
 * Snapshot, rare and carrying metadata, takes the generated encoder: one copy more).
 */
export function encodeRaftEnvelope(message: Message, headroomBytes: number): Buffer {
  if (message.type === MessageType.Snapshot) {
    const encoded = encodeEnvelope({ raft: encodeRaftMessage(message) });
    const buffer = Buffer.allocUnsafe(headroomBytes + encoded.length);
    buffer.set(encoded, headroomBytes);
    return buffer;
  }
  const bodyLength = raftMessageLength(message);
  const buffer = envelopeBuffer(headroomBytes, ENVELOPE_FIELD.raft, bodyLength);
  return checkFilled(buffer, writeRaftMessage(buffer, buffer.length - bodyLength, message));
}

/** Envelope{client_request{request_id, propose}} after `headroomBytes` unwritten bytes. */
export function encodeProposeRequestEnvelope(
  requestId: number,
  propose: ProposeFields,
  headroomBytes: number,
): Buffer {
  const bodyLength = proposeRequestLength(requestId, propose);
  const buffer = envelopeBuffer(headroomBytes, ENVELOPE_FIELD.clientRequest, bodyLength);
  const at = buffer.length - bodyLength;
  return checkFilled(buffer, writeProposeRequest(buffer, at, requestId, propose));
}

/** Envelope{client_response{request_id, ok{result}}} after `headroomBytes` unwritten bytes. */
export function encodeOkResponseEnvelope(
  requestId: number,
  result: Uint8Array,
  headroomBytes: number,
): Buffer {
  const bodyLength = okResponseLength(requestId, result);
  const buffer = envelopeBuffer(headroomBytes, ENVELOPE_FIELD.clientResponse, bodyLength);
  return checkFilled(
    buffer,
    writeOkResponse(buffer, buffer.length - bodyLength, requestId, result),
  );
}
