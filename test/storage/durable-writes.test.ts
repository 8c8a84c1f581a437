/**
 * The segment being appended to is open with O_DSYNC (every write durable on return), after
 * open, after a rollover and after a suffix truncation; read-only scans are not. Checked in
 * /proc/self/fdinfo, where the kernel shows each descriptor's open flags.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { SegmentLog } from "../../src/storage/index.js";
import { makeEntries, temporaryDirectory } from "./helpers.js";

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
  for (const preallocateSegments of [true, false]) {
    it(`appends through an O_DSYNC descriptor (preallocateSegments ${preallocateSegments})`, async () => {
      const directory = temporaryDirectory();
      const open = async () => {
        const log = await SegmentLog.open(directory, {
          segmentSizeBytes: 4096,
          preallocateSegments,
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
