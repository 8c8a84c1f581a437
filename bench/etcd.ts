/**
 * `npm run bench:etcd [-- options]`: etcd and ruvector-raft under the same closed-loop put
 * load on this machine, in one run (flags and columns in bench/etcd-options.ts, the report in
 * bench/etcd-report.ts, the etcd side in bench/etcd-cluster.ts and bench/etcd-load/main.go).
 *
 * Steps, in order:
 * 1. check the etcd binary (its version) and a given --etcd-load, before anything starts;
 * 2. create the data directory fresh; build the Go load tool into it (unless --etcd-load);
 *    measure raw 4 KiB append + fdatasync there;
 * 3. start the etcd members, wait until all name one leader and their start-up writes are done,
 *    load them for --start-warmup at the largest client count (unreported), then for each
 *    client count: warm up, measure; stop the members;
 * 4. the same for a ruvector-raft cluster of node processes (bench:cluster's load); with
 *    --first ruvraft, 4 comes before 3;
 * 5. measure raw fdatasync again (the disk weather after the load);
 * 6. stop whatever runs and remove the data directory, ALWAYS: on success, on error and on
 *    SIGINT / SIGTERM (ClusterGuard, bench/cluster-processes.ts).
 *
 * Prints a table (progress on stderr); with --json, one JSON line last on stdout.
 */
import path from "node:path";
import { measureRawFdatasync } from "./cluster-disk.js";
import { LOOPS_PER_RAFT_CLIENT_DEFAULT, type LoadResult, loadCluster } from "./cluster-load.js";
import {
  ClusterGuard,
  findFreeBasePort,
  LEADER_TIMEOUT_MS,
  waitForLeader,
} from "./cluster-processes.js";
import {
  buildEtcdLoad,
  checkEtcdLoadBinary,
  type EtcdRun,
  etcdLoadSource,
  etcdVersion,
  runEtcdLoad,
  startEtcdCluster,
  waitForEtcdLeader,
} from "./etcd-cluster.js";
import { ETCD_HELP, type EtcdBenchOptions, parseEtcdOptions } from "./etcd-options.js";
import {
  buildEtcdComparison,
  formatEtcdComparison,
  type SystemRun,
  systemRunOf,
} from "./etcd-report.js";
import { parseFlagsOrExit, prepareBenchDirectory, runBench } from "./options.js";
import { START_UP_WRITES_SETTLE, waitForWritesToSettle } from "./process-io.js";

function progress(message: string): void {
  process.stderr.write(`[bench:etcd] ${message}\n`);
}

function progressRun(system: string, clients: number, run: SystemRun): void {
  progress(
    `${system}, ${clients} clients: ${Math.round(run.opsPerSec)} ops/s, p50 ${(run.p50Us / 1000).toFixed(3)} ms, p99 ${(run.p99Us / 1000).toFixed(3)} ms, ${run.errors} errors`,
  );
}

/** The measured window of the start warm-up run, whose figures are not reported. */
const START_WARMUP_WINDOW_MS = 1000;

/**
 * One system's series on its fresh cluster: first --start-warmup at the largest client count
 * (unreported), then each client count, warm-up and window, by `run`.
 */
async function measureSeries(
  system: string,
  options: EtcdBenchOptions,
  run: (clients: number, warmupMs: number, durationMs: number) => Promise<LoadResult | EtcdRun>,
): Promise<SystemRun[]> {
  if (options.startWarmupMs > 0) {
    const clients = Math.max(...options.clients);
    const warmup = await run(clients, options.startWarmupMs, START_WARMUP_WINDOW_MS);
    progressRun(`${system} start warm-up (not reported)`, clients, warmup);
  }
  const runs: SystemRun[] = [];
  for (const clients of options.clients) {
    const result = await run(clients, options.warmupMs, options.durationMs);
    progressRun(system, clients, result);
    runs.push(systemRunOf(result));
  }
  return runs;
}

