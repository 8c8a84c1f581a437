/**
 * Two node processes configured with the same data directory: the second refuses to start
 * (exit code 1) and its log names the directory and the process holding it; the first keeps
 * serving, and the second starts once given its own directory.
 */
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { type ProcessCluster as Cluster, ProcessCluster, waitUntil } from "./cluster-harness.js";

let cluster: Cluster | undefined;
afterEach(async () => {
  await cluster?.close();
  cluster = undefined;
});

describe("a data directory shared by two nodes", () => {
  it("the second node refuses to start, naming the directory and the holder", async () => {
    cluster = await ProcessCluster.create({ nodes: 3 });
    const active = cluster;
    // Founders 1 and 3 wait for founder 2 (src/node/founding.ts), holding their directories.
    await Promise.all([active.start(1, { noWait: true }), active.start(3, { noWait: true })]);
    const holder = active.process(1).child.pid;
    const shared = active.entry(1).dataDirectory;
    await waitUntil("node 1 to lock its data directory", () =>
      fs.existsSync(path.join(shared, "log", "LOCK.owner")) ? true : undefined,
    );

    const second = await active.start(2, { dataDirectory: shared, noWait: true });
    await waitUntil("the second node to exit", () => (active.isRunning(2) ? undefined : true));
    expect((await second.exited).code).toBe(1);
    const fatal = active.logRecords(2).find((record) => record.msg === "the node cannot start");
    expect(fatal, active.logTail(2)).toBeDefined();
    expect(fatal?.code).toBe("ELOCKED");
    expect(String(fatal?.error)).toContain(shared);
    expect(String(fatal?.error)).toContain(`is locked by pid ${holder}`);

    // The holder is unharmed; with its own directory the second node starts and the cluster forms.
    expect(active.isRunning(1)).toBe(true);
    await active.start(2);
    await active.waitForLeader([1, 2, 3]);
    const kv = active.kv();
    expect(await kv.put("after", "ok")).toMatchObject({ ok: true });
    expect(await kv.get("after")).toBe("ok");
  });
});
