/**
 * One fault-suite run: a 5-node cluster of `ruvraft node` processes (kv state machine), each
 * in its own network namespace (network.ts), clients running a recorded workload
 * (workload.ts) while the seeded nemesis injects faults (nemesis.ts) until the duration is
 * over; then everything is healed and checked:
 *
 * 1. convergence: every node applies the same index and holds the same state (a stale read of
 *    every key and the key count on each node, compared with the final linearizable reads);
 * 2. linearizability of the history (put, cas, linearizable and lease gets, final reads) with
 *    the checker of src/testing/lin (kvModel); a violation is re-checked without lease reads
 *    to say whether only lease reads are at fault;
 * 3. no acknowledged write missing: each key's final value is the last acknowledged write or
 *    a write that may have come after it;
 * 4. stale reads returned values that were written at some point (or null);
 * 5. every node's log passes `ruvraft-dump --verify` (exit 0) once the nodes are stopped;
 * 6. no node exited on its own;
 * 7. every node's JSON log (log-checks.ts): no node stopped on a broken invariant or dropped a
 *    message on an assertion, and no leader sent one snapshot to a follower more than twice
 *    in a row while the follower's match did not advance (a snapshot storm).
 *
 * The run folder (data directories, node logs, history.jsonl, nemesis.log, report.txt) is
 * removed after a pass and kept after a failure (or always with `keep`); its path is printed.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { KvClient } from "../../src/client/kv-client.js";
import { RaftClient } from "../../src/client/raft-client.js";
import { checkLinearizability, kvModel, unknownOutput } from "../../src/testing/lin/index.js";
import { findInvariantFailures, findSnapshotStorms } from "./log-checks.js";
import { Nemesis } from "./nemesis.js";
import { FaultNetwork } from "./network.js";
import { NodeSet, type Status, waitUntil } from "./nodes.js";
import { Random } from "./random.js";
import { Workload } from "./workload.js";

export const NODE_COUNT = 5;
/** Node timing: the core draws election timeouts from [300, 600) ms. */
const NODE_CONFIG = {
  electionTimeoutMinMs: 300,
  electionTimeoutMaxMs: 600,
  heartbeatIntervalMs: 50,
  // Small, so that runs take snapshots, compact logs and send snapshots to re-added nodes.
  snapshotThresholdEntries: 2_000,
  snapshotTrailingEntries: 200,
  segmentSizeBytes: 1024 * 1024,
  // The nodes listen on the namespaces' addresses, beyond loopback: closed by default, they
  // need a secret. The workload's clients prove the client secret (writes and reads only);
  // the nemesis's admin client, which changes the membership, the cluster secret.
  sharedSecret: "fault-suite-cluster-secret",
  clientSecret: "fault-suite-client-secret",
} as const;
const CLIENT_COUNT = 4;
const KEY_COUNT = 16;
const CLIENT_OPERATION_TIMEOUT_MS = 8_000;
const CONVERGE_TIMEOUT_MS = 60_000;
const FIRST_LEADER_TIMEOUT_MS = 20_000;
/** Per partition: histories with many unknown outcomes on one key can be costly. */
const CHECK_STEPS_MAX_PER_PARTITION = 2_000_000;

export interface FaultRunOptions {
  seed: number;
  durationMs: number;
  /** Keep the run folder even after a pass. */
  keep?: boolean;
  log?: (line: string) => void;
}

export interface FaultRunResult {
  ok: boolean;
  seed: number;
  folder: string;
  kept: boolean;
  wallMs: number;
  operations: number;
  failures: string[];
  notes: string[];
  summary: string;
}

/** The compiled code the nodes and the dump tool run (see cli.ts for the two layouts). */
function codeRoot(): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const compiled = path.resolve(here, "..", "..");
  // Compiled by `npm run faults`: dist/fault/{src,tools,test}; from sources (vitest): dist/.
  if (fs.existsSync(path.join(compiled, "src", "cli", "main.js"))) return compiled;
  return path.join(compiled, "dist");
}

