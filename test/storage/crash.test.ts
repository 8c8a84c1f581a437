/**
 * Crash and damage tests on real files (segments/FORMAT.md, "Recovery"): a torn tail is cut
 * and reported, damage anywhere else stops the open with the file, byte offset and index.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { FRAME_HEADER_BYTES, frameBytes, SEGMENT_HEADER_BYTES } from "../../src/storage/format.js";
import {
  LogCorruptionError,
  SegmentFormatError,
  SegmentLog,
  SegmentSequenceError,
} from "../../src/storage/index.js";
import { MemorySource, scanFrames } from "../../src/storage/scan.js";
import { makeEntries, nonZeroEnd, segmentFilesOf, temporaryDirectory } from "./helpers.js";

const SMALL_SEGMENTS = { segmentSizeBytes: 8 * 1024 };
const ENTRY_BYTES = 100;

/** Writes `batches` appends of `perBatch` entries; returns the byte offset where each batch ends. */
async function writeLog(
  directory: string,
  batches: number,
  perBatch: number,
  options = {},
): Promise<number[]> {
  const log = await SegmentLog.open(directory, options);
  const ends: number[] = [];
  for (let batch = 0; batch < batches; batch++) {
    await log.append(makeEntries(batch * perBatch + 1, perBatch, { sizeBytes: ENTRY_BYTES }));
    const newest = log.segmentFiles().at(-1) as string;
    ends.push(fs.statSync(newest).size);
  }
  await log.close();
  return ends;
}

function newestSegment(directory: string): string {
  return segmentFilesOf(directory).at(-1) as string;
}

function flipBit(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] as number) ^ 0x10;
  fs.writeFileSync(file, bytes);
}

describe("torn writes at the tail of the newest segment", () => {
  it("cuts the newest segment at every byte offset inside its last frames and recovers every synced entry", async () => {
    const template = temporaryDirectory();
    const ends = await writeLog(template, 3, 4);
    const file = path.basename(newestSegment(template));
    const original = fs.readFileSync(path.join(template, file));
    const syncedEnd = ends[1] as number;
    const fullEnd = original.length;
    // Where each entry frame of the file ends, from the same scanner recovery uses.
    const frameEnds: number[] = [];
    scanFrames(new MemorySource(original), {
      firstIndex: 1,
      onFrame: (frame) => frameEnds.push(frame.offset + frameBytes(frame.header.payloadLength)),
    });
    // Every cut between the end of batch 2 (synced) and the end of batch 3 (torn): frames of
    // batch 3 that were completely written survive (intact, merely unacknowledged); the
    // partial one is cut off and kept in a side file.
    for (let cut = syncedEnd; cut < fullEnd; cut++) {
      const directory = temporaryDirectory();
      fs.writeFileSync(path.join(directory, file), original.subarray(0, cut));
      const log = await SegmentLog.open(directory, { cacheBytesMax: 0 });
      const complete = frameEnds.filter((end) => end <= cut);
      const goodEnd = Math.max(...complete);
      expect(log.lastIndex()).toBe(complete.length);
      expect(log.lastIndex()).toBeGreaterThanOrEqual(8);
      expect(log.entries(1, log.lastIndex() + 1)).toHaveLength(log.lastIndex());
      // Zero bytes at the very end of the cut file are a zero tail: not kept, not damage.
      const damageEnd = nonZeroEnd(original, goodEnd, cut);
      if (damageEnd === goodEnd) {
        expect(log.recovery.tornTail).toBeUndefined();
      } else {
        expect(log.recovery.tornTail?.offsetBytes).toBe(goodEnd);
        expect(log.recovery.tornTail?.bytesCut).toBe(damageEnd - goodEnd);
        const side = log.recovery.tornTail?.sideFile as string;
        expect(fs.readFileSync(side)).toEqual(original.subarray(goodEnd, damageEnd));
      }
      // The log goes on after the cut, and a second reopen finds no damage.
      // Recovery leaves the last frame on disk ending its write batch (the torn-write rule
      // relies on it for the next crash).
      const after = scanFrames(new MemorySource(fs.readFileSync(path.join(directory, file))), {
        firstIndex: 1,
      });
      expect(after.problem).toBeUndefined();
      expect(after.predecessor.batchEnded).toBe(true);
      const lastIndex = log.lastIndex();
      await log.append(makeEntries(lastIndex + 1, 2));
      await log.close();
      const again = await SegmentLog.open(directory);
      expect(again.lastIndex()).toBe(lastIndex + 2);
      expect(again.recovery.tornTail).toBeUndefined();
      await again.close();
    }
  });

  it("treats a zero tail as the clean end of the log: no cut, no side file, no report", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 2, 5);
    const file = newestSegment(directory);
    const size = fs.statSync(file).size;
    fs.appendFileSync(file, Buffer.alloc(4096 + 3));
    const log = await SegmentLog.open(directory);
    expect(log.lastIndex()).toBe(10);
    expect(log.recovery.tornTail).toBeUndefined();
    await log.append(makeEntries(11, 2));
    await log.close();
    expect(fs.readdirSync(directory).filter((name) => name.includes(".broken-"))).toEqual([]);
    // The appends overwrote the zeros after the last frame; the rest of the tail is still zero.
    expect(fs.statSync(file).size).toBe(size + 4096 + 3);
    const again = await SegmentLog.open(directory);
    expect(again.lastIndex()).toBe(12);
    expect(again.recovery.tornTail).toBeUndefined();
    await again.close();
  });

  it("treats non-zero bytes after a zero gap at the tail as a torn write, keeping them up to the zero tail", async () => {
    const directory = temporaryDirectory();
    const ends = await writeLog(directory, 2, 5);
    const file = newestSegment(directory);
    const junk = Buffer.alloc(24, 0x5a);
    fs.appendFileSync(file, Buffer.concat([Buffer.alloc(64), junk, Buffer.alloc(4096)]));
    const log = await SegmentLog.open(directory);
    expect(log.lastIndex()).toBe(10);
    expect(log.recovery.tornTail).toMatchObject({
      offsetBytes: ends[1],
      bytesCut: 64 + junk.length,
      reason: expect.stringMatching(/frame type 0/),
    });
    expect(fs.readFileSync(log.recovery.tornTail?.sideFile as string)).toEqual(
      Buffer.concat([Buffer.alloc(64), junk]),
    );
    // Cut with ftruncate: nothing of the damage remains after the new end.
    expect(fs.statSync(file).size).toBe(ends[1]);
    await log.close();
  });

  it("treats damage inside the last batch, with later frames of that batch intact, as torn (reordered writes)", async () => {
    const directory = temporaryDirectory();
    const ends = await writeLog(directory, 3, 4);
    const file = newestSegment(directory);
    // Damage the first frame of the last batch; its three later frames survive.
    flipBit(file, (ends[1] as number) + FRAME_HEADER_BYTES + 3);
    const log = await SegmentLog.open(directory);
    expect(log.lastIndex()).toBe(8);
    expect(log.recovery.tornTail?.reason).toMatch(/CRC mismatch/);
    await log.close();
  });
});

