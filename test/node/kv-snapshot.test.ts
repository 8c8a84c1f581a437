/**
 * The key-value state machine's streamed snapshots: round trips through any chunking,
 * point-in-time (a snapshot read after later applies shows the state when it was taken), and
 * clear errors for a cut stream.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KvStateMachine } from "../../src/node/kv-state-machine.js";
import { collectChunks } from "../../src/node/state-machine.js";
import { FieldStreamError } from "../../src/proto/codec/field-stream.js";
import { rechunk } from "../helpers/chunks.js";

function put(machine: KvStateMachine, index: number, key: string, value: string): void {
  machine.apply({ index, term: 1, command: { op: "put", key, value } });
}

describe("KvStateMachine snapshots", () => {
  it("round-trips every pair, including multi-byte and empty strings, through any chunking", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.string({ unit: "grapheme" }), fc.string({ unit: "grapheme" }))),
        fc.array(fc.integer({ min: 1, max: 64 }), { minLength: 1, maxLength: 5 }),
        async (pairs, cuts) => {
          const machine = new KvStateMachine();
          for (const [index, [key, value]] of pairs.entries()) put(machine, index + 1, key, value);
          const bytes = await collectChunks(machine.snapshot());
          const copy = new KvStateMachine();
          await copy.restore(rechunk(bytes, cuts));
          expect(copy.entries()).toEqual(machine.entries());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("cuts a large state into pieces and keeps insertion order", async () => {
    const machine = new KvStateMachine();
    const value = "v".repeat(1000);
    for (let index = 1; index <= 2000; index++) put(machine, index, `key-${index}`, value);
    const pieces: Uint8Array[] = [];
    for await (const piece of machine.snapshot()) pieces.push(piece);
    expect(pieces.length).toBeGreaterThan(4);
    expect(Math.max(...pieces.map((piece) => piece.byteLength))).toBeLessThan(300 * 1024);
    const copy = new KvStateMachine();
    await copy.restore(pieces);
    expect(copy.query({ op: "count" })).toEqual({ ok: true, count: 2000 });
    expect(await collectChunks(copy.snapshot())).toEqual(Buffer.concat(pieces));
  });

  it("is point-in-time: applies after snapshot() do not show in its chunks", async () => {
    const machine = new KvStateMachine();
    for (let index = 1; index <= 3000; index++) put(machine, index, `key-${index}`, "before");
    const stream = machine.snapshot();
    const expected = machine.entries();
    for (let index = 1; index <= 3000; index += 2)
      put(machine, 3000 + index, `key-${index}`, "after");
    machine.apply({ index: 9000, term: 1, command: { op: "delete", key: "key-2" } });
    put(machine, 9001, "new-key", "after");
    const copy = new KvStateMachine();
    await copy.restore(stream);
    expect(copy.entries()).toEqual(expected);
  });

  it("an empty state restores as empty, and replaces what was there", async () => {
    const copy = new KvStateMachine();
    put(copy, 1, "stale", "x");
    await copy.restore([]);
    expect(copy.entries()).toEqual([]);
  });

  it("a stream cut inside a pair is an error naming the offset, and the state is kept", async () => {
    const machine = new KvStateMachine();
    put(machine, 1, "alpha", "one");
    put(machine, 2, "beta", "two");
    const bytes = await collectChunks(machine.snapshot());
    const copy = new KvStateMachine();
    put(copy, 1, "kept", "yes");
    const error = await copy.restore([bytes.subarray(0, bytes.byteLength - 3)]).catch((e) => e);
    expect(error).toBeInstanceOf(FieldStreamError);
    expect((error as Error).message).toMatch(
      /key-value snapshot: the data ends inside a field record/,
    );
    expect(copy.entries()).toEqual([["kept", "yes"]]);
  });
});
