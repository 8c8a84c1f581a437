/**
 * Crash and damage tests on real files (segments/FORMAT.md, "Recovery"), for preallocated and
 * growing segments alike: a zero tail is the clean end of a segment, a torn tail is cut and
 * reported, damage anywhere else stops the open with the file, byte offset and index.
 *
 * A crash image of a preallocated segment keeps the file's size: bytes of the last batch that
 * did not reach the disk are still zeros. A crash image of a growing segment is cut short.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  crc32,
  FORMAT_VERSION,
  FRAME_HEADER_BYTES,
  frameBytes,
  SEGMENT_HEADER_BYTES,
  SPARE_SEGMENT_FILE_NAME,
} from "../../src/storage/format.js";
import {
  LogCorruptionError,
  SegmentFormatError,
  SegmentLog,
  type SegmentLogOptions,
  SegmentSequenceError,
} from "../../src/storage/index.js";
import { MemorySource, scanFrames } from "../../src/storage/scan.js";
import {
  dataEndOf,
  makeEntries,
  nonZeroEnd,
  segmentFilesOf,
  temporaryDirectory,
  WRITE_MODES,
} from "./helpers.js";

const SMALL_SEGMENT_BYTES = 8 * 1024;
const ENTRY_BYTES = 100;

function newestSegment(directory: string): string {
  return segmentFilesOf(directory).at(-1) as string;
}

function flipBit(file: string, offset: number): void {
  const bytes = fs.readFileSync(file);
  bytes[offset] = (bytes[offset] as number) ^ 0x10;
  fs.writeFileSync(file, bytes);
}

/** Where each entry frame of a segment image ends, from the scanner recovery uses. */
function frameEndsOf(bytes: Uint8Array): number[] {
  const ends: number[] = [];
  scanFrames(new MemorySource(bytes), {
    firstIndex: 1,
    onFrame: (frame) => ends.push(frame.offset + frameBytes(frame.header.payloadLength)),
  });
  return ends;
}