async function measureEtcd(
  options: EtcdBenchOptions,
  guard: ClusterGuard,
  loadTool: string,
): Promise<SystemRun[]> {
  const basePort = await findFreeBasePort(options.nodes);
  progress(`etcd: starting ${options.nodes} members, base port ${basePort}`);
  const cluster = guard.adopt(
    startEtcdCluster({
      etcdPath: options.etcdPath,
      members: options.nodes,
      dataDirectory: path.join(options.directory, "etcd"),
      basePort,
    }),
  );
  const leader = await waitForEtcdLeader(cluster, LEADER_TIMEOUT_MS);
  const settled = await waitForWritesToSettle(cluster.pids(), START_UP_WRITES_SETTLE);
  progress(`etcd: leader at ${leader}; start-up writes ${settled}`);
  const runs = await measureSeries("etcd", options, (clients, warmupMs, durationMs) =>
    runEtcdLoad(loadTool, cluster, {
      endpoint: leader,
      clients,
      loopsPerConn: LOOPS_PER_RAFT_CLIENT_DEFAULT,
      valueSizeBytes: options.valueSizeBytes,
      warmupMs,
      durationMs,
    }),
  );
  await guard.stop();
  return runs;
}

async function measureRuvraft(
  options: EtcdBenchOptions,
  guard: ClusterGuard,
): Promise<SystemRun[]> {
  const basePort = await findFreeBasePort(options.nodes);
  progress(`ruvector-raft: starting ${options.nodes} nodes, base port ${basePort}`);
  const cluster = guard.start({
    nodes: options.nodes,
    dataDirectory: path.join(options.directory, "ruvraft"),
    basePort,
    extraArgs: [],
  });
  const leader = await waitForLeader(cluster, LEADER_TIMEOUT_MS);
  const settled = await waitForWritesToSettle(cluster.pids(), START_UP_WRITES_SETTLE);
  progress(`ruvector-raft: leader node ${leader.leaderId}; start-up writes ${settled}`);
  const runs = await measureSeries("ruvector-raft", options, (clients, warmupMs, durationMs) =>
    loadCluster(cluster, leader, {
      clients,
      valueSizeBytes: options.valueSizeBytes,
      warmupMs,
      durationMs,
      loopsPerRaftClient: LOOPS_PER_RAFT_CLIENT_DEFAULT,
    }),
  );
  await guard.stop();
  return runs;
}

async function main(): Promise<number> {
  const options = parseFlagsOrExit("bench:etcd", () => parseEtcdOptions(process.argv.slice(2)));
  if (options.help) {
    process.stdout.write(`${ETCD_HELP}\n`);
    return 0;
  }
  const version = etcdVersion(options.etcdPath);
  if (options.etcdLoadPath !== undefined) checkEtcdLoadBinary(options.etcdLoadPath);
  prepareBenchDirectory(options);
  progress(`data directory ${options.directory}; etcd ${version}`);
  const guard = new ClusterGuard(options.directory, progress);
  try {
    const loadTool =
      options.etcdLoadPath ?? buildEtcdLoad(etcdLoadSource(), options.directory, options.goPath);
    progress("raw 4 KiB append + fdatasync");
    const fdatasync = await measureRawFdatasync(options.directory);
    let etcdRuns: SystemRun[];
    let ruvraftRuns: SystemRun[];
    if (options.first === "etcd") {
      etcdRuns = await measureEtcd(options, guard, loadTool);
      ruvraftRuns = await measureRuvraft(options, guard);
    } else {
      ruvraftRuns = await measureRuvraft(options, guard);
      etcdRuns = await measureEtcd(options, guard, loadTool);
    }
    progress("raw 4 KiB append + fdatasync again (reference, after the load)");
    const fdatasyncAfter = await measureRawFdatasync(options.directory);
    const report = buildEtcdComparison(
      {
        etcdVersion: version,
        nodes: options.nodes,
        valueSizeBytes: options.valueSizeBytes,
        warmupMs: options.warmupMs,
        startWarmupMs: options.startWarmupMs,
        first: options.first,
        durationMs: options.durationMs,
        loopsPerConnection: LOOPS_PER_RAFT_CLIENT_DEFAULT,
        rawFdatasyncP50Us: fdatasync.p50Us,
        rawFdatasyncAfterP50Us: fdatasyncAfter.p50Us,
      },
      options.clients,
      etcdRuns,
      ruvraftRuns,
    );
    process.stdout.write(`${formatEtcdComparison(report)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  } finally {
    await guard.finish();
  }
}

await runBench("bench:etcd", main);
