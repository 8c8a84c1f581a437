/**
 * `npm run bench:snapshot-stream [-- --state-mib N] [-- --dir PATH] [-- --json]`: a node
 * snapshot of a state larger than the memory the pipeline may use, end to end, with the peak
 * memory of the process while it runs. The claim it checks: no step of taking, sending,
 * checking, installing or restoring a snapshot holds the state in memory.
 *
 * Three RaftNodes in this process over the TCP transport on loopback, each with a synthetic
 * state machine (src/testing/synthetic-state-machine.ts) whose state of `--state-mib` MiB
 * (default 1024) is generated and checked on the fly, never held:
 * 1. the leader grows the state and takes a snapshot (snapshotNow: the node writes the state
 *    machine's chunks to the snapshot file as they come);
 * 2. a new node joins as a learner: the log before the snapshot is gone, so the leader sends
 *    the snapshot file over TCP in 1 MiB chunks; the learner writes it to disk, checks every
 *    chunk, moves it into its store and restores from it as a stream, every byte checked.
 * Memory: the process's RSS and ArrayBuffer bytes are sampled every 5 ms from before step 1 to
 * the end of step 2; reported as the growth over the baseline. The raw sequential write of the
 * same bytes (1 MiB writes + fsync, same disk, same run) is the reference for the write rate.
 * Prints a table; with --json, one JSON line last.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import pino from "pino";
import type { RaftNode } from "../src/node/raft-node.js";
import { createTcpRaftNode } from "../src/node/tcp-transport.js";
import {
  type SyntheticCommand,
  type SyntheticResponse,
  SyntheticStateMachine,
  syntheticCodec,
} from "../src/testing/synthetic-state-machine.js";
import { findFreeBasePort } from "./cluster-processes.js";
import { type BenchOptions, prepareBenchDirectory, runBench } from "./options.js";

const HELP = `bench:snapshot-stream: a node snapshot of a large synthetic state, taken, sent over TCP,
checked, installed and restored, with the peak memory of the process.

Options:
  --state-mib N   state size in MiB (default 1024)
  --dir PATH      where the nodes' data goes (default data/bench-snapshot-stream, deleted first)
  --json          print only the JSON line
  --verbose       the nodes' log lines (JSON, info and above) on stderr
  --help          this text`;

const MiB = 1024 * 1024;
const GROW_BYTES_MAX = 64 * MiB;
const SAMPLE_INTERVAL_MS = 5;

type SyntheticNode = RaftNode<SyntheticCommand, SyntheticResponse, null>;

interface Result {
  stateBytes: number;
  takeSeconds: number;
  takeMBps: number;
  installSeconds: number;
  installMBps: number;
  rawSeqMBps: number;
  takeToRawRatio: number;
  baselineRssMiB: number;
  peakRssGrowthMiB: number;
  peakArrayBuffersMiB: number;
  /** Peak RSS growth over the state size: well below 1 when nothing holds the state. */
  rssGrowthToStateRatio: number;
}

/** Samples memory until stopped; reports the peaks. */
class MemorySampler {
  readonly baselineRss = process.memoryUsage.rss();
  private peakRss = this.baselineRss;
  private peakArrayBuffers = process.memoryUsage().arrayBuffers;
  private readonly timer = setInterval(() => this.sample(), SAMPLE_INTERVAL_MS);

  sample(): void {
    this.peakRss = Math.max(this.peakRss, process.memoryUsage.rss());
    this.peakArrayBuffers = Math.max(this.peakArrayBuffers, process.memoryUsage().arrayBuffers);
  }

  stop(): { peakRssGrowth: number; peakArrayBuffers: number } {
    clearInterval(this.timer);
    this.sample();
    return {
      peakRssGrowth: this.peakRss - this.baselineRss,
      peakArrayBuffers: this.peakArrayBuffers,
    };
  }
}

function rawSequentialWriteMBps(file: string, bytes: number): number {
  const chunk = Buffer.alloc(MiB, 0x5a);
  const started = process.hrtime.bigint();
  const descriptor = fs.openSync(file, "w");
  try {
    for (let written = 0; written < bytes; written += MiB) fs.writeSync(descriptor, chunk);
    fs.fsyncSync(descriptor);
  } finally {
    fs.closeSync(descriptor);
  }
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  fs.rmSync(file);
  return bytes / 1e6 / seconds;
}

