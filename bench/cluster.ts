/**
 * `npm run bench:cluster [-- options]`: throughput and latency of a fresh local cluster of
 * separate `ruvraft node` processes, under N closed-loop clients proposing puts, against the
 * raw fdatasync latency of the disk the nodes write to, measured in the same run.
 *
 * Steps, in order:
 * 1. create the data directory fresh; measure raw 4 KiB append + fdatasync there, and the raw
 *    replicated write (bench/replication-floor.ts: the floor of a majority-durable write with
 *    as many processes as nodes on this host);
 * 2. start the nodes (free ports probed unless --base-port), wait until every node knows the
 *    same leader;
 * 3. for each client count of --clients: warm up, then measure for --duration seconds;
 * 4. measure raw fdatasync again (reference: the disk weather after the load);
 * 5. stop every node (SIGTERM, SIGKILL after a grace period) and remove the data directory,
 *    ALWAYS: on success, on error and on SIGINT / SIGTERM.
 *
 * Per client count it also reports the CPU time (user + system) per operation of all node
 * processes together and of the client process (from /proc): on a shared machine, where disk
 * weather moves throughput by 10% from run to run, CPU per operation is the steadier measure
 * of what a change to the hot path bought.
 *
 * With --reads, each client count also runs linearizable (ReadIndex) and lease reads after
 * its writes, every read checked against the value written (bench/cluster-reads.ts); the
 * nodes then start with `leaseReads: true` from a config file in the run directory.
 *
 * Prints a table (progress on stderr); with --json, one JSON line last on stdout.
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { measureRawFdatasync } from "./cluster-disk.js";
import {
  CLIENTS_MAX,
  nodeCount,
  positiveInteger,
  positiveIntegers,
  runDirectory,
  secondsAsMs,
  VALUE_SIZE_BYTES_MAX,
} from "./cluster-flags.js";
import {
  type ClusterLoad,
  LOOPS_PER_RAFT_CLIENT_DEFAULT,
  type LoadResult,
  loadCluster,
} from "./cluster-load.js";
import {
  ClusterGuard,
  cpuProfileArgs,
  findFreeBasePort,
  LEADER_TIMEOUT_MS,
  type LocalCluster,
  waitForLeader,
} from "./cluster-processes.js";
import {
  buildReadsReport,
  formatReadsTable,
  LINEARIZABLE_OVER_WRITES_MIN,
  READ_KEY_COUNT,
  type ReadRuns,
  runReads,
  writeReadKeys,
} from "./cluster-reads.js";
import { verdict } from "./cluster-targets.js";
import type { LatencySummary } from "./latency.js";
import { parseFlagsOrExit, prepareBenchDirectory, runBench } from "./options.js";
import { measureReplicationFloor, type ReplicationFloor } from "./replication-floor.js";
import { formatTable } from "./text-table.js";

const HELP = `Usage: npm run bench:cluster -- [options]

Starts a fresh local cluster of separate node processes, drives closed-loop clients proposing
puts, and reports throughput and latency percentiles against the raw 4 KiB append + fdatasync
latency of the same disk and the raw replicated write (the floor of a majority-durable put
with as many processes on this host), both measured in the same run before the cluster starts.

Options:
  --nodes N              1, 3 or 5 (default 3)
  --clients N[,N...]     concurrent closed-loop clients (default 1); a comma list runs each
                         count in turn against the same cluster, one table row each
  --value-size BYTES     bytes per put value (default 256)
  --duration SECONDS     measured time per client count (default 10)
  --warmup SECONDS       unmeasured time before each measurement (default 2)
  --loops-per-raft-client N
                         client loops sharing one RaftClient, i.e. one pipelined TCP
                         connection to the leader (default ${LOOPS_PER_RAFT_CLIENT_DEFAULT}; 0 = all loops share one)
  --dir PATH             data directory (default <repo>/data/bench-cluster); created fresh and
                         removed at the end; an existing non-empty PATH is refused
  --base-port P          node <id> listens on P + id, admin HTTP on P + 100 + id (default: a
                         free range found by probing)
  --reads                after each client count's writes, run linearizable (ReadIndex) and
                         lease reads with the same clients, each for --duration after
                         --warmup; ${READ_KEY_COUNT} keys are written first and every read must return
                         the value written (else it is an error). Reads go to the leader
                         (listed first to the clients). The nodes start with
                         leaseReads true. Adds a read table: per client count one row each
                         for writes, linearizable and lease: ops/s; "x writes" (ops/s over the
                         writes' ops/s of the same client count); p50/p99 latency; "node
                         µs/op" (CPU time of all node processes over the window per
                         operation); "client µs/op" (the bench process's); errors
  --cpu-prof DIR         run every node process with node --cpu-prof, writing its profile
                         into DIR when it stops (profile the bench itself with
                         node --cpu-prof dist/bench/cluster.js)
  --node-flag FLAG       pass FLAG to the Node.js runtime of every node process (repeat for
                         more), e.g. --node-flag=--single-threaded-gc or
                         --node-flag=--trace-gc (output in the node logs); the table's
                         header names the flags
  --node-setting KEY=VALUE
                         a node config file setting for every node (repeat for more; VALUE
                         is JSON, e.g. --node-setting snapshotThresholdEntries=1000000, or
                         quoted for the shell, --node-setting 'logWriteThread="thread-pool"'),
                         to compare settings in one series; the table's header names them
  --json                 also print one JSON line last on stdout
  --help                 print this help

JSON: "runs" holds one object per client count; the top-level clients, opsPerSec, p50Ms,
p99Ms, p999Ms and errors are those of the LAST run (the highest load of "1,64,256").
oneClientP50OverRawFdatasync is the 1-client p50 / rawFdatasyncP50Us (null without a
1-client run). rawReplicatedWriteP50Us / P99Us are the raw replicated write's (as many Node.js
processes as nodes, on loopback TCP: the client sends 300 bytes to a leader, which sends them
on to the others, makes them durable itself with one 512-byte O_DSYNC write, and answers
once a majority has; no Raft, codec or log: the floor of a replicated put on this host), and
oneClientP50OverRawReplicatedWrite the 1-client p50 over it. nodeFlags lists the --node-flag values, nodeSettings the --node-setting ones. Each run has the leader's figures
from its admin /metrics: leaderFsyncsPerSec, leaderEntriesPerFsync, leaderFsyncMeanUs, and
its transport frames sent and received per operation and frames per socket write
(leaderFramesSentPerOp, leaderFramesReceivedPerOp, leaderFramesPerSocketWrite). Targets (3
nodes, 256-byte values only): 1 client p50 <= 0.8 ms and <= 2.5x the raw fdatasync p50; 64
clients >= 30,000 ops/s with p99 <= 10 ms; 256 clients >= 45,000 ops/s with p99 <= 25 ms and
node CPU <= 30 us per operation. With --reads, "reads" holds one object per client count:
"writes", "linearizable" and "lease", each with opsPerSec, overWrites, p50Ms, p99Ms, p999Ms,
nodeCpuUsPerOp, clientCpuUsPerOp, leaderFsyncsPerSec, errors and firstError (the reads also
verifiedReads and mismatchedReads, counted over the warm-up and the window), and its verdict
against the target linearizable >= ${LINEARIZABLE_OVER_WRITES_MIN}x writes without errors
(any node count and value size); allTargetsMet includes it. Without --reads,
"reads" is null.`;

interface Options {
  nodes: number;
  clients: number[];
  valueSizeBytes: number;
  durationMs: number;
  warmupMs: number;
  loopsPerRaftClient: number;
  directory: string;
  ownsDefaultDirectory: boolean;
  basePort: number | undefined;
  reads: boolean;
  /** --cpu-prof: where the node processes write their CPU profiles. */
  cpuProfileDirectory: string | undefined;
  /** --node-flag: runtime flags for every node process. */
  nodeFlags: string[];
  /** --node-setting: config file keys for every node (with --reads, leaseReads too). */
  nodeSettings: Record<string, unknown>;
  json: boolean;
}

