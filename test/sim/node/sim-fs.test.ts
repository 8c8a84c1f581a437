/**
 * The simulated disk (sim-fs.ts) and its scheduler: the page-cache rules a crash applies,
 * determinism, injected faults, and the real storage layer (SegmentLog, snapshots, the
 * incarnation file) running on it, crashing and finding bit rot.
 */
import { describe, expect, it } from "vitest";
import { loadOrCreateIncarnation } from "../../../src/node/incarnation-file.js";
import {
  SnapshotFileError,
  SnapshotStore,
  SnapshotWriter,
  snapshotFileName,
} from "../../../src/snapshot/index.js";
import type { FileHandle } from "../../../src/storage/fs.js";
import {
  LogCorruptionError,
  SegmentLog,
  type SegmentLogOptions,
} from "../../../src/storage/index.js";
import type { Entry } from "../../../src/types/index.js";
import { metadataAt, patternBytes } from "../../snapshot/helpers.js";
import { makeEntries } from "../../storage/helpers.js";
import { Scheduler } from "./scheduler.js";
import { SimFileSystem, type SimFileSystemOptions, seededSimRandom } from "./sim-fs.js";

interface Setup {
  scheduler: Scheduler;
  disk: SimFileSystem;
  /** Runs the scheduler until idle; the promise must have settled by then. */
  run: <T>(promise: Promise<T>) => Promise<T>;
}

function setup(
  seed: number,
  options: Omit<SimFileSystemOptions, "random" | "schedule"> = {},
): Setup {
  const scheduler = new Scheduler();
  const disk = new SimFileSystem({
    random: seededSimRandom(seed),
    schedule: (delayMs, run) => scheduler.after(delayMs, run),
    ...options,
  });
  return { scheduler, disk, run: (promise) => drive(scheduler, promise) };
}

async function drive<T>(scheduler: Scheduler, promise: Promise<T>): Promise<T> {
  const state = watch(promise);
  await scheduler.runUntilIdle();
  if (!state.settled) {
    throw new Error("the operation did not settle once the scheduler was idle");
  }
  return promise;
}

/** Tracks whether a promise settled, without leaving a rejection unhandled. */
function watch(promise: Promise<unknown>): { settled: boolean } {
  const state = { settled: false };
  promise.then(
    () => {
      state.settled = true;
    },
    () => {
      state.settled = true;
    },
  );
  return state;
}

const bytesOf = (value: number, length: number) => new Uint8Array(length).fill(value);

function readAll(handle: FileHandle): Uint8Array {
  const buffer = new Uint8Array(handle.sizeSync());
  handle.readSync(buffer, 0);
  return buffer;
}

/** What a crash left of a 1024-byte file of 1s overwritten (unsynced) with 2s. */
function classify(bytes: Uint8Array): "lost" | "kept" | "torn" {
  expect(bytes.length).toBe(1024);
  const sectors = [bytes.subarray(0, 512), bytes.subarray(512)].map((sector) => {
    const value = sector[0] as number;
    expect(sector.every((byte) => byte === value)).toBe(true);
    return value;
  });
  if (sectors.every((value) => value === 1)) return "lost";
  if (sectors.every((value) => value === 2)) return "kept";
  return "torn";
}

const SEEDS = Array.from({ length: 40 }, (_, seed) => seed);

