/**
 * Kv RaftNodes made one at a time for node tests (stopped after each test, through
 * test/helpers/cluster.ts, which also makes whole clusters); plus the newest snapshot file of
 * a data directory and a logger whose JSON lines a test reads.
 */
import fs from "node:fs";
import path from "node:path";
import { Writable } from "node:stream";
import pino, { type Logger } from "pino";
import type { RaftNodeOptions } from "../../src/node/config.js";
import {
  type KvCommand,
  type KvQuery,
  type KvResponse,
  KvStateMachine,
  kvCodec,
} from "../../src/node/kv-state-machine.js";
import { RaftNode } from "../../src/node/raft-node.js";
import { stopAfterTest } from "../helpers/cluster.js";

export type KvNode = RaftNode<KvCommand, KvResponse, KvQuery>;

/** A RaftNode over a KvStateMachine (not started), stopped after the test. */
export function makeKvNode(
  options: RaftNodeOptions,
  extras: ConstructorParameters<typeof RaftNode<KvCommand, KvResponse, KvQuery>>[3],
  machine = new KvStateMachine(),
): KvNode {
  return stopAfterTest(new RaftNode(options, machine, kvCodec, extras));
}

/** The path of the newest snapshot file in `dataDirectory`. */
export function newestSnapshotFile(dataDirectory: string): string {
  const snapshots = path.join(dataDirectory, "snapshots");
  const newest = fs
    .readdirSync(snapshots)
    .filter((name) => name.endsWith(".snap"))
    .sort()
    .at(-1);
  if (newest === undefined) throw new Error(`no snapshot file in ${snapshots}`);
  return path.join(snapshots, newest);
}

/** A pino logger (level `level`) that appends each JSON line it writes to `lines`. */
export function collectingLogger(lines: string[], level = "debug"): Logger {
  return pino(
    { level },
    new Writable({
      write(chunk, _encoding, done) {
        lines.push(
          ...String(chunk)
            .split("\n")
            .filter((line) => line !== ""),
        );
        done();
      },
    }),
  );
}
