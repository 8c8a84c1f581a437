import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEnvelope } from "../../src/proto/codec/envelope.js";
import { MalformedFrameError } from "../../src/proto/codec/errors.js";
import { decodeRaftMessage, encodeRaftMessage } from "../../src/proto/codec/raft-message-object.js";
import { wire } from "../../src/proto/index.js";
import type { Message } from "../../src/raft/types.js";
import { encodeEnvelopeFrame } from "../../src/transport/envelope-frames.js";
import { FrameDecoder } from "../../src/transport/frame-decoder.js";
import { raftMessageArbitrary as message } from "./arbitraries.js";

/** Plain arrays for byte fields (decoding yields Buffers, the arbitraries Uint8Arrays). */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) {
    return Array.from(value);
  }
  if (Array.isArray(value)) {
    return value.map(normalize);
  }
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, normalize(field)]));
  }
  return value;
}

function roundTrip(original: Message): Message {
  const frame = encodeEnvelopeFrame({ raft: encodeRaftMessage(original) });
  const [payload] = new FrameDecoder(1 << 20).push(frame);
  const envelope = decodeEnvelope(payload!);
  expect(envelope.kind).toBe("raft");
  return envelope.raft!;
}

describe("Raft message codec", () => {
  it("property: every MessageType round-trips through an Envelope frame", () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(message, (original) => {
        seen.add(original.type);
        expect(normalize(roundTrip(original))).toEqual(normalize(original));
      }),
      { numRuns: 1000 },
    );
    expect(seen.size).toBe(12);
  });

  it("rejects an unknown message type, a zero node id and an unknown entry type", () => {
    expect(() => decodeRaftMessage({ type: 99 as never, from: 1, to: 2 })).toThrow(
      MalformedFrameError,
    );
    expect(() => decodeRaftMessage({ type: 0, from: 1, to: 2 })).toThrow(MalformedFrameError);
    expect(() => decodeRaftMessage({ type: 7, from: 0, to: 2 })).toThrow(MalformedFrameError);
    expect(() =>
      decodeRaftMessage({
        type: 5,
        from: 1,
        to: 2,
        entries: [{ index: 1, term: 1, type: 9 as never }],
      }),
    ).toThrow(MalformedFrameError);
    expect(() => decodeRaftMessage({ type: 9, from: 1, to: 2 })).toThrow(/metadata/);
  });

  it("rejects u64 values above 2^53 instead of rounding them", () => {
    const bytesOut = wire.RaftMessage.encode({ type: 7, from: 1, to: 2 }).finish();
    // Append field 4 (term) as varint 2^60 by hand.
    const big = [0x20, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x80, 0x10];
    const decoded = wire.RaftMessage.decode(Uint8Array.from([...bytesOut, ...big]));
    expect(() => decodeRaftMessage(decoded)).toThrow(/term is not a safe/);
  });

  it("rejects garbage and empty envelopes", () => {
    expect(() => decodeEnvelope(new Uint8Array([0xff, 0xff, 0xff]))).toThrow(MalformedFrameError);
    expect(() => decodeEnvelope(new Uint8Array(0))).toThrow(/no kind/);
  });
});
