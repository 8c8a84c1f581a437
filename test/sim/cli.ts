/**
 * `npm run sim -- [--node] [--seeds N] [--first F] [--seed S] [--jobs J] [--trace LINES]
 *  [--history] [--broken VARIANT]`
 *
 * Without `--node`: the core simulation (simulation.ts: RawNode cores, steps). With `--node`:
 * the whole-node simulation (node/node-simulation.ts: RaftNodes with their storage, snapshot
 * files, apply pipeline and reads over a simulated clock, network and page-cache disk);
 * `--broken no-incarnations` turns the incarnation fix off there, to watch a wiped voter
 * re-added under its old id break safety. The long runs are `npm run sim -- --seeds 100000
 * --jobs 2` and `npm run sim -- --node --seeds 20000 --jobs 2`.
 *
 * Compiled with tsconfig.sim.json to dist-sim/ (Node 20 cannot run .ts files), so it works
 * from a clean clone after `npm ci`. Runs seeds F .. F+N-1 (default F = 0, N = 100) on J
 * worker threads (default 1), or only seed S (then it also prints the run's stats, the
 * linearizability report and the trace, and its client history with --history). Every
 * seed's client history is checked for linearizability after the run. Prints the replay
 * command, the report and the last trace lines of each failing seed, in seed order, then
 * the replay command of each seed whose history check hit its search bound (unknown: not a
 * pass, not a violation), then one summary line; exits with status 1 on any violation.
 * `--broken stale-reads` runs a deliberately broken variant (reads served from a follower's
 * applied state, no ReadIndex) to watch the checks catch it. The long run is
 * `npm run sim -- --seeds 100000 --jobs 2`.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import {
  formatNodeFailure,
  formatNodeUnknown,
  isNodeBrokenVariantName,
  NODE_BROKEN_VARIANTS,
  type NodeSimOverrides,
  runNodeSeed,
} from "./node/node-run.js";
import type { NodeSimResult } from "./node/node-simulation.js";
import {
  BROKEN_VARIANTS,
  type BrokenVariantName,
  formatFailure,
  formatUnknown,
  isBrokenVariantName,
  runSeed,
  type SimOverrides,
} from "./run.js";
import type { SimResult } from "./simulation.js";

interface CliArgs {
  seeds: number;
  first: number;
  seed: number | undefined;
  jobs: number;
  traceLines: number;
  history: boolean;
  broken: string[];
  /** The whole-node simulation instead of the core one. */
  node: boolean;
}

interface SeedReport {
  seed: number;
  ok: boolean;
  steps: number;
  failure: string | undefined;
  /** Set when the linearizability check hit its search bound. */
  unknown: string | undefined;
  operations: number;
  searchStepsMaxPerKey: number;
}

const USAGE = `usage: npm run sim -- [--node] [--seeds N] [--first F] [--seed S] [--jobs J] [--trace LINES] [--history] [--broken ${Object.keys(BROKEN_VARIANTS).join("|")} (core) | ${Object.keys(NODE_BROKEN_VARIANTS).join("|")} (--node)]`;

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    seeds: 100,
    first: 0,
    seed: undefined,
    jobs: 1,
    traceLines: 50,
    history: false,
    broken: [],
    node: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): number => {
      const raw = argv[++i];
      const parsed = Number(raw);
      if (!Number.isSafeInteger(parsed) || parsed < 0) {
        throw new Error(`${flag} needs a non-negative integer, got ${raw}\n${USAGE}`);
      }
      return parsed;
    };
    if (flag === "--seeds") args.seeds = value();
    else if (flag === "--first") args.first = value();
    else if (flag === "--seed") args.seed = value();
    else if (flag === "--jobs") args.jobs = Math.max(1, value());
    else if (flag === "--trace") args.traceLines = value();
    else if (flag === "--history") args.history = true;
    else if (flag === "--node") args.node = true;
    else if (flag === "--broken") args.broken.push(argv[++i] ?? "");
    else throw new Error(`unknown flag ${flag}\n${USAGE}`);
  }
  for (const name of args.broken) {
    const known = args.node ? isNodeBrokenVariantName(name) : isBrokenVariantName(name);
    if (!known) {
      throw new Error(
        `unknown broken variant ${name} for the ${args.node ? "whole-node" : "core"} simulation\n${USAGE}`,
      );
    }
  }
  return args;
}

function overridesOf(args: Pick<CliArgs, "traceLines" | "broken">): SimOverrides {
  let overrides: SimOverrides = { traceLines: args.traceLines };
  for (const name of args.broken) {
    overrides = { ...overrides, ...BROKEN_VARIANTS[name as BrokenVariantName] };
  }
  return overrides;
}

function nodeOverridesOf(args: Pick<CliArgs, "traceLines" | "broken">): NodeSimOverrides {
  let overrides: NodeSimOverrides = { traceLines: args.traceLines };
  for (const name of args.broken) {
    if (isNodeBrokenVariantName(name)) overrides = { ...overrides, ...NODE_BROKEN_VARIANTS[name] };
  }
  return overrides;
}