describe("Scheduler", () => {
  it("runs events by time, then by insertion; cancelled ones never", async () => {
    const scheduler = new Scheduler();
    const ran: string[] = [];
    scheduler.after(5, () => ran.push("a@5"));
    scheduler.after(1, () => {
      ran.push("b@1");
      scheduler.after(4, () => ran.push("c@5 (scheduled later than a)"));
      scheduler.after(0, () => ran.push("d@1"));
    });
    const cancel = scheduler.after(2, () => ran.push("cancelled"));
    scheduler.after(1, () => ran.push("e@1"));
    cancel();
    expect(scheduler.pendingEvents()).toBe(3);
    await scheduler.runUntilIdle();
    expect(ran).toEqual(["b@1", "e@1", "d@1", "a@5", "c@5 (scheduled later than a)"]);
    expect(scheduler.nowMs()).toBe(5);
  });

  it("runFor runs what is due in its window and ends at the window's end", async () => {
    const scheduler = new Scheduler();
    const ran: number[] = [];
    for (const at of [1, 3, 10]) scheduler.after(at, () => ran.push(at));
    await scheduler.runFor(3);
    expect(ran).toEqual([1, 3]);
    expect(scheduler.nowMs()).toBe(3);
    await scheduler.runFor(2);
    expect(scheduler.nowMs()).toBe(5);
    await scheduler.runUntilIdle();
    expect(ran).toEqual([1, 3, 10]);
  });

  it("lets promise continuations run between events", async () => {
    const scheduler = new Scheduler();
    const sleep = (ms: number) => new Promise<void>((resolve) => scheduler.after(ms, resolve));
    const trace: string[] = [];
    const task = (async () => {
      await sleep(1);
      trace.push(`first at ${scheduler.nowMs()}`);
      await sleep(1);
      trace.push(`second at ${scheduler.nowMs()}`);
    })();
    await scheduler.runUntilIdle();
    await task;
    expect(trace).toEqual(["first at 1", "second at 2"]);
  });

  it("runUntilIdle gives up on a run that never goes idle", async () => {
    const scheduler = new Scheduler();
    const tick = () => {
      scheduler.after(1, tick);
    };
    tick();
    await expect(scheduler.runUntilIdle(100)).rejects.toThrow(/still busy after 100 events/);
  });
});

