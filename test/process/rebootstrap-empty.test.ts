/**
 * Bootstrapping is a one-time act of a new cluster (issue 12 #2, src/cli/bootstrap-guard.ts).
 * A founder restarted in bootstrap mode on an empty data directory (wiped, or after a rebuild
 * that failed half-way) used to write the founding membership again and count as a voter with
 * an empty log. Now the founding membership records every founder's disk (src/node/founding.ts),
 * so a cluster forms only once every founder has started; and a wiped founder asks its peers
 * first and refuses to start, exit 1, creating nothing.
 */
import fs from "node:fs";
import { afterEach, describe, expect, it } from "vitest";
import { ProcessCluster, waitUntil } from "./cluster-harness.js";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function snapshotFiles(directory: string): string[] {
  return fs.existsSync(`${directory}/snapshots`) ? fs.readdirSync(`${directory}/snapshots`) : [];
}

let cluster: ProcessCluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

async function expectRefused(active: ProcessCluster, id: number, evidence: string): Promise<void> {
  const restarted = await active.start(id, { noWait: true });
  const timeout = setTimeout(() => restarted.child.kill("SIGKILL"), 30_000);
  const exit = await restarted.exited;
  clearTimeout(timeout);
  expect(exit, active.logTail(id)).toEqual({ code: 1, signal: null });
  const fatal = active.logRecords(id).filter((record) => record.level === 60);
  expect(fatal.at(-1)?.msg).toBe("the node cannot start");
  expect(fatal.at(-1)?.code).toBe("EEXISTS");
  expect(String(fatal.at(-1)?.error)).toContain("this cluster already exists");
  expect(String(fatal.at(-1)?.error)).toContain(evidence);
  expect(String(fatal.at(-1)?.error)).toContain("--join");
  // Nothing was founded: the directory holds no log and no snapshot.
  const directory = active.entry(id).dataDirectory;
  for (const part of ["log", "snapshots"]) {
    const files = fs.existsSync(`${directory}/${part}`)
      ? fs.readdirSync(`${directory}/${part}`)
      : [];
    expect(files, part).toEqual([]);
  }
}

describe("an empty data directory in bootstrap mode", () => {
  it("refuses to re-found an existing cluster: wiped voter, then a rebuild that stopped half-way", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    await active.startAll();
    const leader = await active.waitForLeader([1, 2, 3]);
    const victim = leader === 3 ? 2 : 3;
    const kv = active.kv();
    await kv.put("before", "1");
    const status = await kv.client.status();
    await active.waitForApplied(victim, status.commitIndex ?? 0);

    // The disk is wiped; an enabled unit starts the node again as configured (bootstrap).
    await active.stop(victim);
    fs.rmSync(active.entry(victim).dataDirectory, { recursive: true, force: true });
    await expectRefused(active, victim, `replicated up to index`);

    // A rebuild that stopped after the cluster took the node back as a learner.
    await kv.client.removeNode(victim);
    await kv.client.addLearner(victim, active.address(victim));
    await expectRefused(active, victim, `lists node ${victim} as a learner`);
    expect(await kv.get("before")).toBe("1");
  }, 90_000);

  it("forms the cluster once every founder has started; a founder still waiting stops cleanly", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    // Node 1 alone waits for the others (src/node/founding.ts) and founds nothing; SIGTERM
    // stops it, exit 0.
    const lonely = await active.start(1, { noWait: true });
    // In start(): its signal handlers are installed and it waits for the others.
    await waitUntil("node 1 to wait for the other founders", () =>
      active.logRecords(1).some((r) => r.msg === "created the data directory's incarnation")
        ? true
        : undefined,
    );
    await sleep(300);
    lonely.child.kill("SIGTERM");
    expect(await lonely.exited, active.logTail(1)).toEqual({ code: 0, signal: null });
    expect(active.logRecords(1).some((r) => r.msg === "stopped before the node had started")).toBe(
      true,
    );
    expect(snapshotFiles(active.entry(1).dataDirectory)).toEqual([]);

    // Started one by one, the first two wait for the third; then the cluster forms.
    const first = await active.start(1, { noWait: true });
    const second = await active.start(2, { noWait: true });
    await sleep(1_000);
    for (const id of [1, 2]) {
      expect(active.logRecords(id).some((r) => r.msg === "node listening")).toBe(false);
    }
    expect([first, second].every((node) => node.child.exitCode === null)).toBe(true);
    await active.start(3);
    await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    await kv.put("formed", "1");
    const members = (await kv.client.members()).members ?? [];
    expect(members.map((member) => member.voter)).toEqual([true, true, true]);
    // Each founder recorded the two others' disks before it founded.
    for (const id of [1, 2, 3]) {
      const founders = fs.readFileSync(`${active.entry(id).dataDirectory}/founders`, "ascii");
      expect(
        founders
          .trimEnd()
          .split("\n")
          .map((line) => Number(line.split(" ")[0])),
      ).toEqual([1, 2, 3].filter((other) => other !== id));
    }
  }, 90_000);
});
