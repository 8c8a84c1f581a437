/**
 * A real process appends to a log and is killed with SIGKILL at random moments; after every
 * kill the log reopens with every acknowledged entry present and intact.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { SegmentLog } from "../../src/storage/index.js";
import { entryData, entryTerm } from "../fixtures/appender.mjs";
import { temporaryDirectory } from "../storage/helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const appender = path.join(here, "..", "fixtures", "appender.mjs");
const KILLS = 24;

/** A small seeded generator (mulberry32) so a failing run can be replayed with its seed. */
function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Runs the appender until `killAfterAcks` acknowledgements arrived, then SIGKILLs it. */
function runAndKill(
  directory: string,
  killAfterAcks: number,
  extraDelayMs: number,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [appender, directory], {
      stdio: ["ignore", "pipe", "pipe"],
    });
    let acked = 0;
    let acks = 0;
    let buffered = "";
    let stderr = "";
    let killing = false;
    const deadline = setTimeout(() => child.kill("SIGKILL"), 20_000);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (line.startsWith("ack ")) {
          acked = Math.max(acked, Number(line.slice(4)));
          acks++;
        }
      }
      if (!killing && acks >= killAfterAcks) {
        killing = true;
        setTimeout(() => child.kill("SIGKILL"), extraDelayMs);
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(deadline);
      if (signal === "SIGKILL" && killing) {
        resolve(acked);
      } else {
        reject(new Error(`appender exited with ${code ?? signal}: ${stderr}`));
      }
    });
  });
}

describe("SIGKILL during appends", () => {
  it(`loses no acknowledged entry over ${KILLS} kills`, async () => {
    const seed = Number(process.env.KILL_TEST_SEED ?? 20261126);
    const random = seededRandom(seed);
    const directory = temporaryDirectory();
    let ackedMax = 0;
    for (let round = 0; round < KILLS; round++) {
      const acked = await runAndKill(
        directory,
        1 + Math.floor(random() * 60),
        Math.floor(random() * 4),
      );
      ackedMax = Math.max(ackedMax, acked);
      const log = await SegmentLog.open(directory, {
        segmentSizeBytes: 256 * 1024,
        cacheBytesMax: 0,
      });
      try {
        expect(log.lastIndex(), `seed ${seed} round ${round}`).toBeGreaterThanOrEqual(ackedMax);
        const entries = log.entries(1, log.lastIndex() + 1);
        expect(entries).toHaveLength(log.lastIndex());
        for (const entry of entries) {
          expect(entry.term).toBe(entryTerm(entry.index));
          expect(Buffer.from(entry.data).equals(Buffer.from(entryData(entry.index)))).toBe(true);
        }
        expect(log.hardState().commit).toBeGreaterThanOrEqual(ackedMax);
      } finally {
        await log.close();
      }
    }
    expect(ackedMax).toBeGreaterThan(KILLS);
  });
});
