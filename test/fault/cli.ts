/**
 * `npm run faults -- [--minutes M] [--seed S] [--keep]`: one fault-suite run (see run.ts).
 *
 * Node 20 cannot run TypeScript, so `npm run faults` compiles the suite with
 * test/fault/tsconfig.json into dist/fault/ (sources, tools and this folder; dist/ is
 * ignored by git) and runs dist/fault/test/fault/cli.js; the nodes and the dump tool run from
 * that same compiled tree, so it needs no `npm run build`. Must run as root (network
 * namespaces). Defaults: 10 minutes, a random seed (printed). Exit status 0 on a pass, 1 on a
 * failure (the seed and the kept folder are printed), 2 on a usage error, 3 when network
 * namespaces are unavailable. The long run is `npm run faults -- --minutes 60`.
 */
import { namespacesAvailable } from "./network.js";
import { runFaults } from "./run.js";

const USAGE = "usage: npm run faults -- [--minutes M] [--seed S] [--keep]";

function parseArgs(argv: readonly string[]): { minutes: number; seed: number; keep: boolean } {
  const args = { minutes: 10, seed: Math.floor(Math.random() * 2 ** 31), keep: false };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    const value = argv[index + 1];
    if (flag === "--keep") {
      args.keep = true;
    } else if ((flag === "--minutes" || flag === "--seed") && value !== undefined) {
      const parsed = Number(value);
      if (!Number.isFinite(parsed) || parsed < 0) throw new Error(`${flag}: bad number "${value}"`);
      if (flag === "--minutes") args.minutes = parsed;
      else args.seed = Math.floor(parsed);
      index++;
    } else {
      throw new Error(`unknown argument "${flag}"`);
    }
  }
  return args;
}

async function main(): Promise<number> {
  let args: ReturnType<typeof parseArgs>;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const available = await namespacesAvailable();
  if (!available.ok) {
    process.stderr.write(`the fault suite needs Linux network namespaces: ${available.reason}\n`);
    return 3;
  }
  const result = await runFaults({
    seed: args.seed,
    durationMs: Math.round(args.minutes * 60_000),
    keep: args.keep,
  });
  process.stdout.write(`${result.summary}\n`);
  return result.ok ? 0 : 1;
}

// Exit explicitly: stray sockets of killed nodes must not keep the run alive.
main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${(error as Error).stack ?? String(error)}\n`);
    process.exit(1);
  },
);
