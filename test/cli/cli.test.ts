/** The `ruvraft` command as operators run it: node settings errors, cluster, ctl. */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { ctlIn, freeBasePort, MAIN, Processes } from "./cli-harness.js";

const run = promisify(execFile);
const processes = new Processes();
afterEach(() => processes.reap());

/**
 * This file's clusters make their own cluster secret (`ruvraft cluster` without one in its
 * environment), and get a client secret, which its nodes take from the environment.
 */
const { RUVRAFT_SHARED_SECRET: _unset, ...noSecret } = process.env;
const CLIENT_SECRET = "cli-test-client-secret";
let secretFile = "";
const ctl = (base: number, ...args: string[]) =>
  ctlIn(noSecret, base, 3, "--secret-file", secretFile, ...args);

describe("ruvraft node settings", () => {
  it("names the missing or bad key and exits 1", async () => {
    const failure = await run(process.execPath, [MAIN, "node", "--peers", "1=127.0.0.1:1"], {
      timeout: 10_000,
    }).catch((error: { code: number; stderr: string }) => error);
    expect(failure).toMatchObject({ code: 1 });
    expect((failure as { stderr: string }).stderr).toMatch(/invalid config nodeId: is required/);
    const badPeers = await run(
      process.execPath,
      [MAIN, "node", "--node-id", "1", "--peers", "one=x", "--data", temporaryDirectory()],
      { timeout: 10_000 },
    ).catch((error: { stderr: string }) => error);
    expect((badPeers as { stderr: string }).stderr).toMatch(
      /invalid config peers: expected "id=host:port,...", got "one=x"/,
    );
  });
});

describe("ruvraft cluster and ctl", () => {
  it("starts a local 3-node cluster, serves ctl, and stops every node on SIGINT", async () => {
    const base = await freeBasePort(3);
    const data = temporaryDirectory();
    secretFile = path.join(data, "cluster-secret");
    const started = processes.start(
      ["cluster", "--data", data, "--base-port", String(base), "--state-machine", "kv"],
      { ...noSecret, RUVRAFT_CLIENT_SECRET: CLIENT_SECRET },
    );
    const cluster = started.child;
    const output = started.output;
    let table = "";
    // A leader and two followers (right after the election a node may still be a candidate).
    const settled = (text: string) =>
      /leader/.test(text) && (text.match(/follower/g) ?? []).length === 2;
    for (let attempt = 0; attempt < 100 && !settled(table); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 100));
      table = await ctl(base, "status").catch(() => "");
    }
    expect(output()).toContain(`node 1: raft+client 127.0.0.1:${base + 1}`);
    expect(table).toMatch(
      /ID\s+ADDRESS\s+ROLE\s+LEARNER\s+TERM\s+LEADER\s+COMMIT\s+APPLIED\s+LAG\s+LOG SIZE\s+VERSION/,
    );
    expect(table.match(/follower/g)).toHaveLength(2);
    // Each node's log on disk: a preallocated segment and its spare, in MiB.
    expect(table.match(/\s(leader|follower)\s+no\s.*\s\d+(\.\d)?MiB\s+0\.1\.0$/gm)).toHaveLength(3);
    expect(JSON.parse(await ctl(base, "put", "color", "blue"))).toMatchObject({ ok: true });
    expect(JSON.parse(await ctl(base, "get", "color"))).toEqual({ ok: true, value: "blue" });
    // ctl health: every endpoint answers, knows the leader and completes a linearizable read.
    const health = (await ctl(base, "health")).trimEnd().split("\n");
    expect(health[0]).toMatch(/^ENDPOINT\s+HEALTH\s+TOOK$/);
    expect(health.slice(1).filter((row) => /\shealthy\s+\d+\.\dms$/.test(row))).toHaveLength(3);
    await ctl(base, "put", "gone", "soon");
    expect(JSON.parse(await ctl(base, "delete", "gone"))).toMatchObject({ ok: true });
    expect(JSON.parse(await ctl(base, "get", "gone"))).toEqual({ ok: true, value: null });
    expect(JSON.parse(await ctl(base, "-o", "json", "members")).members).toHaveLength(3);
    // Closed by default: the cluster drew its secret into a file only its owner reads, and a
    // ctl without it is refused.
    expect(fs.statSync(secretFile).mode & 0o777).toBe(0o600);
    expect(output()).toContain(`security: a cluster secret in ${secretFile}`);
    const refused = await ctlIn(noSecret, base, 3, "--timeout", "1500", "get", "color").then(
      () => undefined,
      (error: { code: number }) => error,
    );
    expect(refused?.code).toBe(1);
    // The client secret writes and reads; changing the membership needs the cluster secret.
    const asClient = { ...noSecret, RUVRAFT_CLIENT_SECRET: CLIENT_SECRET };
    expect(JSON.parse(await ctlIn(asClient, base, 3, "put", "shade", "navy"))).toMatchObject({
      ok: true,
    });
    expect(JSON.parse(await ctlIn(asClient, base, 3, "get", "shade"))).toEqual({
      ok: true,
      value: "navy",
    });
    const forbidden = await ctlIn(asClient, base, 3, "remove-node", "3").then(
      () => undefined,
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(forbidden?.code).toBe(1);
    expect(`${forbidden?.stdout}${forbidden?.stderr}`).toMatch(/EPERM|needs admin rights/);
    expect(JSON.parse(await ctl(base, "-o", "json", "members")).members).toHaveLength(3);
    const exited = new Promise<number | null>((resolve) =>
      cluster.once("exit", (code) => resolve(code)),
    );
    cluster.kill("SIGINT");
    expect(await exited).toBe(0);
    expect(output()).toContain("SIGINT: stopping every node");
    // No endpoint answers: `ctl status` says so row by row, keeps its columns, and exits 3.
    const down = await ctl(base, "--timeout", "1000", "status").then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(down?.code).toBe(3);
    const sick = await ctl(base, "--timeout", "1000", "health").then(
      () => undefined,
      (error: { code: number; stdout: string }) => error,
    );
    expect(sick?.code).toBe(3);
    expect(sick?.stdout.match(/\sunhealthy\s/g)).toHaveLength(3);
    expect(down?.stdout.match(/^-\s+127\.0\.0\.1:\d+\s+unreachable$/gm)).toHaveLength(3);
    expect(down?.stdout).toMatch(/^127\.0\.0\.1:\d+: .+$/m);
    // Every node released its data directory: a node can start on it again.
    const again = processes.start([
      "node",
      "--node-id",
      "1",
      "--peers",
      `1=127.0.0.1:${base + 1}`,
      "--data",
      path.join(data, "node-1"),
      "--state-machine",
      "kv",
    ]);
    for (let attempt = 0; attempt < 100 && !again.output().includes("node listening"); attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const log = again.output();
    expect(log).toContain("node listening");
  });
});
