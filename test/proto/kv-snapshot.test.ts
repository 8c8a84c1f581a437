/**
 * The hand-written KvSnapshot encoder (src/proto/codec/kv-snapshot.ts) against the generated
 * one: the same bytes for any pairs (empty, ASCII, multi-byte and long strings), in pieces of
 * the promised size that decode back to the pairs.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { encodeKvPairs, kvSnapshotPieces } from "../../src/proto/codec/kv-snapshot.js";
import { node as nodeProto } from "../../src/proto/node-index.js";

const text = fc.oneof(
  fc.string({ maxLength: 20 }),
  fc.string({ unit: "grapheme", maxLength: 20 }),
  fc.constantFrom("", "x".repeat(127), "x".repeat(128), "é".repeat(70), "✓".repeat(5000)),
);
const pairs = fc.array(fc.tuple(text, text), { maxLength: 40 });

describe("KvSnapshot encoder", () => {
  it("writes what the generated encoder writes", () => {
    fc.assert(
      fc.property(pairs, fc.nat({ max: 40 }), (list, fromRaw) => {
        const keys = list.map(([key]) => key);
        const values = list.map(([, value]) => value);
        const from = Math.min(fromRaw, list.length);
        const expected = nodeProto.KvSnapshot.encode({
          pairs: list.slice(from).map(([key, value]) => ({ key, value })),
        }).finish();
        const lengths = new Uint32Array(2 * list.length);
        const ours = encodeKvPairs(keys, values, from, list.length, lengths);
        expect(Buffer.from(ours).equals(Buffer.from(expected))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it("cuts pieces by size, at least one pair each, lazily, and they decode to the pairs", () => {
    fc.assert(
      fc.property(pairs, fc.integer({ min: 1, max: 300 }), (list, pieceBytes) => {
        const keys = list.map(([key]) => key);
        const values = list.map(([, value]) => value);
        const pieces = [...kvSnapshotPieces(keys, values, pieceBytes)];
        const decoded = pieces.map((piece) => nodeProto.KvSnapshot.decode(piece).pairs);
        expect(decoded.flat().map((pair) => [pair.key ?? "", pair.value ?? ""])).toEqual(list);
        for (const piecePairs of decoded) {
          expect(piecePairs.length).toBeGreaterThan(0);
          // Every pair but a piece's last keeps the piece's estimate below pieceBytes.
          const estimate = piecePairs
            .slice(0, -1)
            .reduce(
              (sum, pair) => sum + 8 + (pair.key ?? "").length + (pair.value ?? "").length,
              0,
            );
          expect(estimate).toBeLessThan(pieceBytes);
        }
      }),
      { numRuns: 300 },
    );
    const lazy = kvSnapshotPieces(["a"], ["b"], 1);
    expect(lazy.next().done).toBe(false);
    expect([...kvSnapshotPieces([], [], 10)]).toEqual([]);
  });
});