async function waitFor(condition: () => boolean, what: string, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  // Bounded by the deadline.
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function run(options: BenchOptions, stateBytes: number, verbose: boolean): Promise<Result> {
  const basePort = await findFreeBasePort(4);
  const address = (id: number) => `127.0.0.1:${basePort + id}`;
  const peers = [1, 2, 3].map((id) => ({ id, address: address(id) }));
  const logger = verbose ? pino({ level: "info" }, pino.destination(2)) : pino({ level: "silent" });
  const running = new Set<SyntheticNode>();
  const start = async (id: number, machine: SyntheticStateMachine): Promise<SyntheticNode> => {
    const joining = id > peers.length;
    const node = createTcpRaftNode(
      {
        nodeId: id,
        // A joining node knows the members (to accept their connections), but does not
        // bootstrap: the leader sends it what it needs.
        peers: joining ? [...peers, { id, address: address(id) }] : peers,
        bootstrap: !joining,
        dataDirectory: path.join(options.directory, `node-${id}`),
        clusterId: "bench-snapshot-stream",
        snapshotTrailingEntries: 0,
        proposalTimeoutMs: 600_000,
      },
      machine,
      syntheticCodec,
      logger,
    );
    await node.start();
    running.add(node);
    return node;
  };
  try {
    const nodes = await Promise.all(
      peers.map((peer) => start(peer.id, new SyntheticStateMachine())),
    );
    await waitFor(() => nodes.some((node) => node.isLeader()), "a leader", 30_000);
    const leader = nodes.find((node) => node.isLeader()) as SyntheticNode;
    for (let grown = 0; grown < stateBytes; grown += GROW_BYTES_MAX) {
      await leader.propose({ grow: Math.min(GROW_BYTES_MAX, stateBytes - grown) });
    }

    const memory = new MemorySampler();
    const takeStarted = performance.now();
    const taken = await leader.snapshotNow();
    const takeSeconds = (performance.now() - takeStarted) / 1000;

    const installStarted = performance.now();
    const machine = new SyntheticStateMachine();
    const learner = await start(4, machine);
    await leader.addLearner(4, address(4));
    await waitFor(
      () => machine.restores === 1 && learner.status().appliedIndex >= taken.index,
      "the learner to install the snapshot",
      600_000,
    );
    const installSeconds = (performance.now() - installStarted) / 1000;
    const peaks = memory.stop();
    if (machine.sizeBytes !== stateBytes) {
      throw new Error(`the learner restored ${machine.sizeBytes} bytes, not ${stateBytes}`);
    }
    const rawSeqMBps = rawSequentialWriteMBps(path.join(options.directory, "raw.bin"), stateBytes);
    const takeMBps = stateBytes / 1e6 / takeSeconds;
    return {
      stateBytes,
      takeSeconds: round(takeSeconds, 2),
      takeMBps: round(takeMBps, 1),
      installSeconds: round(installSeconds, 2),
      installMBps: round(stateBytes / 1e6 / installSeconds, 1),
      rawSeqMBps: round(rawSeqMBps, 1),
      takeToRawRatio: round(takeMBps / rawSeqMBps, 2),
      baselineRssMiB: round(memory.baselineRss / MiB, 1),
      peakRssGrowthMiB: round(peaks.peakRssGrowth / MiB, 1),
      peakArrayBuffersMiB: round(peaks.peakArrayBuffers / MiB, 1),
      rssGrowthToStateRatio: round(peaks.peakRssGrowth / stateBytes, 3),
    };
  } finally {
    await Promise.all([...running].map((node) => node.stop()));
  }
}

function round(value: number, digits: number): number {
  const scale = 10 ** digits;
  return Math.round(value * scale) / scale;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      "state-mib": { type: "string", default: "1024" },
      dir: { type: "string" },
      json: { type: "boolean", default: false },
      verbose: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  if (values.help) {
    process.stdout.write(`${HELP}\n`);
    return;
  }
  const stateMiB = Number(values["state-mib"]);
  if (!Number.isSafeInteger(stateMiB) || stateMiB < 1) {
    throw new Error(`--state-mib must be a whole number >= 1, got ${values["state-mib"]}`);
  }
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  const options: BenchOptions = {
    directory:
      values.dir === undefined
        ? path.join(repository, "data", "bench-snapshot-stream")
        : path.resolve(values.dir),
    json: values.json,
    ownsDefaultDirectory: values.dir === undefined,
  };
  prepareBenchDirectory(options);
  const result = await run(options, stateMiB * MiB, values.verbose);
  if (!options.json) {
    const rows: [string, string][] = [
      ["state", `${stateMiB} MiB (synthetic, never in memory)`],
      ["take (snapshotNow)", `${result.takeSeconds} s, ${result.takeMBps} MB/s`],
      ["raw sequential write", `${result.rawSeqMBps} MB/s (take/raw ${result.takeToRawRatio})`],
      [
        "send + check + install + restore",
        `${result.installSeconds} s, ${result.installMBps} MB/s`,
      ],
      ["baseline RSS", `${result.baselineRssMiB} MiB`],
      [
        "peak RSS growth",
        `${result.peakRssGrowthMiB} MiB (${result.rssGrowthToStateRatio} of the state)`,
      ],
      ["peak ArrayBuffer bytes", `${result.peakArrayBuffersMiB} MiB`],
    ];
    for (const [name, value] of rows) process.stdout.write(`${name.padEnd(34)} ${value}\n`);
  }
  process.stdout.write(`${JSON.stringify(result)}\n`);
  if (options.ownsDefaultDirectory) fs.rmSync(options.directory, { recursive: true, force: true });
}

await runBench("bench:snapshot-stream", main);
