/**
 * `npm run bench:scale [-- options]`: one table of how a local cluster of node processes
 * scales with its node count, the value size and the client count (flags and column meanings
 * in bench/scale-options.ts, the report in bench/scale-report.ts).
 *
 * Steps, in order:
 * 1. create the data directory fresh; measure raw 4 KiB append + fdatasync and raw sequential
 *    bandwidth there;
 * 2. for each cell (node count, then value size, then client count): start a fresh cluster
 *    in a subdirectory, wait until every node knows the leader and the nodes' start-up writes
 *    are done, warm up, measure, stop the cluster and remove the subdirectory;
 * 3. measure raw fdatasync again (reference: the disk weather after the load);
 * 4. stop every node and remove the data directory, ALWAYS: on success, on error and on
 *    SIGINT / SIGTERM (ClusterGuard, bench/cluster-processes.ts).
 *
 * Prints a table (progress on stderr); with --json, one JSON line last on stdout.
 */
import fs from "node:fs";
import path from "node:path";
import { measureRawBandwidth, measureRawFdatasync } from "./cluster-disk.js";
import { LOOPS_PER_RAFT_CLIENT_DEFAULT, loadCluster } from "./cluster-load.js";
import {
  ClusterGuard,
  findFreeBasePort,
  LEADER_TIMEOUT_MS,
  waitForLeader,
} from "./cluster-processes.js";
import { blockDeviceStatFile } from "./device-io.js";
import { parseFlagsOrExit, prepareBenchDirectory, runBench } from "./options.js";
import {
  measureWriteBytesPerSmallAppend,
  START_UP_WRITES_SETTLE,
  waitForWritesToSettle,
} from "./process-io.js";
import { parseScaleOptions, SCALE_HELP, type ScaleOptions } from "./scale-options.js";
import { buildScaleReport, formatScaleTable, type ScaleCell } from "./scale-report.js";

function progress(message: string): void {
  process.stderr.write(`[bench:scale] ${message}\n`);
}

/** One cell: a fresh cluster in its own subdirectory, loaded, stopped and removed. */
async function measureCell(
  options: ScaleOptions,
  guard: ClusterGuard,
  cell: { nodes: number; valueSizeBytes: number; clients: number },
): Promise<ScaleCell> {
  const name = `${cell.nodes} nodes, ${cell.valueSizeBytes} B, ${cell.clients} clients`;
  const directory = path.join(
    options.directory,
    `n${cell.nodes}-v${cell.valueSizeBytes}-c${cell.clients}`,
  );
  const basePort = await findFreeBasePort(cell.nodes);
  progress(`${name}: starting the nodes, base port ${basePort}`);
  const cluster = guard.start({
    nodes: cell.nodes,
    dataDirectory: directory,
    basePort,
    extraArgs: [],
  });
  try {
    const leader = await waitForLeader(cluster, LEADER_TIMEOUT_MS);
    const started = Date.now();
    const settled = await waitForWritesToSettle(cluster.pids(), START_UP_WRITES_SETTLE);
    progress(
      `${name}: leader node ${leader.leaderId}; start-up writes ${settled} after ${Date.now() - started} ms; ${options.warmupMs / 1000} s warm-up, ${options.durationMs / 1000} s measured`,
    );
    const run = await loadCluster(cluster, leader, {
      clients: cell.clients,
      valueSizeBytes: cell.valueSizeBytes,
      warmupMs: options.warmupMs,
      durationMs: options.durationMs,
      loopsPerRaftClient: LOOPS_PER_RAFT_CLIENT_DEFAULT,
    });
    progress(
      `${name}: ${Math.round(run.opsPerSec)} ops/s, p50 ${(run.p50Us / 1000).toFixed(3)} ms, ${run.errors} errors`,
    );
    return { nodes: cell.nodes, valueSizeBytes: cell.valueSizeBytes, run };
  } finally {
    await guard.stop();
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const options = parseFlagsOrExit("bench:scale", () => parseScaleOptions(process.argv.slice(2)));
  if (options.help) {
    process.stdout.write(`${SCALE_HELP}\n`);
    return 0;
  }
  prepareBenchDirectory(options);
  progress(`data directory ${options.directory}`);
  const guard = new ClusterGuard(options.directory, progress);
  try {
    progress("raw 4 KiB append + fdatasync, raw sequential bandwidth");
    const fdatasync = await measureRawFdatasync(options.directory);
    const sequential = measureRawBandwidth(options.directory);
    const accounting = {
      writeBytesPerSmallAppend: measureWriteBytesPerSmallAppend(options.directory),
      deviceStatFile: blockDeviceStatFile(options.directory),
    };
    const cells: ScaleCell[] = [];
    for (const nodes of options.nodes) {
      for (const valueSizeBytes of options.valueSizesBytes) {
        for (const clients of options.clients) {
          cells.push(await measureCell(options, guard, { nodes, valueSizeBytes, clients }));
        }
      }
    }
    progress("raw 4 KiB append + fdatasync again (reference, after the load)");
    const fdatasyncAfter = await measureRawFdatasync(options.directory);
    const report = buildScaleReport(
      { ...options, loopsPerRaftClient: LOOPS_PER_RAFT_CLIENT_DEFAULT },
      cells,
      { fdatasync, fdatasyncAfter, sequential },
      accounting,
    );
    process.stdout.write(`${formatScaleTable(report)}\n`);
    if (options.json) process.stdout.write(`${JSON.stringify(report)}\n`);
    return 0;
  } finally {
    await guard.finish();
  }
}

await runBench("bench:scale", main);
