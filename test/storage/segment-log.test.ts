import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  DataDirectoryLockedError,
  IndexOutOfRangeError,
  SegmentLog,
} from "../../src/storage/index.js";
import { EntryType } from "../../src/types/index.js";
import { InvalidArgumentError } from "../../src/util/errors.js";
import { dataFor, makeEntries, segmentFilesOf, temporaryDirectory } from "./helpers.js";

const SMALL_SEGMENTS = { segmentSizeBytes: 8 * 1024 };

describe("SegmentLog basics", () => {
  it("starts empty at index 1 and creates one segment", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    expect(log.firstIndex()).toBe(1);
    expect(log.lastIndex()).toBe(0);
    expect(log.hardState()).toEqual({ term: 0, vote: 0, commit: 0 });
    expect(segmentFilesOf(directory)).toHaveLength(1);
    await log.close();
  });

  it("appends, reads back, and finds the same entries after reopening", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    await log.append(makeEntries(1, 50, { term: 1 }));
    await log.append(makeEntries(51, 50, { term: 2 }), { term: 2, vote: 3, commit: 40 });
    expect(log.lastIndex()).toBe(100);
    expect(log.term(50)).toBe(1);
    expect(log.term(51)).toBe(2);
    await log.close();

    const reopened = await SegmentLog.open(directory, { cacheBytesMax: 0 });
    expect(reopened.firstIndex()).toBe(1);
    expect(reopened.lastIndex()).toBe(100);
    expect(reopened.hardState()).toEqual({ term: 2, vote: 3, commit: 40 });
    for (let index = 1; index <= 100; index++) {
      const entry = reopened.entry(index);
      expect(entry.index).toBe(index);
      expect(entry.term).toBe(index <= 50 ? 1 : 2);
      expect(entry.type).toBe(EntryType.NORMAL);
      expect(Array.from(entry.data)).toEqual(Array.from(dataFor(index, 100)));
    }
    await reopened.close();
  });

  it("honours half-open ranges and byte limits in entries(), returning at least one", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { ...SMALL_SEGMENTS, cacheBytesMax: 0 });
    await log.append(makeEntries(1, 200, { sizeBytes: 100 }));
    expect(log.entries(10, 10)).toEqual([]);
    expect(log.entries(10, 20).map((entry) => entry.index)).toEqual([
      10, 11, 12, 13, 14, 15, 16, 17, 18, 19,
    ]);
    expect(log.entries(10, 200, 350)).toHaveLength(3);
    expect(log.entries(10, 200, 1)).toHaveLength(1);
    expect(log.entries(1, 201).map((entry) => entry.index)).toEqual(
      Array.from({ length: 200 }, (_, i) => i + 1),
    );
    expect(() => log.entries(1, 202)).toThrow(IndexOutOfRangeError);
    expect(() => log.entry(0)).toThrow(IndexOutOfRangeError);
    expect(() => log.term(201)).toThrow(/outside the log \[1, 200\]/);
    await log.close();
  });

  it("rolls segments over at the configured size and keeps them contiguous", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    for (let first = 1; first <= 1000; first += 25) {
      await log.append(makeEntries(first, 25, { sizeBytes: 100 }));
    }
    const files = segmentFilesOf(directory);
    expect(files.length).toBeGreaterThan(10);
    for (const file of files.slice(0, -1)) {
      // A sealed segment never exceeds the size unless one append alone was bigger.
      expect(fs.statSync(file).size).toBeLessThanOrEqual(8 * 1024);
    }
    await log.close();
    const reopened = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(reopened.recovery.segments).toBe(files.length);
    expect(reopened.lastIndex()).toBe(1000);
    expect(reopened.entries(1, 1001, Number.POSITIVE_INFINITY)).toHaveLength(1000);
    await reopened.close();
  });

  it("keeps the hard state across rollovers and prefix truncations", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    await log.setHardState({ term: 5, vote: 2, commit: 0 });
    for (let first = 1; first <= 400; first += 20) {
      await log.append(makeEntries(first, 20, { term: 5 }));
    }
    await log.setHardState({ term: 5, vote: 2, commit: 390 });
    await log.truncatePrefix(300);
    expect(log.firstIndex()).toBeGreaterThan(1);
    expect(log.firstIndex()).toBeLessThanOrEqual(301);
    await log.close();
    const reopened = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(reopened.hardState()).toEqual({ term: 5, vote: 2, commit: 390 });
    expect(reopened.firstIndex()).toBe(log.firstIndex());
    expect(reopened.lastIndex()).toBe(400);
    await reopened.close();
  });

  it("rejects appends that do not continue the log, decrease the term, or are too large", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { entryDataBytesMax: 1000 });
    await log.append(makeEntries(1, 3, { term: 2 }));
    expect(() => log.append(makeEntries(5, 1, { term: 2 }))).toThrow(/does not follow 3/);
    expect(() => log.append(makeEntries(4, 1, { term: 1 }))).toThrow(/must be >= 1 and >= 2/);
    expect(() => log.append(makeEntries(4, 1, { sizeBytes: 1001 }))).toThrow(InvalidArgumentError);
    expect(() =>
      log.append([{ index: 4, term: 2, type: 9 as never, data: new Uint8Array() }]),
    ).toThrow(/unknown type 9/);
    expect(() => log.setHardState({ term: -1, vote: 0, commit: 0 })).toThrow(/term/);
    expect(log.lastIndex()).toBe(3);
    await log.close();
  });

  it("rejects invalid options naming the key", async () => {
    const directory = temporaryDirectory();
    await expect(SegmentLog.open(directory, { segmentSizeBytes: 100 })).rejects.toThrow(
      /option segmentSizeBytes must be an integer in \[4096/,
    );
  });

  it("starts a new empty log at the configured first index", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { firstIndex: 1000 });
    expect(log.firstIndex()).toBe(1000);
    expect(log.lastIndex()).toBe(999);
    await log.append(makeEntries(1000, 2));
    await log.close();
  });
});

