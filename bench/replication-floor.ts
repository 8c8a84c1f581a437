/**
 * The raw replicated write: the least a durable write acknowledged by a majority can cost on
 * this host, for bench:cluster to hold its 1-client latency against (as the raw fdatasync is
 * for the disk). It runs what any replicated log must do for one put and nothing else: no
 * Raft, no codec, no log format.
 *
 * The bench process is the client. It sends a 300-byte request to a leader process over
 * loopback TCP and waits for a one-byte answer. The leader sends the request to each of its
 * followers (nodes - 1 processes), makes its own copy durable, and answers once it and enough
 * followers for a majority have. A follower makes every request durable and answers it. Each
 * durable write is a 512-byte O_DSYNC write at the next position of a pre-zeroed file, on the
 * event loop: the kind of write a node's log makes by default. The processes are Node.js, as
 * the nodes are, so the floor includes the runtime's own cost of a socket read and write
 * (bench/replication-floor-child.ts).
 *
 * On one host the floor is two loopback round trips (client and leader, leader and follower)
 * plus a durable write made while the other processes make theirs on the same disk.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ChildGroup } from "./cluster-processes.js";
import {
  type LatencyBudget,
  LatencyRecorder,
  type LatencySummary,
  measureLatency,
} from "./latency.js";

/** Bytes of one request: about a 256-byte put with its key and framing. */
export const FLOOR_REQUEST_BYTES = 300;
/** Bytes of one durable write: about one log frame of such a put. */
export const FLOOR_WRITE_BYTES = 512;
/** The pre-zeroed file each process writes round (a preallocated segment's kind of write). */
export const FLOOR_FILE_BYTES = 4 * 1024 * 1024;

/** How long a process may take to start and report its port. */
const START_TIMEOUT_MS = 10_000;
/** How long one request may wait for its answer (the p50 is well under a millisecond). */
const REQUEST_TIMEOUT_MS = 10_000;

const FLOOR_BUDGET: LatencyBudget = {
  timeMs: 1_000,
  iterationsMin: 200,
  warmupTimeMs: 200,
  warmupIterationsMin: 50,
};

/**
 * How many requests, answered in order, are complete: written by the leader itself and
 * answered by `followerAcksNeeded` followers. `ackCounts[f]` is how many requests follower `f`
 * has answered (each follower answers in order).
 */
export function completedRequests(
  ownWritten: number,
  ackCounts: readonly number[],
  followerAcksNeeded: number,
): number {
  if (followerAcksNeeded === 0) return ownWritten;
  // The followerAcksNeeded-th highest count: that many followers answered at least that many.
  const sorted = [...ackCounts].sort((a, b) => b - a);
  return Math.min(ownWritten, sorted[followerAcksNeeded - 1] ?? 0);
}

/** Followers whose answers, with the leader's own write, make a majority of `nodes`. */
export function followerAcksNeeded(nodes: number): number {
  return Math.floor(nodes / 2);
}

export interface ReplicationFloor extends LatencySummary {
  nodes: number;
}

/**
 * Measures the raw replicated write with `nodes` processes (one leader), in a fresh directory
 * under `directory` that is removed afterwards, as are the processes.
 */
export async function measureReplicationFloor(
  directory: string,
  nodes: number,
  budget: LatencyBudget = FLOOR_BUDGET,
  childScript = fileURLToPath(new URL("./replication-floor-child.js", import.meta.url)),
): Promise<ReplicationFloor> {
  const workDirectory = path.join(directory, "replication-floor");
  fs.rmSync(workDirectory, { recursive: true, force: true });
  fs.mkdirSync(workDirectory, { recursive: true });
  const group = new ChildGroup();
  let socket: net.Socket | undefined;
  try {
    const followerPorts: number[] = [];
    for (let id = 2; id <= nodes; id++) {
      followerPorts.push(
        await startProcess(group, childScript, id, [
          "follower",
          path.join(workDirectory, `f${id}.bin`),
        ]),
      );
    }
    const leaderPort = await startProcess(group, childScript, 1, [
      "leader",
      path.join(workDirectory, "leader.bin"),
      String(followerAcksNeeded(nodes)),
      ...followerPorts.map(String),
    ]);
    socket = await connect(leaderPort);
    const summary = await measureLatency(
      `raw replicated write (${nodes} processes)`,
      budget,
      { operation: requester(socket) },
      new LatencyRecorder(),
    );
    return { nodes, ...summary };
  } finally {
    socket?.destroy();
    await group.stop();
    fs.rmSync(workDirectory, { recursive: true, force: true });
  }
}

/** Starts one process of the floor; resolves with the loopback port it listens on. */
function startProcess(
  group: ChildGroup,
  script: string,
  id: number,
  args: string[],
): Promise<number> {
  const what = `replication floor process ${id} (${args[0]})`;
  const child: ChildProcess = spawn(process.execPath, [script, ...args], {
    stdio: ["pipe", "pipe", "inherit"],
  });
  group.add(id, child, (code) => `${what} exited by itself (${code})`);
  return new Promise((resolve, reject) => {
    let text = "";
    const timer = setTimeout(
      () => reject(new Error(`${what} did not report its port within ${START_TIMEOUT_MS} ms`)),
      START_TIMEOUT_MS,
    );
    child.stdout?.on("data", (chunk: Buffer) => {
      text += chunk.toString("utf8");
      const match = /port (\d+)\n/.exec(text);
      if (match !== null) {
        clearTimeout(timer);
        resolve(Number(match[1]));
      }
    });
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`${what} exited (${code ?? signal}) before reporting its port`));
    });
  });
}

function connect(port: number): Promise<net.Socket> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1", () => {
      socket.setNoDelay(true);
      resolve(socket);
    });
    socket.once("error", reject);
  });
}

/**
 * One request at a time: sends it and resolves at its answer. Rejects when the leader's
 * connection is gone (the leader exits when it loses a follower) or no answer comes within
 * REQUEST_TIMEOUT_MS, so that a floor process that stops never hangs the benchmark.
 */
export function requester(socket: net.Socket): () => Promise<void> {
  const request = new Uint8Array(FLOOR_REQUEST_BYTES).fill(0x61);
  let waiting: { resolve: () => void; reject: (error: Error) => void } | undefined;
  let closed: Error | undefined;
  socket.on("data", () => {
    const current = waiting;
    waiting = undefined;
    current?.resolve();
  });
  socket.on("error", () => undefined);
  socket.on("close", () => {
    closed = new Error("the replication floor's leader closed its connection");
    waiting?.reject(closed);
    waiting = undefined;
  });
  return () =>
    new Promise<void>((resolve, reject) => {
      if (closed !== undefined) {
        reject(closed);
        return;
      }
      const timer = setTimeout(() => {
        waiting = undefined;
        reject(
          new Error(`the replication floor answered no request within ${REQUEST_TIMEOUT_MS} ms`),
        );
      }, REQUEST_TIMEOUT_MS);
      waiting = {
        resolve: () => {
          clearTimeout(timer);
          resolve();
        },
        reject: (error) => {
          clearTimeout(timer);
          reject(error);
        },
      };
      socket.write(request);
    });
}
