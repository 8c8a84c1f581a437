/**
 * Runs simulation seeds and formats failures: the single command that replays a failing
 * seed, the checker's report, and the trace of its last steps. Used by the vitest files and
 * by the CLI.
 */
import { DEFAULT_SIM_OPTIONS, type SimOptions, type SimResult, Simulation } from "./simulation.js";

export type SimOverrides = Partial<Omit<SimOptions, "seed">>;

/** Deliberately broken variants by their `--broken` name (see SimOptions). */
export const BROKEN_VARIANTS = {
  "stale-reads": { brokenStaleFollowerReads: true },
} as const satisfies Record<string, SimOverrides>;

export type BrokenVariantName = keyof typeof BROKEN_VARIANTS;

export function isBrokenVariantName(name: string): name is BrokenVariantName {
  return Object.hasOwn(BROKEN_VARIANTS, name);
}

/** Trace lines kept when a run is replayed to show the steps before a history violation. */
const REPLAY_TRACE_LINES_MAX = 1_000_000;

/**
 * Runs one seed. When its client history is not linearizable, the trace ring has moved past
 * the violation by the time the history is checked (after the run): the run is then replayed
 * (it is deterministic) keeping the whole trace, and the result's trace is the last
 * `traceLines` lines up to the violation's step.
 */
export function runSeed(seed: number, overrides: SimOverrides = {}): SimResult {
  const options = { seed, ...DEFAULT_SIM_OPTIONS, ...overrides };
  const result = new Simulation(options).run();
  const step = result.linearizability.violationStep;
  if (step === undefined) return result;
  const replay = new Simulation({ ...options, traceLines: REPLAY_TRACE_LINES_MAX }).run();
  const upTo = replay.trace.filter((line) => traceLineStep(line) <= step);
  const trace = [
    ...upTo.slice(Math.max(0, upTo.length - options.traceLines)),
    `[${step}] (the last operation that could not be linearized; the run went on to step ${result.steps})`,
  ];
  return { ...result, trace };
}

/** The step of a trace line, `[step] text`. */
function traceLineStep(line: string): number {
  const match = /^\[(\d+)\]/.exec(line);
  return match === null ? Number.POSITIVE_INFINITY : Number(match[1]);
}

/** The command that replays `seed` with the same broken variants (the other options are defaults). */
export function replayCommand(seed: number, options: SimOverrides = {}): string {
  const broken = Object.entries(BROKEN_VARIANTS)
    .filter(([, variant]) =>
      Object.entries(variant).every(
        ([option, value]) => options[option as keyof SimOverrides] === value,
      ),
    )
    .map(([name]) => ` --broken ${name}`);
  return `npm run sim -- --seed ${seed}${broken.join("")}`;
}

export function formatFailure(result: SimResult): string {
  const [headline, ...details] = (result.violation ?? "").split("\n");
  return [
    `seed ${result.seed} FAILED at step ${result.steps}: ${headline}`,
    `replay: ${replayCommand(result.seed, result.options)}`,
    ...details,
    `last ${result.trace.length} trace lines:`,
    ...result.trace.map((line) => `  ${line}`),
  ].join("\n");
}

/** A seed whose history check hit its search bound: neither a pass nor a violation. */
export function formatUnknown(result: SimResult): string {
  return [
    `seed ${result.seed} linearizability UNKNOWN (search bound hit; not a pass)`,
    `replay: ${replayCommand(result.seed, result.options)}`,
    result.linearizability.report,
  ].join("\n");
}

/**
 * Runs seeds [first, first + count) and returns the report of every seed that failed or
 * whose history check hit its search bound (a bound proves nothing: these seeds are measured
 * never to), joined; "" when all passed. The CI shards (shards.ts) split the seeds with it.
 */
export function failingSeeds(first: number, count: number): string {
  const failures: string[] = [];
  for (let seed = first; seed < first + count; seed++) {
    const result = runSeed(seed);
    if (!result.ok) failures.push(formatFailure(result));
    else if (result.linearizability.verdict !== "linearizable") {
      failures.push(formatUnknown(result));
    }
  }
  return failures.join("\n\n");
}
