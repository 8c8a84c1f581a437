/**
 * The segment being appended to is open with O_DSYNC (every write durable on return), after
 * open, after a rollover and after a suffix truncation; read-only scans are not. Checked in
 * /proc/self/fdinfo, where the kernel shows each descriptor's open flags. Then where those
 * writes run (NodeFileSystem's durableWriteThread): on the calling thread or the I/O pool.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import {
  type DurableWriteThread,
  EVENT_LOOP_WRITE_BYTES_MAX,
  LogFailedError,
  NodeFileSystem,
  SegmentLog,
} from "../../src/storage/index.js";
import { dataFor, makeEntries, temporaryDirectory } from "./helpers.js";

const O_DSYNC = fs.constants.O_DSYNC;

/** The open flags of every descriptor of this process on `file`. */
function openFlagsOf(file: string): number[] {
  const flags: number[] = [];
  for (const fd of fs.readdirSync("/proc/self/fd")) {
    let target: string;
    try {
      target = fs.readlinkSync(`/proc/self/fd/${fd}`);
    } catch {
      continue;
    }
    if (target !== file) continue;
    const info = fs.readFileSync(`/proc/self/fdinfo/${fd}`, "utf8");
    const match = /^flags:\s+([0-7]+)$/m.exec(info);
    if (match !== null) flags.push(Number.parseInt(match[1] as string, 8));
  }
  return flags;
}

function newestSegment(directory: string): string {
  const names = fs
    .readdirSync(directory)
    .filter((name) => name.endsWith(".seg"))
    .sort();
  return path.join(fs.realpathSync(directory), names[names.length - 1] as string);
}

const logs: SegmentLog[] = [];
afterEach(async () => {
  for (const log of logs.splice(0)) await log.close();
});

describe.runIf(process.platform === "linux")("durable appends", () => {
  const cases: [boolean, DurableWriteThread][] = [
    [true, "thread-pool"],
    [false, "thread-pool"],
    [true, "event-loop"],
    [false, "event-loop"],
  ];
  for (const [preallocateSegments, durableWriteThread] of cases) {
    it(`appends through an O_DSYNC descriptor (preallocateSegments ${preallocateSegments}, writes on the ${durableWriteThread})`, async () => {
      const directory = temporaryDirectory();
      const open = async () => {
        const log = await SegmentLog.open(directory, {
          segmentSizeBytes: 4096,
          preallocateSegments,
          fileSystem: new NodeFileSystem({ durableWriteThread }),
        });
        logs.push(log);
        return log;
      };
      let log = await open();
      await log.append(makeEntries(1, 5, { sizeBytes: 100 }), { term: 1, vote: 0, commit: 0 });
      expect(openFlagsOf(newestSegment(directory)).map((flags) => flags & O_DSYNC)).toEqual([
        O_DSYNC,
      ]);
      // Past several rollovers.
      for (let first = 6; first < 66; first += 5) {
        await log.append(makeEntries(first, 5, { sizeBytes: 100 }), undefined);
      }
      expect(
        fs.readdirSync(directory).filter((name) => name.endsWith(".seg")).length,
      ).toBeGreaterThan(2);
      expect(openFlagsOf(newestSegment(directory)).map((flags) => flags & O_DSYNC)).toEqual([
        O_DSYNC,
      ]);
      // A suffix truncation back into an older segment reopens it for appending.
      await log.truncateSuffix(20);
      expect(openFlagsOf(newestSegment(directory)).map((flags) => flags & O_DSYNC)).toEqual([
        O_DSYNC,
      ]);
      await log.append(makeEntries(20, 3, { sizeBytes: 100 }), undefined);
      // After a reopen (recovery).
      await log.close();
      logs.splice(logs.indexOf(log), 1);
      log = await open();
      expect(log.lastIndex()).toBe(22);
      expect(openFlagsOf(newestSegment(directory)).map((flags) => flags & O_DSYNC)).toEqual([
        O_DSYNC,
      ]);
    });
  }
});

