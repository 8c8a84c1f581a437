/**
 * `npm run bench:restart [-- --json] [-- --dir PATH]`: how long a single-node cluster
 * running the metadata projector takes to restart after a long history, with and without a
 * snapshot. The claim it checks: restart time grows with the state size and the tail after
 * the last snapshot, not with the length of the history.
 *
 * Per history length (250,000 and 1,000,000 events; bench/restart-workload.ts has the mix,
 * a view of a few hundred collections that does not grow with the history):
 * 1. a RaftNode bootstraps the data directory (snapshot at index 1, its leader entry), stops;
 * 2. the events are written straight into its segment log in the node's NodeEntry envelope,
 *    committed (bench/restart-history.ts), and folded into an expected projector;
 * 3. restart without a snapshot: `new RaftNode` + start() until the applied index reaches
 *    the last entry: every event replays. The view must equal the expected one;
 * 4. snapshotNow() on that node (the default 10,000 trailing entries stay in the log), stop,
 *    then TAIL_EVENTS more events are written after it (a node restarts some way after its
 *    last snapshot; the default threshold takes one every 100,000 entries);
 * 5. restart with the snapshot: restore it, replay the tail. The view must equal the expected.
 *
 * Times are wall clock from the constructor to the applied index reaching the last entry
 * (log scan, snapshot load and restore, replay). Also reported: the longest event-loop stall
 * during each restart. Prints a table
 * (progress on stderr); with --json, one JSON line last on stdout.
 */
import fs from "node:fs";
import path from "node:path";
import {
  type MetadataEvent,
  MetadataProjector,
  type MetadataQuery,
  type MetadataResponse,
  metadataCodec,
} from "../src/metadata/index.js";
import { RaftNode } from "../src/node/raft-node.js";
import type { NodeTransport } from "../src/node/transport-port.js";
import { NodeFileSystem } from "../src/storage/fs.js";
import { WindowedReader, zeroTailOffset } from "../src/storage/scan.js";
import { parseBenchOptions, prepareBenchDirectory, runBench } from "./options.js";
import { HistoryWriter } from "./restart-history.js";
import { COLLECTION_COUNT, NODE_COUNT, RestartWorkload, SHARD_COUNT } from "./restart-workload.js";

const HISTORY_EVENTS = [250_000, 1_000_000] as const;
const TAIL_EVENTS = 10_000;
const WORKLOAD_SEED = 20_240_601;
/** A restart that has not applied everything by then is a failure, not a slow figure. */
const RESTART_TIMEOUT_MS = 600_000;
const PEERS = [{ id: 1, address: "127.0.0.1:1" }];

const HELP = `Usage: npm run bench:restart -- [options]

Restart time of a single-node metadata cluster after ${HISTORY_EVENTS.join(" and ")} applied
events, with a full replay and with a snapshot + ${TAIL_EVENTS}-event tail. Takes a few
minutes and up to ~300 MB of disk.

Options:
  --dir PATH   directory to work in (default: <repo>/data/bench-restart). It is created and
               removed by the run; an existing non-empty PATH is refused.
  --json       also print one JSON line with every figure, last on stdout
  --help       print this help`;

type MetadataNode = RaftNode<MetadataEvent, MetadataResponse, MetadataQuery>;

interface Restart {
  /** Constructor to applied index = last entry. */
  seconds: number;
  /** Entries replayed after the snapshot the node started from. */
  replayedEntries: number;
  /**
   * The longest the event loop went without a turn during the restart (timers, sockets and
   * ticks wait that long): replaying committed entries needs no I/O, so it runs on microtasks.
   */
  eventLoopStallMsMax: number;
  /**
   * Bytes of log the node opened: its segment files less their zero tails (the unused space of
   * preallocated segments), that is the frames up to the last non-zero byte.
   */
  logBytes: number;
}

