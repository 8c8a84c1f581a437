/**
 * The CI round of the fault suite (run.ts): a 5-node cluster in network namespaces under the
 * seeded nemesis for RUVRAFT_FAULT_SECONDS (default 90) seconds, then every check. The seed
 * is RUVRAFT_FAULT_SEED or a fixed default. Runs the compiled nodes in dist/ (`npm test`
 * builds first). Skipped, with the reason printed, only where network namespaces cannot be
 * made (not root, not Linux, no iproute2). A failure prints the seed and keeps its folder.
 * The long run is `npm run faults -- --minutes 60` (cli.ts).
 */
import { describe, expect, it } from "vitest";
import { namespacesAvailable } from "./network.js";
import { runFaults } from "./run.js";

const SECONDS = Number(process.env.RUVRAFT_FAULT_SECONDS ?? 90);
const SEED = Number(process.env.RUVRAFT_FAULT_SEED ?? 20_260_101);
/** Nemesis time + start (~5 s) + heal, convergence and checks (bounded, ~60 s worst case). */
const TEST_TIMEOUT_MS = (SECONDS + 150) * 1_000;

const available = await namespacesAvailable();
if (!available.ok) {
  process.stdout.write(
    `[fault suite] SKIPPED: network namespaces unavailable: ${available.reason}\n`,
  );
}

describe("fault suite (network namespaces, real processes)", () => {
  it.skipIf(!available.ok)(
    `survives ${SECONDS} s of kills, pauses, partitions, netem, membership changes and transfers (seed ${SEED})`,
    async () => {
      const lines: string[] = [];
      const result = await runFaults({
        seed: SEED,
        durationMs: SECONDS * 1_000,
        log: (line) => lines.push(line),
      });
      process.stdout.write(`${result.summary}\n`);
      expect(result.failures, `${result.summary}\nkept: ${result.folder}`).toEqual([]);
    },
    TEST_TIMEOUT_MS,
  );
});