describe("SimFileSystem: the page cache and power loss", () => {
  /** /d/f holds 1024 bytes of 1s, durably; returns a read-write handle on it. */
  async function durableFile({ disk, run }: Setup, mode: "readWrite" | "readWriteDurable") {
    await run(disk.ensureDirectory("/d"));
    await run(disk.writeFileDurably("/d/f", bytesOf(1, 1024)));
    return disk.openSync("/d/f", mode);
  }

  it("reads see unsynced writes; a crash loses, keeps or tears them", async () => {
    const outcomes = new Set<string>();
    for (const seed of SEEDS) {
      const context = setup(seed);
      const handle = await durableFile(context, "readWrite");
      expect(await context.run(handle.writev([bytesOf(2, 1024)], 0))).toBe(1024);
      expect(readAll(handle)).toEqual(bytesOf(2, 1024));
      context.disk.crash();
      outcomes.add(classify(context.disk.copyFileOut("/d/f")));
    }
    expect([...outcomes].sort()).toEqual(["kept", "lost", "torn"]);
  });

  it("synced data survives every crash", async () => {
    for (const seed of SEEDS) {
      const context = setup(seed);
      const handle = await durableFile(context, "readWrite");
      await context.run(handle.writev([bytesOf(2, 1024)], 0));
      await context.run(handle.datasync());
      await context.run(handle.writev([bytesOf(3, 100)], 1024)); // unsynced growth
      context.disk.crash();
      const after = context.disk.copyFileOut("/d/f");
      expect(after.subarray(0, 1024)).toEqual(bytesOf(2, 1024));
      expect([1024, 1124]).toContain(after.length);
    }
  });

  it("O_DSYNC writes are durable once they resolve; one in flight may be torn", async () => {
    const inFlight = new Set<string>();
    for (const seed of SEEDS) {
      const context = setup(seed);
      const handle = await durableFile(context, "readWriteDurable");
      await context.run(handle.writev([bytesOf(2, 512)], 0));
      const pending = watch(handle.writev([bytesOf(2, 512)], 512));
      context.disk.crash();
      await context.scheduler.runUntilIdle();
      expect(pending.settled).toBe(false);
      const after = context.disk.copyFileOut("/d/f");
      expect(after.subarray(0, 512)).toEqual(bytesOf(2, 512));
      inFlight.add(String(after[512]));
    }
    expect([...inFlight].sort()).toEqual(["1", "2"]);
  });

  it("a new file's name is durable only after syncDirectory", async () => {
    const outcomes = new Set<boolean>();
    for (const seed of SEEDS) {
      const { disk, run } = setup(seed);
      await run(disk.ensureDirectory("/d"));
      const handle = disk.openSync("/d/new", "createExclusive");
      await run(handle.writev([bytesOf(7, 10)], 0));
      await run(handle.sync());
      disk.crash();
      outcomes.add(disk.existsSync("/d/new"));
      if (disk.existsSync("/d/new")) expect(disk.copyFileOut("/d/new")).toEqual(bytesOf(7, 10));
    }
    expect([...outcomes].sort()).toEqual([false, true]);
    for (const seed of SEEDS.slice(0, 10)) {
      const { disk, run } = setup(seed);
      await run(disk.ensureDirectory("/d"));
      const handle = disk.openSync("/d/new", "createExclusive");
      await run(handle.writev([bytesOf(7, 10)], 0));
      await run(handle.sync());
      await run(disk.syncDirectory("/d"));
      disk.crash();
      expect(disk.copyFileOut("/d/new")).toEqual(bytesOf(7, 10));
    }
  });

  it("a rename without syncDirectory may be lost; with it, it is kept", async () => {
    const outcomes = new Set<string>();
    for (const seed of SEEDS) {
      const { disk, run } = setup(seed);
      await run(disk.ensureDirectory("/d"));
      await run(disk.writeFileDurably("/d/a.tmp", bytesOf(5, 3)));
      await run(disk.rename("/d/a.tmp", "/d/a"));
      expect(disk.files()).toEqual(["/d/a"]);
      disk.crash();
      const files = disk.files();
      expect(files.length).toBe(1);
      outcomes.add(files[0] as string);
      expect(disk.copyFileOut(files[0] as string)).toEqual(bytesOf(5, 3));
    }
    expect([...outcomes].sort()).toEqual(["/d/a", "/d/a.tmp"]);
    for (const seed of SEEDS.slice(0, 10)) {
      const { disk, run } = setup(seed);
      await run(disk.ensureDirectory("/d"));
      await run(disk.writeFileDurably("/d/a.tmp", bytesOf(5, 3)));
      await run(disk.rename("/d/a.tmp", "/d/a"));
      await run(disk.syncDirectory("/d"));
      disk.crash();
      expect(disk.files()).toEqual(["/d/a"]);
    }
  });

  it("an unsynced truncate may be reverted; a synced one is not", async () => {
    const sizes = new Set<number>();
    for (const seed of SEEDS) {
      const context = setup(seed);
      const handle = await durableFile(context, "readWrite");
      await context.run(handle.truncate(100));
      expect(handle.sizeSync()).toBe(100);
      context.disk.crash();
      sizes.add(context.disk.copyFileOut("/d/f").length);
    }
    expect([...sizes].sort((a, b) => a - b)).toEqual([100, 1024]);
    const context = setup(1);
    const handle = await durableFile(context, "readWriteDurable");
    await context.run(handle.truncate(100));
    await context.run(handle.datasync());
    context.disk.crash();
    expect(context.disk.copyFileOut("/d/f")).toEqual(bytesOf(1, 100));
  });

  it("a crash cancels pending completions and kills open handles", async () => {
    const context = setup(3);
    const { disk, scheduler } = context;
    const handle = await durableFile(context, "readWrite");
    const write = watch(handle.writev([bytesOf(9, 10)], 0));
    const rename = watch(disk.rename("/d/f", "/d/g"));
    expect(scheduler.pendingEvents()).toBe(2);
    disk.crash();
    expect(scheduler.pendingEvents()).toBe(0);
    await scheduler.runUntilIdle();
    expect(write.settled).toBe(false);
    expect(rename.settled).toBe(false);
    expect(() => handle.readSync(new Uint8Array(1), 0)).toThrow(
      expect.objectContaining({ code: "EBADF" }),
    );
    expect(() => handle.sizeSync()).toThrow(expect.objectContaining({ code: "EBADF" }));
    await expect(context.run(handle.writev([bytesOf(1, 1)], 0))).rejects.toMatchObject({
      code: "EBADF",
    });
    // The next process opens the file again and sees only durable state.
    const reopened = disk.openSync(disk.files()[0] as string, "read");
    expect(reopened.sizeSync()).toBe(1024);
  });

  it("killProcess keeps the page cache (the machine did not lose power)", async () => {
    const context = setup(4);
    const handle = await durableFile(context, "readWrite");
    await context.run(handle.writev([bytesOf(2, 1024)], 0));
    context.disk.killProcess();
    expect(() => handle.sizeSync()).toThrow(expect.objectContaining({ code: "EBADF" }));
    expect(context.disk.copyFileOut("/d/f")).toEqual(bytesOf(2, 1024));
    // ... and the unsynced write can still be lost by a later power loss.
    const outcomes = new Set<string>();
    for (const seed of SEEDS) {
      const again = setup(seed);
      const h = await durableFile(again, "readWrite");
      await again.run(h.writev([bytesOf(2, 1024)], 0));
      again.disk.killProcess();
      again.disk.crash();
      outcomes.add(classify(again.disk.copyFileOut("/d/f")));
    }
    expect(outcomes.has("lost")).toBe(true);
  });

  it("a failed fsync marks the pages clean: a later successful one does not save them", async () => {
    const outcomes = new Set<string>();
    for (const seed of SEEDS) {
      const context = setup(seed);
      const handle = await durableFile(context, "readWrite");
      await context.run(handle.writev([bytesOf(2, 1024)], 0));
      context.disk.failNext("sync", "EIO");
      await expect(context.run(handle.datasync())).rejects.toMatchObject({
        code: "EIO",
        syscall: "fdatasync",
      });
      await context.run(handle.datasync());
      expect(readAll(handle)).toEqual(bytesOf(2, 1024));
      context.disk.crash();
      outcomes.add(classify(context.disk.copyFileOut("/d/f")));
    }
    expect(outcomes.has("lost")).toBe(true);
  });
});

