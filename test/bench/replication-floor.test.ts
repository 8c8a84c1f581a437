/**
 * The raw replicated write (bench/replication-floor.ts): the quorum count its leader answers
 * by, and a short run of the real processes, whose script is the built one (dist/bench:
 * `npm test` builds first).
 */
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import {
  completedRequests,
  FLOOR_REQUEST_BYTES,
  followerAcksNeeded,
  measureReplicationFloor,
  requester,
} from "../../bench/replication-floor.js";

const directories: string[] = [];
afterEach(() => {
  for (const directory of directories.splice(0))
    fs.rmSync(directory, { recursive: true, force: true });
});

/** A loopback server that answers nothing and closes each connection after `bytes` bytes. */
async function closingServer(bytes: number): Promise<{ port: number; close: () => void }> {
  const server = net.createServer((socket) => {
    let received = 0;
    socket.on("data", (chunk) => {
      received += chunk.length;
      if (received >= bytes) socket.destroy();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  return { port: (server.address() as net.AddressInfo).port, close: () => server.close() };
}

describe("raw replicated write", () => {
  it("a request fails, and so does every later one, once the leader's connection closes", async () => {
    const server = await closingServer(FLOOR_REQUEST_BYTES);
    const socket = net.connect(server.port, "127.0.0.1");
    await new Promise((resolve) => socket.once("connect", resolve));
    try {
      const request = requester(socket);
      await expect(request()).rejects.toThrow(/closed its connection/);
      await expect(request()).rejects.toThrow(/closed its connection/);
    } finally {
      socket.destroy();
      server.close();
    }
  });

  it("answers a request once the leader and a majority's followers hold it", () => {
    expect([1, 2, 3, 4, 5].map(followerAcksNeeded)).toEqual([0, 1, 1, 2, 2]);
    // 3 nodes: the leader's own write and one follower's answer.
    expect(completedRequests(3, [1, 2], 1)).toBe(2);
    expect(completedRequests(1, [1, 2], 1)).toBe(1);
    expect(completedRequests(3, [0, 0], 1)).toBe(0);
    // 5 nodes: two followers must have answered.
    expect(completedRequests(9, [0, 3, 1, 5], 2)).toBe(3);
    expect(completedRequests(2, [0, 3, 1, 5], 2)).toBe(2);
    expect(completedRequests(9, [4, 0, 0, 0], 2)).toBe(0);
    // 1 node: its own write is a majority.
    expect(completedRequests(4, [], 0)).toBe(4);
  });

  it("measures round trips through real leader and follower processes and leaves nothing behind", async () => {
    const directory = fs.mkdtempSync(path.join(os.tmpdir(), "ruvraft-floor-"));
    directories.push(directory);
    const budget = { timeMs: 200, iterationsMin: 50, warmupTimeMs: 20, warmupIterationsMin: 5 };
    const child = path.resolve("dist/bench/replication-floor-child.js");
    const floor = await measureReplicationFloor(directory, 3, budget, child);
    expect(floor.nodes).toBe(3);
    expect(floor.count).toBeGreaterThanOrEqual(50);
    expect(floor.p50Us).toBeGreaterThan(0);
    expect(floor.p99Us).toBeGreaterThanOrEqual(floor.p50Us);
    expect(fs.readdirSync(directory)).toEqual([]);
  }, 30_000);
});