describe("group commit", () => {
  it("coalesces concurrent appenders into far fewer fsyncs than appends", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    const appends: Promise<void>[] = [];
    for (let index = 1; index <= 256; index++) {
      appends.push(log.append(makeEntries(index, 1, { sizeBytes: 256 })));
    }
    await Promise.all(appends);
    expect(log.lastIndex()).toBe(256);
    expect(log.stats.entriesAppended).toBe(256);
    // The first append goes alone; everything that queued behind it shares the next fsync.
    expect(log.stats.fsyncs).toBeLessThanOrEqual(4);
    await log.close();
    const reopened = await SegmentLog.open(directory);
    expect(reopened.lastIndex()).toBe(256);
    await reopened.close();
  });

  it("keeps entries invisible to reads until they are durable", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    const pending = log.append(makeEntries(1, 5));
    expect(log.lastIndex()).toBe(0);
    await pending;
    expect(log.lastIndex()).toBe(5);
    await log.close();
  });
});

describe("truncations", () => {
  it("truncateSuffix removes a tail inside the newest segment durably", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    await log.append(makeEntries(1, 100, { term: 1 }));
    await log.truncateSuffix(61);
    expect(log.lastIndex()).toBe(60);
    await log.append(makeEntries(61, 10, { term: 2 }));
    expect(log.term(61)).toBe(2);
    await log.close();
    const reopened = await SegmentLog.open(directory);
    expect(reopened.lastIndex()).toBe(70);
    expect(reopened.entry(61).term).toBe(2);
    expect(reopened.entry(60).term).toBe(1);
    await reopened.close();
  });

  it("truncateSuffix across segments deletes newer segments and continues in the kept one", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    for (let first = 1; first <= 500; first += 10) {
      await log.append(makeEntries(first, 10, { term: 1 }));
    }
    const before = segmentFilesOf(directory).length;
    await log.truncateSuffix(120);
    expect(log.lastIndex()).toBe(119);
    expect(segmentFilesOf(directory).length).toBeLessThan(before);
    await log.append(makeEntries(120, 300, { term: 3 }));
    await log.close();
    const reopened = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(reopened.lastIndex()).toBe(419);
    expect(reopened.entry(119).term).toBe(1);
    expect(reopened.entry(120).term).toBe(3);
    expect(reopened.entries(1, 420)).toHaveLength(419);
    await reopened.close();
  });

  it("refuses to truncate committed entries", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    await log.append(makeEntries(1, 10), { term: 1, vote: 1, commit: 8 });
    expect(() => log.truncateSuffix(8)).toThrow(/refuses to remove committed entries/);
    await log.truncateSuffix(9);
    expect(log.lastIndex()).toBe(8);
    await log.close();
  });

  it("truncatePrefix deletes only whole covered segments", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    for (let first = 1; first <= 500; first += 10) {
      await log.append(makeEntries(first, 10));
    }
    const files = segmentFilesOf(directory);
    await log.truncatePrefix(250);
    const remaining = segmentFilesOf(directory);
    expect(remaining.length).toBeLessThan(files.length);
    expect(log.firstIndex()).toBeLessThanOrEqual(251);
    expect(log.entry(251).index).toBe(251);
    expect(() => log.entry(log.firstIndex() - 1)).toThrow(/outside the log/);
    await log.close();
  });

  it("truncatePrefix past the end restarts the log empty, and recovery agrees", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    await log.append(makeEntries(1, 300), { term: 4, vote: 1, commit: 300 });
    await log.truncatePrefix(1000);
    expect(log.firstIndex()).toBe(1001);
    expect(log.lastIndex()).toBe(1000);
    await log.append(makeEntries(1001, 5, { term: 4 }));
    await log.close();
    expect(segmentFilesOf(directory)).toHaveLength(1);
    const reopened = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(reopened.firstIndex()).toBe(1001);
    expect(reopened.lastIndex()).toBe(1005);
    expect(reopened.hardState()).toEqual({ term: 4, vote: 1, commit: 300 });
    await reopened.close();
  });

  it("recovery removes segments made obsolete by an interrupted restart", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, SMALL_SEGMENTS);
    await log.append(makeEntries(1, 300), { term: 4, vote: 1, commit: 300 });
    const oldFiles = segmentFilesOf(directory);
    const saved = oldFiles.map((file) => [file, fs.readFileSync(file)] as const);
    await log.truncatePrefix(1000);
    await log.close();
    // Simulate a crash before the old segments' deletions reached the disk.
    for (const [file, bytes] of saved) {
      fs.writeFileSync(file, bytes);
    }
    const reopened = await SegmentLog.open(directory, SMALL_SEGMENTS);
    expect(reopened.recovery.obsoleteSegmentsRemoved).toHaveLength(oldFiles.length);
    expect(reopened.firstIndex()).toBe(1001);
    expect(reopened.hardState().commit).toBe(300);
    await reopened.close();
    expect(segmentFilesOf(directory)).toHaveLength(1);
  });
});

describe("the directory lock", () => {
  it("refuses a second open of the same directory, naming it and the holder", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory);
    const second = SegmentLog.open(directory);
    await expect(second).rejects.toBeInstanceOf(DataDirectoryLockedError);
    await expect(second).rejects.toThrow(
      new RegExp(`${directory.replace(/[/.]/g, "\\$&")} is locked by pid ${process.pid}`),
    );
    await log.close();
    const third = await SegmentLog.open(directory);
    await third.close();
  });

  it("stops accepting writes when the lock is compromised", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, { lockUpdateMs: 1000, lockStaleMs: 5000 });
    await log.append(makeEntries(1, 1));
    fs.rmSync(path.join(directory, "LOCK"), { recursive: true, force: true });
    // proper-lockfile notices at its next refresh (lockUpdateMs); wait for it, bounded.
    for (let attempt = 0; attempt < 50 && log.failed() === undefined; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(log.failed()?.message).toMatch(/lock on .* was compromised/);
    expect(() => log.append(makeEntries(2, 1))).toThrow(/refuses writes/);
    await log.close();
  });
});
