/**
 * Decoded numbers stay small integers (src/util/small-integer.ts): a decoded snapshot
 * metadata, frame header or checked u64, stored in an object literal, leaves the shape of
 * `{ index, term }` objects as it was. Checked with V8's %HaveSameMap in a child process
 * (node --allow-natives-syntax) over the built modules (dist/: `npm test` builds first): with a
 * heap number for `index`, V8 deprecates the shape and the objects made before it no longer
 * share a map with those made after.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { pathToFileURL } from "node:url";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { smallInteger } from "../../src/util/small-integer.js";

const moduleUrl = (file: string): string => pathToFileURL(path.resolve("dist/src", file)).href;

/**
 * Runs `body` after an object literal `{ <fields> }` exists; true when one made after it still
 * shares its map. `fields` starts with index (as Entry, snapshot metadata and others do).
 */
function keepsShape(fields: string, body: string): boolean {
  const script = `
    const format = await import(${JSON.stringify(moduleUrl("storage/format.js"))});
    const snapshot = await import(${JSON.stringify(moduleUrl("snapshot/format.js"))});
    const codec = await import(${JSON.stringify(moduleUrl("proto/codec/errors.js"))});
    const cache = await import(${JSON.stringify(moduleUrl("storage/entry-cache.js"))});
    const segmentIndex = await import(${JSON.stringify(moduleUrl("storage/segment-index.js"))});
    const before = ((index) => ({ ${fields} }))(1);
    const made = [];
    // 4, as protobufjs decodes a uint64 (lo + hi * 2^32): a heap number.
    let hi = 0;
    let lo = 4;
    const heapFour = lo + hi * 4294967296;
    ${body}
    // A second literal: made from the shape as it is now, not from the first one's boilerplate.
    const after = ((index) => ({ ${fields} }))(2);
    process.stdout.write(String(%HaveSameMap(before, after)));
  `;
  const output = execFileSync(
    process.execPath,
    ["--allow-natives-syntax", "--input-type=module", "-e", script],
    { encoding: "utf8" },
  );
  return output.trim() === "true";
}

describe("decoded numbers as small integers", () => {
  it("a decoded snapshot metadata keeps it", () => {
    const body = `
      const metadata = { index: 5, term: 2, confState: { voters: [1, 2, 3], votersOutgoing: [],
        learners: [], learnersNext: [], autoLeave: false,
        incarnations: [{ nodeId: 1, incarnation: 7 }] } };
      const { bytes } = snapshot.encodeSnapshotHead(metadata);
      made.push(snapshot.decodeSnapshotMetadata("x.snap", bytes.subarray(0, 24), bytes.subarray(24)));
    `;
    expect(keepsShape("index, term: 1, confState: null", body)).toBe(true);
  });

  it("a frame header's index and term, and a checked u64, keep it", () => {
    const body = `
      const bytes = new Uint8Array(64);
      format.writeFrame(bytes, 0, { frameType: 1, flags: 0, payloadLength: 0, writeSequence: 1, index: 9, term: 3 });
      const header = format.readFrameHeader(bytes, 0);
      made.push({ index: header.index, term: header.term });
      made.push({ index: codec.checkU64(heapFour, "index"), term: 1 });
    `;
    expect(keepsShape("index, term: 1", body)).toBe(true);
  });

  it("an entry read from the entry cache keeps it (its term comes from a Float64Array)", () => {
    const body = `
      const entries = new cache.EntryCache(1 << 20);
      entries.add({ index: 1, term: 3, type: 1, data: new Uint8Array(4) });
      made.push(entries.get(1));
    `;
    expect(keepsShape("index, term: 1, type: 1, data: null", body)).toBe(true);
  });

  it("a term looked up in a segment's index keeps it (Float64Array too)", () => {
    const body = `
      const index = new segmentIndex.SegmentIndex(1);
      index.push(40, 8, 3);
      made.push({ index: 1, term: index.termOf(1) });
    `;
    expect(keepsShape("index, term: 1", body)).toBe(true);
  });

  it("property: smallInteger keeps every non-negative safe integer's value", () => {
    fc.assert(
      fc.property(fc.maxSafeNat(), (value) => {
        expect(smallInteger(value)).toBe(value);
      }),
    );
    expect(smallInteger(0x7fff_ffff)).toBe(0x7fff_ffff);
    expect(smallInteger(0x8000_0000)).toBe(0x8000_0000);
  });
});
