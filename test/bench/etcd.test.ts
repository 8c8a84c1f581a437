/**
 * bench:etcd's pure pieces, in process: its flags, the load tool's output lines, finding etcd's
 * leader from the members' status answers, and the comparison report (ratios and the
 * "faster at every client count" verdict). Running etcd itself needs etcd and Go, which CI does
 * not install; `npm run bench:etcd` is the end-to-end check.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  checkEtcdLoadBinary,
  DEBIAN_GOPATH,
  type EtcdCluster,
  etcdLeaderPosition,
  parseEtcdLoadLine,
  runEtcdLoad,
} from "../../bench/etcd-cluster.js";
import { parseEtcdOptions } from "../../bench/etcd-options.js";
import {
  buildEtcdComparison,
  formatEtcdComparison,
  type SystemRun,
} from "../../bench/etcd-report.js";
import { temporaryDirectory } from "../storage/helpers.js";

describe("parseEtcdOptions", () => {
  it("defaults to 3 nodes, 1/64/256 clients, 256-byte values, etcd on PATH, Debian's GOPATH", () => {
    const options = parseEtcdOptions([], {});
    expect(options).toMatchObject({
      help: false,
      nodes: 3,
      clients: [1, 64, 256],
      valueSizeBytes: 256,
      durationMs: 10_000,
      warmupMs: 2_000,
      startWarmupMs: 15_000,
      first: "etcd",
      etcdPath: "etcd",
      etcdLoadPath: undefined,
      goPath: DEBIAN_GOPATH,
      ownsDefaultDirectory: true,
      json: false,
    });
  });

  it("takes GOPATH from the environment unless --go-path is given", () => {
    expect(parseEtcdOptions([], { GOPATH: "/opt/go" }).goPath).toBe("/opt/go");
    expect(parseEtcdOptions(["--go-path", "/src/go"], { GOPATH: "/opt/go" }).goPath).toBe(
      "/src/go",
    );
    expect(parseEtcdOptions([], { GOPATH: "" }).goPath).toBe(DEBIAN_GOPATH);
  });

  it("reads every flag", () => {
    const options = parseEtcdOptions(
      [
        "--nodes=5",
        "--clients=8,32",
        "--value-size=4096",
        "--duration=3",
        "--warmup=0",
        "--start-warmup=0",
        "--first=ruvraft",
        "--etcd=/usr/local/bin/etcd",
        "--etcd-load=/tmp/etcd-load",
        "--dir=/tmp/bench-etcd-x",
        "--json",
      ],
      {},
    );
    expect(options).toMatchObject({
      nodes: 5,
      clients: [8, 32],
      valueSizeBytes: 4096,
      durationMs: 3_000,
      warmupMs: 0,
      startWarmupMs: 0,
      first: "ruvraft",
      etcdPath: "/usr/local/bin/etcd",
      etcdLoadPath: "/tmp/etcd-load",
      ownsDefaultDirectory: false,
      json: true,
    });
  });

  it("refuses bad flags, naming them", () => {
    expect(() => parseEtcdOptions(["--nodes=4"], {})).toThrow(/--nodes/);
    expect(() => parseEtcdOptions(["--clients=0"], {})).toThrow(/--clients/);
    expect(() => parseEtcdOptions(["--duration=0"], {})).toThrow(/--duration/);
    expect(() => parseEtcdOptions(["--start-warmup=-1"], {})).toThrow(/--start-warmup/);
    expect(() => parseEtcdOptions(["--first=raft"], {})).toThrow(
      '--first must be etcd or ruvraft, got "raft"',
    );
    expect(() => parseEtcdOptions(["--etcd="], {})).toThrow(/--etcd must not be empty/);
    expect(() => parseEtcdOptions(["--etcd-load="], {})).toThrow(/--etcd-load must not be empty/);
    expect(() => parseEtcdOptions(["--go-path="], {})).toThrow(/--go-path must not be empty/);
    expect(() => parseEtcdOptions(["--bogus"], {})).toThrow(/bogus/);
  });
});

describe("parseEtcdLoadLine", () => {
  const done = {
    event: "done",
    clients: 64,
    conns: 1,
    operations: 40_000,
    seconds: 8.001,
    p50Us: 9_000,
    p99Us: 28_000,
    p999Us: 40_000,
    errors: 0,
    firstError: "",
  };

  it("reads the window's edges and the final results", () => {
    expect(parseEtcdLoadLine('{"event":"measuring"}')).toEqual({ event: "measuring" });
    expect(parseEtcdLoadLine('{"event":"stopped"}')).toEqual({ event: "stopped" });
    expect(parseEtcdLoadLine(JSON.stringify(done))).toEqual(done);
  });

  it("refuses a line that is not JSON, naming the line", () => {
    expect(() => parseEtcdLoadLine("panic: dial tcp")).toThrow(/not JSON: panic: dial tcp/);
  });

  it("refuses a results line with a missing or non-numeric field, naming it", () => {
    const { p99Us: _, ...withoutP99 } = done;
    expect(() => parseEtcdLoadLine(JSON.stringify(withoutP99))).toThrow(/field p99Us/);
    expect(() => parseEtcdLoadLine(JSON.stringify({ ...done, operations: "many" }))).toThrow(
      /field operations/,
    );
    expect(() => parseEtcdLoadLine(JSON.stringify({ ...done, firstError: 3 }))).toThrow(
      /unexpected line/,
    );
    expect(() => parseEtcdLoadLine(JSON.stringify({ ...done, event: "finished" }))).toThrow(
      /unexpected line/,
    );
  });
});

describe("etcdLeaderPosition", () => {
  const status = (memberId: string, leader: string) => ({
    header: { member_id: memberId },
    leader,
  });

  it("finds the member every member names as leader", () => {
    expect(etcdLeaderPosition([status("11", "22"), status("22", "22"), status("33", "22")])).toBe(
      1,
    );
    expect(etcdLeaderPosition([status("11", "11"), status("22", "11"), status("33", "11")])).toBe(
      0,
    );
  });

  it("knows no leader while a member is silent, names another, or names none", () => {
    expect(etcdLeaderPosition([status("11", "22"), undefined, status("33", "22")])).toBe(undefined);
    expect(
      etcdLeaderPosition([status("11", "22"), status("22", "22"), status("33", "33")]),
    ).toBeUndefined();
    expect(
      etcdLeaderPosition([status("11", "0"), status("22", "0"), status("33", "0")]),
    ).toBeUndefined();
    // All agree on a leader that none of them is (a member id not in this cluster).
    expect(
      etcdLeaderPosition([status("11", "44"), status("22", "44"), status("33", "44")]),
    ).toBeUndefined();
  });

  it("refuses an answer that is not an etcd v3 status, naming the member", () => {
    expect(() => etcdLeaderPosition([status("11", "11"), { error: "not found" }])).toThrow(
      /etcd member 2: status has no/,
    );
  });
});

describe("buildEtcdComparison", () => {
  const system = (overrides: Partial<SystemRun>): SystemRun => ({
    opsPerSec: 1000,
    p50Us: 1000,
    p99Us: 5000,
    p999Us: 8000,
    errors: 0,
    firstError: undefined,
    nodeCpuUsPerOp: 200,
    clientCpuUsPerOp: 50,
    ...overrides,
  });
  const setup = {
    etcdVersion: "3.4.23",
    nodes: 3,
    valueSizeBytes: 256,
    warmupMs: 2000,
    startWarmupMs: 15_000,
    first: "etcd" as const,
    durationMs: 8000,
    loopsPerConnection: 64,
    rawFdatasyncP50Us: 210,
    rawFdatasyncAfterP50Us: 160,
  };

  it("gives ruvector-raft's figures over etcd's per client count", () => {
    const report = buildEtcdComparison(
      setup,
      [1, 64],
      [system({ opsPerSec: 600 }), system({ opsPerSec: 6000, p99Us: 30_000, nodeCpuUsPerOp: 230 })],
      [
        system({ opsPerSec: 800 }),
        system({ opsPerSec: 16_000, p99Us: 21_000, nodeCpuUsPerOp: 74 }),
      ],
    );
    expect(report.rows.map((row) => row.clients)).toEqual([1, 64]);
    expect(report.rows[0]?.opsRatio).toBeCloseTo(800 / 600, 9);
    expect(report.rows[1]?.opsRatio).toBeCloseTo(16_000 / 6000, 9);
    expect(report.rows[1]?.p99Ratio).toBeCloseTo(0.7, 9);
    expect(report.rows[1]?.nodeCpuRatio).toBeCloseTo(74 / 230, 9);
    expect(report.fasterAtEveryClientCount).toBe(true);
    expect(report.rawFdatasyncP50Us).toBe(210);
  });

  it("is not faster when it is slower at one client count or either side had errors", () => {
    const slowerOnce = buildEtcdComparison(
      setup,
      [1, 64],
      [system({ opsPerSec: 600 }), system({ opsPerSec: 6000 })],
      [system({ opsPerSec: 800 }), system({ opsPerSec: 5999 })],
    );
    expect(slowerOnce.fasterAtEveryClientCount).toBe(false);
    const ruvraftErrors = buildEtcdComparison(
      setup,
      [1],
      [system({ opsPerSec: 600 })],
      [system({ opsPerSec: 800, errors: 1, firstError: "timeout" })],
    );
    expect(ruvraftErrors.fasterAtEveryClientCount).toBe(false);
    const etcdErrors = buildEtcdComparison(
      setup,
      [1],
      [system({ opsPerSec: 600, errors: 2 })],
      [system({ opsPerSec: 800 })],
    );
    expect(etcdErrors.fasterAtEveryClientCount).toBe(false);
  });

  it("leaves a ratio unknown when etcd's figure is missing or zero", () => {
    const report = buildEtcdComparison(
      setup,
      [1],
      [system({ opsPerSec: 0, nodeCpuUsPerOp: undefined })],
      [system({})],
    );
    expect(report.rows[0]?.opsRatio).toBeUndefined();
    expect(report.rows[0]?.nodeCpuRatio).toBeUndefined();
    expect(report.rows[0]?.p99Ratio).toBe(1);
  });

  it("refuses runs that do not pair with the client counts", () => {
    expect(() => buildEtcdComparison(setup, [1, 64], [system({})], [system({})])).toThrow(
      /2 client counts but 1 etcd and 1 ruvraft runs/,
    );
  });

  it("prints one row per system and client count, the ratios and the verdict", () => {
    const text = formatEtcdComparison(
      buildEtcdComparison(
        setup,
        [256],
        [system({ opsPerSec: 8501, p99Us: 68_818 })],
        [system({ opsPerSec: 24_856, p99Us: 32_255, errors: 3, firstError: "timed out" })],
      ),
    );
    expect(text).toMatch(/etcd 3\.4\.23 against ruvector-raft: 3 nodes each, 256-byte values/);
    expect(text).toContain(
      "after 2 s warm-up (and 15 s of load on each fresh cluster first), 64 loops per connection, etcd first",
    );
    expect(text).toMatch(/256\s*\|?\s*etcd 3\.4\.23\s*\|?\s*8501\s*\|?\s*1\.000\s*\|?\s*68\.818/);
    expect(text).toMatch(/ruvector-raft\s*\|?\s*24856\s*\|?\s*1\.000\s*\|?\s*32\.255/);
    expect(text).toContain("3 (timed out)");
    expect(text).toContain("256 clients, ruvector-raft / etcd: ops/s 2.92x, p99 0.47x");
    expect(text).toContain("raw 4 KiB append + fdatasync p50 210 µs before, 160 µs after");
    expect(text).toContain("ruvector-raft faster at every client count: no");
  });
});

describe("runEtcdLoad", () => {
  const cluster: EtcdCluster = {
    clientEndpoints: ["127.0.0.1:1"],
    pids: () => [process.pid],
    unexpectedExit: () => undefined,
    stop: async () => {},
    killNow: () => {},
  };
  const load = {
    endpoint: "127.0.0.1:1",
    clients: 4,
    loopsPerConn: 64,
    valueSizeBytes: 256,
    warmupMs: 0,
    durationMs: 1000,
  };
  /** An executable stand-in for the Go load tool: a shell script of `commands`. */
  function fakeLoadTool(commands: readonly string[]): string {
    const file = path.join(temporaryDirectory(), "etcd-load");
    fs.writeFileSync(file, `#!/bin/sh\n${commands.join("\n")}\n`, { mode: 0o755 });
    return file;
  }
  /** The shell command that prints `line`. */
  const print = (line: string) => `echo '${line}'`;
  const done = {
    event: "done",
    clients: 4,
    conns: 1,
    operations: 2000,
    seconds: 2,
    p50Us: 900,
    p99Us: 3000,
    p999Us: 5000,
    errors: 1,
    firstError: "context deadline exceeded",
  };

  it("turns the tool's lines into a run: puts per second, percentiles, errors, CPU per put", async () => {
    // Between the window's edges the stand-in burns CPU (about 1 s in dash here, far more than
    // the 50 ms asked below, so a late sample of an edge cannot matter): the client CPU per put
    // is measured over exactly that.
    const tool = fakeLoadTool([
      print('{"event":"measuring"}'),
      "i=0; while [ $i -lt 1000000 ]; do i=$((i+1)); done",
      print('{"event":"stopped"}'),
      print(JSON.stringify(done)),
    ]);
    const run = await runEtcdLoad(tool, cluster, load);
    expect(run).toMatchObject({
      clients: 4,
      opsPerSec: 1000,
      p50Us: 900,
      p99Us: 3000,
      p999Us: 5000,
      errors: 1,
      firstError: "context deadline exceeded",
    });
    // Sampled from /proc at the window's edges (this process stands in for the members).
    expect(run.nodeCpuUsPerOp).toBeGreaterThanOrEqual(0);
    // 2000 puts: at least 50 ms of the stand-in's CPU in the window is 25 µs per put.
    expect(run.clientCpuUsPerOp).toBeGreaterThan(25);
  });

  it("fails naming the tool's stderr when it ends without its results", async () => {
    const tool = fakeLoadTool([print('{"event":"measuring"}'), "exit 1"]);
    await expect(runEtcdLoad(tool, cluster, load)).rejects.toThrow(
      /etcd-load ended \(exit 1\) without its results/,
    );
  });

  it("fails naming the binary when it cannot be started", async () => {
    const missing = path.join(temporaryDirectory(), "no-such-tool");
    await expect(runEtcdLoad(missing, cluster, load)).rejects.toThrow(
      `cannot run the load tool ${missing}`,
    );
    expect(() => checkEtcdLoadBinary(missing)).toThrow(
      `--etcd-load ${missing} is not an executable file`,
    );
  });
});
