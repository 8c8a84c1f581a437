/**
 * `bench:cluster --node-flag` (needs `npm run build`): the flags reach the runtime of every
 * node process (a --require preload that records each process's arguments), the report names
 * them, and a value that is not a flag is refused.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";

const run = promisify(execFile);
const BENCH = path.resolve("dist/bench/cluster.js");

describe("bench:cluster --node-flag", () => {
  it("passes each flag to every node process and names them in the report", async () => {
    const root = temporaryDirectory();
    const marker = path.join(root, "started.txt");
    const preload = path.join(root, "preload.cjs");
    fs.writeFileSync(
      preload,
      `require("node:fs").appendFileSync(${JSON.stringify(marker)}, process.argv.slice(2, 5).join(" ") + "\\n");\n`,
    );
    const { stdout } = await run(
      process.execPath,
      [
        BENCH,
        "--clients",
        "1",
        "--duration",
        "0.3",
        "--warmup",
        "0.1",
        "--dir",
        path.join(root, "run"),
        `--node-flag=--require=${preload}`,
        "--node-flag=--stack-trace-limit=20",
        "--json",
      ],
      { timeout: 90_000 },
    );
    const lines = stdout.trim().split("\n");
    const report = JSON.parse(lines[lines.length - 1] as string);
    expect(report.nodeFlags).toEqual([`--require=${preload}`, "--stack-trace-limit=20"]);
    expect(stdout).toContain(`node flags --require=${preload} --stack-trace-limit=20`);
    const started = fs.readFileSync(marker, "utf8").trim().split("\n").sort();
    expect(started).toEqual(["node --node-id 1", "node --node-id 2", "node --node-id 3"]);
  });

  it("refuses a value that is not a flag", async () => {
    await expect(
      run(process.execPath, [BENCH, "--node-flag", "single-threaded-gc"], { timeout: 30_000 }),
    ).rejects.toThrow(
      /--node-flag takes a Node.js flag starting with "--", got "single-threaded-gc"/,
    );
  });
});
