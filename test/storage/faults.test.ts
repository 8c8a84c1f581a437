import { describe, expect, it } from "vitest";
import { LogFailedError, SegmentLog } from "../../src/storage/index.js";
import { FaultyFileSystem } from "./faulty-fs.js";
import { dataFor, makeEntries, temporaryDirectory } from "./helpers.js";

describe("injected disk faults", () => {
  it("completes appends through short writes", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem({ writeBytesMax: 7 });
    const log = await SegmentLog.open(directory, { fileSystem, segmentSizeBytes: 8192 });
    for (let first = 1; first <= 200; first += 20) {
      await log.append(makeEntries(first, 20, { sizeBytes: 50 }));
    }
    await log.close();
    const reopened = await SegmentLog.open(directory, { cacheBytesMax: 0 });
    expect(reopened.lastIndex()).toBe(200);
    expect(Array.from(reopened.entry(137).data)).toEqual(Array.from(dataFor(137, 50)));
    expect(reopened.recovery.tornTail).toBeUndefined();
    await reopened.close();
  });

  it("fails for good after an fdatasync error and never retries it", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { fileSystem });
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
    const reopened = await SegmentLog.open(directory);
    expect(reopened.lastIndex()).toBeGreaterThanOrEqual(10);
    await reopened.close();
  });

  it("fails with a clear error when the disk is full", async () => {
    const directory = temporaryDirectory();
    const fileSystem = new FaultyFileSystem();
    const log = await SegmentLog.open(directory, { fileSystem });
    await log.append(makeEntries(1, 10));
    fileSystem.faults.spaceBytes = fileSystem.bytesWritten + 100;
    await expect(log.append(makeEntries(11, 5, { sizeBytes: 200 }))).rejects.toThrow(/ENOSPC/);
    await log.close();
    const reopened = await SegmentLog.open(directory);
    expect(reopened.lastIndex()).toBe(10);
    await reopened.close();
  });
});
