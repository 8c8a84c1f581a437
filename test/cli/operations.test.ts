/**
 * The operator's guide (docs/operations.md), command by command on real processes, in the
 * guide's order: bootstrap (`ruvraft cluster`), backup (section 6: a snapshot on demand,
 * copied and verified), restore from that backup beside the running cluster (a fresh node
 * added to it once installed the restored snapshot and then stayed behind, refusing the
 * leader: EUNKNOWNNODE), adding a node (section 7: config file, add-learner, promote,
 * transfer, snapshots on the leader or --node, remove), dump --verify of stopped logs, and a
 * lost majority (section 9: --force-new-cluster, an old node stopping as abandoned, a node
 * added back fresh). Replacing a damaged node with --rebuild is test/process/disk-faults.test.ts,
 * the same under mutual TLS test/cli/security.test.ts.
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctl, freeBasePort, harnessEnvironment, MAIN, Processes, waitFor } from "./cli-harness.js";

const processes = new Processes();
/** The cluster restored from the backup (section 6), beside the first one. */
const restoring = new Processes();
afterEach(async () => {
  await restoring.reap();
  await processes.reap();
});

const DUMP = path.resolve("dist/tools/dump.js");

describe("the operator's guide, on real processes", () => {
  it("bootstrap, backup, restore, add a node, lost majority", async () => {
    const base = await freeBasePort(4);
    const data = temporaryDirectory();
    const cluster = processes.start([
      "cluster",
      "--data",
      data,
      "--base-port",
      String(base),
      "--state-machine",
      "kv",
    ]);
    const q = (...args: string[]) => ctl(base, 3, ...args);
    await waitFor("a leader", async () => (/leader/.test(await q("status")) ? true : undefined));
    expect(JSON.parse(await q("-o", "json", "put", "a", "1"))).toMatchObject({ ok: true });

    // Section 6, backup: a snapshot on demand, copied and checked with ruvraft-dump.
    const taken = await q("snapshot", "--node", "1");
    const takenFile = taken.trim().split(": ")[1] as string;
    const backup = path.join(temporaryDirectory(), path.basename(takenFile));
    fs.copyFileSync(takenFile, backup);
    expect(execFileSync(process.execPath, [DUMP, "--verify", backup]).toString()).toContain(
      "exit 0",
    );

    // Section 6, restore: as if the whole cluster were lost (on ports of its own, beside the
    // running one), node 3 starts from the backup alone (a data directory holding only
    // snapshots/ with the copied file), forced into a new cluster; node 1 is added back fresh
    // and receives the restored state.
    const rbase = await freeBasePort(4);
    const [restoredOne, restoredThree] = [`127.0.0.1:${rbase + 1}`, `127.0.0.1:${rbase + 3}`];
    const restored = path.join(temporaryDirectory(), "node-3");
    fs.mkdirSync(path.join(restored, "snapshots"), { recursive: true });
    fs.copyFileSync(backup, path.join(restored, "snapshots", path.basename(backup)));
    const lone = restoring.start([
      "node",
      ...["--node-id", "3", "--peers", `3=${restoredThree}`, "--data", restored],
      ...["--state-machine", "kv", "--force-new-cluster"],
    ]);
    const onRestored = (...args: string[]) => ctl(rbase + 2, 1, ...args);
    await waitFor("the restored node to lead", async () =>
      /leader/.test(await onRestored("status")) ? true : undefined,
    );
    expect(lone.output()).toContain("forced a new single-node cluster");
    const one = restoring.start([
      "node",
      ...["--node-id", "1", "--peers", `1=${restoredOne},3=${restoredThree}`],
      ...["--data", path.join(temporaryDirectory(), "node-1"), "--state-machine", "kv", "--join"],
    ]);
    await waitFor("node 1 to listen", async () =>
      one.output().includes("node listening") ? true : undefined,
    );
    expect(await onRestored("add-node", "1", restoredOne)).toContain("node 1");
    await waitFor("node 1 to hold a", async () => {
      const answer = JSON.parse(
        execFileSync(
          process.execPath,
          [MAIN, ...["ctl", "--endpoints", restoredOne, "get", "a", "--consistency", "stale"]],
          { env: harnessEnvironment() },
        ).toString(),
      );
      return answer.value === "1" ? true : undefined;
    });
    expect(one.output()).toContain("adopted the cluster generation of a peer");
    await restoring.reap();

    // Section 7, adding a node: node 4 from a config file, joining; then add-learner, promote, transfer-leader, remove-node.
    const peers = [1, 2, 3, 4].map((id) => ({ id, address: `127.0.0.1:${base + id}` }));
    const config = path.join(data, "node-4.json");
    fs.writeFileSync(
      config,
      JSON.stringify({
        nodeId: 4,
        peers,
        dataDirectory: path.join(data, "node-4"),
        bootstrap: false,
        stateMachine: "kv",
        electionTimeoutMinMs: 150,
        electionTimeoutMaxMs: 300,
        heartbeatIntervalMs: 50,
      }),
    );
    const four = processes.start(["node", "--config", config]);
    await waitFor("node 4 to listen", async () =>
      four.output().includes("node listening") ? true : undefined,
    );
    expect(await q("add-learner", "4", `127.0.0.1:${base + 4}`)).toContain("added node 4");
    expect(await q("promote", "4")).toContain("promoted node 4");
    const members = JSON.parse(await q("-o", "json", "members")).members as {
      nodeId: number;
      voter: boolean;
    }[];
    expect(members.find((m) => m.nodeId === 4)?.voter).toBe(true);
    expect(await q("transfer-leader", "4")).toContain("node 4 leads");
    // A snapshot on demand: taken by the leader (node 4) whichever node the client reaches
    // first, or by the node --node names; each names its file on that node's disk.
    const onLeader = await q("snapshot");
    const leaderFile = path.join(data, "node-4", "snapshots");
    expect(onLeader).toMatch(
      new RegExp(`^node 4 took snapshot index \\d+ term \\d+: ${leaderFile}/\\S+\\.snap\n$`),
    );
    expect(fs.existsSync(onLeader.trim().split(": ")[1] as string)).toBe(true);
    expect(await q("snapshot", "--node", "1")).toMatch(
      new RegExp(
        `^node 1 took snapshot index \\d+ term \\d+: ${path.join(data, "node-1", "snapshots")}/`,
      ),
    );
    await q("transfer-leader", "1");
    expect(await q("remove-node", "4")).toContain("removed node 4");
    expect(JSON.parse(await q("-o", "json", "get", "a"))).toEqual({ ok: true, value: "1" });

    // Stop everything; every node's log passes dump --verify.
    const exited = new Promise((resolve) => cluster.child.once("exit", resolve));
    cluster.child.kill("SIGTERM");
    await exited;
    for (const id of [1, 2, 3]) {
      execFileSync(process.execPath, [DUMP, "--verify", path.join(data, `node-${id}`, "log")]);
    }

    // Section 9, lost majority: nodes 2 and 3 are gone for good. Node 1 is forced into a new cluster.
    const forced = processes.start([
      "node",
      "--node-id",
      "1",
      "--peers",
      peers
        .slice(0, 3)
        .map((p) => `${p.id}=${p.address}`)
        .join(","),
      "--data",
      path.join(data, "node-1"),
      "--state-machine",
      "kv",
      "--force-new-cluster",
    ]);
    await waitFor("the forced node to lead", async () =>
      /leader/.test(await ctl(base, 1, "status")) ? true : undefined,
    );
    expect(forced.output()).toContain("forced a new single-node cluster");
    expect(
      JSON.parse(await ctl(base, 1, "-o", "json", "members")).members.map(
        (m: { nodeId: number }) => m.nodeId,
      ),
    ).toEqual([1]);
    expect(JSON.parse(await ctl(base, 1, "get", "a"))).toEqual({ ok: true, value: "1" });

    // Node 3 comes back on its old data (as an enabled unit would bring it back). It still
    // counts 1, 2 and 3 as voters; when it reaches node 1 it learns the newer cluster
    // generation and stops with one fatal line saying how to rejoin, instead of electing a
    // leader of the old configuration beside node 1 (it once did, with node 2: split brain).
    const oldThree = processes.start([
      "node",
      ...[
        "--node-id",
        "3",
        "--peers",
        peers
          .slice(0, 3)
          .map((p) => `${p.id}=${p.address}`)
          .join(","),
      ],
      ...["--data", path.join(data, "node-3"), "--state-machine", "kv"],
    ]);
    const oldThreeCode = await new Promise<number | null>((resolve) =>
      oldThree.child.once("exit", (code) => resolve(code)),
    );
    expect(oldThreeCode).toBe(1);
    const fatal = oldThree
      .output()
      .split("\n")
      .filter((line) => line.includes('"level":60'));
    expect(fatal).toHaveLength(1);
    expect(fatal[0]).toContain("this node belongs to an abandoned configuration");
    expect(fatal[0]).toContain("--join");
    expect(JSON.parse(await ctl(base, 1, "put", "after-abandon", "1"))).toMatchObject({ ok: true });

    // Add node 2 back fresh (its old data moved aside), as the guide says: it joins, receives
    // the forced node's snapshot and log, and becomes a voter with the data.
    fs.renameSync(path.join(data, "node-2"), path.join(data, "node-2.old"));
    const two = processes.start([
      "node",
      "--node-id",
      "2",
      "--peers",
      peers
        .slice(0, 2)
        .map((p) => `${p.id}=${p.address}`)
        .join(","),
      "--data",
      path.join(data, "node-2"),
      "--state-machine",
      "kv",
      "--join",
    ]);
    await waitFor("node 2 to listen", async () =>
      two.output().includes("node listening") ? true : undefined,
    );
    expect(await ctl(base, 1, "add-node", "2", `127.0.0.1:${base + 2}`)).toContain("node 2");
    await ctl(base, 1, "put", "b", "2");
    await waitFor("node 2 to hold b", async () => {
      const endpoint = `127.0.0.1:${base + 2}`;
      const answer = JSON.parse(
        execFileSync(
          process.execPath,
          [MAIN, ...["ctl", "--endpoints", endpoint, "get", "b", "--consistency", "stale"]],
          { env: harnessEnvironment() },
        ).toString(),
      );
      return answer.value === "2" ? true : undefined;
    });
    expect(two.output()).toContain("adopted the cluster generation of a peer");
  }, 240_000);
});
