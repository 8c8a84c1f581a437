import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeCommandEntry } from "../../src/node/node-entry.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { MessageType } from "../../src/raft/types.js";
import {
  decodeEnvelope,
  decodeRaftMessage,
  encodeEnvelopeFrame,
  encodeRaftMessage,
} from "../../src/transport/codec.js";
import { FrameDecoder } from "../../src/transport/frame-decoder.js";
import {
  encodeOkResponseFrame,
  encodeProposeRequestFrame,
  encodeRaftFrame,
} from "../../src/transport/hot-codec.js";
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
        const decoded = decodeRaftMessage(decodeEnvelope(body!).raft!);
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
      }),
      { numRuns: 2000 },
    );
  });
});