describe.each(WRITE_MODES)("recovery of $mode segments", ({ mode, options }) => {
  const preallocated = mode === "preallocated";
  const smallSegments: SegmentLogOptions = { ...options, segmentSizeBytes: SMALL_SEGMENT_BYTES };

  /**
   * Writes `batches` appends of `perBatch` entries; returns where each batch ends in the newest
   * segment (the end of its data, whatever the file size).
   */
  async function writeLog(
    directory: string,
    batches: number,
    perBatch: number,
    logOptions: SegmentLogOptions = options,
  ): Promise<number[]> {
    const log = await SegmentLog.open(directory, logOptions);
    const ends: number[] = [];
    for (let batch = 0; batch < batches; batch++) {
      await log.append(makeEntries(batch * perBatch + 1, perBatch, { sizeBytes: ENTRY_BYTES }));
      ends.push(dataEndOf(log.segmentFiles().at(-1) as string));
    }
    await log.close();
    return ends;
  }

  /**
   * Opens a crash image of the newest segment; checks that recovery kept `lastIndex` entries,
   * cut exactly the non-zero bytes of [goodEnd, end of file) as a torn tail (or nothing when
   * they are all zero), left no damage behind, and that the log goes on.
   */
  async function expectRecovered(
    image: Uint8Array,
    name: string,
    expected: { lastIndex: number; goodEnd: number },
  ): Promise<void> {
    const directory = temporaryDirectory();
    const file = path.join(directory, name);
    fs.writeFileSync(file, image);
    const log = await SegmentLog.open(directory, { ...options, cacheBytesMax: 0 });
    expect(log.lastIndex()).toBe(expected.lastIndex);
    expect(log.entries(1, log.lastIndex() + 1)).toHaveLength(log.lastIndex());
    const damageEnd = nonZeroEnd(image, expected.goodEnd, image.length);
    const tornTail = log.recovery.tornTail;
    if (damageEnd === expected.goodEnd) {
      expect(tornTail).toBeUndefined();
      expect(fs.statSync(file).size).toBeGreaterThanOrEqual(image.length);
    } else {
      expect(tornTail?.offsetBytes).toBe(expected.goodEnd);
      expect(tornTail?.bytesCut).toBe(damageEnd - expected.goodEnd);
      expect(fs.readFileSync(tornTail?.sideFile as string)).toEqual(
        Buffer.from(image.subarray(expected.goodEnd, damageEnd)),
      );
    }
    // No byte of the damage is left after the new end for a later recovery to misread, and
    // the last frame on disk ends its write batch (the torn-write rule relies on it).
    const after = scanFrames(new MemorySource(fs.readFileSync(file)), { firstIndex: 1 });
    expect(after.problem).toBeUndefined();
    expect(after.predecessor.batchEnded).toBe(true);
    if (tornTail !== undefined) {
      expect(fs.statSync(file).size).toBe(after.endOffset);
    }
    const lastIndex = log.lastIndex();
    await log.append(makeEntries(lastIndex + 1, 2));
    await log.close();
    const again = await SegmentLog.open(directory, options);
    expect(again.lastIndex()).toBe(lastIndex + 2);
    expect(again.recovery.tornTail).toBeUndefined();
    await again.close();
  }

  /**
   * A segment of three write batches of four entries: its bytes, where the second (synced)
   * and the third (the one a crash tears) batches end, and where each frame ends.
   */
  async function threeBatches() {
    const template = temporaryDirectory();
    const ends = await writeLog(template, 3, 4);
    const name = path.basename(newestSegment(template));
    const original = fs.readFileSync(path.join(template, name));
    expect(original.length).toBe(preallocated ? options.segmentSizeBytes : ends[2]);
    const frameEnds = frameEndsOf(original);
    return { name, original, syncedEnd: ends[1] as number, fullEnd: ends[2] as number, frameEnds };
  }

  describe("torn writes at the tail of the newest segment", () => {
    it("a last batch written up to any byte offset: complete frames survive, the partial one is cut", async () => {
      const { name, original, syncedEnd, fullEnd, frameEnds } = await threeBatches();
      for (let cut = syncedEnd; cut < fullEnd; cut++) {
        // Preallocated: the rest of the batch is still zeros, so a frame whose bytes after
        // `cut` are all zero (padding) is whole. Growing: the file ends at `cut`.
        const image = preallocated
          ? Buffer.concat([original.subarray(0, cut), Buffer.alloc(original.length - cut)])
          : original.subarray(0, cut);
        const complete = frameEnds.filter(
          (end) => end <= cut || (preallocated && nonZeroEnd(original, cut, end) === cut),
        );
        expect(complete.length).toBeGreaterThanOrEqual(8);
        await expectRecovered(image, name, {
          lastIndex: complete.length,
          goodEnd: Math.max(...complete),
        });
      }
    });

    it("a last batch whose later bytes reached the disk and earlier ones did not (reordered writes)", async () => {
      const { name, original, syncedEnd, fullEnd, frameEnds } = await threeBatches();
      for (let lost = syncedEnd + 1; lost < fullEnd; lost++) {
        // Bytes [syncedEnd, lost) of the last batch are lost (zero); the rest was written.
        const image = Buffer.from(original);
        image.fill(0, syncedEnd, lost);
        // The first frame with a lost non-zero byte is damaged; those before it are whole.
        const changed = original.subarray(syncedEnd, lost).findIndex((byte) => byte !== 0);
        const intact =
          changed < 0 ? frameEnds : frameEnds.filter((end) => end <= syncedEnd + changed);
        await expectRecovered(image, name, {
          lastIndex: intact.length,
          goodEnd: Math.max(...intact),
        });
      }
    });

    it("a zero tail is the clean end of the log: no cut, no side file, no report", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 2, 5);
      const file = newestSegment(directory);
      const size = fs.statSync(file).size;
      fs.appendFileSync(file, Buffer.alloc(4096 + 3));
      const log = await SegmentLog.open(directory, options);
      expect(log.lastIndex()).toBe(10);
      expect(log.recovery.tornTail).toBeUndefined();
      await log.append(makeEntries(11, 2));
      await log.close();
      expect(fs.readdirSync(directory).filter((name) => name.includes(".broken-"))).toEqual([]);
      // The appends overwrote zeros after the last frame; the file did not grow.
      expect(fs.statSync(file).size).toBe(size + 4096 + 3);
      const again = await SegmentLog.open(directory, options);
      expect(again.lastIndex()).toBe(12);
      expect(again.recovery.tornTail).toBeUndefined();
      await again.close();
    });

    it("non-zero bytes after zeros at the tail are a torn write, kept up to the zero tail", async () => {
      const directory = temporaryDirectory();
      const ends = await writeLog(directory, 2, 5);
      const file = newestSegment(directory);
      const dataEnd = ends[1] as number;
      const handle = fs.openSync(file, "r+");
      fs.writeSync(handle, Buffer.alloc(24, 0x5a), 0, 24, dataEnd + 64);
      fs.closeSync(handle);
      const log = await SegmentLog.open(directory, options);
      expect(log.lastIndex()).toBe(10);
      expect(log.recovery.tornTail).toMatchObject({
        offsetBytes: dataEnd,
        bytesCut: 64 + 24,
        reason: expect.stringMatching(/frame type 0/),
      });
      expect(fs.readFileSync(log.recovery.tornTail?.sideFile as string)).toEqual(
        Buffer.concat([Buffer.alloc(64), Buffer.alloc(24, 0x5a)]),
      );
      // Cut with ftruncate: nothing of the damage remains after the new end.
      expect(fs.statSync(file).size).toBe(dataEnd);
      await log.close();
    });

    it("damage inside the last batch, with later frames of that batch intact, is torn", async () => {
      const directory = temporaryDirectory();
      const ends = await writeLog(directory, 3, 4);
      const file = newestSegment(directory);
      // Damage the first frame of the last batch; its three later frames survive.
      flipBit(file, (ends[1] as number) + FRAME_HEADER_BYTES + 3);
      const log = await SegmentLog.open(directory, options);
      expect(log.lastIndex()).toBe(8);
      expect(log.recovery.tornTail?.reason).toMatch(/CRC mismatch/);
      await log.close();
    });
  });

  describe("zero tails in sealed segments", () => {
    it("a zero tail after the last frame of a sealed segment is its clean end", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 20, 10, smallSegments);
      const sealed = segmentFilesOf(directory)[1] as string;
      if (preallocated) {
        expect(fs.statSync(sealed).size).toBe(SMALL_SEGMENT_BYTES);
        expect(dataEndOf(sealed)).toBeLessThan(SMALL_SEGMENT_BYTES);
      }
      fs.appendFileSync(sealed, Buffer.alloc(8 * 1024));
      const log = await SegmentLog.open(directory, smallSegments);
      expect(log.lastIndex()).toBe(200);
      expect(log.entries(1, 201)).toHaveLength(200);
      await log.close();
    });

    it("non-zero bytes in the zero tail of a sealed segment are corruption", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 20, 10, smallSegments);
      const sealed = segmentFilesOf(directory)[1] as string;
      const dataEnd = dataEndOf(sealed);
      fs.appendFileSync(sealed, Buffer.concat([Buffer.alloc(4000), Buffer.from([1])]));
      const error = (await SegmentLog.open(directory, smallSegments).catch(
        (caught: unknown) => caught,
      )) as LogCorruptionError;
      expect(error).toBeInstanceOf(LogCorruptionError);
      expect(error).toMatchObject({ file: sealed, offsetBytes: dataEnd });
      expect(error.message).toMatch(/frame type 0 .*in a sealed segment/);
    });
  });

  describe("corruption stops the open with file, offset and index", () => {
    it("a flipped bit in a sealed segment", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 20, 10, smallSegments);
      const sealed = segmentFilesOf(directory)[1] as string;
      const offset = SEGMENT_HEADER_BYTES + frameBytes(0) + 3 * frameBytes(ENTRY_BYTES + 6) + 40;
      flipBit(sealed, offset);
      const open = SegmentLog.open(directory, smallSegments);
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
      const error = (await SegmentLog.open(directory, options).catch(
        (caught: unknown) => caught,
      )) as Error;
      expect(error).toBeInstanceOf(LogCorruptionError);
      expect(error).toMatchObject({ file, offsetBytes: frameStart, index: 9 });
      expect(error.message).toMatch(/not a torn write/);
    });

    it("a flipped bit in a segment header", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 2, 4);
      const file = newestSegment(directory);
      flipBit(file, 20);
      await expect(SegmentLog.open(directory, options)).rejects.toThrow(SegmentFormatError);
      await expect(SegmentLog.open(directory, options)).rejects.toThrow(
        /segment header CRC mismatch/,
      );
    });

    it("wrong magic and unknown format version", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 1, 4);
      const file = newestSegment(directory);
      const bytes = fs.readFileSync(file);
      fs.writeFileSync(file, Buffer.concat([Buffer.from("NOTRAFT!"), bytes.subarray(8)]));
      await expect(SegmentLog.open(directory, options)).rejects.toThrow(
        /wrong magic: not a ruvector-raft segment/,
      );

      const other = temporaryDirectory();
      await writeLog(other, 1, 4);
      const otherFile = newestSegment(other);
      const header = fs.readFileSync(otherFile);
      header.writeUInt32LE(FORMAT_VERSION + 1, 8);
      header.writeUInt32LE(crc32(header.subarray(0, 36)), 36);
      fs.writeFileSync(otherFile, header);
      await expect(SegmentLog.open(other, options)).rejects.toThrow(
        new RegExp(`unsupported segment format version ${FORMAT_VERSION + 1}`),
      );
    });

    it("a deleted segment (a gap) and a duplicated segment", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 20, 10, smallSegments);
      const files = segmentFilesOf(directory);
      fs.rmSync(files[2] as string);
      await expect(SegmentLog.open(directory, smallSegments)).rejects.toThrow(SegmentSequenceError);
      await expect(SegmentLog.open(directory, smallSegments)).rejects.toThrow(
        /a gap: the first ends at index/,
      );

      const duplicated = temporaryDirectory();
      await writeLog(duplicated, 20, 10, smallSegments);
      const original = segmentFilesOf(duplicated)[1] as string;
      // A copy with a later id but the same first index (as a careless restore would leave).
      const copy = path.join(
        duplicated,
        path.basename(original).replace(/-[0-9a-f]{16}\.seg$/, "-00000000000000ff.seg"),
      );
      const bytes = fs.readFileSync(original);
      bytes.writeUInt32LE(0xff, 16);
      bytes.writeUInt32LE(crc32(bytes.subarray(0, 36)), 36);
      fs.writeFileSync(copy, bytes);
      await expect(SegmentLog.open(duplicated, smallSegments)).rejects.toThrow(
        SegmentSequenceError,
      );
    });

    it("a segment whose name disagrees with its header", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 1, 4);
      const file = newestSegment(directory);
      fs.renameSync(file, path.join(directory, "00000000000000000002-0000000000000001.seg"));
      await expect(SegmentLog.open(directory, options)).rejects.toThrow(
        /the file name says 2 and 1/,
      );
    });

    it("reports bit rot found when reading an entry after the open", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 2, 4);
      const log = await SegmentLog.open(directory, { ...options, cacheBytesMax: 0 });
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

  describe("leftover files", () => {
    it("removes leftover temporary segments and a spare segment left by a crash", async () => {
      const directory = temporaryDirectory();
      await writeLog(directory, 1, 4);
      const leftovers = ["00000000000000000005-0000000000000002.seg.tmp", SPARE_SEGMENT_FILE_NAME];
      for (const name of leftovers) {
        fs.writeFileSync(path.join(directory, name), Buffer.alloc(4096));
      }
      const log = await SegmentLog.open(directory, options);
      expect(log.recovery.temporaryFilesRemoved.sort()).toEqual(leftovers.sort());
      expect(log.lastIndex()).toBe(4);
      await log.spareSegmentSettled();
      // A running preallocating log has a fresh spare; a clean close deletes it.
      expect(fs.existsSync(path.join(directory, SPARE_SEGMENT_FILE_NAME))).toBe(preallocated);
      await log.close();
      expect(fs.existsSync(path.join(directory, SPARE_SEGMENT_FILE_NAME))).toBe(false);
    });
  });
});

describe("the data directory", () => {
  it("an unreadable data directory", async () => {
    const directory = temporaryDirectory();
    const file = path.join(directory, "not-a-directory");
    fs.writeFileSync(file, "x");
    await expect(SegmentLog.open(file)).rejects.toThrow(/data directory .*not-a-directory/);
  });
});