describe.runIf(process.platform === "linux")("durable write thread", () => {
  /**
   * "settled" if `promise` settles within `microtasks` turns of the microtask queue, with no
   * macrotask (an I/O callback of the pool) in between, else "pending".
   */
  async function stateOf(
    promise: Promise<unknown>,
    microtasks = 1,
  ): Promise<"settled" | "pending"> {
    let state: "settled" | "pending" = "pending";
    const settle = () => {
      state = "settled";
    };
    promise.then(settle, settle);
    // A settled promise's reaction was queued before this await's continuation.
    for (let turn = 0; turn < microtasks; turn++) await Promise.resolve();
    return state;
  }

  function fileWithZeros(bytes: number): string {
    const file = path.join(temporaryDirectory(), "file");
    fs.writeFileSync(file, new Uint8Array(bytes));
    return file;
  }

  it("event-loop: a durable write is done when writev returns, and its promise settled", async () => {
    const file = fileWithZeros(8192);
    const handle = new NodeFileSystem({ durableWriteThread: "event-loop" }).openSync(
      file,
      "readWriteDurable",
    );
    try {
      const written = handle.writev([new Uint8Array(100).fill(7)], 4096);
      expect(fs.readFileSync(file).subarray(4096, 4196)).toEqual(Buffer.alloc(100, 7));
      expect(await stateOf(written)).toBe("settled");
      expect(await written).toBe(100);
    } finally {
      handle.closeSync();
    }
  });

  it("thread-pool (the default), and every write that is not durable: the promise settles later", async () => {
    const file = fileWithZeros(8192);
    const durableOnPool = new NodeFileSystem().openSync(file, "readWriteDurable");
    const plainOnEventLoopFs = new NodeFileSystem({ durableWriteThread: "event-loop" }).openSync(
      file,
      "readWrite",
    );
    try {
      for (const handle of [durableOnPool, plainOnEventLoopFs]) {
        const written = handle.writev([new Uint8Array(10).fill(1)], 0);
        expect(await stateOf(written)).toBe("pending");
        expect(await written).toBe(10);
      }
    } finally {
      durableOnPool.closeSync();
      plainOnEventLoopFs.closeSync();
    }
  });

  it("event-loop: a write above EVENT_LOOP_WRITE_BYTES_MAX goes to the pool, one at the limit does not", async () => {
    const file = fileWithZeros(2 * EVENT_LOOP_WRITE_BYTES_MAX);
    const handle = new NodeFileSystem({ durableWriteThread: "event-loop" }).openSync(
      file,
      "readWriteDurable",
    );
    try {
      const atLimit = handle.writev([new Uint8Array(EVENT_LOOP_WRITE_BYTES_MAX)], 0);
      expect(await stateOf(atLimit)).toBe("settled");
      // Counted over all the buffers of the call.
      const above = handle.writev(
        [new Uint8Array(EVENT_LOOP_WRITE_BYTES_MAX), new Uint8Array(1)],
        0,
      );
      expect(await stateOf(above)).toBe("pending");
      expect(await above).toBe(EVENT_LOOP_WRITE_BYTES_MAX + 1);
    } finally {
      handle.closeSync();
    }
  });

  it("event-loop: a failed write rejects with its errno, and the log fails for good", async () => {
    const eio = Object.assign(new Error("EIO: i/o error, write"), { code: "EIO" });
    const failWrites = () =>
      vi.spyOn(fs, "writevSync").mockImplementation(() => {
        throw eio;
      });
    const fileSystem = new NodeFileSystem({ durableWriteThread: "event-loop" });
    const handle = fileSystem.openSync(fileWithZeros(4096), "readWriteDurable");
    let failing = failWrites();
    try {
      let written: Promise<number> | undefined;
      expect(() => {
        written = handle.writev([new Uint8Array(10)], 0);
      }).not.toThrow();
      await expect(written).rejects.toBe(eio);
      failing.mockRestore();
      // The same through a log: the append is refused, and so is every later write.
      const log = await SegmentLog.open(temporaryDirectory(), { fileSystem });
      logs.push(log);
      await log.append(makeEntries(1, 1), { term: 1, vote: 0, commit: 0 });
      failing = failWrites();
      await expect(log.append(makeEntries(2, 1), undefined)).rejects.toBeInstanceOf(LogFailedError);
      expect(failing).toHaveBeenCalledTimes(1);
      failing.mockRestore();
      expect(log.failed()).toBeInstanceOf(LogFailedError);
      expect(() => log.append(makeEntries(2, 1), undefined)).toThrow(LogFailedError);
    } finally {
      failing.mockRestore();
      handle.closeSync();
    }
  });

  it("event-loop: a log's group commit is on disk when append() returns, acknowledged in microtasks", async () => {
    const directory = temporaryDirectory();
    const log = await SegmentLog.open(directory, {
      fileSystem: new NodeFileSystem({ durableWriteThread: "event-loop" }),
    });
    logs.push(log);
    const entries = makeEntries(1, 3, { sizeBytes: 50 });
    const marker = dataFor(3, 50);
    const appended = log.append(entries, { term: 1, vote: 0, commit: 0 });
    // Written by the call itself: the segment holds the last entry's bytes already, and the
    // append is acknowledged without waiting for the I/O pool.
    expect(fs.readFileSync(newestSegment(directory)).includes(Buffer.from(marker))).toBe(true);
    expect(await stateOf(appended, 100)).toBe("settled");
    expect(log.lastIndex()).toBe(3);
  });
});
