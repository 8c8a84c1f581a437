import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { wire } from "../../src/proto/index.js";
import { type Entry, type Message, MessageType } from "../../src/raft/types.js";
import {
  decodeEnvelope,
  decodeRaftMessage,
  encodeEnvelopeFrame,
  encodeRaftMessage,
} from "../../src/transport/codec.js";
import { MalformedFrameError } from "../../src/transport/errors.js";
import { FrameDecoder } from "../../src/transport/frame-decoder.js";

const u64 = fc.nat({ max: Number.MAX_SAFE_INTEGER });
const id = fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER });
const bytes = fc.uint8Array({ maxLength: 64 });
const ids = fc.array(id, { maxLength: 5 });

const entry: fc.Arbitrary<Entry> = fc.record({
  index: u64,
  term: u64,
  type: fc.constantFrom(1 as const, 2 as const, 3 as const),
  data: bytes,
});

const base = { from: id, to: id, term: u64 };

/** Every MessageType, with every field it carries. */
const message: fc.Arbitrary<Message> = fc.oneof(
  fc.record({
    ...base,
    type: fc.constantFrom(MessageType.Vote, MessageType.PreVote),
    lastLogIndex: u64,
    lastLogTerm: u64,
    transfer: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constantFrom(MessageType.VoteResponse, MessageType.PreVoteResponse),
    reject: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Append),
    prevLogIndex: u64,
    prevLogTerm: u64,
    entries: fc.array(entry, { maxLength: 4 }),
    commit: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.AppendResponse),
    index: u64,
    reject: fc.boolean(),
    rejectHintIndex: u64,
    rejectHintTerm: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Heartbeat),
    commit: u64,
    context: bytes,
    leaseTick: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.HeartbeatResponse),
    context: bytes,
    leaseTick: u64,
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.Snapshot),
    snapshot: fc.record({
      metadata: fc.record({
        index: u64,
        term: u64,
        confState: fc.record({
          voters: ids,
          votersOutgoing: ids,
          learners: ids,
          learnersNext: ids,
          autoLeave: fc.boolean(),
        }),
      }),
      data: fc.constant(new Uint8Array(0)),
    }),
  }),
  fc.record({ ...base, type: fc.constant(MessageType.TimeoutNow) }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.ReadIndex),
    context: bytes,
    lease: fc.boolean(),
  }),
  fc.record({
    ...base,
    type: fc.constant(MessageType.ReadIndexResponse),
    index: u64,
    context: bytes,
  }),
);

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
  return decodeRaftMessage(envelope.raft!);
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
