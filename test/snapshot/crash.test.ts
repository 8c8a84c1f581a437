/**
 * SIGKILL during snapshot writing (a real child process, test/snapshot/fixtures/
 * snapshot-writer.mjs, running the compiled store in dist/; `npm test` builds it first): the
 * previous snapshot is intact, and the partial temporary file is removed on the next open.
 */
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { SnapshotStore, snapshotFileName } from "../../src/snapshot/index.js";
import { snapshotBytes, snapshotMetadata } from "./fixtures/snapshot-writer.mjs";
import { scratch } from "./helpers.js";

const here = path.dirname(fileURLToPath(import.meta.url));
const writerScript = path.join(here, "fixtures", "snapshot-writer.mjs");
const compiledStore = path.resolve(here, "../../dist/src/snapshot/index.js");
const SIZE_BYTES = 2 * 1024 * 1024;

interface Progress {
  committed: number[];
  /** Bytes written of the snapshot in progress when the kill was sent. */
  writtenBytes: number;
}

/**
 * Runs the writer for snapshots [first, first + count) and SIGKILLs it once `killAt` says so
 * (called with each progress line).
 */
function runAndKill(
  directory: string,
  first: number,
  count: number,
  killAt: (line: string) => boolean,
): Promise<Progress> {
  return new Promise((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [writerScript, directory, String(first), String(count), String(SIZE_BYTES)],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    const progress: Progress = { committed: [], writtenBytes: 0 };
    let buffered = "";
    let stderr = "";
    let killed = false;
    const deadline = setTimeout(() => child.kill("SIGKILL"), 30_000);
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk.toString();
    });
    child.stdout.on("data", (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split("\n");
      buffered = lines.pop() ?? "";
      for (const line of lines) {
        if (killed) {
          return;
        }
        const [word, index, bytes] = line.split(" ");
        if (word === "committed") {
          progress.committed.push(Number(index));
        } else if (word === "write") {
          progress.writtenBytes = Number(bytes);
        }
        if (killAt(line)) {
          killed = true;
          child.kill("SIGKILL");
        }
      }
    });
    child.on("exit", (code, signal) => {
      clearTimeout(deadline);
      if (signal === "SIGKILL" && killed) {
        resolve(progress);
      } else {
        reject(new Error(`snapshot writer exited with ${code ?? signal}: ${stderr}`));
      }
    });
  });
}

async function expectIntact(directory: string, index: number): Promise<void> {
  const warnings: string[] = [];
  const store = new SnapshotStore(directory, { onWarning: (message) => warnings.push(message) });
  const loaded = await store.loadNewest();
  expect(loaded?.index).toBe(index);
  expect(loaded?.term).toBe(snapshotMetadata(index).term);
  expect(loaded?.confState).toEqual(snapshotMetadata(index).confState);
  expect(Buffer.compare(Buffer.from(loaded?.data ?? []), snapshotBytes(index, 0, SIZE_BYTES))).toBe(
    0,
  );
  expect(fs.readdirSync(directory).filter((name) => name.endsWith(".tmp"))).toEqual([]);
  expect(warnings.every((warning) => warning.includes("never completed"))).toBe(true);
}

describe("SIGKILL during snapshot writing", () => {
  beforeAll(() => {
    if (!fs.existsSync(compiledStore)) {
      throw new Error(`${compiledStore} is missing: run \`npm run build\` (npm test does) first`);
    }
  });

  it("keeps the previous snapshot and removes the partial temporary file on the next open", async () => {
    const directory = scratch();
    const progress = await runAndKill(directory, 1, 2, (line) => {
      const [word, index, bytes] = line.split(" ");
      return word === "write" && index === "2" && Number(bytes) >= SIZE_BYTES / 2;
    });
    expect(progress.committed).toEqual([1]);
    const temporary = `${snapshotFileName(2, snapshotMetadata(2).term)}.tmp`;
    expect(fs.readdirSync(directory).sort()).toEqual([
      snapshotFileName(1, snapshotMetadata(1).term),
      temporary,
    ]);
    const warnings: string[] = [];
    const store = new SnapshotStore(directory, { onWarning: (message) => warnings.push(message) });
    expect((await store.newest())?.metadata.index).toBe(1);
    expect(store.list()).toEqual([snapshotFileName(1, snapshotMetadata(1).term)]);
    expect(warnings).toEqual([expect.stringContaining(temporary)]);
    expect(fs.existsSync(path.join(directory, temporary))).toBe(false);
    await expectIntact(directory, 1);
  });

  it("leaves either the old or the new snapshot intact whenever the kill lands", async () => {
    const directory = scratch();
    let next = 1;
    // Kill points spread over the write of each next snapshot, including just after commit.
    const fractions = [0, 0.25, 0.5, 0.75, 1, 1];
    for (const fraction of fractions) {
      const first = next;
      const progress = await runAndKill(directory, first, 3, (line) => {
        const [word, index, bytes] = line.split(" ");
        if (fraction === 1) {
          return word === "committed" && Number(index) === first + 1;
        }
        return (
          word === "write" &&
          Number(index) === first + 1 &&
          Number(bytes) >= Math.max(1, fraction * SIZE_BYTES)
        );
      });
      const newest = progress.committed[progress.committed.length - 1] ?? first - 1;
      expect(newest).toBeGreaterThanOrEqual(first);
      await expectIntact(directory, newest);
      next = newest + 1;
    }
  });
});
