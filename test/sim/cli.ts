/**
 * `npm run sim -- [--seeds N] [--first F] [--seed S] [--jobs J] [--trace LINES] [--history]`
 *
 * Compiled with tsconfig.sim.json to dist-sim/ (Node 20 cannot run .ts files), so it works
 * from a clean clone after `npm ci`. Runs seeds F .. F+N-1 (default F = 0, N = 100) on J
 * worker threads (default 1), or only seed S (then it also prints the run's stats and
 * trace, and its client history with --history). Prints the replay command and the last
 * trace lines of each failing seed, in seed order, then one summary line; exits with
 * status 1 on any violation. The long run is `npm run sim -- --seeds 100000 --jobs 2`.
 */
import { isMainThread, parentPort, Worker, workerData } from "node:worker_threads";
import { formatFailure, runSeed } from "./run.js";

interface CliArgs {
  seeds: number;
  first: number;
  seed: number | undefined;
  jobs: number;
  traceLines: number;
  history: boolean;
}

interface SeedReport {
  seed: number;
  ok: boolean;
  steps: number;
  failure: string | undefined;
}

const USAGE =
  "usage: npm run sim -- [--seeds N] [--first F] [--seed S] [--jobs J] [--trace LINES] [--history]";

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = {
    seeds: 100,
    first: 0,
    seed: undefined,
    jobs: 1,
    traceLines: 50,
    history: false,
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
    else throw new Error(`unknown flag ${flag}\n${USAGE}`);
  }
  return args;
}

function runOne(seed: number, traceLines: number): SeedReport {
  const result = runSeed(seed, { traceLines });
  return {
    seed,
    ok: result.ok,
    steps: result.steps,
    failure: result.ok ? undefined : formatFailure(result),
  };
}

function runOnWorkers(seeds: readonly number[], args: CliArgs): Promise<SeedReport[]> {
  const reports: SeedReport[] = [];
  const jobs = Math.min(args.jobs, seeds.length);
  const workers = Array.from({ length: jobs }, (_, job) => {
    const share = seeds.filter((_, i) => i % jobs === job);
    return new Promise<void>((resolve, reject) => {
      const worker = new Worker(new URL(import.meta.url), {
        workerData: { seeds: share, traceLines: args.traceLines },
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
    const result = runSeed(args.seed, { traceLines: args.traceLines });
    console.log(`stats: ${JSON.stringify(result.stats)}`);
    if (args.history) for (const op of result.history) console.log(JSON.stringify(op));
    if (result.ok) console.log(result.trace.join("\n"));
    const failure = result.ok ? undefined : formatFailure(result);
    reports = [{ seed: args.seed, ok: result.ok, steps: result.steps, failure }];
  } else {
    const seeds = Array.from({ length: args.seeds }, (_, i) => args.first + i);
    reports =
      args.jobs > 1
        ? await runOnWorkers(seeds, args)
        : seeds.map((seed) => runOne(seed, args.traceLines));
  }
  let violations = 0;
  let steps = 0;
  for (const report of reports) {
    steps += report.steps;
    if (report.ok) continue;
    violations++;
    console.log(report.failure);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `sim: ${reports.length} seeds ran, ${violations} violations found (${steps} steps, ${seconds.toFixed(1)} s)`,
  );
  process.exitCode = violations === 0 ? 0 : 1;
}

if (isMainThread) {
  await main();
} else {
  const { seeds, traceLines } = workerData as { seeds: number[]; traceLines: number };
  for (const seed of seeds) parentPort?.postMessage(runOne(seed, traceLines));
}