export async function runFaults(options: FaultRunOptions): Promise<FaultRunResult> {
  const log = options.log ?? ((line: string) => process.stdout.write(`${line}\n`));
  const startedMs = Date.now();
  const random = new Random(options.seed);
  const code = codeRoot();
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), `ruvraft-fault-${options.seed}-`));
  const configFile = path.join(folder, "node-config.json");
  fs.writeFileSync(configFile, JSON.stringify(NODE_CONFIG));
  const failures: string[] = [];
  const notes: string[] = [];
  const report: string[] = [`seed ${options.seed}, duration ${options.durationMs} ms`];
  let network: FaultNetwork | undefined;
  let nodes: NodeSet | undefined;
  let workload: Workload | undefined;
  let nemesis: Nemesis | undefined;
  const admin = { client: undefined as RaftClient | undefined };
  try {
    // The subnet is not drawn from the seed: two runs of one seed must not collide.
    network = await FaultNetwork.create({ nodeCount: NODE_COUNT, random: Math.random });
    report.push(
      network.netemAvailable
        ? "link shaping: tc netem (delay, jitter, loss, reorder)"
        : "link shaping: tc tbf (this kernel has no sch_netem: rate-limit delay and drops, no reordering)",
    );
    log(
      `fault suite: seed ${options.seed}, folder ${folder}, namespaces ${network.prefix}-*, subnet ${network.subnet}.0/24`,
    );
    nodes = new NodeSet({
      network,
      root: folder,
      nodeMain: path.join(code, "src", "cli", "main.js"),
      configFile,
      clientSecret: NODE_CONFIG.clientSecret,
    });
    const active = nodes;
    await Promise.all(active.slots.map((slot) => active.start(slot)));
    await waitUntil("a first leader", () => active.leader(), FIRST_LEADER_TIMEOUT_MS);
    admin.client = new RaftClient({
      endpoints: active.addresses(),
      operationTimeoutMs: 10_000,
      attemptTimeoutMs: 1_000,
      sharedSecret: NODE_CONFIG.sharedSecret,
    });
    workload = new Workload({
      endpoints: active.addresses(),
      clientCount: CLIENT_COUNT,
      keyCount: KEY_COUNT,
      operationTimeoutMs: CLIENT_OPERATION_TIMEOUT_MS,
      clientSecret: NODE_CONFIG.clientSecret,
      random: random.fork(2),
    });
    workload.start();
    nemesis = new Nemesis({
      network,
      nodes: active,
      admin: new KvClient(admin.client),
      random: random.fork(3),
      timing: { electionTimeoutMaxMs: NODE_CONFIG.electionTimeoutMaxMs },
      log,
    });
    await nemesis.run(Date.now() + options.durationMs);
    await nemesis.healEverything();
    await workload.stop();
    notes.push(...nemesis.notes);
    report.push(
      `faults: ${[...nemesis.counts].map(([kind, count]) => `${kind} ${count}`).join(", ")}`,
    );
    await checkEnd({ nodes: active, workload, failures, report, log, code });
  } catch (error) {
    failures.push(`the run failed: ${(error as Error).stack ?? String(error)}`);
  } finally {
    await workload?.stop().catch(() => undefined);
    admin.client?.close();
    await nodes
      ?.stopAll()
      .catch((error: unknown) => failures.push(`stopping: ${(error as Error).message}`));
    await network?.destroy();
  }
  if (nodes !== undefined && nodes.crashes.length > 0) {
    failures.push(...nodes.crashes.map((crash) => `crash: ${crash}`));
  }
  const ok = failures.length === 0;
  const operations = workload?.operationCount ?? 0;
  const summary = [
    `fault suite ${ok ? "PASSED" : "FAILED"}: seed ${options.seed}, ${((Date.now() - startedMs) / 1000).toFixed(0)} s, ${operations} checked operations`,
    ...report,
    ...notes.map((note) => `note: ${note}`),
    ...failures.map((failure) => `FAILURE: ${failure}`),
  ].join("\n");
  fs.writeFileSync(path.join(folder, "report.txt"), `${summary}\n`);
  if (workload !== undefined)
    fs.writeFileSync(path.join(folder, "history.jsonl"), `${workload.historyJson()}\n`);
  if (nemesis !== undefined)
    fs.writeFileSync(path.join(folder, "nemesis.log"), `${nemesis.timeline.join("\n")}\n`);
  const kept = !ok || options.keep === true;
  if (kept) {
    log(
      `fault suite: kept ${folder} (history.jsonl, nemesis.log, report.txt, node-*.log, node-*/)`,
    );
  } else {
    fs.rmSync(folder, { recursive: true, force: true });
  }
  if (!ok)
    log(
      `fault suite: FAILED with seed ${options.seed}; replay the schedule with: npm run faults -- --seed ${options.seed} --minutes ${(options.durationMs / 60_000).toFixed(2)}`,
    );
  return {
    ok,
    seed: options.seed,
    folder,
    kept,
    wallMs: Date.now() - startedMs,
    operations,
    failures,
    notes,
    summary,
  };
}

