/**
 * `npm run bench:metadata [-- --json]`: the metadata projector's apply rate, alone (no Raft,
 * no disk). A cluster of 20 nodes and 50 collections (16 shards, replication factor 3) is set
 * up untimed; then each workload applies a pre-generated stream of events, decoding each
 * from its protobuf bytes first, as RaftNode does (metadataCodec.decodeCommand + apply).
 *
 * Workloads:
 * - mixed: shard status reports, node label/capacity updates, primary promotions, alias
 *   switches, ef_search updates, collection create + drop (placement of one collection), and
 *   1 in 200 events a node going offline or back (placement of all 50 collections). Some
 *   events are rejected (a promotion to a non-replica, ...), as in real logs.
 * - steady: the same without node status changes and collection creation (no placement).
 * - placement: only node offline/online flaps (each re-places all 50 collections).
 *
 * Each workload runs ROUNDS times on a fresh projector; the figure is the median round.
 *
 * Routing: shardForVector (src/metadata/routing.ts) over ROUTING_IDS distinct ids of 10-16
 * characters into 64 shards, against the floor of any hash of those ids: one pass summing
 * their character codes (the ratio says how close routing runs to merely reading the ids).
 *
 * Prints tables; with --json, one JSON line last with `eventsPerSec` (the mixed workload),
 * `routingPerSec`, and the per-workload figures.
 */
import { parseArgs } from "node:util";
import {
  DEFAULT_CLUSTER_SETTINGS,
  type MetadataEvent,
  MetadataProjector,
  metadataCodec,
} from "../src/metadata/index.js";
import { shardForVector } from "../src/metadata/routing.js";
import { chosenSections } from "./options.js";

const NODE_COUNT = 20;
const COLLECTION_COUNT = 50;
const SHARD_COUNT = 16;
const EVENTS_PER_ROUND = 50_000;
const PLACEMENT_EVENTS_PER_ROUND = 400;
const ROUNDS = 5;
const AT_MS = 1_700_000_000_000;

function setupEvents(): MetadataEvent[] {
  const events: MetadataEvent[] = [];
  for (let id = 1; id <= NODE_COUNT; id++) {
    events.push({
      type: "registerNode",
      atMs: AT_MS,
      nodeId: id,
      address: `10.0.0.${id}:7000`,
      capacityBytes: 1 << 30,
      labels: { zone: `z${id % 3}` },
      role: id <= 5 ? "voter" : "learner",
    });
  }
  for (let c = 0; c < COLLECTION_COUNT; c++) {
    events.push({
      type: "createCollection",
      atMs: AT_MS,
      spec: {
        name: `collection-${c}`,
        dimensions: 768,
        metric: "cosine",
        hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 0 },
        quantization: { kind: "scalar" },
        onDiskPayload: false,
        shardCount: SHARD_COUNT,
        replicationFactor: 3,
      },
    });
    events.push({
      type: "createAlias",
      atMs: AT_MS,
      alias: `alias-${c}`,
      collection: `collection-${c}`,
    });
  }
  return events;
}

