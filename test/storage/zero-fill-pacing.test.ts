/**
 * The spare segment's zero-fill is paced by the log's group commits (preallocation.ts,
 * ZeroFillPacer): it pauses while the log writes at bandwidth (the mean group commit is
 * ZERO_FILL_PAUSE_COMMIT_BYTES or more), and a rollover then takes the spare as far as it is
 * zero-filled; the segment grows past its zeros. Small commits resume the fill.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { SPARE_SEGMENT_FILE_NAME } from "../../src/storage/format.js";
import { SegmentLog } from "../../src/storage/index.js";
import {
  ZERO_FILL_CHUNK_BYTES,
  ZERO_FILL_PAUSE_COMMIT_BYTES,
  ZeroFillPacer,
} from "../../src/storage/preallocation.js";
import { FaultyFileSystem } from "./faulty-fs.js";
import { dataEndOf, dataFor, makeEntries, temporaryDirectory } from "./helpers.js";

const SEGMENT_BYTES = 4 * ZERO_FILL_CHUNK_BYTES;
const OPTIONS = { segmentSizeBytes: SEGMENT_BYTES, preallocateSegments: true } as const;
/** An append of one such entry is a commit below the pause threshold, one of two above it. */
const LARGE_ENTRY_BYTES = (ZERO_FILL_PAUSE_COMMIT_BYTES * 3) / 4;

describe("ZeroFillPacer", () => {
  it("pauses once the moving mean of commit bytes reaches the threshold, and resumes below it", async () => {
    const pacer = new ZeroFillPacer();
    expect(pacer.paused).toBe(false);
    let commits = 0;
    // Bounded: the mean approaches 2x the threshold geometrically.
    while (!pacer.paused) {
      pacer.noteGroupCommit(2 * ZERO_FILL_PAUSE_COMMIT_BYTES);
      commits++;
      expect(commits).toBeLessThan(20);
    }
    expect(commits).toBeGreaterThan(1); // one large commit alone does not pause it
    let resumed = false;
    const waiting = pacer.whilePaused().then(() => {
      resumed = true;
    });
    pacer.noteGroupCommit(2 * ZERO_FILL_PAUSE_COMMIT_BYTES);
    await Promise.resolve();
    expect(resumed).toBe(false);
    while (pacer.paused) {
      pacer.noteGroupCommit(100);
    }
    await waiting;
    expect(resumed).toBe(true);
    await pacer.whilePaused(); // not paused: resolves at once
  });
});

describe("zero-fill pacing in the log", () => {
  it("while the log writes at bandwidth, a rollover does not zero-fill: the segment grows", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, OPTIONS);
    await log.spareSegmentSettled();
    // The first segment and the spare were zero-filled while the log was idle.
    expect(log.stats.zeroFillBytes).toBe(2 * SEGMENT_BYTES);
    let next = 1;
    while (log.segmentFiles().length < 3) {
      await log.append(makeEntries(next, 2, { sizeBytes: LARGE_ENTRY_BYTES }));
      next += 2;
    }
    // The second segment is the spare zero-filled ahead; the third found the next spare paused
    // before its first chunk, so it was created growing.
    expect(log.stats.sparesCut).toBe(1);
    expect(log.stats.segmentsPreallocated).toBe(2);
    expect(log.stats.zeroFillBytes).toBe(2 * SEGMENT_BYTES);
    const third = log.segmentFiles()[2] as string;
    expect(fs.statSync(third).size).toBe(dataEndOf(third));
    expect(fs.statSync(third).size).toBeLessThan(SEGMENT_BYTES);
    // The next spare's zero-fill waits in its pause, which counts as settled.
    await log.spareSegmentSettled();
    expect(log.diskUsage().spareFileBytes).toBe(0);

    // Small commits again: the fill resumes and the next spare is whole.
    for (let k = 0; k < 30; k++) {
      await log.append(makeEntries(next++, 1, { sizeBytes: 100 }));
    }
    await log.spareSegmentSettled();
    expect(log.diskUsage().spareFileBytes).toBe(SEGMENT_BYTES);
    expect(log.stats.zeroFillBytes).toBe(3 * SEGMENT_BYTES);
    await log.close();
    expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  });

  it("a rollover cuts a spare paused after some chunks: the segment's zeros end early, it grows past them, and it reads back", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...OPTIONS, fileSystem });
    await log.spareSegmentSettled();
    let release = (): void => {};
    let onHold = (): void => {};
    const held = new Promise<void>((resolve) => {
      onHold = resolve;
    });
    fileSystem.faults.gateWrites = {
      pathSuffix: SPARE_SEGMENT_FILE_NAME,
      until: new Promise<void>((resolve) => {
        release = resolve;
      }),
      onHold,
      // The header written at a rollover and the first chunk pass: the second chunk waits.
      positionMin: ZERO_FILL_CHUNK_BYTES,
    };
    // Commits below the threshold up to the first rollover: the next spare's zero-fill starts
    // (unpaused) and its second chunk is held at the gate.
    let next = 1;
    while (log.segmentFiles().length < 2) {
      await log.append(makeEntries(next++, 1, { sizeBytes: LARGE_ENTRY_BYTES }));
    }
    await held;
    // Large commits pause the fill; the held chunk then completes, the third one waits.
    for (let k = 0; k < 8; k++) {
      await log.append(makeEntries(next, 2, { sizeBytes: LARGE_ENTRY_BYTES }));
      next += 2;
    }
    delete fileSystem.faults.gateWrites;
    release();
    while (log.segmentFiles().length < 3) {
      await log.append(makeEntries(next, 2, { sizeBytes: LARGE_ENTRY_BYTES }));
      next += 2;
    }
    expect(log.stats.sparesCut).toBe(1);
    const third = log.segmentFiles()[2] as string;
    expect(fs.statSync(third).size).toBe(2 * ZERO_FILL_CHUNK_BYTES);
    // Past its two chunks of zeros the segment grows with its appends.
    while (dataEndOf(third) <= 2 * ZERO_FILL_CHUNK_BYTES + LARGE_ENTRY_BYTES) {
      await log.append(makeEntries(next, 2, { sizeBytes: LARGE_ENTRY_BYTES }));
      next += 2;
    }
    expect(fs.statSync(third).size).toBe(dataEndOf(third));
    const lastIndex = log.lastIndex();
    await log.close();

    const reopened = await SegmentLog.open(directory, { ...OPTIONS, cacheBytesMax: 0 });
    expect(reopened.recovery.tornTail).toBeUndefined();
    expect(reopened.lastIndex()).toBe(lastIndex);
    const entries = reopened.entries(1, lastIndex + 1);
    expect(entries.map((entry) => entry.index)).toEqual(
      Array.from({ length: lastIndex }, (_, i) => i + 1),
    );
    expect(Array.from(entries[lastIndex - 1]?.data ?? [])).toEqual(
      Array.from(dataFor(lastIndex, LARGE_ENTRY_BYTES)),
    );
    await reopened.close();
  });
});
