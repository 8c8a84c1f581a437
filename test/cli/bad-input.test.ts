/**
 * Bad input to `ruvraft ctl` and `ruvraft node` is refused where it is parsed: a one-line error
 * naming the flag and what it accepts, no stack trace, exit code 2 for ctl usage (1 for node).
 * Nothing here reaches a cluster (the endpoint is a closed port).
 */
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { describe, expect, it } from "vitest";
import { MAIN } from "./cli-harness.js";

const run = promisify(execFile);

async function failure(args: string[]): Promise<{ code: number; stderr: string }> {
  return run(process.execPath, [MAIN, ...args], { env: { PATH: process.env.PATH } }).then(
    () => ({ code: 0, stderr: "" }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
}

const ctl = (...args: string[]) => failure(["ctl", "--endpoints", "127.0.0.1:1", ...args]);
const create = (...flags: string[]) => ctl("collections", "create", "x", ...flags);

describe("bad input", () => {
  it.each([
    [create("--dimensions", "8", "--metric", "l2"), /--metric must be cosine, euclidean, dot/],
    [create("--dimensions", "8", "--metric", "nonsense"), /got "nonsense"/],
    [create("--dimensions", "-1", "--metric", "cosine"), /--dimensions must be an integer >= 1/],
    [create("--dimensions", "abc", "--metric", "cosine"), /got "abc"/],
    [create("--dimensions", "8", "--metric", "cosine", "--replication", "0"), /--replication/],
    [ctl("settings", "set", "--node-timeout-ms", "abc"), /--node-timeout-ms must be an integer/],
    [ctl("settings", "set", "--node-timeout-ms", "0"), /--node-timeout-ms must be an integer >= 1/],
    [ctl("settings", "set"), /needs at least one setting/],
    [ctl("remove-node", "abc"), /node id must be a positive integer, got "abc"/],
    [ctl("add-node", "0", "127.0.0.1:9"), /node id must be a positive integer, got "0"/],
    [ctl("-o", "yaml", "nodes", "list"), /-o\/--output must be table, json or jsonl/],
    [ctl("nodes", "list", "--bogus"), /unknown option '--bogus'/],
  ])("ctl refuses it with exit 2 and one line: %#", async (outcome, message) => {
    const { code, stderr } = await outcome;
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [["replay", "/nonexistent/ruvraft-bad-input"], /is not a node's data directory/],
    [
      ["replay", "/nonexistent/ruvraft-bad-input", "--at", "abc"],
      /--at must be a positive integer/,
    ],
    [["replay", "/nonexistent/ruvraft-bad-input", "-o", "jsonl"], /-o must be table or json/],
    [["replay"], /missing required argument 'data-dir'/],
  ])("ruvraft replay refuses it with exit 2 and one line: %#", async (args, message) => {
    const { code, stderr } = await failure(args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });

  it.each([
    [["--log-level", "loud"], /logLevel: must be one of fatal, error/],
    [["--admin-port", "70000"], /adminPort: must be a port in \[0, 65535\], got 70000/],
    [["--listen", "127.0.0.1:99999"], /listen: must be a port in \[0, 65535\], got 99999/],
  ])("ruvraft node refuses it before it starts: %#", async (flags, message) => {
    const { code, stderr } = await failure([
      "node",
      "--node-id",
      "1",
      "--peers",
      "1=127.0.0.1:0",
      "--data",
      "/nonexistent/ruvraft-bad-input",
      ...flags,
    ]);
    expect(code).toBe(1);
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/^\s+at /m);
  });
});
