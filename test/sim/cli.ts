/**
 * `npm run sim -- --seeds N [--seed S] [--first F] [--trace LINES] [--history]`
 *
 * Compiled with tsconfig.sim.json to dist-sim/ (Node 20 cannot run .ts files), so it works
 * from a clean clone after `npm ci`. Runs seeds F .. F+N-1 (default F = 0), or only seed S.
 * Prints the replay command and the last trace lines of each failing seed, then one summary
 * line; exits with status 1 on any violation.
 */
import { formatFailure, runSeed } from "./run.js";

interface CliArgs {
  seeds: number;
  first: number;
  seed: number | undefined;
  traceLines: number;
  history: boolean;
}

function parseArgs(argv: readonly string[]): CliArgs {
  const args: CliArgs = { seeds: 100, first: 0, seed: undefined, traceLines: 50, history: false };
  for (let i = 0; i < argv.length; i++) {
    const flag = argv[i];
    const value = (): number => {
      const raw = argv[++i];
      const parsed = Number(raw);
      if (!Number.isSafeInteger(parsed) || parsed < 0)
        throw new Error(`${flag} needs a non-negative integer, got ${raw}`);
      return parsed;
    };
    if (flag === "--seeds") args.seeds = value();
    else if (flag === "--first") args.first = value();
    else if (flag === "--seed") args.seed = value();
    else if (flag === "--trace") args.traceLines = value();
    else if (flag === "--history") args.history = true;
    else
      throw new Error(
        `unknown flag ${flag}; usage: sim [--seeds N] [--first F] [--seed S] [--trace LINES] [--history]`,
      );
  }
  return args;
}

function main(): void {
  const args = parseArgs(process.argv.slice(2));
  const seeds =
    args.seed === undefined
      ? Array.from({ length: args.seeds }, (_, i) => args.first + i)
      : [args.seed];
  const started = process.hrtime.bigint();
  let violations = 0;
  let steps = 0;
  for (const seed of seeds) {
    const result = runSeed(seed, { traceLines: args.traceLines });
    steps += result.steps;
    if (args.seed !== undefined) {
      console.log(`stats: ${JSON.stringify(result.stats)}`);
      if (args.history) for (const op of result.history) console.log(JSON.stringify(op));
      if (result.ok) console.log(result.trace.join("\n"));
    }
    if (!result.ok) {
      violations++;
      console.log(formatFailure(result));
    }
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  console.log(
    `sim: ${seeds.length} seeds ran, ${violations} violations found (${steps} steps, ${seconds.toFixed(1)} s)`,
  );
  process.exitCode = violations === 0 ? 0 : 1;
}

main();
