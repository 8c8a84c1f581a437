/**
 * `bench:cluster --node-flag` and `--node-setting` (need `npm run build`): the flags reach the
 * runtime of every node process and the settings its config file (a --require preload that
 * records each process's arguments), the report names them, and malformed values are refused.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { temporaryDirectory } from "../storage/helpers.js";
import { runBenchJson } from "./run-bench.js";

const run = promisify(execFile);
const BENCH = path.resolve("dist/bench/cluster.js");

/**
 * A short 1-client run in a directory under `root` with `flags`; its stdout and the JSON
 * report (the last line).
 */
async function shortRun(
  root: string,
  flags: readonly string[],
): Promise<{ stdout: string; report: Record<string, unknown> }> {
  return runBenchJson(
    "cluster",
    [
      ...["--clients", "1", "--duration", "0.3", "--warmup", "0.1"],
      ...["--dir", path.join(root, "run"), ...flags],
    ],
    90_000,
  );
}

describe("bench:cluster --node-flag", () => {
  it("passes each flag to every node process and names them in the report", async () => {
    const root = temporaryDirectory();
    const marker = path.join(root, "started.txt");
    const preload = path.join(root, "preload.cjs");
    fs.writeFileSync(
      preload,
      `require("node:fs").appendFileSync(${JSON.stringify(marker)}, process.argv.slice(2, 5).join(" ") + "\\n");\n`,
    );
    const { stdout, report } = await shortRun(root, [
      `--node-flag=--require=${preload}`,
      "--node-flag=--stack-trace-limit=20",
    ]);
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

  it("--node-setting: writes each setting into the config file of every node and names them", async () => {
    const root = temporaryDirectory();
    const marker = path.join(root, "arguments.jsonl");
    const preload = path.join(root, "preload.cjs");
    fs.writeFileSync(
      preload,
      [
        'const fs = require("node:fs");',
        'const at = process.argv.indexOf("--config");',
        'const config = at < 0 ? null : JSON.parse(fs.readFileSync(process.argv[at + 1], "utf8"));',
        `fs.appendFileSync(${JSON.stringify(marker)}, JSON.stringify(config) + "\\n");`,
        "",
      ].join("\n"),
    );
    const { stdout, report } = await shortRun(root, [
      `--node-flag=--require=${preload}`,
      "--node-setting",
      "snapshotThresholdLogRatio=0.5",
      "--node-setting=snapshotTrailingEntries=7",
    ]);
    const settings = { snapshotThresholdLogRatio: 0.5, snapshotTrailingEntries: 7 };
    expect(report.nodeSettings).toEqual(settings);
    expect(stdout).toContain(`node settings ${JSON.stringify(settings)}`);
    // Each node read them from its config file (and started with them: a bad one stops it).
    const configs = fs
      .readFileSync(marker, "utf8")
      .trim()
      .split("\n")
      .map((line) => JSON.parse(line));
    expect(configs).toEqual([settings, settings, settings]);
  });

  it("--node-setting: refuses a setting without a key or with a value that is not JSON", async () => {
    await expect(
      run(process.execPath, [BENCH, "--node-setting", "=1"], { timeout: 30_000 }),
    ).rejects.toThrow(/--node-setting takes KEY=VALUE, got "=1"/);
    await expect(
      run(process.execPath, [BENCH, "--node-setting", "leaseReads=yes"], { timeout: 30_000 }),
    ).rejects.toThrow(/--node-setting leaseReads=yes: the value must be JSON, got "yes"/);
  });
});