/** A deterministic stream (a linear congruential generator, seeded per workload). */
function workload(kind: "mixed" | "steady" | "placement", count: number): MetadataEvent[] {
  let seed = kind.length * 7919;
  const next = (bound: number): number => {
    seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0;
    return seed % bound;
  };
  const offline = new Set<number>();
  const events: MetadataEvent[] = [];
  for (let position = 0; position < count; position++) {
    const atMs = AT_MS + position;
    const collection = `collection-${next(COLLECTION_COUNT)}`;
    const shardId = next(SHARD_COUNT);
    const nodeId = 1 + next(NODE_COUNT);
    const roll = kind === "placement" ? 0 : next(200);
    if (roll === 0 && kind !== "steady") {
      const status = offline.has(nodeId) ? "online" : "offline";
      if (status === "offline") offline.add(nodeId);
      else offline.delete(nodeId);
      events.push({ type: "updateNodeStatus", atMs, nodeId, status });
    } else if (roll < 80) {
      const status = next(2) === 0 ? "replicating" : "active";
      events.push({ type: "setShardStatus", atMs, collection, shardId, status });
    } else if (roll < 110) {
      events.push({
        type: "updateNodeLabels",
        atMs,
        nodeId,
        labels: { zone: `z${next(3)}`, rack: `r${next(8)}` },
      });
    } else if (roll < 130) {
      // Nodes report their capacity again and again; it rarely changes (a change places every
      // collection again, as a status change does: see the placement workload).
      events.push({ type: "updateNodeCapacity", atMs, nodeId, capacityBytes: 1 << 30 });
    } else if (roll < 160) {
      events.push({ type: "promotePrimary", atMs, collection, shardId, nodeId });
    } else if (roll < 180) {
      events.push({
        type: "switchAlias",
        atMs,
        alias: `alias-${next(COLLECTION_COUNT)}`,
        collection,
      });
    } else if (roll < 196 || kind === "steady") {
      events.push({
        type: "updateCollection",
        atMs,
        name: collection,
        efSearch: 50 + next(200),
        replicationFactor: 0,
      });
    } else {
      const name = `scratch-${position}`;
      const spec = {
        name,
        dimensions: 128,
        metric: "euclidean" as const,
        hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 0 },
        quantization: { kind: "none" as const },
        onDiskPayload: false,
        shardCount: SHARD_COUNT,
        replicationFactor: 3,
      };
      events.push({ type: "createCollection", atMs, spec });
      events.push({ type: "dropCollection", atMs, name });
      position++;
    }
  }
  return events;
}

interface Figure {
  workload: string;
  events: number;
  rejectedShare: number;
  eventsPerSec: number;
}

function measure(name: "mixed" | "steady" | "placement", count: number): Figure {
  const setup = setupEvents();
  const stream = workload(name, count).map((event) => metadataCodec.encodeCommand(event));
  const rates: number[] = [];
  let rejected = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const projector = new MetadataProjector();
    let index = 0;
    for (const command of setup) projector.apply({ index: ++index, term: 1, command });
    rejected = 0;
    const started = performance.now();
    for (const bytes of stream) {
      const command = metadataCodec.decodeCommand(bytes);
      const response = projector.apply({ index: ++index, term: 1, command });
      if (!response.ok) rejected++;
    }
    const seconds = (performance.now() - started) / 1000;
    rates.push(stream.length / seconds);
  }
  rates.sort((a, b) => a - b);
  return {
    workload: name,
    events: stream.length,
    rejectedShare: Number((rejected / stream.length).toFixed(3)),
    eventsPerSec: Math.round(rates[Math.floor(rates.length / 2)] as number),
  };
}

const ROUTING_IDS = 1_000_000;

const SCALE_NODES = 100;
const SCALE_COLLECTIONS = 10_000;
const SCALE_SHARDS = 8;
const SCALE_ROUNDS = 3;
const SCALE_WARMUP_ROUNDS = 3;
const SCALE_OFFLINE_ROUNDS = 9;

interface ScaleFigure {
  nodes: number;
  collections: number;
  shards: number;
  setupMs: number;
  /** Apply time of one UpdateNodeStatus offline (the re-placement), median of the rounds. */
  offlineApplyMs: number;
  /** The same, CPU time of the process (steadier than wall time on a shared machine). */
  offlineApplyCpuMs: number;
  /** Replica assignments that moved off the offline node. */
  movedReplicas: number;
  snapshotBytes: number;
  snapshotWriteMs: number;
  snapshotRestoreMs: number;
}

/**
 * The issue-14 scale: SCALE_COLLECTIONS collections of SCALE_SHARDS shards (replication factor
 * 3) on SCALE_NODES nodes. Times one node going offline (each round another node, which comes
 * back untimed before the next) and the snapshot of that view written and restored (encode to
 * bytes; decode and install into a fresh projector).
 */