interface EndContext {
  nodes: NodeSet;
  workload: Workload;
  failures: string[];
  report: string[];
  log: (line: string) => void;
  code: string;
}

async function checkEnd(context: EndContext): Promise<void> {
  const { nodes, workload, failures, report } = context;
  const applied = await converge(nodes).catch((error: unknown) => {
    failures.push(`convergence: ${(error as Error).message}`);
    return undefined;
  });
  const finalValues = await workload.finalReads(nodes.addresses()).catch((error: unknown) => {
    failures.push(`final reads: ${(error as Error).message}`);
    return undefined;
  });
  report.push(`workload: ${JSON.stringify(workload.counts)}`);
  for (const [reason, count] of [...workload.errors].sort((a, b) => b[1] - a[1]).slice(0, 8)) {
    report.push(`  failed ${count} x ${reason}`);
  }
  if (applied !== undefined && finalValues !== undefined) {
    report.push(`converged at applied index ${applied}`);
    failures.push(...(await compareNodeStates(nodes, workload.keys, finalValues)));
  }
  await nodes.stopAll();
  failures.push(...checkNodeLogs(nodes, report));
  failures.push(...verifyLogs(nodes, context.code, report));
  failures.push(...checkHistory(workload, report));
  if (finalValues !== undefined) failures.push(...checkAcknowledgedWrites(workload, finalValues));
  failures.push(...checkStaleReads(workload));
}

/** Waits until every node applied the same index as the leader committed, twice in a row. */
async function converge(nodes: NodeSet): Promise<number> {
  let previous = -1;
  return waitUntil(
    "every node to apply the leader's commit index",
    async () => {
      const statuses = await Promise.all(nodes.slots.map((slot) => nodes.status(slot)));
      const leader = statuses.find((status) => status?.role === "leader");
      const commitIndex = leader?.commitIndex ?? -1;
      const same = statuses.every(
        (status: Status | undefined) =>
          status !== undefined &&
          status.appliedIndex === commitIndex &&
          status.leaderId === leader?.nodeId,
      );
      const stable = same && commitIndex === previous;
      previous = same ? commitIndex : -1;
      return stable ? commitIndex : undefined;
    },
    CONVERGE_TIMEOUT_MS,
    250,
  );
}

/** Every node's own state (stale reads on that node alone) equals the final reads. */
async function compareNodeStates(
  nodes: NodeSet,
  keys: readonly string[],
  finalValues: ReadonlyMap<string, string | null>,
): Promise<string[]> {
  const failures: string[] = [];
  const present = [...finalValues.values()].filter((value) => value !== null).length;
  for (const slot of nodes.slots) {
    const kv = new KvClient(
      new RaftClient({
        endpoints: [nodes.address(slot)],
        operationTimeoutMs: 5_000,
        clientSecret: NODE_CONFIG.clientSecret,
      }),
    );
    try {
      const answer = await kv.query({ op: "count" }, "stale");
      const count = answer.ok ? (answer.count ?? -1) : -1;
      if (count !== present)
        failures.push(`state: node ${slot} holds ${count} keys, the final reads found ${present}`);
      for (const key of keys) {
        const value = await kv.get(key, "stale");
        if (value !== finalValues.get(key)) {
          failures.push(
            `state: node ${slot} has ${key}=${JSON.stringify(value)}, the final read ${JSON.stringify(finalValues.get(key))}`,
          );
        }
      }
    } catch (error) {
      failures.push(`state: node ${slot} did not answer: ${(error as Error).message}`);
    } finally {
      kv.client.close();
    }
  }
  return failures;
}

