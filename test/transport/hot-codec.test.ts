import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeEnvelope, encodeEnvelope, readHotEnvelope } from "../../src/proto/codec/envelope.js";
import { MalformedFrameError } from "../../src/proto/codec/errors.js";
import { decodeCommandEntry, encodeCommandEntry } from "../../src/proto/codec/node-entry.js";
import { decodeRaftMessage, encodeRaftMessage } from "../../src/proto/codec/raft-message-object.js";
import { wire } from "../../src/proto/index.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { MessageType } from "../../src/raft/types.js";
import {
  encodeEnvelopeFrame,
  encodeOkResponseFrame,
  encodeProposeRequestFrame,
  encodeRaftFrame,
} from "../../src/transport/envelope-frames.js";
import { FrameDecoder } from "../../src/transport/frame-decoder.js";
import { raftMessageArbitrary, u64 } from "./arbitraries.js";

/** Byte values that cross every varint length boundary, and large ones. */
const number = fc.oneof(
  fc.constantFrom(0, 1, 127, 128, 16_383, 16_384, 2 ** 31, 2 ** 32 - 1, 2 ** 32, 2 ** 53 - 1),
  u64,
);
const payload = fc.oneof(
  fc.uint8Array({ maxLength: 40 }),
  fc.uint8Array({ minLength: 120, maxLength: 400 }),
);
const propose = fc.record({
  clientId: number,
  sequence: number,
  command: payload,
  firstUnansweredSequence: number,
});

function same(actual: Uint8Array, expected: Uint8Array): void {
  expect(Buffer.from(actual).toString("hex")).toBe(Buffer.from(expected).toString("hex"));
}

