/**
 * readFieldRuns / lengthDelimitedHeader: a large protobuf message written in
 * pieces and read back through any chunking.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  FieldStreamError,
  lengthDelimitedHeader,
  readFieldRuns,
} from "../../src/proto/codec/field-stream.js";
import { ProtoWriter } from "../../src/proto/index.js";
import { node as nodeProto } from "../../src/proto/node-index.js";
import { rechunk } from "../helpers/chunks.js";

const OPTIONS = { recordBytesMax: 1 << 20, what: "test stream" };

async function runsOf(chunks: Iterable<Uint8Array>, options = OPTIONS): Promise<Uint8Array[]> {
  const runs: Uint8Array[] = [];
  for await (const run of readFieldRuns(chunks, options)) runs.push(Buffer.from(run));
  return runs;
}

const sessionArbitrary = fc.record({
  clientId: fc.integer({ min: 1, max: 2 ** 40 }),
  floor: fc.nat(),
  lastIndex: fc.nat(),
  responses: fc.array(
    fc.record({ sequence: fc.nat(), response: fc.uint8Array({ maxLength: 40 }) }),
    { maxLength: 3 },
  ),
});

const snapshotArbitrary = fc.record({
  members: fc.array(fc.record({ nodeId: fc.nat(), address: fc.string() }), { maxLength: 4 }),
  sessions: fc.array(sessionArbitrary, { maxLength: 6 }),
  stateMachine: fc.array(fc.uint8Array({ minLength: 1, maxLength: 300 }), { maxLength: 5 }),
});

describe("readFieldRuns", () => {
  it("cuts any chunking into runs of whole records that decode alone to the same message", async () => {
    await fc.assert(
      fc.asyncProperty(
        snapshotArbitrary,
        fc.array(fc.integer({ min: 1, max: 97 }), { minLength: 1, maxLength: 6 }),
        async (message, cuts) => {
          // Written in pieces, as a node writes a snapshot.
          const pieces = [
            nodeProto.NodeSnapshot.encode({ members: message.members }).finish(),
            nodeProto.NodeSnapshot.encode({ sessions: message.sessions }).finish(),
            ...message.stateMachine.flatMap((piece) => [
              lengthDelimitedHeader(3, piece.length),
              piece,
            ]),
          ];
          const bytes = Buffer.concat(pieces);
          expect(bytes).toEqual(Buffer.from(nodeProto.NodeSnapshot.encode(message).finish()));
          const runs = await runsOf(rechunk(bytes, cuts));
          expect(Buffer.concat(runs)).toEqual(bytes);
          const merged = {
            members: [] as unknown[],
            sessions: [] as unknown[],
            stateMachine: [] as Uint8Array[],
          };
          for (const run of runs) {
            const part = nodeProto.NodeSnapshot.decode(run);
            merged.members.push(...part.members);
            merged.sessions.push(...part.sessions);
            merged.stateMachine.push(...part.stateMachine.map((piece) => Buffer.from(piece)));
          }
          const whole = nodeProto.NodeSnapshot.decode(bytes);
          expect(merged.members).toEqual(whole.members);
          expect(merged.sessions).toEqual(whole.sessions);
          expect(merged.stateMachine).toEqual(
            whole.stateMachine.map((piece) => Buffer.from(piece)),
          );
        },
      ),
      { numRuns: 300 },
    );
  });

  it("reads every wire type a message may use (varint, fixed64, fixed32, bytes)", async () => {
    const writer = ProtoWriter.create();
    writer.uint32((1 << 3) | 0).uint64(2 ** 50);
    writer.uint32((2 << 3) | 1).fixed64(7);
    writer.uint32((3 << 3) | 5).fixed32(9);
    writer.uint32((4 << 3) | 2).bytes(new Uint8Array(200));
    const bytes = writer.finish();
    expect(Buffer.concat(await runsOf(rechunk(bytes, [1])))).toEqual(Buffer.from(bytes));
  });

  it("refuses a stream cut inside a record, naming the record's offset", async () => {
    const bytes = nodeProto.NodeSnapshot.encode({
      members: [
        { nodeId: 1, address: "a" },
        { nodeId: 2, address: "bbbb" },
      ],
    }).finish();
    const error = await runsOf([bytes.subarray(0, bytes.length - 2)]).catch((e) => e);
    expect(error).toBeInstanceOf(FieldStreamError);
    expect(error.code).toBe("EFIELDSTREAM");
    // The first member record is 7 bytes (tag, length, node id, address): the cut one starts there.
    expect(error.offsetBytes).toBe(7);
    expect(error.message).toMatch(/^test stream: the data ends inside a field record/);
  });

  it("refuses group and unknown wire types, field number 0, and records above the limit", async () => {
    const cases: [Uint8Array, RegExp, number][] = [
      [Uint8Array.from([0x08, 0x01, (5 << 3) | 3]), /wire type 3 \(field 5\)/, 2],
      [Uint8Array.from([(1 << 3) | 7]), /wire type 7/, 0],
      [Uint8Array.from([0x00, 0x01]), /field number 0/, 0],
      [
        Uint8Array.from([0x0a, 0xff, 0xff, 0x7f]),
        /a record of \d+ bytes \(field 1\) is above the limit of 1048576/,
        0,
      ],
    ];
    for (const [bytes, message, offset] of cases) {
      const error = await runsOf([bytes]).catch((e) => e);
      expect(error).toBeInstanceOf(FieldStreamError);
      expect(error.message).toMatch(message);
      expect(error.offsetBytes).toBe(offset);
    }
  });

  it("joins a record split over many chunks once, when it is whole", async () => {
    const bytes = nodeProto.NodeSnapshot.encode({
      stateMachine: [new Uint8Array(100_000).fill(7)],
    }).finish();
    const runs = await runsOf(rechunk(bytes, [1000]));
    expect(runs).toHaveLength(1);
    expect(Buffer.from(runs[0] as Uint8Array)).toEqual(Buffer.from(bytes));
  });
});

describe("lengthDelimitedHeader", () => {
  it("is the tag and length protobufjs writes", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 2 ** 29 - 1 }),
        fc.integer({ min: 0, max: 2 ** 32 - 1 }),
        (field, length) => {
          const expected = ProtoWriter.create()
            .uint32((field << 3) | 2)
            .uint32(length)
            .finish();
          expect(Buffer.from(lengthDelimitedHeader(field, length))).toEqual(Buffer.from(expected));
        },
      ),
    );
  });
});
