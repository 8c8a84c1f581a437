/**
 * Runs simulation seeds and formats failures: the single command that replays a failing
 * seed, and the trace of its last steps. Used by the vitest files and by the CLI.
 */
import { DEFAULT_SIM_OPTIONS, type SimResult, Simulation } from "./simulation.js";

export function runSeed(
  seed: number,
  overrides: Partial<typeof DEFAULT_SIM_OPTIONS> = {},
): SimResult {
  return new Simulation({ seed, ...DEFAULT_SIM_OPTIONS, ...overrides }).run();
}

export function replayCommand(seed: number): string {
  return `npm run sim -- --seed ${seed}`;
}

export function formatFailure(result: SimResult): string {
  return [
    `seed ${result.seed} FAILED at step ${result.steps}: ${result.violation}`,
    `replay: ${replayCommand(result.seed)}`,
    `last ${result.trace.length} trace lines:`,
    ...result.trace.map((line) => `  ${line}`),
  ].join("\n");
}

/** Runs seeds [first, first + count); returns the failures. */
export function runSeeds(first: number, count: number): SimResult[] {
  const failures: SimResult[] = [];
  for (let seed = first; seed < first + count; seed++) {
    const result = runSeed(seed);
    if (!result.ok) failures.push(result);
  }
  return failures;
}