function measureScale(): ScaleFigure {
  const projector = new MetadataProjector();
  let index = 0;
  const apply = (command: MetadataEvent) => projector.apply({ index: ++index, term: 1, command });
  const setupStarted = performance.now();
  // Every move at once (no concurrentMigrationsMax): each round starts from the balanced view.
  apply({
    type: "setClusterSettings",
    atMs: AT_MS,
    settings: { ...DEFAULT_CLUSTER_SETTINGS, concurrentMigrationsMax: 0 },
  });
  for (let id = 1; id <= SCALE_NODES; id++) {
    apply({
      type: "registerNode",
      atMs: AT_MS,
      nodeId: id,
      address: `10.0.${id >> 8}.${id & 255}:7000`,
      capacityBytes: 1 << 30,
      labels: { zone: `z${id % 3}` },
      role: id <= 5 ? "voter" : "learner",
    });
  }
  for (let c = 0; c < SCALE_COLLECTIONS; c++) {
    const response = apply({
      type: "createCollection",
      atMs: AT_MS,
      spec: {
        name: `c-${c}`,
        dimensions: 768,
        metric: "cosine",
        hnsw: { m: 0, efConstruction: 0, efSearch: 0, maxElements: 0 },
        quantization: { kind: "none" },
        onDiskPayload: false,
        shardCount: SCALE_SHARDS,
        replicationFactor: 3,
      },
    });
    if (!response.ok) throw new Error(`setup: ${response.rule}`);
  }
  const setupMs = performance.now() - setupStarted;
  const writeStarted = performance.now();
  const snapshot = projector.snapshotBytes();
  const snapshotWriteMs = performance.now() - writeStarted;
  const restoreTimes: number[] = [];
  const offlineTimes: number[] = [];
  const offlineCpuTimes: number[] = [];
  let movedReplicas = 0;
  for (let round = 0; round < SCALE_ROUNDS; round++) {
    const copy = new MetadataProjector();
    const restoreStarted = performance.now();
    copy.restoreBytes(snapshot);
    restoreTimes.push(performance.now() - restoreStarted);
  }
  // In steady state (the node has placed before, so the ring of the current nodes is known):
  // each round one node goes offline (timed) and comes back (not timed).
  const status = (nodeId: number, value: "offline" | "online") =>
    metadataCodec.decodeCommand(
      metadataCodec.encodeCommand({ type: "updateNodeStatus", atMs: AT_MS, nodeId, status: value }),
    );
  apply({ type: "rebalance", atMs: AT_MS, collection: "" });
  // The first SCALE_WARMUP_ROUNDS are not timed: a running node has compiled its placement path
  // long before; the first offline events of a process measure the JIT.
  for (let round = 0; round < SCALE_WARMUP_ROUNDS + SCALE_OFFLINE_ROUNDS; round++) {
    const nodeId = 1 + ((round * 37) % SCALE_NODES);
    const held = () => {
      const response = projector.query({ type: "shardsOnNode", nodeId });
      return response.ok && response.result?.type === "shards" ? response.result.shards.length : 0;
    };
    const before = held();
    const command = status(nodeId, "offline");
    const started = performance.now();
    const cpuStarted = process.cpuUsage();
    const response = apply(command);
    const cpu = process.cpuUsage(cpuStarted);
    if (round >= SCALE_WARMUP_ROUNDS) {
      offlineTimes.push(performance.now() - started);
      offlineCpuTimes.push((cpu.user + cpu.system) / 1000);
    }
    if (!response.ok || held() !== 0) throw new Error("the offline node kept replicas");
    movedReplicas = before;
    apply(status(nodeId, "online"));
  }
  const median = (values: number[]) =>
    Number(([...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number).toFixed(1));
  return {
    nodes: SCALE_NODES,
    collections: SCALE_COLLECTIONS,
    shards: SCALE_SHARDS,
    setupMs: Math.round(setupMs),
    offlineApplyMs: median(offlineTimes),
    offlineApplyCpuMs: median(offlineCpuTimes),
    movedReplicas,
    snapshotBytes: snapshot.length,
    snapshotWriteMs: Number(snapshotWriteMs.toFixed(1)),
    snapshotRestoreMs: median(restoreTimes),
  };
}

/** Calls of `work` per second over `ids`, median of ROUNDS; `work` returns a checksum. */
function rate(ids: readonly string[], work: (ids: readonly string[]) => number): number {
  const rates: number[] = [];
  let checksum = 0;
  for (let round = 0; round < ROUNDS; round++) {
    const started = performance.now();
    checksum += work(ids);
    rates.push(ids.length / ((performance.now() - started) / 1000));
  }
  if (checksum === -1) console.error("(checksum)");
  rates.sort((a, b) => a - b);
  return Math.round(rates[Math.floor(rates.length / 2)] as number);
}

function measureRouting(): { routingPerSec: number; readFloorPerSec: number } {
  const ids = Array.from({ length: ROUTING_IDS }, (_, i) => `vec-${(i * 7919).toString(36)}-${i}`);
  const routingPerSec = rate(ids, (list) => {
    let sum = 0;
    for (const id of list) sum += shardForVector(id, 64);
    return sum;
  });
  const readFloorPerSec = rate(ids, (list) => {
    let sum = 0;
    for (const id of list) {
      for (let position = 0; position < id.length; position++) sum += id.charCodeAt(position);
    }
    return sum;
  });
  return { routingPerSec, readFloorPerSec };
}

const USAGE = `usage: npm run bench:metadata -- [--json] [--only workloads|routing|scale]
  --json   one JSON line last with every figure
  --only   run one section (each measures in a fresh state either way; alone, the JIT has
           seen nothing else, as on a node that only places)`;

const SECTIONS = ["workloads", "routing", "scale"] as const;

function main(): void {
  let values: { json: boolean; only?: string; help: boolean };
  try {
    values = parseArgs({
      options: {
        json: { type: "boolean", default: false },
        only: { type: "string" },
        help: { type: "boolean", default: false },
      },
    }).values as typeof values;
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (values.help) {
    console.log(USAGE);
    return;
  }
  let runs: (section: (typeof SECTIONS)[number]) => boolean;
  try {
    runs = chosenSections(SECTIONS, values.only);
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  console.error(
    `bench:metadata: ${NODE_COUNT} nodes, ${COLLECTION_COUNT} collections x ${SHARD_COUNT} shards x 3 replicas; decode + apply; median of ${ROUNDS} rounds`,
  );
  const figures = runs("workloads")
    ? [
        measure("mixed", EVENTS_PER_ROUND),
        measure("steady", EVENTS_PER_ROUND),
        measure("placement", PLACEMENT_EVENTS_PER_ROUND),
      ]
    : [];
  if (figures.length > 0) {
    console.table(
      figures.map((figure) => ({
        workload: figure.workload,
        "events per round": figure.events,
        "rejected share": figure.rejectedShare,
        "events/s": figure.eventsPerSec,
      })),
    );
  }
  const routing = runs("routing") ? measureRouting() : undefined;
  if (routing !== undefined) {
    console.table([
      {
        what: "shardForVector (64 shards)",
        "ids/s": routing.routingPerSec,
        "read floor ids/s": routing.readFloorPerSec,
        ratio: Number((routing.routingPerSec / routing.readFloorPerSec).toFixed(3)),
      },
    ]);
  }
  const scale = runs("scale") ? measureScale() : undefined;
  if (scale !== undefined) {
    console.table([
      {
        scale: `${scale.collections} collections x ${scale.shards} shards x 3 on ${scale.nodes} nodes`,
        "one node offline: apply ms": scale.offlineApplyMs,
        "(CPU ms)": scale.offlineApplyCpuMs,
        "replicas moved": scale.movedReplicas,
        "snapshot MB": Number((scale.snapshotBytes / 1e6).toFixed(2)),
        "snapshot write ms": scale.snapshotWriteMs,
        "snapshot restore ms": scale.snapshotRestoreMs,
      },
    ]);
  }
  if (values.json) {
    console.log(
      JSON.stringify({
        bench: "metadata",
        ...(figures[0] === undefined ? {} : { eventsPerSec: figures[0].eventsPerSec }),
        ...(routing === undefined
          ? {}
          : {
              routingPerSec: routing.routingPerSec,
              routingReadFloorPerSec: routing.readFloorPerSec,
            }),
        workloads: figures,
        ...(scale === undefined ? {} : { scale }),
      }),
    );
  }
}

main();
