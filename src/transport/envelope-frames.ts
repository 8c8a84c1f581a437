/**
 * Envelopes as frames (frame-decoder.ts: a 4-byte length, then the Envelope): the kinds sent
 * once per operation (a Raft message, a Propose request, an Ok response) are encoded by hand
 * after the frame header's headroom, so each is one allocation and no copy
 * (src/proto/codec/envelope.ts). A connection sends any other kind as the generated encoder's
 * bytes behind a separate `frameHeader` (Connection.send), so a large one (a snapshot chunk) is
 * not copied again.
 */
import {
  type EnvelopeInit,
  encodeEnvelope,
  encodeOkResponseEnvelope,
  encodeProposeRequestEnvelope,
  encodeRaftEnvelope,
} from "../proto/codec/envelope.js";
import type { ProposeFields } from "../proto/codec/propose.js";
import type { Message } from "../raft/types.js";
import { encodeFrame, FRAME_HEADER_BYTES, sealFrame } from "./frame-decoder.js";

/** One Raft message as a frame. */
export function encodeRaftFrame(message: Message): Buffer {
  return sealFrame(encodeRaftEnvelope(message, FRAME_HEADER_BYTES));
}

/** Envelope{client_request{request_id, propose}} as a frame. */
export function encodeProposeRequestFrame(requestId: number, propose: ProposeFields): Buffer {
  return sealFrame(encodeProposeRequestEnvelope(requestId, propose, FRAME_HEADER_BYTES));
}

/** Envelope{client_response{request_id, ok{result}}} as a frame. */
export function encodeOkResponseFrame(requestId: number, result: Uint8Array): Buffer {
  return sealFrame(encodeOkResponseEnvelope(requestId, result, FRAME_HEADER_BYTES));
}

/** `envelope` as one frame buffer (a copy of the encoder's bytes: for tools and tests). */
export function encodeEnvelopeFrame(envelope: EnvelopeInit): Buffer {
  return encodeFrame(encodeEnvelope(envelope));
}