describe("SimFileSystem: determinism", () => {
  /** A mixed workload, then a crash: everything the next process sees, and the report. */
  async function scenario(seed: number): Promise<string> {
    const { disk, run } = setup(seed);
    await run(disk.ensureDirectory("/n/log"));
    const handles = ["a", "b", "c"].map((name) =>
      disk.openSync(`/n/log/${name}`, "createExclusive"),
    );
    for (let round = 0; round < 4; round++) {
      for (const [position, handle] of handles.entries()) {
        await run(handle.writev([patternBytes(round * 3 + position, 700)], round * 700));
      }
      await run((handles[round % 3] as FileHandle).datasync());
    }
    await run(disk.syncDirectory("/n/log"));
    await run(disk.rename("/n/log/a", "/n/log/a2"));
    await run(disk.unlink("/n/log/b"));
    await run(disk.writeFileDurably("/n/meta", patternBytes(99, 33)));
    const report = disk.crash();
    const files = disk
      .files()
      .map((file) => `${file}=${Buffer.from(disk.copyFileOut(file)).toString("hex")}`);
    return JSON.stringify({ report, files });
  }

  it("the same seed leaves the same bytes; other seeds other bytes", async () => {
    const outcomes = new Set<string>();
    for (const seed of SEEDS.slice(0, 8)) {
      const first = await scenario(seed);
      expect(await scenario(seed)).toBe(first);
      outcomes.add(first);
    }
    expect(outcomes.size).toBeGreaterThan(4);
  });
});