/** log-checks.ts over every node's log file: broken invariants and snapshot storms. */
function checkNodeLogs(nodes: NodeSet, report: string[]): string[] {
  const failures: string[] = [];
  let snapshotSends = 0;
  for (const slot of nodes.slots) {
    const file = nodes.logFile(slot);
    if (!fs.existsSync(file)) continue;
    const lines = fs.readFileSync(file, "utf8").split("\n");
    snapshotSends += lines.filter((line) => line.includes('"msg":"sending a snapshot"')).length;
    for (const finding of [...findInvariantFailures(lines), ...findSnapshotStorms(lines)]) {
      failures.push(`node ${slot} log (${file}): ${finding}`);
    }
  }
  report.push(`node logs: ${snapshotSends} snapshot sends, ${failures.length} findings`);
  return failures;
}

/** `ruvraft-dump --verify` on every node's log (and snapshots): exit 0 expected. */
function verifyLogs(nodes: NodeSet, code: string, report: string[]): string[] {
  const failures: string[] = [];
  const dump = path.join(code, "tools", "dump.js");
  const verdicts: string[] = [];
  for (const slot of nodes.slots) {
    for (const part of ["log", "snapshots"]) {
      const target = path.join(nodes.dataDirectory(slot), part);
      if (!fs.existsSync(target)) continue;
      const result = spawnSync(process.execPath, [dump, "--verify", target], {
        encoding: "utf8",
        timeout: 60_000,
      });
      verdicts.push(`node ${slot} ${part}: ${result.status}`);
      if (result.status !== 0) {
        failures.push(
          `ruvraft-dump --verify ${target} exited ${result.status}: ${(result.stdout + result.stderr).trim().split("\n").slice(-5).join(" | ")}`,
        );
      }
    }
  }
  report.push(`ruvraft-dump --verify: ${verdicts.join(", ")}`);
  return failures;
}

function checkHistory(workload: Workload, report: string[]): string[] {
  const history = workload.history();
  const result = checkLinearizability(kvModel, history, {
    searchStepsMaxPerPartition: CHECK_STEPS_MAX_PER_PARTITION,
  });
  report.push(
    `linearizability: ${result.verdict} (${history.length} operations, ${result.searchStepCount} search steps)`,
  );
  if (result.ok) return [];
  if (result.verdict === "unknown")
    return [`linearizability: the search hit its bound\n${result.report}`];
  const withoutLease = checkLinearizability(kvModel, workload.history({ leaseReads: false }), {
    searchStepsMaxPerPartition: CHECK_STEPS_MAX_PER_PARTITION,
  });
  report.push(`linearizability without lease reads: ${withoutLease.verdict}`);
  return [`linearizability: ${result.report}`];
}

/**
 * Per key: the final value must be the last acknowledged write (the one that returned last)
 * or a write not known to precede it (acknowledged or of unknown outcome; not a failed cas).
 */
function checkAcknowledgedWrites(
  workload: Workload,
  finalValues: ReadonlyMap<string, string | null>,
): string[] {
  const failures: string[] = [];
  const history = workload.history();
  for (const key of workload.keys) {
    const writes = history.filter(
      (operation) =>
        operation.input.key === key &&
        operation.input.kind !== "get" &&
        (operation.output === unknownOutput ||
          operation.output.kind === "put" ||
          (operation.output.kind === "cas" && operation.output.swapped)),
    );
    const acknowledged = writes.filter((operation) => operation.output !== unknownOutput);
    const last = acknowledged.reduce<(typeof writes)[number] | undefined>(
      (latest, operation) =>
        latest === undefined || operation.return > latest.return ? operation : latest,
      undefined,
    );
    const finalValue = finalValues.get(key) ?? null;
    if (last === undefined) continue;
    const allowed = new Set(
      writes
        .filter((operation) => operation === last || !(operation.return < last.call))
        .map((operation) => (operation.input as { value: string | null }).value),
    );
    if (!allowed.has(finalValue)) {
      const lastValue = (last.input as { value: string | null }).value;
      failures.push(
        `acknowledged write missing: ${key} ends as ${JSON.stringify(finalValue)}, but ${JSON.stringify(lastValue)} was acknowledged at ${last.return} and nothing allowed replaces it`,
      );
    }
  }
  return failures;
}

function checkStaleReads(workload: Workload): string[] {
  const bad = workload.staleReads.filter(
    (read) => read.value !== null && workload.written.get(read.key)?.has(read.value) !== true,
  );
  return bad
    .slice(0, 10)
    .map(
      (read) =>
        `stale read of ${read.key} by client ${read.client} returned ${JSON.stringify(read.value)}, never written`,
    );
}
