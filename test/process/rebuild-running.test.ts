/**
 * `ruvraft node --rebuild` started by mistake for a node that is still running (issue 12 #3):
 * it used to move the live node's data directory aside, remove the voter, fail later and hang.
 * Now it takes the data directory's lock first: it exits 1 at once with the lock holder in its
 * fatal line, and the running node, its directory and its seat are untouched.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { ProcessCluster } from "./cluster-harness.js";

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

describe("--rebuild on a running node", () => {
  it("refuses at once, exit 1, touching neither the directory nor the membership", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.startAll();
    const leader = await active.waitForLeader([1, 2, 3]);
    const victim = leader === 3 ? 2 : 3;
    const kv = active.kv();
    await kv.put("before", "1");
    const holder = active.process(victim).child.pid;

    const rebuild = await active.start(victim, {
      alongside: true,
      noWait: true,
      extraArgs: ["--rebuild"],
    });
    const timeout = setTimeout(() => rebuild.child.kill("SIGKILL"), 30_000);
    const exit = await rebuild.exited;
    clearTimeout(timeout);
    expect(exit).toEqual({ code: 1, signal: null });
    const fatal = active
      .logRecords(victim)
      .find((record) => record.msg === "rebuild: cannot prepare the node's return");
    expect(fatal, active.logTail(victim)).toBeDefined();
    expect(String(fatal?.error)).toContain(`locked by pid ${holder}`);

    // Untouched: the directory is in place, the node runs and is still a voter.
    const parent = path.dirname(active.entry(victim).dataDirectory);
    expect(fs.readdirSync(parent).filter((name) => name.includes(".damaged-"))).toEqual([]);
    expect(active.isRunning(victim)).toBe(true);
    const members = (await kv.client.members()).members ?? [];
    expect(members.find((member) => member.nodeId === victim)).toMatchObject({ voter: true });
    await kv.put("after", "1");
    const status = await kv.client.status();
    await active.waitForApplied(victim, status.commitIndex ?? 0);
  }, 90_000);
});