interface Scenario {
  events: number;
  noSnapshot: Restart;
  withSnapshot: Restart;
  /** The projector's state (MetadataProjector.snapshot()). */
  stateBytes: number;
  /** The snapshot file the second restart loaded (node envelope, sessions, chunk CRCs). */
  snapshotBytes: number;
  writeSeconds: number;
}

function progress(message: string): void {
  process.stderr.write(`[bench:restart] ${message}\n`);
}

/** A transport to nowhere: a single-node cluster never sends. */
function soloTransport(): NodeTransport {
  return {
    start: async () => {},
    address: () => ({ host: "127.0.0.1", port: 1 }),
    send: () => {},
    sendSnapshot: () => {},
    peerIncarnation: () => undefined,
    connect: () => {},
    addPeer: () => {},
    removePeer: () => {},
    stop: async () => {},
  };
}

function makeNode(directory: string, projector: MetadataProjector): MetadataNode {
  return new RaftNode(
    { nodeId: 1, peers: PEERS, dataDirectory: directory, randomSeed: 1 },
    projector,
    metadataCodec,
    { transport: soloTransport },
  );
}

/** Bytes of the segment files in `directory` up to their zero tails (see Restart.logBytes). */
function segmentDataBytes(directory: string): number {
  const fileSystem = new NodeFileSystem();
  let total = 0;
  for (const name of fs.readdirSync(directory)) {
    if (!name.endsWith(".seg")) continue;
    const handle = fileSystem.openSync(path.join(directory, name), "read");
    try {
      total += zeroTailOffset(new WindowedReader(handle, handle.sizeSync()), 0);
    } finally {
      handle.closeSync();
    }
  }
  return total;
}

interface AppliedWaiter {
  /** Resolves once an `applied` event reaches the index; rejects after RESTART_TIMEOUT_MS. */
  reached: Promise<void>;
  cancel(): void;
}

/** Listens for the node's applied index reaching `index`; register it before start(). */
function waitApplied(node: MetadataNode, index: number): AppliedWaiter {
  let cancel = () => {};
  const reached = new Promise<void>((resolve, reject) => {
    const listener = ({ index: applied }: { index: number }) => {
      if (applied >= index) finish(undefined);
    };
    const finish = (error: Error | undefined) => {
      clearTimeout(timer);
      node.off("applied", listener);
      if (error === undefined) resolve();
      else reject(error);
    };
    const timer = setTimeout(
      () => finish(new Error(`the node did not apply up to ${index} in ${RESTART_TIMEOUT_MS} ms`)),
      RESTART_TIMEOUT_MS,
    );
    cancel = () => finish(undefined);
    node.on("applied", listener);
  });
  return { reached, cancel };
}

/** Waits until a running node's applied index reaches `index`. */
async function appliedReaches(node: MetadataNode, index: number): Promise<void> {
  const waiter = waitApplied(node, index);
  if (node.status().appliedIndex >= index) waiter.cancel();
  await waiter.reached;
}

/**
 * The longest time between two turns of the event loop (a 5 ms interval timer), the end of the
 * measurement included: a loop that never yields shows its whole duration, where
 * monitorEventLoopDelay would show nothing (its timer never fired).
 */
class StallMeter {
  private last = performance.now();
  private longestMs = 0;
  private readonly timer = setInterval(() => this.mark(), 5);

  /** Stops the timer; returns the longest gap in milliseconds. */
  stop(): number {
    this.mark();
    clearInterval(this.timer);
    return this.longestMs;
  }

  private mark(): void {
    const now = performance.now();
    this.longestMs = Math.max(this.longestMs, now - this.last);
    this.last = now;
  }
}

/** Starts a node on `directory` and waits until it applied `lastIndex`; leaves it running. */
async function timedRestart(
  directory: string,
  lastIndex: number,
): Promise<{ node: MetadataNode; projector: MetadataProjector; restart: Restart }> {
  const logBytes = segmentDataBytes(path.join(directory, "log"));
  const projector = new MetadataProjector();
  const stalls = new StallMeter();
  const started = performance.now();
  const node = makeNode(directory, projector);
  const waiter = waitApplied(node, lastIndex);
  await node.start();
  if (node.status().appliedIndex >= lastIndex) waiter.cancel();
  await waiter.reached;
  const seconds = (performance.now() - started) / 1000;
  const replayedEntries = lastIndex - node.status().snapshotIndex;
  const eventLoopStallMsMax = round(stalls.stop(), 1);
  return { node, projector, restart: { seconds, replayedEntries, logBytes, eventLoopStallMsMax } };
}

