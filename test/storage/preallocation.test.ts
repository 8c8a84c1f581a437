/**
 * Preallocated segments (segments/FORMAT.md, "Writing"): every new segment is a zero-filled,
 * fsync'd file of segmentSizeBytes prepared ahead of time as the spare, appends overwrite its
 * zeros in place, a cut (truncateSuffix) leaves nothing stale after it, and a disk without room
 * gets segments that grow instead.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { SPARE_SEGMENT_FILE_NAME } from "../../src/storage/format.js";
import { LogFailedError, SegmentLog } from "../../src/storage/index.js";
import { MemorySource, scanFrames } from "../../src/storage/scan.js";
import { FaultyFileSystem } from "./faulty-fs.js";
import { dataEndOf, dataFor, makeEntries, segmentFilesOf, temporaryDirectory } from "./helpers.js";

const SEGMENT_BYTES = 16 * 1024;
const OPTIONS = { segmentSizeBytes: SEGMENT_BYTES, preallocateSegments: true } as const;

function spareOf(directory: string): string {
  return path.join(directory, SPARE_SEGMENT_FILE_NAME);
}

function isAllZero(bytes: Uint8Array): boolean {
  return bytes.every((byte) => byte === 0);
}

describe("preallocated segments", () => {
  it("round trip: every segment is created at its full size, and reads back after reopening", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, OPTIONS);
    for (let first = 1; first <= 600; first += 20) {
      await log.append(makeEntries(first, 20, { sizeBytes: 100 }), {
        term: 1,
        vote: 1,
        commit: first - 1,
      });
    }
    const files = segmentFilesOf(directory);
    expect(files.length).toBeGreaterThan(3);
    expect(log.stats.segmentsCreated).toBe(files.length);
    expect(log.stats.segmentsPreallocated).toBe(files.length);
    for (const file of files) {
      const bytes = fs.readFileSync(file);
      expect(bytes.length).toBe(SEGMENT_BYTES);
      // Frames, then zeros to the end: the zero tail.
      expect(isAllZero(bytes.subarray(dataEndOf(file)))).toBe(true);
    }
    const usage = log.diskUsage();
    expect(usage.fileBytes).toBe(files.length * SEGMENT_BYTES);
    expect(usage.dataBytes).toBe(files.reduce((sum, file) => sum + dataEndOf(file), 0));
    await log.close();

    const reopened = await SegmentLog.open(directory, { ...OPTIONS, cacheBytesMax: 0 });
    expect(reopened.recovery.tornTail).toBeUndefined();
    expect(reopened.lastIndex()).toBe(600);
    expect(reopened.hardState()).toEqual({ term: 1, vote: 1, commit: 580 });
    const entries = reopened.entries(1, 601);
    expect(entries.map((entry) => entry.index)).toEqual(
      Array.from({ length: 600 }, (_, i) => i + 1),
    );
    expect(Array.from(entries[416]?.data ?? [])).toEqual(Array.from(dataFor(417, 100)));
    await reopened.close();
  });

  it("appends overwrite the zeros in place: the file never grows (regression)", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, OPTIONS);
    const [file] = log.segmentFiles();
    let dataBytes = log.diskUsage().dataBytes;
    for (let index = 1; index <= 60; index++) {
      await log.append(makeEntries(index, 1, { sizeBytes: 64 }));
      expect(log.segmentFiles()).toEqual([file]);
      expect(fs.statSync(file as string).size).toBe(SEGMENT_BYTES);
      const usage = log.diskUsage();
      expect(usage.dataBytes).toBeGreaterThan(dataBytes);
      expect(usage.fileBytes).toBe(SEGMENT_BYTES);
      expect(dataEndOf(file as string)).toBe(usage.dataBytes);
      dataBytes = usage.dataBytes;
    }
    await log.close();
  });

  it("reopening after a clean close goes on appending in the same segment", async () => {
    const directory = temporaryDirectory();
    const first = await SegmentLog.open(directory, OPTIONS);
    await first.append(makeEntries(1, 10));
    const files = first.segmentFiles();
    const dataEnd = first.diskUsage().dataBytes;
    await first.close();

    const second = await SegmentLog.open(directory, OPTIONS);
    expect(second.segmentFiles()).toEqual(files);
    await second.append(makeEntries(11, 10));
    expect(second.segmentFiles()).toEqual(files);
    expect(second.diskUsage().dataBytes).toBeGreaterThan(dataEnd);
    await second.close();
    expect(segmentFilesOf(directory)).toEqual(files);
    expect(fs.statSync(files[0] as string).size).toBe(SEGMENT_BYTES);
    expect(dataEndOf(files[0] as string)).toBeGreaterThan(dataEnd);

    const third = await SegmentLog.open(directory, { ...OPTIONS, cacheBytesMax: 0 });
    expect(third.lastIndex()).toBe(20);
    expect(third.entry(11).index).toBe(11);
    await third.close();
  });

  it("prepares the spare in the background, renames it into place at a rollover, and deletes it on close", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, OPTIONS);
    await log.spareSegmentSettled();
    const spare = fs.readFileSync(spareOf(directory));
    expect(spare.length).toBe(SEGMENT_BYTES);
    expect(isAllZero(spare)).toBe(true);
    expect(log.diskUsage().spareFileBytes).toBe(SEGMENT_BYTES);

    let next = 1;
    while (log.segmentFiles().length < 2) {
      await log.append(makeEntries(next, 10, { sizeBytes: 200 }));
      next += 10;
    }
    expect(log.stats.spareWaits).toBe(1); // the first segment of the new log, at the open
    await log.spareSegmentSettled();
    expect(fs.statSync(spareOf(directory)).size).toBe(SEGMENT_BYTES);
    const newest = log.segmentFiles()[1] as string;
    expect(fs.statSync(newest).size).toBe(SEGMENT_BYTES);
    await log.close();
    expect(fs.existsSync(spareOf(directory))).toBe(false);
    expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a rollover that comes before its spare is ready waits for it", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...OPTIONS, fileSystem });
    await log.spareSegmentSettled();
    let release = (): void => {};
    const held = new Promise<void>((resolve) => {
      release = resolve;
    });
    // The spare prepared after the next rollover cannot be written until released.
    fileSystem.faults.holdWrites = { pathSuffix: SPARE_SEGMENT_FILE_NAME, until: held };
    let next = 1;
    while (log.segmentFiles().length < 2) {
      await log.append(makeEntries(next, 10, { sizeBytes: 200 }));
      next += 10;
    }
    // An append larger than the room left in the segment rolls over at once: its rollover
    // takes the spare that is still being zero-filled, and waits.
    let done = false;
    const rollingOver = log.append(makeEntries(next, 60, { sizeBytes: 200 })).then(() => {
      done = true;
    });
    await new Promise((resolve) => setImmediate(resolve));
    expect(done).toBe(false);
    expect(log.segmentFiles()).toHaveLength(2);
    release();
    await rollingOver;
    expect(log.stats.spareWaits).toBe(2);
    expect(log.stats.segmentsPreallocated).toBe(3);
    expect(fs.statSync(log.segmentFiles()[2] as string).size).toBe(SEGMENT_BYTES);
    await log.close();
  });

  it("truncateSuffix cuts the preallocated segment with ftruncate, leaves no stale frame, and the segment grows from the cut", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, OPTIONS);
    await log.append(makeEntries(1, 40, { term: 1 }));
    const [file] = log.segmentFiles();
    await log.truncateSuffix(21);
    expect(fs.statSync(file as string).size).toBe(dataEndOf(file as string));
    const bytes = fs.readFileSync(file as string);
    const scan = scanFrames(new MemorySource(bytes), { firstIndex: 1 });
    expect(scan.problem).toBeUndefined();
    expect(scan.lastIndex).toBe(20);
    expect(scan.endOffset).toBe(bytes.length);
    await log.append(makeEntries(21, 5, { term: 2 }));
    expect(fs.statSync(file as string).size).toBe(log.diskUsage().dataBytes);
    await log.close();
    const reopened = await SegmentLog.open(directory, OPTIONS);
    expect(reopened.lastIndex()).toBe(25);
    expect(reopened.term(21)).toBe(2);
    expect(reopened.term(20)).toBe(1);
    await reopened.close();
  });

  it("files written either way open either way", async () => {
    const directory = temporaryDirectory();
    for (const [round, preallocateSegments] of [true, false, true, false].entries()) {
      const log = await SegmentLog.open(directory, { ...OPTIONS, preallocateSegments });
      const first = round * 100 + 1;
      for (let index = first; index < first + 100; index += 10) {
        await log.append(makeEntries(index, 10, { sizeBytes: 150 }));
      }
      await log.close();
    }
    const sizes = segmentFilesOf(directory).map((file) => fs.statSync(file).size);
    expect(sizes).toContain(SEGMENT_BYTES);
    expect(sizes.some((size) => size < SEGMENT_BYTES)).toBe(true);
    for (const preallocateSegments of [true, false]) {
      const log = await SegmentLog.open(directory, { ...OPTIONS, preallocateSegments });
      expect(log.recovery.tornTail).toBeUndefined();
      expect(log.entries(1, 401)).toHaveLength(400);
      await log.close();
    }
  });
});

describe("preallocation and the disk", () => {
  it("a disk without room for two more segments gets segments that grow with their appends", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem({ freeBytes: 2 * SEGMENT_BYTES - 1 });
    const log = await SegmentLog.open(directory, { ...OPTIONS, fileSystem });
    for (let first = 1; first <= 200; first += 20) {
      await log.append(makeEntries(first, 20, { sizeBytes: 100 }));
    }
    await log.spareSegmentSettled();
    expect(log.stats.segmentsCreated).toBeGreaterThan(1);
    expect(log.stats.segmentsPreallocated).toBe(0);
    expect(fs.existsSync(spareOf(directory))).toBe(false);
    for (const file of log.segmentFiles()) {
      expect(fs.statSync(file).size).toBe(dataEndOf(file));
    }
    // Room again: the next segments are preallocated.
    fileSystem.faults.freeBytes = 100 * SEGMENT_BYTES;
    for (let first = 201; first <= 400; first += 20) {
      await log.append(makeEntries(first, 20, { sizeBytes: 100 }));
    }
    expect(log.stats.segmentsPreallocated).toBeGreaterThan(0);
    await log.close();
  });

  it("running out of space while zero-filling leaves no spare and the next segment grows", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem({ freeBytes: 1 << 30 });
    const log = await SegmentLog.open(directory, { ...OPTIONS, fileSystem });
    await log.spareSegmentSettled();
    await log.append(makeEntries(1, 10));
    // Room for the appends, not for a whole spare: its zero-fill fails with ENOSPC.
    fileSystem.faults.spaceBytes = fileSystem.bytesHeld + SEGMENT_BYTES / 2;
    let next = 11;
    while (log.segmentFiles().length < 3) {
      await log.append(makeEntries(next, 10, { sizeBytes: 100 }));
      next += 10;
    }
    await log.spareSegmentSettled();
    expect(log.failed()).toBeUndefined();
    expect(log.stats.segmentsPreallocated).toBe(2);
    const newest = log.segmentFiles()[2] as string;
    expect(fs.statSync(newest).size).toBe(dataEndOf(newest));
    expect(fs.existsSync(spareOf(directory))).toBe(false);
    await log.close();
    const reopened = await SegmentLog.open(directory, OPTIONS);
    expect(reopened.lastIndex()).toBe(next - 1);
    await reopened.close();
  });

  it("a disk error while preparing the spare in the background stops the log", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...OPTIONS, fileSystem });
    await log.spareSegmentSettled();
    fileSystem.faults.failSync = true;
    let next = 1;
    // The rollover takes the ready spare; preparing the next one fails its fsync.
    while (log.segmentFiles().length < 2) {
      await log.append(makeEntries(next, 10, { sizeBytes: 200 }));
      next += 10;
    }
    await log.spareSegmentSettled();
    expect(log.failed()).toBeInstanceOf(LogFailedError);
    expect(log.failed()?.message).toMatch(
      /preparing the spare segment failed: .*spare\.seg\.tmp at byte offset 0: EIO/,
    );
    expect(() => log.append(makeEntries(next, 1))).toThrow(LogFailedError);
    expect(fs.existsSync(spareOf(directory))).toBe(false);
    await log.close();
  });

  it("a disk error while creating the first segment stops the open", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem({ failSync: true });
    await expect(SegmentLog.open(directory, { ...OPTIONS, fileSystem })).rejects.toThrow(/EIO/);
    expect(segmentFilesOf(directory)).toEqual([]);
    expect(fs.existsSync(spareOf(directory))).toBe(false);
    const log = await SegmentLog.open(directory, OPTIONS);
    expect(log.lastIndex()).toBe(0);
    await log.close();
  });

  it("a close while the spare is being zero-filled stops it and deletes it", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { segmentSizeBytes: 64 * 1024 * 1024 });
    await log.append(makeEntries(1, 1));
    await log.close();
    expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });
});