async function runOne(seed: number, args: Pick<CliArgs, "traceLines" | "broken" | "node">) {
  if (args.node) return nodeReportOf(await runNodeSeed(seed, nodeOverridesOf(args)));
  return reportOf(runSeed(seed, overridesOf(args)));
}

function nodeReportOf(result: NodeSimResult): SeedReport {
  const lin = result.linearizability;
  return {
    seed: result.seed,
    ok: result.ok,
    steps: Math.round(result.elapsedMs),
    failure: result.ok ? undefined : formatNodeFailure(result),
    unknown: lin.verdict === "unknown" ? formatNodeUnknown(result) : undefined,
    operations: lin.operationCount,
    searchStepsMaxPerKey: lin.searchStepsMaxPerKey,
  };
}

function reportOf(result: SimResult): SeedReport {
  const lin = result.linearizability;
  return {
    seed: result.seed,
    ok: result.ok,
    steps: result.steps,
    failure: result.ok ? undefined : formatFailure(result),
    unknown: lin.verdict === "unknown" ? formatUnknown(result) : undefined,
    operations: lin.operationCount,
    searchStepsMaxPerKey: lin.searchStepsMaxPerKey,
  };
}

function runOnWorkers(seeds: readonly number[], args: CliArgs): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  const jobs = Math.min(args.jobs, seeds.length);
  const workers = Array.from({ length: jobs }, (_, job) => {
    const share = seeds.filter((_, i) => i % jobs === job);
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: {
          seeds: share,
          traceLines: args.traceLines,
          broken: args.broken,
          node: args.node,
        },
      });
      worker.on("message", (report: SeedReport) => reports.push(report));
      worker.on("error", reject);
      worker.on("exit", (code) =>
        code === 0 ? resolve() : reject(new Error(`worker exited ${code}`)),
      );
    });
  });
  return Promise.all(workers).then(() => reports.sort((a, b) => a.seed - b.seed));
}

async function runSingle(seed: number, args: CliArgs): Promise<SeedReport> {
  if (args.node) {
    const result = await runNodeSeed(seed, nodeOverridesOf(args));
    console.log(`stats: ${JSON.stringify(result.stats)}`);
    if (args.history) for (const op of result.history) console.log(JSON.stringify(op));
    if (result.ok) console.log(result.linearizability.report);
    if (result.ok) console.log(result.trace.join("\n"));
    return nodeReportOf(result);
  }
  const result = runSeed(seed, overridesOf(args));
  console.log(`stats: ${JSON.stringify(result.stats)}`);
  if (args.history) for (const op of result.history) console.log(JSON.stringify(op));
  if (result.ok) console.log(result.linearizability.report);
  if (result.ok) console.log(result.trace.join("\n"));
  return reportOf(result);
}

async function main(): Promise<void> {
  let args: CliArgs;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    console.error((error as Error).message);
    process.exitCode = 2;
    return;
  }
  const started = process.hrtime.bigint();
  let reports: SeedReport[];
  if (args.seed !== undefined) {
    reports = [await runSingle(args.seed, args)];
  } else {
    const seeds = Array.from({ length: args.seeds }, (_, i) => args.first + i);
    if (args.jobs > 1) reports = await runOnWorkers(seeds, args);
    else {
      reports = [];
      for (const seed of seeds) reports.push(await runOne(seed, args));
    }
  }
  printSummary(reports, args, Number(process.hrtime.bigint() - started) / 1e9);
}

function printSummary(reports: readonly SeedReport[], args: CliArgs, seconds: number): void {
  let violations = 0;
  let steps = 0;
  let operations = 0;
  let searchStepsMaxPerKey = 0;
  for (const report of reports) {
    steps += report.steps;
    operations += report.operations;
    searchStepsMaxPerKey = Math.max(searchStepsMaxPerKey, report.searchStepsMaxPerKey);
    if (report.ok) continue;
    violations++;
    console.log(report.failure);
  }
  const unknown = reports.filter((report) => report.unknown !== undefined);
  for (const report of unknown) console.log(report.unknown);
  const broken = args.broken.length === 0 ? "" : ` [BROKEN: ${args.broken.join(", ")}]`;
  const unit = args.node ? "simulated ms" : "steps";
  console.log(
    `sim${args.node ? " --node" : ""}: ${reports.length} seeds ran, ${violations} violations found, ${unknown.length} histories unknown (linearizability search bound hit)${broken} (${steps} ${unit}, ${operations} operations checked, at most ${searchStepsMaxPerKey} search steps per key, ${seconds.toFixed(1)} s)`,
  );
  process.exitCode = violations === 0 ? 0 : 1;
}

if (isMainThread) {
  await main();
} else {
  const args = workerData as Pick<CliArgs, "traceLines" | "broken" | "node"> & {
    seeds: number[];
  };
  for (const seed of args.seeds) parentPort?.postMessage(await runOne(seed, args));
}
