/**
 * The options every disk benchmark shares: `--dir PATH` (default `<repo>/data/<name>`),
 * `--json`, `--help`, and a run directory that is never someone else's data.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

export interface BenchOptions {
  directory: string;
  json: boolean;
  /** --only SECTION, for benches that take `sections`: the one section to run. */
  only?: string | undefined;
  /** The default directory under data/: the bench may delete it; a given --dir never. */
  ownsDefaultDirectory: boolean;
}

/**
 * Parses --dir, --json and --help, and --only SECTION when `sections` names the bench's
 * sections; prints `help` and returns undefined for --help. Throws on an unknown section.
 */
export function parseBenchOptions(
  name: string,
  help: string,
  sections: readonly string[] = [],
): BenchOptions | undefined {
  const { values } = parseArgs({
    options: {
      dir: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
      ...(sections.length > 0 ? { only: { type: "string" as const } } : {}),
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${help}\n`);
    return undefined;
  }
  const only = (values as { only?: string }).only;
  chosenSections(sections, only);
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const directory =
    values.dir === undefined ? path.join(repository, "data", name) : path.resolve(values.dir);
  return {
    directory,
    json: values.json,
    only,
    ownsDefaultDirectory: values.dir === undefined,
  };
}

/**
 * Which of a bench's `sections` a run measures: all of them, or the one `only` (--only) names.
 * Throws an Error naming the choices when `only` is none of them.
 */
export function chosenSections<S extends string>(
  sections: readonly S[],
  only: string | undefined,
): (section: S) => boolean {
  if (only !== undefined && !(sections as readonly string[]).includes(only)) {
    throw new Error(`--only must be one of ${sections.join(", ")}, got "${only}"`);
  }
  return (section) => only === undefined || only === section;
}

/**
 * Runs a bench's flag parser; on a bad flag prints "<command>: <what is wrong>" and a pointer
 * to --help, and exits with status 2 (no stack trace: the input was wrong, not the bench).
 */
export function parseFlagsOrExit<T>(command: string, parse: () => T): T {
  try {
    return parse();
  } catch (error) {
    process.stderr.write(`${command}: ${(error as Error).message}; --help lists the flags\n`);
    process.exit(2);
  }
}

/**
 * A benchmark cannot run here as asked: a tool is missing, a directory is in the way. runBench
 * prints its message alone (no stack trace: nothing is wrong with the benchmark) and exits 1.
 */
export class BenchSetupError extends Error {}

/**
 * Runs a bench's `main` and sets the exit status it returns (0 for none); a BenchSetupError ends the run
 * with "<command>: <message>" and status 1. Any other error propagates with its stack (a bug).
 */
export async function runBench(command: string, main: () => Promise<unknown>): Promise<void> {
  try {
    const status = await main();
    process.exitCode = typeof status === "number" ? status : 0;
  } catch (error) {
    if (!(error instanceof BenchSetupError)) throw error;
    process.stderr.write(`${command}: ${error.message}\n`);
    process.exitCode = 1;
  }
}

/** Creates the run's directory. Never deletes anything the bench did not create. */
export function prepareBenchDirectory(options: BenchOptions): void {
  if (fs.existsSync(options.directory)) {
    if (options.ownsDefaultDirectory) {
      fs.rmSync(options.directory, { recursive: true, force: true });
    } else if (fs.readdirSync(options.directory).length > 0) {
      throw new BenchSetupError(
        `--dir ${options.directory} exists and is not empty; give a new path`,
      );
    }
  }
  fs.mkdirSync(options.directory, { recursive: true });
}
