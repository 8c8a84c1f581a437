/**
 * Runs whole-node simulation seeds (node-simulation.ts) and formats their failures: the
 * command that replays one, the violation, and the trace before it. Used by the vitest files
 * and by `npm run sim -- --node`.
 */
import { withIncarnationFixOff } from "./incarnation-fix-off.js";
import {
  DEFAULT_NODE_SIM_OPTIONS,
  type NodeSimOptions,
  type NodeSimResult,
  NodeSimulation,
} from "./node-simulation.js";

export type NodeSimOverrides = Partial<Omit<NodeSimOptions, "seed">>;

/** Deliberately broken variants of the whole-node simulation by their `--broken` name. */
export const NODE_BROKEN_VARIANTS = {
  "no-incarnations": { brokenIgnoreIncarnations: true },
} as const satisfies Record<string, NodeSimOverrides>;

export type NodeBrokenVariantName = keyof typeof NODE_BROKEN_VARIANTS;

export function isNodeBrokenVariantName(name: string): name is NodeBrokenVariantName {
  return Object.hasOwn(NODE_BROKEN_VARIANTS, name);
}

export async function runNodeSeed(
  seed: number,
  overrides: NodeSimOverrides = {},
): Promise<NodeSimResult> {
  const options: NodeSimOptions = { seed, ...DEFAULT_NODE_SIM_OPTIONS, ...overrides };
  const run = () => new NodeSimulation(options).run();
  return options.brokenIgnoreIncarnations ? withIncarnationFixOff(run) : run();
}

export function nodeReplayCommand(seed: number, options: NodeSimOverrides = {}): string {
  const broken = options.brokenIgnoreIncarnations === true ? " --broken no-incarnations" : "";
  return `npm run sim -- --node --seed ${seed}${broken}`;
}

export function formatNodeFailure(result: NodeSimResult): string {
  const [headline, ...details] = (result.violation ?? "").split("\n");
  return [
    `seed ${result.seed} FAILED at ${result.elapsedMs.toFixed(1)} ms: ${headline}`,
    `replay: ${nodeReplayCommand(result.seed, result.options)}`,
    ...details,
    `last ${result.trace.length} trace lines:`,
    ...result.trace.map((line) => `  ${line}`),
  ].join("\n");
}

export function formatNodeUnknown(result: NodeSimResult): string {
  return [
    `seed ${result.seed} linearizability UNKNOWN (search bound hit; not a pass)`,
    `replay: ${nodeReplayCommand(result.seed, result.options)}`,
    result.linearizability.report,
  ].join("\n");
}

/**
 * Runs seeds [first, first + count) and returns the report of every seed that failed or
 * whose history check hit its search bound (a bound proves nothing), joined; "" when all
 * passed. The CI shards (../shards.ts) split the seeds with it.
 */
export async function failingNodeSeeds(first: number, count: number): Promise<string> {
  const failures: string[] = [];
  for (let seed = first; seed < first + count; seed++) {
    const result = await runNodeSeed(seed);
    if (!result.ok) failures.push(formatNodeFailure(result));
    else if (result.linearizability.verdict !== "linearizable") {
      failures.push(formatNodeUnknown(result));
    }
  }
  return failures.join("\n\n");
}
