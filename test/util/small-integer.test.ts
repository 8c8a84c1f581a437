/**
 * Decoded numbers stay small integers (src/util/small-integer.ts): a decoded snapshot
 * metadata, frame header, checked u64, recovered hard state, protobufjs entry, or a term read
 * from a Float64Array column, stored in an object literal, leaves the shape of objects of the
 * same fields as it was. Checked with V8's %HaveSameMap in a child process
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
    const segmentLog = await import(${JSON.stringify(moduleUrl("storage/segment-log.js"))});
    const entryCodec = await import(${JSON.stringify(moduleUrl("proto/codec/entry.js"))});
    const fs = await import("node:fs");
    const os = await import("node:os");
    const nodePath = await import("node:path");
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

  it("a hard state recovered from the log keeps it", () => {
    const body = `
      const directory = fs.mkdtempSync(nodePath.join(os.tmpdir(), "ruvraft-smi-"));
      try {
        const options = { preallocateSegments: false };
        let log = await segmentLog.SegmentLog.open(directory, options);
        await log.setHardState({ term: 3, vote: 1, commit: 0 });
        await log.close();
        log = await segmentLog.SegmentLog.open(directory, options);
        const state = log.hardState();
        made.push({ term: state.term, vote: state.vote, commit: state.commit });
        await log.close();
      } finally {
        fs.rmSync(directory, { recursive: true, force: true });
      }
    `;
    expect(keepsShape("term: index, vote: 0, commit: 0", body)).toBe(true);
  });

  it("an entry decoded by protobufjs (entryOf) keeps it", () => {
    const body = `
      // The values as protobufjs gives them, in an object of another shape (type first).
      const decoded = { type: 1, term: heapFour, index: heapFour, data: new Uint8Array(1) };
      made.push(entryCodec.entryOf(decoded));
    `;
    expect(keepsShape("index, term: 1, type: 1, data: null", body)).toBe(true);
  });

  it("property: smallInteger never changes a number's value", () => {
    fc.assert(
      fc.property(fc.oneof(fc.maxSafeNat(), fc.integer(), fc.double()), (value) => {
        const small = smallInteger(value);
        if (Number.isNaN(value)) expect(small).toBeNaN();
        else expect(small === value).toBe(true);
      }),
    );
    expect(smallInteger(0x7fff_ffff)).toBe(0x7fff_ffff);
    expect(smallInteger(0x8000_0000)).toBe(0x8000_0000);
    expect(smallInteger(1.5)).toBe(1.5);
  });
});