function parseOptions(): Options | undefined {
  const { values } = parseArgs({
    options: {
      nodes: { type: "string", default: "3" },
      clients: { type: "string", default: "1" },
      "value-size": { type: "string", default: "256" },
      duration: { type: "string", default: "10" },
      warmup: { type: "string", default: "2" },
      "loops-per-raft-client": { type: "string", default: String(LOOPS_PER_RAFT_CLIENT_DEFAULT) },
      dir: { type: "string" },
      "base-port": { type: "string" },
      reads: { type: "boolean", default: false },
      "cpu-prof": { type: "string" },
      "node-flag": { type: "string", multiple: true, default: [] },
      "node-setting": { type: "string", multiple: true, default: [] },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return undefined;
  }
  const nodes = nodeCount("--nodes", values.nodes);
  const clients = positiveIntegers("--clients", values.clients, CLIENTS_MAX);
  const loops = Number(values["loops-per-raft-client"]);
  if (!Number.isSafeInteger(loops) || loops < 0) {
    throw new Error("--loops-per-raft-client must be a non-negative integer");
  }
  return {
    nodes,
    clients,
    valueSizeBytes: positiveInteger("--value-size", values["value-size"], VALUE_SIZE_BYTES_MAX),
    durationMs: secondsAsMs("--duration", values.duration, false),
    warmupMs: secondsAsMs("--warmup", values.warmup, true),
    loopsPerRaftClient: loops === 0 ? CLIENTS_MAX : loops,
    ...runDirectory(values.dir, "bench-cluster"),
    basePort:
      values["base-port"] === undefined
        ? undefined
        : positiveInteger("--base-port", values["base-port"], 65_535 - 100 - nodes),
    reads: values.reads,
    cpuProfileDirectory:
      values["cpu-prof"] === undefined ? undefined : path.resolve(values["cpu-prof"]),
    nodeFlags: nodeFlags(values["node-flag"]),
    nodeSettings: nodeSettings(values["node-setting"]),
    json: values.json,
  };
}

/** --node-flag values: each one flag for node, starting with "--". */
function nodeFlags(flags: readonly string[]): string[] {
  for (const flag of flags) {
    if (!flag.startsWith("--")) {
      throw new Error(`--node-flag takes a Node.js flag starting with "--", got "${flag}"`);
    }
  }
  return [...flags];
}

function progress(message: string): void {
  process.stderr.write(`[bench:cluster] ${message}\n`);
}

function round(value: number, digits = 3): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

function roundOrNull(value: number | undefined, digits: number): number | null {
  return value === undefined ? null : round(value, digits);
}

function runReport(options: Options, run: LoadResult, rawFdatasyncP50Us: number) {
  const { verdict: met, target } = verdict(options, run, rawFdatasyncP50Us);
  return {
    clients: run.clients,
    raftClients: run.raftClients,
    opsPerSec: Math.round(run.opsPerSec),
    p50Ms: round(run.p50Us / 1000),
    p99Ms: round(run.p99Us / 1000),
    p999Ms: round(run.p999Us / 1000),
    maxMs: round(run.maxUs / 1000),
    meanMs: round(run.meanUs / 1000),
    operations: run.operations,
    errors: run.errors,
    warmupErrors: run.warmupErrors,
    firstError: run.firstError ?? null,
    leaderFsyncsPerSec:
      run.leaderFsyncs === undefined ? null : Math.round(run.leaderFsyncs / run.seconds),
    leaderEntriesPerFsync:
      run.leaderEntriesPerFsync === undefined ? null : round(run.leaderEntriesPerFsync, 1),
    leaderFsyncMeanUs:
      run.leaderFsyncMeanUs === undefined ? null : Math.round(run.leaderFsyncMeanUs),
    leaderFramesSentPerOp: roundOrNull(run.leaderFramesSentPerOp, 2),
    leaderFramesReceivedPerOp: roundOrNull(run.leaderFramesReceivedPerOp, 2),
    leaderFramesPerSocketWrite: roundOrNull(run.leaderFramesPerSocketWrite, 1),
    nodeCpuUsPerOp: run.nodeCpuUsPerOp === undefined ? null : round(run.nodeCpuUsPerOp, 1),
    clientCpuUsPerOp: round(run.clientCpuUsPerOp, 1),
    target,
    verdict: met,
  };
}

function buildReport(
  options: Options,
  { runs, readRuns }: BenchmarkRuns,
  raw: { before: LatencySummary; after: LatencySummary | undefined; replicated: ReplicationFloor },
) {
  const reports = runs.map((run) => runReport(options, run, raw.before.p50Us));
  const reads = readRuns === undefined ? null : buildReadsReport(readRuns);
  const last = reports[reports.length - 1];
  const oneClient = reports.find((run) => run.clients === 1);
  return {
    nodes: options.nodes,
    clients: last?.clients ?? null,
    valueSize: options.valueSizeBytes,
    durationSeconds: options.durationMs / 1000,
    warmupSeconds: options.warmupMs / 1000,
    loopsPerRaftClient: Math.min(options.loopsPerRaftClient, CLIENTS_MAX),
    nodeFlags: options.nodeFlags,
    nodeSettings: options.nodeSettings,
    opsPerSec: last?.opsPerSec ?? null,
    p50Ms: last?.p50Ms ?? null,
    p99Ms: last?.p99Ms ?? null,
    p999Ms: last?.p999Ms ?? null,
    errors: last?.errors ?? null,
    rawFdatasyncP50Us: raw.before.p50Us,
    rawFdatasyncP99Us: raw.before.p99Us,
    rawFdatasyncAfterP50Us: raw.after?.p50Us ?? null,
    oneClientP50OverRawFdatasync:
      oneClient === undefined ? null : round((oneClient.p50Ms * 1000) / raw.before.p50Us, 2),
    rawReplicatedWriteP50Us: raw.replicated.p50Us,
    rawReplicatedWriteP99Us: raw.replicated.p99Us,
    oneClientP50OverRawReplicatedWrite:
      oneClient === undefined ? null : round((oneClient.p50Ms * 1000) / raw.replicated.p50Us, 2),
    allTargetsMet:
      reports.every((run) => run.verdict !== "MISS") &&
      (reads ?? []).every((row) => row.verdict !== "MISS"),
    runs: reports,
    reads,
    node: process.version,
  };
}

type Report = ReturnType<typeof buildReport>;

function printTable(report: Report): void {
  const header = ["clients", "ops/s", "p50 ms", "p99 ms", "p99.9 ms", "errors", "target"];
  const rows = report.runs.map((run) => [
    String(run.clients),
    String(run.opsPerSec),
    run.p50Ms.toFixed(3),
    run.p99Ms.toFixed(3),
    run.p999Ms.toFixed(3),
    String(run.errors),
    run.verdict === "-" ? "-" : `${run.verdict} (${run.target})`,
  ]);
  const leader = report.runs.map(
    (run) =>
      `  ${run.clients} clients: leader ${run.leaderFsyncsPerSec ?? "?"} fdatasyncs/s, ` +
      `${run.leaderEntriesPerFsync ?? "?"} entries/fdatasync, write+fdatasync mean ${run.leaderFsyncMeanUs ?? "?"} µs; ` +
      `frames/op ${run.leaderFramesSentPerOp ?? "?"} sent, ${run.leaderFramesReceivedPerOp ?? "?"} received, ${run.leaderFramesPerSocketWrite ?? "?"} per socket write; ` +
      `CPU per op: nodes ${run.nodeCpuUsPerOp ?? "?"} µs, client ${run.clientCpuUsPerOp} µs` +
      (run.firstError === null ? "" : `; first error: ${run.firstError}`),
  );
  const noOneClient = "n/a (no 1-client run)";
  const ratio = String(report.oneClientP50OverRawFdatasync ?? noOneClient);
  const floorRatio = String(report.oneClientP50OverRawReplicatedWrite ?? noOneClient);
  process.stdout.write(
    `cluster: ${report.nodes} nodes, ${report.valueSize}-byte values, ${report.durationSeconds} s measured after ${report.warmupSeconds} s warm-up, ${report.loopsPerRaftClient} loops per RaftClient${report.nodeFlags.length === 0 ? "" : `, node flags ${report.nodeFlags.join(" ")}`}${Object.keys(report.nodeSettings).length === 0 ? "" : `, node settings ${JSON.stringify(report.nodeSettings)}`}\n` +
      `${formatTable(header, rows)}\n${leader.join("\n")}\n` +
      `raw 4 KiB append + fdatasync p50 ${report.rawFdatasyncP50Us} µs, p99 ${report.rawFdatasyncP99Us} µs (after the load: p50 ${report.rawFdatasyncAfterP50Us ?? "?"} µs)\n` +
      `raw replicated write (${report.nodes} processes on loopback, a majority durable; bench/replication-floor.ts) p50 ${report.rawReplicatedWriteP50Us} µs, p99 ${report.rawReplicatedWriteP99Us} µs\n` +
      `1-client p50 / raw fdatasync p50: ${ratio}; / raw replicated write p50: ${floorRatio}\n`,
  );
  if (report.reads !== null) {
    process.stdout.write(
      `reads (${READ_KEY_COUNT} keys, each read checked against the value written):\n${formatReadsTable(report.reads)}\n`,
    );
  }
}

interface BenchmarkRuns {
  /** The write runs, one per client count. */
  runs: LoadResult[];
  /** With --reads: per client count its write run and its read runs. */
  readRuns: ReadRuns[] | undefined;
}

function progressRun(what: string, run: LoadResult): void {
  progress(
    `${run.clients} clients, ${what}: ${Math.round(run.opsPerSec)} ops/s, p50 ${round(run.p50Us / 1000)} ms, p99 ${round(run.p99Us / 1000)} ms, ${run.errors} errors`,
  );
}

async function benchmark(options: Options, cluster: LocalCluster): Promise<BenchmarkRuns> {
  progress(`waiting for a leader (nodes on ${cluster.endpoints.join(", ")})`);
  const leader = await waitForLeader(cluster, LEADER_TIMEOUT_MS);
  progress(`leader: node ${leader.leaderId} at ${leader.address}`);
  if (options.reads) {
    progress(`writing the ${READ_KEY_COUNT} read keys`);
    await writeReadKeys(cluster.endpoints, options.valueSizeBytes);
  }
  const runs: LoadResult[] = [];
  const readRuns: ReadRuns[] = [];
  for (const clients of options.clients) {
    progress(
      `${clients} clients: ${options.warmupMs / 1000} s warm-up, ${options.durationMs / 1000} s measured${options.reads ? ", for writes and each read kind" : ""}`,
    );
    const load: ClusterLoad = {
      clients,
      valueSizeBytes: options.valueSizeBytes,
      warmupMs: options.warmupMs,
      durationMs: options.durationMs,
      loopsPerRaftClient: options.loopsPerRaftClient,
    };
    const writes = await loadCluster(cluster, leader, load);
    runs.push(writes);
    progressRun("writes", writes);
    if (!options.reads) continue;
    const reads = await runReads(cluster, leader, load, (kind, run) =>
      progressRun(`${kind} reads`, run),
    );
    readRuns.push({ writes, reads });
  }
  return { runs, readRuns: options.reads ? readRuns : undefined };
}

/**
 * --node-setting values as config file keys: "KEY=VALUE" with VALUE parsed as JSON. The node
 * checks the keys and values when it starts (an unknown key or a bad value stops the run).
 */
function nodeSettings(settings: readonly string[]): Record<string, unknown> {
  const parsed: Record<string, unknown> = {};
  for (const setting of settings) {
    const equals = setting.indexOf("=");
    if (equals <= 0) {
      throw new Error(`--node-setting takes KEY=VALUE, got "${setting}"`);
    }
    const text = setting.slice(equals + 1);
    try {
      parsed[setting.slice(0, equals)] = JSON.parse(text);
    } catch {
      throw new Error(`--node-setting ${setting}: the value must be JSON, got "${text}"`);
    }
  }
  return parsed;
}

/**
 * The node config file of the run (--node-setting keys; with --reads, lease reads on) and the
 * flag that passes it; nothing without either.
 */
function nodeArguments(options: Options): string[] {
  const settings = { ...options.nodeSettings, ...(options.reads ? { leaseReads: true } : {}) };
  if (Object.keys(settings).length === 0) return [];
  const file = path.join(options.directory, "node-config.json");
  fs.writeFileSync(file, `${JSON.stringify(settings)}\n`);
  return ["--config", file];
}

async function main(): Promise<number> {
  const options = parseFlagsOrExit("bench:cluster", parseOptions);
  if (options === undefined) return 0;
  prepareBenchDirectory(options);
  progress(`data directory ${options.directory}`);
  const guard = new ClusterGuard(options.directory, progress);
  try {
    progress("raw 4 KiB append + fdatasync");
    const rawBefore = await measureRawFdatasync(options.directory);
    progress(`raw replicated write (${options.nodes} processes)`);
    const replicated = await measureReplicationFloor(options.directory, options.nodes);
    const basePort = options.basePort ?? (await findFreeBasePort(options.nodes));
    progress(`starting ${options.nodes} nodes, base port ${basePort}`);
    const cluster = guard.start({
      nodes: options.nodes,
      dataDirectory: options.directory,
      basePort,
      extraArgs: nodeArguments(options),
      nodeArgs: [
        ...options.nodeFlags,
        ...(options.cpuProfileDirectory === undefined
          ? []
          : cpuProfileArgs(options.cpuProfileDirectory)),
      ],
    });
    const runs = await benchmark(options, cluster);
    progress("raw 4 KiB append + fdatasync again (reference, after the load)");
    const rawAfter = await measureRawFdatasync(options.directory);
    const report = buildReport(options, runs, { before: rawBefore, after: rawAfter, replicated });
    printTable(report);
    if (options.cpuProfileDirectory !== undefined) {
      progress(`CPU profiles of the nodes go to ${options.cpuProfileDirectory} as they stop`);
    }
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  } finally {
    await guard.finish();
  }
}

await runBench("bench:cluster", main);
