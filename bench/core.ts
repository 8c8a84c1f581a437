/**
 * `npm run bench:core [-- --json]`: the Raft core alone. A 3-node cluster in memory (no
 * disk, no sockets: MemoryStorage and a message queue) commits 256-byte proposals in batches;
 * each round proposes one batch on the leader and handles every node's Ready (persist,
 * send, apply, advance, exactly as the contract says) until the leader applied the batch.
 *
 * Figures:
 * - entries committed (and applied on the leader) per second, per batch size (tinybench
 *   times the rounds; entries/s = batch size / mean round time);
 * - allocated bytes per entry: with --expose-gc and a 256 MiB young generation (set by the
 *   npm script) no collection runs during a measured window, so the growth of heapUsed over
 *   the window, divided by the entries committed in it, is what the core and the harness
 *   allocated per entry (payload buffers are preallocated and reused, so they are not in
 *   it). The number of GCs observed in the window is printed; if it is not 0 the figure is
 *   reported as unreliable (null).
 *
 * Prints a table; with --json, one JSON line last with `entriesPerSec` (batch 1024),
 * `allocatedBytesPerEntry` and the per-batch figures. Target: >= 500,000 entries/s.
 */
import { PerformanceObserver } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { Bench } from "tinybench";
import {
  MemoryStorage,
  type Message,
  RawNode,
  raftConfig,
  SeededRandom,
  StateRole,
} from "../src/raft/index.js";

const ENTRY_BYTES = 256;
const BATCH_SIZES = [64, 256, 1024] as const;
const TIME_PER_BATCH_SIZE_MS = 2000;
const ALLOCATION_WINDOW_ENTRIES = 16_384;
const ALLOCATION_BATCH = 256;
const COMPACT_EVERY_ENTRIES = 65_536;
const TARGET_ENTRIES_PER_SEC = 500_000;

interface BenchNode {
  readonly node: RawNode;
  readonly storage: MemoryStorage;
}

/** Three RawNodes over MemoryStorage with an in-order message queue. */
class Cluster {
  readonly nodes = new Map<number, BenchNode>();
  private queue: Message[] = [];
  private sinceCompact = 0;
  readonly payloads: Uint8Array[];

  constructor(maxBatch: number) {
    const confState = {
      voters: [1, 2, 3],
      votersOutgoing: [],
      learners: [],
      learnersNext: [],
      autoLeave: false,
      incarnations: [],
    };
    for (const id of [1, 2, 3]) {
      const storage = new MemoryStorage({ bootstrap: confState });
      const config = raftConfig(
        { id, storage, random: new SeededRandom(id) },
        {
          inflightMessageCountMax: 64,
          messageEntryCountMax: 4096,
          messageBytesMax: 4 * 1024 * 1024,
        },
      );
      this.nodes.set(id, { node: new RawNode(config), storage });
    }
    const leader = this.get(1).node;
    for (let i = 0; i < 100 && leader.raft.role !== StateRole.Leader; i++) {
      leader.tick();
      this.pump();
    }
    if (leader.raft.role !== StateRole.Leader) throw new Error("no leader");
    this.payloads = Array.from({ length: maxBatch }, (_, i) =>
      new Uint8Array(ENTRY_BYTES).fill(i & 0xff),
    );
  }

  get(id: number): BenchNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`no node ${id}`);
    return n;
  }

  /** Proposes `size` entries on the leader and runs until the leader applied them. */
  commitBatch(size: number): void {
    const leader = this.get(1).node;
    const first = leader.proposeBatch(this.payloads.slice(0, size)).index;
    const target = first + size - 1;
    while (leader.raft.log.applied < target) {
      if (!this.pump()) throw new Error("cluster stalled");
    }
    this.sinceCompact += size;
    if (this.sinceCompact >= COMPACT_EVERY_ENTRIES) this.compact();
  }

  /** One round: every node handles one Ready, then every queued message is delivered. */
  private pump(): boolean {
    let progress = false;
    for (const n of this.nodes.values()) {
      if (!n.node.hasReady()) continue;
      progress = true;
      const rd = n.node.ready();
      for (const m of rd.messages) this.queue.push(m);
      if (rd.snapshot !== undefined) n.storage.applySnapshot(rd.snapshot);
      if (rd.entries.length > 0) n.storage.append(rd.entries);
      if (rd.hardState !== undefined) n.storage.setHardState(rd.hardState);
      for (const m of rd.messagesAfterPersist) this.queue.push(m);
      n.node.advance();
    }
    const batch = this.queue;
    this.queue = [];
    for (const m of batch) {
      progress = true;
      this.get(m.to).node.step(m);
    }
    return progress;
  }

  /** Keeps memory flat: drop entries every node applied. */
  private compact(): void {
    let applied = Number.MAX_SAFE_INTEGER;
    for (const n of this.nodes.values()) applied = Math.min(applied, n.node.raft.log.applied);
    for (const n of this.nodes.values()) n.storage.compact(applied);
    this.sinceCompact = 0;
  }
}

