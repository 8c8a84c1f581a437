/**
 * Disk faults on real node processes:
 * - a flipped bit in committed data: the node refuses to start, naming the file, byte offset
 *   and index; `ruvraft node --rebuild` moves the data aside and restores the node from the
 *   cluster (removed, re-added as a learner, caught up by snapshot and log, promoted back)
 *   without losing any acknowledged write;
 * - a full disk (a small tmpfs made by the test): the node stops with a clear ENOSPC error, the
 *   cluster goes on with the others, and once space returns the restarted node catches up.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  type ProcessCluster as Cluster,
  missingWrites,
  ProcessCluster,
  Writer,
  waitUntil,
} from "./cluster-harness.js";

let cluster: Cluster | undefined;
const mounts: string[] = [];
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
  for (const mount of mounts.splice(0)) {
    execFileSync("umount", ["-l", mount]);
    fs.rmSync(mount, { recursive: true, force: true });
  }
});

function segmentFiles(dataDirectory: string): string[] {
  const log = path.join(dataDirectory, "log");
  return fs
    .readdirSync(log)
    .filter((name) => name.endsWith(".seg"))
    .sort()
    .map((name) => path.join(log, name));
}

/** A tmpfs of `sizeBytes` at a fresh directory, or undefined where mounting is not allowed. */
function smallDisk(sizeBytes: number): string | undefined {
  const mount = fs.mkdtempSync(path.join(os.tmpdir(), "ruvraft-tmpfs-"));
  try {
    execFileSync("mount", ["-t", "tmpfs", "-o", `size=${sizeBytes}`, "tmpfs", mount], {
      stdio: "pipe",
    });
  } catch {
    fs.rmSync(mount, { recursive: true, force: true });
    return undefined;
  }
  mounts.push(mount);
  return mount;
}

describe("disk faults on a running cluster", () => {
  it("refuses to start on a flipped bit, naming file, offset and index; --rebuild restores the node", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.startAll();
    await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    const writer = new Writer(kv, "w");
    await writer.waitForCount(40);
    const victim = (await active.waitForLeader([1, 2, 3])) === 3 ? 2 : 3;
    await active.stop(victim);
    await writer.waitForCount(60);

    // Flip a bit inside the first frame of the node's first segment: committed, synced data.
    const [first] = segmentFiles(active.entry(victim).dataDirectory);
    const bytes = fs.readFileSync(first as string);
    bytes[40 + 32 + 2] = (bytes[40 + 32 + 2] as number) ^ 0x01;
    fs.writeFileSync(first as string, bytes);

    const refused = await active.start(victim, { noWait: true });
    expect((await refused.exited).code).toBe(1);
    const fatal = active
      .logRecords(victim)
      .find((record) => record.msg === "the node cannot start");
    expect(fatal, active.logTail(victim)).toBeDefined();
    expect(fatal?.code).toBe("ECORRUPT");
    expect(String(fatal?.error)).toContain(first as string);
    expect(String(fatal?.error)).toMatch(/at byte offset 72 \(entry index \d+\)/);
    expect(String(fatal?.advice)).toContain("ruvraft node --rebuild");

    await active.start(victim, { extraArgs: ["--rebuild"] });
    const leader = await active.waitForLeader([1, 2, 3]);
    await waitUntil(
      "the rebuilt node to be a voter again",
      async () => {
        const members = (await kv.client.members()).members ?? [];
        return members.find((member) => member.nodeId === victim)?.voter === true
          ? true
          : undefined;
      },
      { timeoutMs: 30_000 },
    );
    const report = await writer.stop();
    const leaderStatus = await active.status(leader);
    await active.waitForApplied(victim, leaderStatus?.commitIndex ?? 0);
    expect(await missingWrites(kv, report.acknowledged)).toEqual([]);
    const parent = path.dirname(active.entry(victim).dataDirectory);
    expect(fs.readdirSync(parent).some((name) => name.startsWith(`node-${victim}.damaged-`))).toBe(
      true,
    );
  }, 90_000);

  it("stops a node whose disk is full with a clear error; the cluster goes on; it catches up when space returns", async (context) => {
    const disk = smallDisk(4 * 1024 * 1024);
    if (disk === undefined) {
      context.skip(); // mounting a tmpfs needs root (CI and this machine run as root)
      return;
    }
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    const victim = 3;
    const victimData = path.join(disk, "node-3");
    await Promise.all([
      active.start(1),
      active.start(2),
      active.start(victim, { dataDirectory: victimData }),
    ]);
    await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    const writer = new Writer(kv, "full", 1);
    await writer.waitForCount(20);
    // Leave almost no space: the victim's next log write fails with ENOSPC.
    const filler = path.join(disk, "filler");
    const free = fs.statfsSync(disk).bavail * fs.statfsSync(disk).bsize;
    fs.writeFileSync(filler, Buffer.alloc(Math.max(0, free - 16 * 1024)));
    await waitUntil(
      "the victim to stop on ENOSPC",
      () => (active.isRunning(victim) ? undefined : true),
      { timeoutMs: 30_000 },
    );
    const fatal = active
      .logRecords(victim)
      .find((record) => /ENOSPC/.test(String(record.error ?? "")));
    expect(fatal, active.logTail(victim, 20)).toBeDefined();
    // The others keep committing.
    const before = writer.count;
    await writer.waitForCount(before + 30);

    fs.rmSync(filler);
    await active.start(victim, { dataDirectory: victimData });
    const report = await writer.stop();
    const leader = await active.waitForLeader([1, 2, 3]);
    const leaderStatus = await active.status(leader);
    await active.waitForApplied(victim, leaderStatus?.commitIndex ?? 0);
    expect(await missingWrites(kv, report.acknowledged)).toEqual([]);
  }, 90_000);
});