function assertSameView(actual: MetadataProjector, expected: MetadataProjector, what: string) {
  const actualBytes = Buffer.from(actual.snapshotBytes());
  const expectedBytes = Buffer.from(expected.snapshotBytes());
  if (!actualBytes.equals(expectedBytes)) {
    throw new Error(`${what}: the restarted node's view differs from the expected view`);
  }
}

async function writeEvents(
  directory: string,
  expected: MetadataProjector,
  events: Iterable<MetadataEvent>,
  firstClientId: number,
): Promise<number> {
  const writer = await HistoryWriter.open(directory, expected, firstClientId);
  try {
    for (const event of events) await writer.add(event);
  } finally {
    await writer.close();
  }
  return writer.last;
}

function* history(workload: RestartWorkload, count: number): Generator<MetadataEvent> {
  const setup = workload.setup();
  yield* setup;
  for (let position = setup.length; position < count; position++) yield workload.next();
}

function* tail(workload: RestartWorkload, count: number): Generator<MetadataEvent> {
  for (let position = 0; position < count; position++) yield workload.next();
}

async function runScenario(root: string, events: number): Promise<Scenario> {
  const directory = path.join(root, `history-${events}`);
  fs.mkdirSync(directory);
  try {
    const bootstrap = makeNode(directory, new MetadataProjector());
    await bootstrap.start();
    await bootstrap.waitForLeader(10_000);
    // Its leader entry committed and applied, so that the hard state's commit covers the log.
    await appliedReaches(bootstrap, bootstrap.status().lastIndex);
    await bootstrap.stop();

    progress(`${events} events: writing the log`);
    const expected = new MetadataProjector();
    const workload = new RestartWorkload(WORKLOAD_SEED);
    const writeStarted = performance.now();
    const lastIndex = await writeEvents(directory, expected, history(workload, events), 1);
    const writeSeconds = (performance.now() - writeStarted) / 1000;

    progress(`${events} events: restart without a snapshot (full replay)`);
    const full = await timedRestart(directory, lastIndex);
    assertSameView(full.projector, expected, `${events} events, full replay`);
    await full.node.snapshotNow();
    await full.node.stop();

    progress(`${events} events: snapshot taken; writing a ${TAIL_EVENTS}-event tail`);
    const tailIndex = await writeEvents(directory, expected, tail(workload, TAIL_EVENTS), 101);
    progress(`${events} events: restart from the snapshot + tail`);
    const snapshotBytes = newestSnapshotBytes(directory);
    const fromSnapshot = await timedRestart(directory, tailIndex);
    assertSameView(fromSnapshot.projector, expected, `${events} events, snapshot + tail`);
    await fromSnapshot.node.stop();
    return {
      events,
      noSnapshot: full.restart,
      withSnapshot: fromSnapshot.restart,
      stateBytes: expected.snapshotBytes().length,
      snapshotBytes,
      writeSeconds,
    };
  } finally {
    fs.rmSync(directory, { recursive: true, force: true });
  }
}

/** Size of the newest snapshot file (the store keeps two; names sort by index). */
function newestSnapshotBytes(directory: string): number {
  const snapshots = path.join(directory, "snapshots");
  const names = fs
    .readdirSync(snapshots)
    .filter((name) => name.endsWith(".snap"))
    .sort();
  const newest = names[names.length - 1];
  if (newest === undefined) throw new Error(`no snapshot in ${snapshots}`);
  return fs.statSync(path.join(snapshots, newest)).size;
}