describe("zero tails in sealed segments", () => {
  it("a zero tail after the last frame of a sealed segment is its clean end", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 20, 10, SMALL_SEGMENTS);
    const sealed = segmentFilesOf(directory)[1] as string;
    fs.appendFileSync(sealed, Buffer.alloc(8 * 1024));
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(log.lastIndex()).toBe(200);
    expect(log.entries(1, 201)).toHaveLength(200);
    await log.close();
  });

  it("non-zero bytes in the zero tail of a sealed segment are corruption", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 20, 10, SMALL_SEGMENTS);
    const sealed = segmentFilesOf(directory)[1] as string;
    const size = fs.statSync(sealed).size;
    fs.appendFileSync(sealed, Buffer.concat([Buffer.alloc(4000), Buffer.from([1])]));
    const error = (await SegmentLog.open(directory, SMALL_SEGMENTS).catch(
      (caught: unknown) => caught,
    )) as LogCorruptionError;
    expect(error).toBeInstanceOf(LogCorruptionError);
    expect(error).toMatchObject({ file: sealed, offsetBytes: size });
    expect(error.message).toMatch(/frame type 0 .*in a sealed segment/);
  });
});

describe("corruption stops the open with file, offset and index", () => {
  it("a flipped bit in a sealed segment", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 20, 10, SMALL_SEGMENTS);
    const sealed = segmentFilesOf(directory)[1] as string;
    const offset = SEGMENT_HEADER_BYTES + frameBytes(0) + 3 * frameBytes(ENTRY_BYTES + 6) + 40;
    flipBit(sealed, offset);
    const open = SegmentLog.open(directory, SMALL_SEGMENTS);
    await expect(open).rejects.toBeInstanceOf(LogCorruptionError);
    const error = (await open.catch((caught: unknown) => caught)) as LogCorruptionError;
    expect(error.file).toBe(sealed);
    expect(error.offsetBytes).toBeLessThanOrEqual(offset);
    expect(error.offsetBytes).toBeGreaterThan(offset - frameBytes(ENTRY_BYTES + 6));
    expect(error.message).toMatch(/in a sealed segment/);
    expect(error.message).toContain(`byte offset ${error.offsetBytes}`);
    expect(error.message).toContain(`entry index ${error.index}`);
  });

  it("a flipped bit in the middle of the newest segment (an earlier, synced batch)", async () => {
    const directory = temporaryDirectory();
    const ends = await writeLog(directory, 5, 4);
    const file = newestSegment(directory);
    const frameStart = ends[1] as number;
    flipBit(file, frameStart + FRAME_HEADER_BYTES + 10);
    const error = (await SegmentLog.open(directory).catch((caught: unknown) => caught)) as Error;
    expect(error).toBeInstanceOf(LogCorruptionError);
    expect(error).toMatchObject({ file, offsetBytes: frameStart, index: 9 });
    expect(error.message).toMatch(/not a torn write/);
  });

  it("a flipped bit in a segment header", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 2, 4);
    const file = newestSegment(directory);
    flipBit(file, 20);
    await expect(SegmentLog.open(directory)).rejects.toThrow(SegmentFormatError);
    await expect(SegmentLog.open(directory)).rejects.toThrow(/segment header CRC mismatch/);
  });

  it("wrong magic and unknown format version", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 1, 4);
    const file = newestSegment(directory);
    const bytes = fs.readFileSync(file);
    fs.writeFileSync(file, Buffer.concat([Buffer.from("NOTRAFT!"), bytes.subarray(8)]));
    await expect(SegmentLog.open(directory)).rejects.toThrow(
      /wrong magic: not a ruvector-raft segment/,
    );

    const other = temporaryDirectory();
    await writeLog(other, 1, 4);
    const otherFile = newestSegment(other);
    const header = fs.readFileSync(otherFile);
    header.writeUInt32LE(2, 8);
    const { crc32 } = await import("../../src/storage/format.js");
    header.writeUInt32LE(crc32(header.subarray(0, 36)), 36);
    fs.writeFileSync(otherFile, header);
    await expect(SegmentLog.open(other)).rejects.toThrow(/unsupported segment format version 2/);
  });

  it("a deleted segment (a gap) and a duplicated segment", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 20, 10, SMALL_SEGMENTS);
    const files = segmentFilesOf(directory);
    fs.rmSync(files[2] as string);
    await expect(SegmentLog.open(directory, SMALL_SEGMENTS)).rejects.toThrow(SegmentSequenceError);
    await expect(SegmentLog.open(directory, SMALL_SEGMENTS)).rejects.toThrow(
      /a gap: the first ends at index/,
    );

    const duplicated = temporaryDirectory();
    await writeLog(duplicated, 20, 10, SMALL_SEGMENTS);
    const original = segmentFilesOf(duplicated)[1] as string;
    // A copy with a later id but the same first index (as a careless restore would leave).
    const copy = path.join(
      duplicated,
      path.basename(original).replace(/-[0-9a-f]{16}\.seg$/, "-00000000000000ff.seg"),
    );
    const bytes = fs.readFileSync(original);
    bytes.writeUInt32LE(0xff, 16);
    const { crc32 } = await import("../../src/storage/format.js");
    bytes.writeUInt32LE(crc32(bytes.subarray(0, 36)), 36);
    fs.writeFileSync(copy, bytes);
    await expect(SegmentLog.open(duplicated, SMALL_SEGMENTS)).rejects.toThrow(SegmentSequenceError);
  });

  it("a segment whose name disagrees with its header", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 1, 4);
    const file = newestSegment(directory);
    fs.renameSync(file, path.join(directory, "00000000000000000002-0000000000000001.seg"));
    await expect(SegmentLog.open(directory)).rejects.toThrow(/the file name says 2 and 1/);
  });

  it("an unreadable data directory", async () => {
    const directory = temporaryDirectory();
    const file = path.join(directory, "not-a-directory");
    fs.writeFileSync(file, "x");
    await expect(SegmentLog.open(file)).rejects.toThrow(/data directory .*not-a-directory/);
  });

  it("removes leftover temporary segments", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 1, 4);
    fs.writeFileSync(path.join(directory, "00000000000000000005-0000000000000002.seg.tmp"), "half");
    const log = await SegmentLog.open(directory);
    expect(log.recovery.temporaryFilesRemoved).toEqual([
      "00000000000000000005-0000000000000002.seg.tmp",
    ]);
    expect(log.lastIndex()).toBe(4);
    await log.close();
  });

  it("reports bit rot found when reading an entry after the open", async () => {
    const directory = temporaryDirectory();
    await writeLog(directory, 2, 4);
    const log = await SegmentLog.open(directory, { cacheBytesMax: 0 });
    const file = newestSegment(directory);
    const handle = fs.openSync(file, "r+");
    const offset = SEGMENT_HEADER_BYTES + FRAME_HEADER_BYTES + 20;
    const byte = Buffer.alloc(1);
    fs.readSync(handle, byte, 0, 1, offset);
    byte[0] = (byte[0] as number) ^ 1;
    fs.writeSync(handle, byte, 0, 1, offset);
    fs.closeSync(handle);
    expect(() => log.entry(1)).toThrow(LogCorruptionError);
    expect(() => log.entry(1)).toThrow(/on read: CRC mismatch/);
    expect(log.entry(2).index).toBe(2);
    await log.close();
  });
});
