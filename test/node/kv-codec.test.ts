/** The key-value codec: every command, query and response round-trips; bad bytes are named. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decodeKvCommand,
  decodeKvQuery,
  decodeKvResponse,
  encodeKvCommand,
  encodeKvQuery,
  encodeKvResponse,
  type KvCommand,
  type KvQuery,
  type KvResponse,
} from "../../src/node/kv-codec.js";

const text = fc.string({ unit: "grapheme", maxLength: 300 });
const commandArbitrary: fc.Arbitrary<KvCommand> = fc.oneof(
  fc.record({ op: fc.constant("put" as const), key: text, value: text }),
  fc.record({ op: fc.constant("delete" as const), key: text }),
  fc.record({
    op: fc.constant("cas" as const),
    key: text,
    expected: fc.option(text, { nil: null }),
    value: text,
  }),
);
const queryArbitrary: fc.Arbitrary<KvQuery> = fc.oneof(
  fc.record({ op: fc.constant("get" as const), key: text }),
  fc.constant({ op: "count" as const }),
);
const responseArbitrary: fc.Arbitrary<KvResponse> = fc.oneof(
  fc.record(
    {
      ok: fc.constant(true as const),
      value: fc.option(text, { nil: null }),
      swapped: fc.boolean(),
      count: fc.nat(),
      index: fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }),
    },
    { requiredKeys: ["ok"] },
  ),
  fc.record({ ok: fc.constant(false as const), error: text }),
);

describe("key-value codec", () => {
  it("round-trips commands, queries and responses", () => {
    fc.assert(
      fc.property(
        commandArbitrary,
        queryArbitrary,
        responseArbitrary,
        (command, query, response) => {
          const encoded = encodeKvCommand(command);
          expect(decodeKvCommand(encoded)).toEqual(command);
          // A plain Uint8Array (an entry's data from the log cache), not a Buffer.
          expect(decodeKvCommand(new Uint8Array(encoded))).toEqual(command);
          expect(decodeKvQuery(encodeKvQuery(query))).toEqual(query);
          expect(decodeKvResponse(encodeKvResponse(response))).toEqual(response);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it("writes strings whose length varint is shorter than reserved, and long ones", () => {
    for (const value of [
      "",
      "a",
      "é".repeat(50),
      "x".repeat(127),
      "x".repeat(128),
      "✓".repeat(20_000),
    ]) {
      expect(decodeKvCommand(encodeKvCommand({ op: "put", key: value, value }))).toEqual({
        op: "put",
        key: value,
        value,
      });
    }
  });

  it("names what is wrong with bytes that are not a command, query or response", () => {
    const put = encodeKvCommand({ op: "put", key: "key", value: "value" });
    expect(() => decodeKvCommand(put.subarray(0, put.length - 1))).toThrow(
      /key-value command \(10 bytes\) has a string of 5 bytes past its end at byte 5/,
    );
    expect(() => decodeKvCommand(Uint8Array.of(9))).toThrow(/has unknown operation 9/);
    expect(() => decodeKvCommand(Uint8Array.from([...put, 0]))).toThrow(
      /has 1 bytes after its end/,
    );
    expect(() => decodeKvQuery(new Uint8Array())).toThrow(/key-value query \(0 bytes\) ends early/);
    expect(() => decodeKvResponse(Uint8Array.of(7))).toThrow(/has unknown kind 7/);
    expect(() =>
      decodeKvResponse(Uint8Array.of(1, 16, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff, 0xff)),
    ).toThrow(/varint of more than 8 bytes/);
  });
});
