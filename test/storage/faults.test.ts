import { describe, expect, it } from "vitest";
import { LogFailedError, SegmentLog } from "../../src/storage/index.js";
import { FaultyFileSystem } from "./faulty-fs.js";
import { dataFor, makeEntries, temporaryDirectory, WRITE_MODES } from "./helpers.js";

describe.each(WRITE_MODES)("injected disk faults, $mode segments", ({ options }) => {
  it("completes appends through short writes", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem({ writeBytesMax: 7 });
    const log = await SegmentLog.open(directory, {
      ...options,
      fileSystem,
      segmentSizeBytes: 8192,
    });
    for (let first = 1; first <= 200; first += 20) {
      await log.append(makeEntries(first, 20, { sizeBytes: 50 }));
    }
    await log.close();
    const reopened = await SegmentLog.open(directory, { ...options, cacheBytesMax: 0 });
    expect(reopened.lastIndex()).toBe(200);
    expect(Array.from(reopened.entry(137).data)).toEqual(Array.from(dataFor(137, 50)));
    expect(reopened.recovery.tornTail).toBeUndefined();
    await reopened.close();
  });

  it("keeps a group's entries from reads until its write is durable, and drops them if it fails", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...options, fileSystem });
    await log.append(makeEntries(1, 3));
    let release = (): void => {};
    let held = (): void => {};
    const holding = new Promise<void>((resolve) => {
      held = resolve;
    });
    fileSystem.faults.gateWrites = {
      pathSuffix: ".seg",
      until: new Promise<void>((resolve) => {
        release = resolve;
      }),
      onHold: () => held(),
    };
    const appending = log.append(makeEntries(4, 3));
    await holding;
    // The write is in flight: the entries are indexed and cached, but not visible.
    expect(log.lastIndex()).toBe(3);
    expect(() => log.entry(4)).toThrow(/out of range|outside/i);
    expect(log.entries(1, 4).map((entry) => entry.index)).toEqual([1, 2, 3]);
    release();
    await appending;
    delete fileSystem.faults.gateWrites;
    expect(log.lastIndex()).toBe(6);
    expect(Array.from(log.entry(5).data)).toEqual(Array.from(makeEntries(5, 1)[0]?.data ?? []));
    fileSystem.faults.failDatasync = true;
    await expect(log.append(makeEntries(7, 2))).rejects.toBeInstanceOf(LogFailedError);
    expect(log.lastIndex()).toBe(6);
    expect(() => log.entry(7)).toThrow(/out of range|outside/i);
    expect(log.entries(4, 7).map((entry) => entry.index)).toEqual([4, 5, 6]);
    fileSystem.faults.failDatasync = false;
    await log.close().catch(() => undefined);
  });

  it("fails for good after an fdatasync error and never retries it", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...options, fileSystem });
    await log.append(makeEntries(1, 10));
    fileSystem.faults.failDatasync = true;
    const first = log.append(makeEntries(11, 1));
    const queued = log.append(makeEntries(12, 1));
    await expect(first).rejects.toBeInstanceOf(LogFailedError);
    await expect(first).rejects.toThrow(/fdatasync .* failed \(EIO\)/);
    await expect(queued).rejects.toBeInstanceOf(LogFailedError);
    const callsAfterFailure = fileSystem.datasyncCalls;
    fileSystem.faults.failDatasync = false;
    expect(() => log.append(makeEntries(11, 1))).toThrow(LogFailedError);
    expect(() => log.setHardState({ term: 1, vote: 0, commit: 0 })).toThrow(/refuses writes/);
    expect(fileSystem.datasyncCalls).toBe(callsAfterFailure);
    expect(log.failed()).toBeInstanceOf(LogFailedError);
    // Reads of what was durable still work; reopening recovers from the disk.
    expect(log.lastIndex()).toBe(10);
    await log.close();
    const reopened = await SegmentLog.open(directory, options);
    expect(reopened.lastIndex()).toBeGreaterThanOrEqual(10);
    await reopened.close();
  });

  it("fails with a clear error when the disk is full", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { ...options, fileSystem });
    await log.append(makeEntries(1, 10));
    await log.spareSegmentSettled();
    fileSystem.faults.spaceBytes = fileSystem.bytesHeld + 100;
    // A growing segment's append grows the file; a preallocated one fills the segment and rolls
    // over to the spare, then grows the segment after it once the spare is used up.
    const appends: Promise<void>[] = [];
    for (let first = 11; first < 11 + 40 * 20; first += 40) {
      appends.push(log.append(makeEntries(first, 40, { sizeBytes: 200 })));
    }
    const outcomes = await Promise.allSettled(appends);
    const failure = outcomes.find((outcome) => outcome.status === "rejected");
    expect((failure as PromiseRejectedResult | undefined)?.reason).toBeInstanceOf(LogFailedError);
    expect(String((failure as PromiseRejectedResult).reason)).toMatch(/ENOSPC/);
    const durable = log.lastIndex();
    await log.close();
    const reopened = await SegmentLog.open(directory, options);
    expect(reopened.lastIndex()).toBe(durable);
    await reopened.close();
  });
});