describe("SimFileSystem: errors and faults", () => {
  it("reports missing files, existing files and non-directories as Node does", async () => {
    const { disk, run } = setup(1);
    await run(disk.ensureDirectory("/d"));
    await run(disk.writeFileDurably("/d/f", bytesOf(1, 4)));
    expect(() => disk.openSync("/d/missing", "read")).toThrow(
      expect.objectContaining({ code: "ENOENT", syscall: "open", path: "/d/missing", errno: -2 }),
    );
    expect(() => disk.openSync("/d/f", "createExclusive")).toThrow(
      expect.objectContaining({
        code: "EEXIST",
        message: "EEXIST: file already exists, open '/d/f'",
      }),
    );
    expect(() => disk.openSync("/d/f/x", "read")).toThrow(
      expect.objectContaining({ code: "ENOTDIR" }),
    );
    expect(() => disk.openSync("/nowhere/x", "createExclusive")).toThrow(
      expect.objectContaining({ code: "ENOENT" }),
    );
    expect(() => disk.readdirSync("/nowhere")).toThrow(expect.objectContaining({ code: "ENOENT" }));
    expect(() => disk.readdirSync("/d/f")).toThrow(expect.objectContaining({ code: "ENOTDIR" }));
    await expect(run(disk.rename("/d/missing", "/d/x"))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(run(disk.unlink("/d/missing"))).rejects.toMatchObject({ code: "ENOENT" });
    await expect(run(disk.unlink("/d"))).rejects.toMatchObject({ code: "EISDIR" });
    const reader = disk.openSync("/d/f", "read");
    await expect(run(reader.writev([bytesOf(1, 1)], 0))).rejects.toMatchObject({ code: "EBADF" });
    reader.closeSync();
    expect(() => reader.closeSync()).toThrow(expect.objectContaining({ code: "EBADF" }));
    expect(disk.readdirSync("/d")).toEqual(["f"]);
  });

  it("existsSync and removeSync", async () => {
    const { disk, run } = setup(1);
    await run(disk.ensureDirectory("/d/e"));
    await run(disk.writeFileDurably("/d/e/f", bytesOf(1, 4)));
    expect(disk.existsSync("/d/e/f")).toBe(true);
    expect(disk.existsSync("/d/e")).toBe(true);
    disk.removeSync("/d/e/f");
    disk.removeSync("/d/e/f");
    expect(disk.existsSync("/d/e/f")).toBe(false);
    expect(() => disk.removeSync("/d")).toThrow(expect.objectContaining({ code: "EISDIR" }));
    disk.removeSync("/d", { recursive: true });
    expect(disk.existsSync("/d")).toBe(false);
  });

  it("failNext makes the next matching operations fail with an errno error, changing nothing", async () => {
    const { disk, run } = setup(1);
    await run(disk.ensureDirectory("/d"));
    const handle = disk.openSync("/d/f", "createExclusive");
    const other = disk.openSync("/d/g", "createExclusive");
    disk.failNext("write", "ENOSPC", 2, "/d/f");
    await expect(run(other.writev([bytesOf(1, 8)], 0))).resolves.toBe(8);
    for (let attempt = 0; attempt < 2; attempt++) {
      await expect(run(handle.writev([bytesOf(1, 8)], 0))).rejects.toMatchObject({
        code: "ENOSPC",
        errno: -28,
        syscall: "write",
        path: "/d/f",
      });
    }
    expect(handle.sizeSync()).toBe(0);
    await expect(run(handle.writev([bytesOf(1, 8)], 0))).resolves.toBe(8);
    disk.failNext("sync", "EIO");
    await expect(run(handle.sync())).rejects.toMatchObject({ code: "EIO", syscall: "fsync" });
    await run(handle.sync());
    disk.failNext("open", "EIO");
    expect(() => disk.openSync("/d/f", "read")).toThrow(expect.objectContaining({ code: "EIO" }));
    disk.failNext("rename", "EIO");
    await expect(run(disk.rename("/d/f", "/d/h"))).rejects.toMatchObject({ code: "EIO" });
    expect(disk.files()).toEqual(["/d/f", "/d/g"]);
    disk.failNext("syncDirectory", "EIO");
    await expect(run(disk.syncDirectory("/d"))).rejects.toMatchObject({ code: "EIO" });
    disk.failNext("read", "EIO");
    expect(() => handle.readSync(new Uint8Array(1), 0)).toThrow(
      expect.objectContaining({ code: "EIO" }),
    );
  });

  it("a full disk: short writes, then ENOSPC; overwrites need no room; unlink frees", async () => {
    const { disk, run } = setup(1, { capacityBytes: 1000 });
    await run(disk.ensureDirectory("/d"));
    expect(disk.capacityBytes).toBe(1000);
    const handle = disk.openSync("/d/f", "createExclusive");
    expect(await run(handle.writev([bytesOf(1, 600)], 0))).toBe(600);
    expect(await run(disk.freeBytes("/d"))).toBe(400);
    expect(await run(handle.writev([bytesOf(2, 300), bytesOf(3, 300)], 600))).toBe(400);
    await expect(run(handle.writev([bytesOf(1, 1)], 1000))).rejects.toMatchObject({
      code: "ENOSPC",
    });
    expect(await run(handle.writev([bytesOf(4, 1000)], 0))).toBe(1000);
    expect(await run(disk.freeBytes("/d"))).toBe(0);
    disk.setCapacityBytes(1500);
    expect(await run(disk.freeBytes("/d"))).toBe(500);
    handle.closeSync();
    await run(disk.unlink("/d/f"));
    expect(disk.usedBytes()).toBe(0);
    expect(await run(disk.freeBytes("/d"))).toBe(1500);
  });

  it("flipBit flips one bit of the durable bytes, and of the cache", async () => {
    const { disk, run } = setup(8);
    await run(disk.ensureDirectory("/d"));
    await run(disk.writeFileDurably("/d/f", patternBytes(1, 300)));
    const before = disk.copyFileOut("/d/f");
    const { offsetBytes, bit } = disk.flipBit("/d/f", { fromByte: 100, toByte: 200 });
    expect(offsetBytes).toBeGreaterThanOrEqual(100);
    expect(offsetBytes).toBeLessThan(200);
    for (const after of [disk.copyFileOut("/d/f"), disk.durableFileBytes("/d/f") as Uint8Array]) {
      const differing = [...after.keys()].filter((i) => after[i] !== before[i]);
      expect(differing).toEqual([offsetBytes]);
      expect((after[offsetBytes] as number) ^ (before[offsetBytes] as number)).toBe(1 << bit);
    }
  });

  it("wipe leaves an empty disk and kills handles", async () => {
    const { disk, run } = setup(1);
    await run(disk.ensureDirectory("/d"));
    await run(disk.writeFileDurably("/d/f", bytesOf(1, 4)));
    const handle = disk.openSync("/d/f", "read");
    disk.wipe();
    expect(disk.files()).toEqual([]);
    expect(disk.existsSync("/d")).toBe(false);
    expect(() => handle.sizeSync()).toThrow(expect.objectContaining({ code: "EBADF" }));
  });

  it("copyFileOut and writeFileIn move a file between disks, durably", async () => {
    const from = setup(1);
    const to = setup(2);
    await from.run(from.disk.ensureDirectory("/a"));
    await from.run(from.disk.writeFileDurably("/a/snap", patternBytes(3, 5000)));
    const bytes = from.disk.copyFileOut("/a/snap");
    await to.run(to.disk.writeFileIn("/b/in/snap", bytes));
    to.disk.crash();
    expect(to.disk.copyFileOut("/b/in/snap")).toEqual(patternBytes(3, 5000));
    expect(to.disk.files()).toEqual(["/b/in/snap"]);
  });
});

describe("SegmentLog on SimFileSystem", () => {
  const LOG = "/node/log";

  function logOptions(disk: SimFileSystem, preallocate: boolean): SegmentLogOptions {
    return {
      lock: false,
      fileSystem: disk,
      segmentSizeBytes: 4096,
      preallocateSegments: preallocate,
    };
  }

  function expectEntries(log: SegmentLog, appended: readonly Entry[], upTo: number): void {
    for (let index = 1; index <= upTo; index++) {
      const entry = log.entry(index);
      const expected = appended[index - 1] as Entry;
      expect(entry.term).toBe(expected.term);
      expect(Array.from(entry.data)).toEqual(Array.from(expected.data));
    }
  }

  it.each([true, false])(
    "keeps every synced entry and the hard state across a crash (preallocate %s)",
    async (preallocate) => {
      for (const seed of SEEDS.slice(0, 5)) {
        const { disk, run } = setup(seed);
        const log = await run(SegmentLog.open(LOG, logOptions(disk, preallocate)));
        const appended = makeEntries(1, 60, { sizeBytes: 100 });
        for (let first = 0; first < 60; first += 6) {
          await run(log.append(appended.slice(first, first + 6)));
        }
        await run(log.setHardState({ term: 1, vote: 2, commit: 50 }));
        expect(log.segmentFiles().length).toBeGreaterThan(2);
        disk.crash();
        const reopened = await run(SegmentLog.open(LOG, logOptions(disk, preallocate)));
        expect(reopened.lastIndex()).toBe(60);
        expect(reopened.hardState()).toEqual({ term: 1, vote: 2, commit: 50 });
        expectEntries(reopened, appended, 60);
      }
    },
  );

  it.each([true, false])(
    "a crash at any moment keeps every acknowledged entry (preallocate %s)",
    async (preallocate) => {
      let tornTails = 0;
      let unacknowledgedKept = 0;
      for (const seed of SEEDS) {
        const { disk, run, scheduler } = setup(seed);
        const random = seededSimRandom(seed + 10_000);
        const log = await run(SegmentLog.open(LOG, logOptions(disk, preallocate)));
        const appended: Entry[] = [];
        let acknowledged = 0;
        const batches = 5 + random.int(40);
        for (let batch = 0; batch < batches; batch++) {
          const entries = makeEntries(appended.length + 1, 1 + random.int(3), {
            sizeBytes: 20 + random.int(400),
          });
          appended.push(...entries);
          const last = appended.length;
          log.append(entries).then(
            () => {
              acknowledged = Math.max(acknowledged, last);
            },
            () => {},
          );
          await scheduler.runFor(random.int(4) * 0.3);
        }
        const report = disk.crash();
        const reopened = await run(SegmentLog.open(LOG, logOptions(disk, preallocate)));
        const context = `seed ${seed}: ${JSON.stringify(report)}`;
        expect(reopened.lastIndex(), context).toBeGreaterThanOrEqual(acknowledged);
        expect(reopened.lastIndex(), context).toBeLessThanOrEqual(appended.length);
        expectEntries(reopened, appended, reopened.lastIndex());
        if (reopened.recovery.tornTail !== undefined) tornTails++;
        if (reopened.lastIndex() > acknowledged) unacknowledgedKept++;
      }
      // The seeds cover torn tails (cut by recovery) and unacknowledged writes that survived.
      expect(tornTails).toBeGreaterThan(0);
      expect(unacknowledgedKept).toBeGreaterThan(0);
    },
  );

  it("a flipped bit in a synced, sealed segment fails the open naming the file and offset", async () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const { disk, run } = setup(seed);
      const log = await run(SegmentLog.open(LOG, logOptions(disk, true)));
      const entries = makeEntries(1, 60, { sizeBytes: 100 });
      for (let first = 0; first < 60; first += 6) {
        await run(log.append(entries.slice(first, first + 6)));
      }
      const sealed = log.segmentFiles()[0] as string;
      expect(log.segmentFiles().length).toBeGreaterThan(1);
      disk.crash();
      // The first frame's header: any flipped bit there fails the frame at offset 40.
      const { offsetBytes } = disk.flipBit(sealed, { fromByte: 40, toByte: 72 });
      const error = await run(SegmentLog.open(LOG, logOptions(disk, true))).then(
        () => undefined,
        (thrown: unknown) => thrown,
      );
      expect(error, `bit flipped at ${offsetBytes}`).toBeInstanceOf(LogCorruptionError);
      const corruption = error as LogCorruptionError;
      expect(corruption.file).toBe(sealed);
      expect(corruption.offsetBytes).toBe(40);
      expect(corruption.index).toBe(1);
      expect(corruption.message).toContain(`corrupt segment ${sealed} at byte offset 40`);
    }
  });
});