const round = (value: number, digits: number): number => Number(value.toFixed(digits));
const label = (events: number): string =>
  events >= 1_000_000 ? `${events / 1_000_000}M` : `${events / 1000}k`;

function buildReport(scenarios: readonly Scenario[]): Record<string, unknown> {
  const report: Record<string, unknown> = { bench: "restart" };
  for (const scenario of scenarios) {
    const name = label(scenario.events);
    report[`restart${name}NoSnapshotSeconds`] = round(scenario.noSnapshot.seconds, 3);
    report[`restart${name}WithSnapshotSeconds`] = round(scenario.withSnapshot.seconds, 3);
    report[`restart${name}NoSnapshotEntriesPerSec`] = Math.round(
      scenario.noSnapshot.replayedEntries / scenario.noSnapshot.seconds,
    );
  }
  const largest = scenarios[scenarios.length - 1] as Scenario;
  report.events = largest.events;
  report.tailEvents = TAIL_EVENTS;
  report.snapshotBytes = largest.snapshotBytes;
  report.stateBytes = largest.stateBytes;
  report.view = { nodes: NODE_COUNT, collections: COLLECTION_COUNT, shards: SHARD_COUNT };
  report.scenarios = scenarios.map((scenario) => ({
    events: scenario.events,
    writeSeconds: round(scenario.writeSeconds, 3),
    stateBytes: scenario.stateBytes,
    snapshotBytes: scenario.snapshotBytes,
    noSnapshot: roundRestart(scenario.noSnapshot),
    withSnapshot: roundRestart(scenario.withSnapshot),
  }));
  return report;
}

function roundRestart(restart: Restart): Restart {
  return {
    seconds: round(restart.seconds, 3),
    replayedEntries: restart.replayedEntries,
    logBytes: restart.logBytes,
    eventLoopStallMsMax: restart.eventLoopStallMsMax,
  };
}

function printTable(scenarios: readonly Scenario[]): void {
  const megabytes = (bytes: number) => `${(bytes / 1e6).toFixed(1)} MB`;
  const rows: [string, string, string][] = [["restart", "time", "detail"]];
  for (const scenario of scenarios) {
    const name = label(scenario.events);
    for (const [kind, restart] of [
      ["no snapshot (full replay)", scenario.noSnapshot],
      [`snapshot + ${TAIL_EVENTS / 1000}k tail`, scenario.withSnapshot],
    ] as const) {
      rows.push([
        `${name} events, ${kind}`,
        `${restart.seconds.toFixed(3)} s`,
        `replayed ${restart.replayedEntries} entries, log ${megabytes(restart.logBytes)}, longest event-loop stall ${restart.eventLoopStallMsMax} ms`,
      ]);
    }
  }
  const largest = scenarios[scenarios.length - 1] as Scenario;
  rows.push(
    [
      "state (projector snapshot)",
      `${largest.stateBytes} B`,
      `${NODE_COUNT} nodes, ${COLLECTION_COUNT} collections x ${SHARD_COUNT} shards x 3`,
    ],
    ["snapshot file", `${largest.snapshotBytes} B`, "node envelope + sessions + state"],
  );
  const widths = [0, 1].map((column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  const lines = rows.map(
    ([metric, value, note]) =>
      `${metric.padEnd(widths[0] ?? 0)}  ${value.padStart(widths[1] ?? 0)}  ${note}`,
  );
  process.stdout.write(`${lines.join("\n")}\n`);
}

async function main(): Promise<void> {
  const options = parseBenchOptions("bench-restart", HELP);
  if (options === undefined) return;
  prepareBenchDirectory(options);
  progress(`data directory ${options.directory}`);
  try {
    const scenarios: Scenario[] = [];
    for (const events of HISTORY_EVENTS)
      scenarios.push(await runScenario(options.directory, events));
    printTable(scenarios);
    if (options.json) process.stdout.write(`${JSON.stringify(buildReport(scenarios))}\n`);
  } finally {
    fs.rmSync(options.directory, { recursive: true, force: true });
  }
}

await runBench("bench:restart", main);
