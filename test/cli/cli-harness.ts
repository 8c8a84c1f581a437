/** Running the `ruvraft` command in tests: free port ranges, spawned processes, ctl calls. */
import { type ChildProcess, execFile, spawn } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { promisify } from "node:util";

export const MAIN = path.resolve("dist/src/cli/main.js");
const run = promisify(execFile);

/**
 * The cluster secret of the processes tests start, unless a test sets RUVRAFT_SHARED_SECRET
 * itself: `ruvraft cluster` then uses it instead of drawing one into its data directory, so
 * nodes a test starts beside it, and ctl, share it.
 */
export const TEST_SECRET = "ruvraft-test-cluster-secret";

/** The environment of a process a test starts: this one's, with a cluster secret. */
export function harnessEnvironment(): NodeJS.ProcessEnv {
  return process.env.RUVRAFT_SHARED_SECRET
    ? process.env
    : { ...process.env, RUVRAFT_SHARED_SECRET: TEST_SECRET };
}

function portFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once("error", () => resolve(false));
    server.listen(port, "127.0.0.1", () => server.close(() => resolve(true)));
  });
}

/** A base port P with P+1..P+n and P+101..P+100+n free (the layout of `ruvraft cluster`). */
export async function freeBasePort(nodes: number): Promise<number> {
  for (let attempt = 0; attempt < 50; attempt++) {
    const base = 20000 + Math.floor(Math.random() * 30000);
    const ports = Array.from({ length: nodes }, (_, i) => [base + 1 + i, base + 101 + i]).flat();
    if ((await Promise.all(ports.map(portFree))).every(Boolean)) return base;
  }
  throw new Error("no free port range found");
}

/** Processes started by a test; reap() kills each one's whole process group. */
export class Processes {
  private readonly children: ChildProcess[] = [];

  /** Spawns `ruvraft ARGS` as the leader of its own process group, collecting its stdout. */
  start(
    args: string[],
    environment: NodeJS.ProcessEnv = harnessEnvironment(),
  ): { child: ChildProcess; output: () => string } {
    const child = spawn(process.execPath, [MAIN, ...args], {
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
      env: environment,
    });
    this.children.push(child);
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    return { child, output: () => output };
  }

  async reap(): Promise<void> {
    for (const child of this.children.splice(0)) {
      if (child.exitCode === null && child.signalCode === null) {
        const exited = new Promise((resolve) => child.once("exit", resolve));
        // Each child leads its own process group (detached): this also kills its node processes.
        process.kill(-(child.pid as number), "SIGKILL");
        await exited;
      }
    }
  }
}

/** `ruvraft ctl --endpoints (the cluster at base) ARGS`; resolves with stdout. */
export function ctl(base: number, nodes: number, ...args: string[]): Promise<string> {
  return ctlIn(harnessEnvironment(), base, nodes, ...args);
}

/** ctl with `environment` (its secrets) instead of harnessEnvironment(). */
export async function ctlIn(
  environment: NodeJS.ProcessEnv,
  base: number,
  nodes: number,
  ...args: string[]
): Promise<string> {
  const endpoints = Array.from({ length: nodes }, (_, i) => `127.0.0.1:${base + i + 1}`).join(",");
  const { stdout } = await run(process.execPath, [MAIN, "ctl", "--endpoints", endpoints, ...args], {
    timeout: 20_000,
    env: environment,
  });
  return stdout;
}

export async function waitFor<T>(
  what: string,
  probe: () => Promise<T | undefined>,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  // Bounded by the deadline.
  while (Date.now() < deadline) {
    const value = await probe().catch(() => undefined);
    if (value !== undefined) return value;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
}