describe("hand-encoded hot-path frames", () => {
  it("property: a Raft message frame is byte-identical to the generated encoder's", () => {
    const seen = new Set<number>();
    fc.assert(
      fc.property(raftMessageArbitrary, (message) => {
        seen.add(message.type);
        const frame = encodeRaftFrame(message);
        same(frame, encodeEnvelopeFrame({ raft: encodeRaftMessage(message) }));
        const [body] = new FrameDecoder(1 << 20).push(frame);
        const decoded = decodeEnvelope(body!).raft!;
        expect(decoded.type).toBe(message.type);
        expect(decoded.term).toBe(message.term);
      }),
      { numRuns: 3000 },
    );
    expect(seen.size).toBe(Object.keys(MessageType).length);
  });

  it("property: an Append with many entries of every size is byte-identical", () => {
    const entry = fc.record({
      index: number,
      term: number,
      type: fc.constantFrom(1 as const, 2 as const, 3 as const),
      data: payload,
    });
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 40 }), number, (entries, commit) => {
        const message = {
          type: MessageType.Append,
          from: 1,
          to: 2,
          term: 3,
          prevLogIndex: 9,
          prevLogTerm: 2,
          entries,
          commit,
        } as const;
        same(encodeRaftFrame(message), encodeEnvelopeFrame({ raft: encodeRaftMessage(message) }));
      }),
      { numRuns: 500 },
    );
  });

  it("property: a Propose request frame is byte-identical", () => {
    fc.assert(
      fc.property(number, propose, (requestId, body) => {
        same(
          encodeProposeRequestFrame(requestId, body),
          encodeEnvelopeFrame({ clientRequest: { requestId, propose: body } }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("property: a Read request is byte-identical to the generated encoder's, and decodes back", () => {
    const mode = fc.oneof(fc.constantFrom(0, 1, 2, 3), fc.nat());
    fc.assert(
      fc.property(number, mode, payload, (requestId, readMode, query) => {
        const envelope = { clientRequest: { requestId, read: { mode: readMode, query } } };
        const encoded = encodeEnvelope(envelope);
        same(encoded, wire.Envelope.encode(envelope).finish());
        const decoded = decodeEnvelope(encoded);
        expect(normalize(decoded.clientRequest)).toEqual(
          normalize(wire.Envelope.decode(encoded).clientRequest),
        );
      }),
      { numRuns: 2000 },
    );
    // Not exactly a Read request alone: the generated encoder, same bytes either way.
    for (const envelope of [
      { clientRequest: { read: { mode: 1, query: new Uint8Array([1]) } } },
      { clientRequest: { requestId: 4, read: {} } },
      { clientRequest: { requestId: -1, read: { mode: 1 } } },
      { clientRequest: { requestId: 4, read: { mode: 1 }, status: {} } },
    ]) {
      same(encodeEnvelope(envelope), wire.Envelope.encode(envelope).finish());
    }
  });

  it("property: an Ok response frame is byte-identical (an empty result too)", () => {
    fc.assert(
      fc.property(number, payload, (requestId, result) => {
        same(
          encodeOkResponseFrame(requestId, result),
          encodeEnvelopeFrame({ clientResponse: { requestId, ok: { result } } }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("property: a command entry is byte-identical to NodeEntry{command} and decodes back", () => {
    fc.assert(
      fc.property(propose, (command) => {
        const data = encodeCommandEntry(command);
        same(data, nodeProto.NodeEntry.encode({ command }).finish());
        const decoded = nodeProto.NodeEntry.decode(data).command!;
        expect(decoded.clientId ?? 0).toBe(command.clientId);
        expect(decoded.sequence ?? 0).toBe(command.sequence);
        expect(decoded.firstUnansweredSequence ?? 0).toBe(command.firstUnansweredSequence);
        same(decoded.command ?? new Uint8Array(), command.command);
        expect(normalize(decodeCommandEntry(data))).toEqual(normalize(command));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads only NodeEntry{command} by hand; a member address takes the generated decoder", () => {
    const address = nodeProto.NodeEntry.encode({
      memberAddress: { nodeId: 4, address: "127.0.0.1:7404" },
    }).finish();
    expect(decodeCommandEntry(address)).toBeUndefined();
    expect(decodeCommandEntry(new Uint8Array(0))).toBeUndefined();
    // A Command field with the wrong wire type is not a command.
    expect(() => decodeCommandEntry(Uint8Array.from([0x0a, 0x02, 0x0a, 0x00]))).toThrow(
      /wire type/,
    );
    // A cut entry fails instead of reading past its end.
    const whole = encodeCommandEntry({
      clientId: 3,
      sequence: 9,
      command: new Uint8Array([1, 2, 3]),
      firstUnansweredSequence: 2,
    });
    expect(() => decodeCommandEntry(whole.subarray(0, whole.length - 2))).toThrow();
  });
});

/** The Envelope payload of a frame. */
function payloadOf(frame: Buffer): Uint8Array {
  const [payload] = new FrameDecoder(1 << 22).push(frame);
  return payload!;
}

/** Plain arrays for byte fields, so that Buffer and Uint8Array views compare equal. */
function normalize(value: unknown): unknown {
  if (value instanceof Uint8Array) return Array.from(value);
  if (Array.isArray(value)) return value.map(normalize);
  if (typeof value === "object" && value !== null) {
    return Object.fromEntries(Object.entries(value).map(([key, field]) => [key, normalize(field)]));
  }
  return value;
}

describe("hand-decoded hot-path frames", () => {
  it("property: a Raft message decodes to what the generated decoder gives", () => {
    fc.assert(
      fc.property(raftMessageArbitrary, (message) => {
        const payload = payloadOf(encodeRaftFrame(message));
        const hot = readHotEnvelope(payload);
        if (message.type === MessageType.Snapshot) {
          expect(hot).toBeUndefined(); // snapshot metadata: the generated decoder's job
          return;
        }
        expect(hot?.kind).toBe("raft");
        const generic = wire.Envelope.decode(payload);
        expect(normalize(hot!.raft!)).toEqual(normalize(decodeRaftMessage(generic.raft!)));
        expect(normalize(decodeEnvelope(payload).raft!)).toEqual(normalize(message));
      }),
      { numRuns: 3000 },
    );
  });

  it("property: Propose requests and Ok responses decode to what the generated decoder gives", () => {
    fc.assert(
      fc.property(number, propose, payload, (requestId, body, result) => {
        const request = readHotEnvelope(payloadOf(encodeProposeRequestFrame(requestId, body)));
        expect(request?.kind).toBe("clientRequest");
        expect(normalize(request!.clientRequest)).toEqual(normalize({ requestId, propose: body }));
        const response = readHotEnvelope(payloadOf(encodeOkResponseFrame(requestId, result)));
        expect(response?.kind).toBe("clientResponse");
        expect(normalize(response!.clientResponse)).toEqual(
          normalize({ requestId, ok: { result } }),
        );
      }),
      { numRuns: 2000 },
    );
  });

  it("leaves other kinds and bodies to the generated decoder", () => {
    const others = [
      { clientRequest: { requestId: 4, read: { mode: 1, query: new Uint8Array([1]) } } },
      { clientRequest: { requestId: 4 } },
      { clientResponse: { requestId: 4, error: { code: "ENOTLEADER", message: "m" } } },
      { clientResponse: { requestId: 4, status: { nodeId: 2 } } },
      { goodbye: { code: "EDONE", reason: "bye" } },
      { snapshotAck: { streamId: 3, ok: true } },
    ];
    for (const envelope of others) {
      const payload = payloadOf(encodeEnvelopeFrame(envelope));
      expect(readHotEnvelope(payload)).toBeUndefined();
      expect(decodeEnvelope(payload).kind).toBe(Object.keys(envelope)[0]);
    }
    // Two fields in one envelope: protobuf's last-one-wins is the generated decoder's job.
    const twice = Buffer.concat([
      payloadOf(encodeOkResponseFrame(1, new Uint8Array([1]))),
      payloadOf(encodeOkResponseFrame(2, new Uint8Array([2]))),
    ]);
    expect(readHotEnvelope(twice)).toBeUndefined();
    expect(decodeEnvelope(twice).clientResponse?.requestId).toBe(2);
  });

  it("leaves a request or response with a second body of its oneof, up to the last, to the generated decoder", () => {
    const twoBodies = [
      { clientRequest: { requestId: 4, propose: { clientId: 1 }, shardExport: { limit: 2 } } },
      { clientResponse: { requestId: 4, ok: { result: new Uint8Array([1]) }, shardState: {} } },
    ];
    for (const envelope of twoBodies) {
      const payload = payloadOf(encodeEnvelopeFrame(envelope));
      expect(readHotEnvelope(payload)).toBeUndefined();
      expect(normalize(decodeEnvelope(payload))).toEqual(normalize(wire.Envelope.decode(payload)));
    }
  });

  it("property: damaged frames decode or fail with MalformedFrameError, never another error", () => {
    const frames = fc.oneof(
      raftMessageArbitrary.map((message) => payloadOf(encodeRaftFrame(message))),
      fc.tuple(number, propose).map(([id, body]) => payloadOf(encodeProposeRequestFrame(id, body))),
      fc.tuple(number, payload).map(([id, result]) => payloadOf(encodeOkResponseFrame(id, result))),
    );
    fc.assert(
      fc.property(
        frames,
        fc.nat(),
        fc.nat(),
        fc.integer({ min: 0, max: 255 }),
        (original, cutAt, flipAt, value) => {
          const damaged = Uint8Array.from(original);
          if (damaged.length > 0) damaged[flipAt % damaged.length] = value;
          for (const bytes of [damaged, original.subarray(0, cutAt % (original.length + 1))]) {
            try {
              decodeEnvelope(bytes);
            } catch (error) {
              expect(error).toBeInstanceOf(MalformedFrameError);
            }
          }
        },
      ),
      { numRuns: 3000 },
    );
  });
});