interface BatchFigure {
  batch: number;
  entriesPerSec: number;
  roundLatencyMeanMs: number;
  roundLatencyP99Ms: number;
  rounds: number;
}

async function measureThroughput(): Promise<BatchFigure[]> {
  const bench = new Bench({ time: TIME_PER_BATCH_SIZE_MS, warmupTime: 300 });
  for (const size of BATCH_SIZES) {
    const cluster = new Cluster(size);
    bench.add(`commit batch of ${size}`, () => cluster.commitBatch(size));
  }
  await bench.run();
  console.table(bench.table());
  return bench.tasks.map((task, i) => {
    const result = task.result as unknown as {
      period?: number;
      latency?: { mean: number; p99?: number; samplesCount?: number };
    };
    const size = BATCH_SIZES[i] as number;
    // period = total measured time / rounds: the honest mean (tinybench's throughput mean
    // averages per-round rates, which overweights fast rounds).
    const periodMs = result.period ?? Number.NaN;
    return {
      batch: size,
      entriesPerSec: Math.round((size * 1000) / periodMs),
      roundLatencyMeanMs: periodMs,
      roundLatencyP99Ms: result.latency?.p99 ?? Number.NaN,
      rounds: result.latency?.samplesCount ?? 0,
    };
  });
}

function measureAllocation(): { bytesPerEntry: number | null; gcsInWindow: number } {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc === undefined) return { bytesPerEntry: null, gcsInWindow: -1 };
  const cluster = new Cluster(ALLOCATION_BATCH);
  // Warm up so that the window sees steady-state code and structures.
  for (let i = 0; i < 64; i++) cluster.commitBatch(ALLOCATION_BATCH);
  let gcs = 0;
  const observer = new PerformanceObserver((list) => {
    gcs += list.getEntries().length;
  });
  gc();
  observer.observe({ entryTypes: ["gc"] });
  const before = process.memoryUsage().heapUsed;
  for (let done = 0; done < ALLOCATION_WINDOW_ENTRIES; done += ALLOCATION_BATCH) {
    cluster.commitBatch(ALLOCATION_BATCH);
  }
  const after = process.memoryUsage().heapUsed;
  observer.disconnect();
  const gcsInWindow = gcs;
  const bytesPerEntry =
    gcsInWindow === 0 ? Math.round((after - before) / ALLOCATION_WINDOW_ENTRIES) : null;
  return { bytesPerEntry, gcsInWindow };
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { json: { type: "boolean", default: false } } });
  console.error("bench:core: 3-node in-memory cluster, 256-byte entries");
  const figures = await measureThroughput();
  const allocation = measureAllocation();
  const best = figures[figures.length - 1] as BatchFigure;
  console.table(
    figures.map((f) => ({
      "batch (entries)": f.batch,
      "entries/s": f.entriesPerSec,
      "round mean (ms)": Number(f.roundLatencyMeanMs.toFixed(3)),
      "round p99 (ms)": Number(f.roundLatencyP99Ms.toFixed(3)),
    })),
  );
  console.log(
    `allocated bytes per entry (batch ${ALLOCATION_BATCH}): ${allocation.bytesPerEntry ?? "unreliable"} (GCs in window: ${allocation.gcsInWindow})`,
  );
  const verdict = best.entriesPerSec >= TARGET_ENTRIES_PER_SEC ? "meets" : "MISSES";
  console.log(
    `batch ${best.batch}: ${best.entriesPerSec} entries/s ${verdict} the target ${TARGET_ENTRIES_PER_SEC}`,
  );
  if (values.json) {
    console.log(
      JSON.stringify({
        bench: "core",
        entriesPerSec: best.entriesPerSec,
        allocatedBytesPerEntry: allocation.bytesPerEntry,
        gcsInAllocationWindow: allocation.gcsInWindow,
        targetEntriesPerSec: TARGET_ENTRIES_PER_SEC,
        batches: figures,
      }),
    );
  }
}

await main();
