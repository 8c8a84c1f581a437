/**
 * Runs a built benchmark (`dist/bench/<name>.js`, so tests that use it need `npm run build`)
 * with `--json` and returns its stdout and the JSON report, its last line.
 */
import { execFile } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

export async function runBenchJson(
  name: string,
  args: readonly string[],
  timeoutMs: number,
  // biome-ignore lint/suspicious/noExplicitAny: a report is checked field by field by the tests.
): Promise<{ stdout: string; report: any }> {
  const { stdout } = await run(
    process.execPath,
    [path.resolve("dist/bench", `${name}.js`), ...args, "--json"],
    { timeout: timeoutMs },
  );
  const lines = stdout.trim().split("\n");
  return { stdout, report: JSON.parse(lines[lines.length - 1] as string) };
}