describe("snapshots and the incarnation file on SimFileSystem", () => {
  const DIRECTORY = "/node/snapshots";
  const name = snapshotFileName(40, 3);

  it("a committed snapshot survives a crash; a flipped bit fails its chunk check", async () => {
    for (const seed of SEEDS.slice(0, 5)) {
      const { disk, run } = setup(seed);
      const data = patternBytes(seed, 3000);
      const store = new SnapshotStore(DIRECTORY, { fileSystem: disk, chunkBytes: 1000 });
      const file = await run(store.save({ ...metadataAt(40, 3), data }));
      expect(file).toBe(`${DIRECTORY}/${name}`);
      disk.crash();
      const after = new SnapshotStore(DIRECTORY, { fileSystem: disk, chunkBytes: 1000 });
      const reader = after.open(name);
      expect(reader.metadata.index).toBe(40);
      const chunkOne = reader.dataOffsetBytes + 8 + 1000;
      expect(Array.from(reader.readAll())).toEqual(Array.from(data));
      // A bit of chunk 1's data rots.
      disk.flipBit(file, { fromByte: chunkOne + 8, toByte: chunkOne + 8 + 1000 });
      const error = (() => {
        try {
          after.open(name).verify();
        } catch (thrown) {
          return thrown;
        }
        return undefined;
      })();
      expect(error).toBeInstanceOf(SnapshotFileError);
      expect(error).toMatchObject({ file, offsetBytes: chunkOne, problem: "chunk-crc" });
    }
  });

  it("a snapshot cut short by a crash before its commit never appears under its name", async () => {
    for (const seed of SEEDS.slice(0, 10)) {
      const { disk, run, scheduler } = setup(seed);
      await run(disk.ensureDirectory(DIRECTORY));
      const writer = await run(
        SnapshotWriter.create(`${DIRECTORY}/${name}`, metadataAt(40, 3), {
          fileSystem: disk,
          chunkBytes: 500,
        }),
      );
      await run(writer.write(patternBytes(1, 2000)));
      watch(writer.commit());
      await scheduler.runFor(seed * 0.1);
      disk.crash();
      const names = disk.readdirSync(DIRECTORY);
      if (names.includes(name)) {
        // The rename survived: then the fsync before it completed, and the file is whole.
        const reader = new SnapshotStore(DIRECTORY, { fileSystem: disk }).open(name);
        expect(Array.from(reader.readAll())).toEqual(Array.from(patternBytes(1, 2000)));
      } else {
        expect(names.every((entry) => entry === `${name}.tmp`)).toBe(true);
      }
    }
  });

  it("the incarnation file is read back after a crash", async () => {
    const { disk, run } = setup(5);
    await run(disk.ensureDirectory("/node"));
    const created = await run(loadOrCreateIncarnation(disk, "/node", "joining"));
    expect(created.created).toBe(true);
    disk.crash();
    const loaded = await run(loadOrCreateIncarnation(disk, "/node", "joining"));
    expect(loaded).toEqual({ incarnation: created.incarnation, created: false });
    expect(Buffer.from(disk.copyFileOut("/node/incarnation")).toString("ascii")).toBe(
      `${created.incarnation}\n`,
    );
  });
});
