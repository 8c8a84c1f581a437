/**
 * The whole-node simulation: real RaftNodes (src/node/raft-node.ts) with everything under
 * them (the durable storage, the segment log, snapshot files and their transfer, the apply
 * pipeline, sessions, read contexts), run over injected ports that one seed drives:
 *
 * - time: a Scheduler of events in simulated milliseconds; each node's Clock (ticker and
 *   deadlines) is a SimProcess that can be paused (SIGSTOP) or killed;
 * - the network: SimNetwork (latency, loss, duplication, reordering, one-way cuts; every
 *   message carries its sender's incarnation, as a connection's handshake does);
 * - the disk: one SimFileSystem per node behind the FileSystem port, with a page-cache model
 *   (what was not synced is lost or torn at a crash), injected EIO, and wipes.
 *
 * Production code does not know it is simulated: the ports are the ones a real node takes.
 * Every choice is drawn from the seed, and the scheduler runs one event at a time and lets
 * the promise jobs it started finish before the next, so a seed replays exactly.
 *
 * A run: `faultMs` of client traffic under the nemesis (crash and restart, crash in the
 * middle of a snapshot install, pauses past the lease, partitions (symmetric, one-way,
 * leader-isolating), lossy links, a member wiped and re-added under its old id, also while
 * two voters lag, leadership transfers, forced snapshots, failed fsyncs); then `recoveryMs`
 * with the faults healed, in which a leader must be elected and every node must converge.
 * Checked: at most one leader per term; every index applied with the same command on every
 * node (state machine safety); no node stops on a broken invariant; replicas converge; the
 * client history (with a final read of every key) is linearizable (../linearizability.ts).
 */
import { AssertionError } from "node:assert";
import pino from "pino";
import { type KvCommand, type KvResponse, kvCodec } from "../../../src/node/kv-codec.js";
import { KvStateMachine } from "../../../src/node/kv-state-machine.js";
import { RaftNode } from "../../../src/node/raft-node.js";
import type { AppliedEntry } from "../../../src/node/state-machine.js";
import { SeededRandom } from "../../../src/raft/index.js";
import { isOperatingError } from "../../../src/util/errors.js";
import { LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY } from "../linearizability.js";
import {
  type HistoryOp,
  type LinearizabilitySummary,
  NOT_CHECKED,
  summarizeHistory,
} from "../simulation.js";
import { Scheduler } from "./scheduler.js";
import { CLIENT_TIMEOUT_MS, KEYS, type KvNode, SimClients } from "./sim-clients.js";
import { SimFileSystem, seededSimRandom } from "./sim-fs.js";
import { addressHost, addressOf, CALM_NETWORK, SIM_PORT, SimNetwork } from "./sim-network.js";
import { SimProcess } from "./sim-process.js";

export interface NodeSimOptions {
  seed: number;
  /** Founding voters. */
  nodeCount: number;
  /** Simulated milliseconds of traffic under faults. */
  faultMs: number;
  /** Simulated milliseconds after the faults stop, to elect, converge and answer. */
  recoveryMs: number;
  clients: number;
  traceLines: number;
  /**
   * BROKEN ON PURPOSE: the incarnation fix turned off, as before it: votes are granted
   * without owning a seat and the network does not check incarnations. A wiped voter re-added
   * under its old id must then be caught breaking safety.
   */
  brokenIgnoreIncarnations: boolean;
}

export const DEFAULT_NODE_SIM_OPTIONS: Omit<NodeSimOptions, "seed"> = {
  nodeCount: 5,
  faultMs: 6_000,
  recoveryMs: 4_000,
  clients: 4,
  traceLines: 60,
  brokenIgnoreIncarnations: false,
};

export interface NodeSimResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly violation: string | undefined;
  readonly trace: readonly string[];
  /** Simulated milliseconds the run lasted. */
  readonly elapsedMs: number;
  readonly stats: Record<string, number>;
  readonly history: readonly HistoryOp[];
  readonly linearizability: LinearizabilitySummary;
  readonly options: NodeSimOptions;
}

const DATA_ROOT = "/sim";
const FINAL_READ_ATTEMPTS = 3;

class Violation extends Error {}

interface SimNodeSlot {
  readonly id: number;
  readonly disk: SimFileSystem;
  process: SimProcess | undefined;
  node: KvNode | undefined;
  machine: KvStateMachine | undefined;
  /** Started with bootstrap (a founder that was never wiped) or joining. */
  bootstrap: boolean;
  /** A disk fault was injected: a typed failure of this node is expected. */
  diskFaultInjected: boolean;
}

export class NodeSimulation {
  private readonly scheduler = new Scheduler();
  private readonly random: SeededRandom;
  private readonly network: SimNetwork;
  private readonly slots = new Map<number, SimNodeSlot>();
  private readonly traceRing: string[] = [];
  private readonly clients: SimClients;
  private readonly leadersByTerm = new Map<number, number>();
  /** index -> the command applied there, and by which node first (state machine safety). */
  private readonly appliedCommands = new Map<
    number,
    { term: number; command: string; node: number }
  >();
  private violation: string | undefined;
  private faultsOn = true;
  private readonly stats: Record<string, number> = {};
  /** When set, the next snapshot a node starts installing crashes it part-way. */
  private crashNextSnapshotInstall = false;
  private readonly founders: number[];

  constructor(private readonly options: NodeSimOptions) {
    this.random = new SeededRandom(options.seed);
    this.network = new SimNetwork({
      scheduler: this.scheduler,
      random: new SeededRandom(options.seed * 31 + 7),
      onSnapshotArriving: (nodeId) => this.onSnapshotArriving(nodeId),
    });
    this.founders = Array.from({ length: options.nodeCount }, (_, i) => i + 1);
    this.clients = new SimClients({
      scheduler: this.scheduler,
      random: this.random,
      leaseReads: options.seed % 2 === 0,
      firstNodes: this.founders,
      nodeIds: () => [...this.slots.keys()],
      inNode: (id, call) => this.inNode(id, call),
      mustStop: () => this.violation !== undefined,
    });
    for (const id of this.founders) {
      const disk = new SimFileSystem({
        random: seededSimRandom(options.seed * 1009 + id),
        schedule: (delayMs, run) => {
          const process = this.slots.get(id)?.process;
          if (process !== undefined) process.after(delayMs, run);
        },
      });
      this.slots.set(id, {
        id,
        disk,
        process: undefined,
        node: undefined,
        machine: undefined,
        bootstrap: true,
        diskFaultInjected: false,
      });
    }
  }

  async run(): Promise<NodeSimResult> {
    try {
      for (const id of this.founders) this.startNode(id);
      this.clients.start(this.options.clients);
      void this.nemesis();
      await this.runUntil(this.options.faultMs);
      this.faultsOn = false;
      this.healEverything();
      await this.runUntil(this.options.faultMs + this.options.recoveryMs);
      this.clients.stop();
      await this.finalChecks();
    } catch (error) {
      if (!(error instanceof Violation)) throw error;
    }
    return this.result();
  }

  // ---- driving time ------------------------------------------------------------------------

  private async runUntil(untilMs: number): Promise<void> {
    await this.scheduler.runUntil(untilMs, () => this.violation !== undefined);
    if (this.violation !== undefined) throw new Violation(this.violation);
  }

  /** Runs the simulation until `promise` settles (at most `maxMs` more), and returns it. */
  private async drive<T>(promise: Promise<T>, maxMs: number): Promise<T> {
    let settled = false;
    const watched = promise.finally(() => {
      settled = true;
    });
    await this.scheduler.runUntil(this.scheduler.nowMs() + maxMs, () => settled);
    if (!settled) throw new Error(`the simulation went idle for ${maxMs} ms with work pending`);
    return watched;
  }

  private fail(message: string): void {
    if (this.violation === undefined) {
      this.violation = message;
      this.trace(`VIOLATION: ${message}`);
    }
  }

  private trace(line: string): void {
    this.traceRing.push(`[${this.scheduler.nowMs().toFixed(1)} ms] ${line}`);
    if (this.traceRing.length > this.options.traceLines) this.traceRing.shift();
  }

  private count(stat: string): void {
    this.stats[stat] = (this.stats[stat] ?? 0) + 1;
  }

  private sleep(ms: number): Promise<void> {
    return this.scheduler.sleep(ms);
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.random.nextInt(items.length)];
  }

  // ---- nodes -------------------------------------------------------------------------------

  private slot(id: number): SimNodeSlot {
    const slot = this.slots.get(id);
    if (slot === undefined) throw new Error(`no node ${id}`);
    return slot;
  }

  private upNodes(): SimNodeSlot[] {
    return [...this.slots.values()].filter(
      (slot) => slot.node?.isRunning() === true && slot.process?.alive === true,
    );
  }

  /**
   * A node's snapshot thresholds: 30-89 entries, and half of the nodes (by the parity of that
   * draw, so that no seed's draws shift) also wait for as much log as the last snapshot's size
   * (the default snapshotThresholdLogRatio), the other half not.
   */
  private snapshotThresholds(): {
    snapshotThresholdEntries: number;
    snapshotThresholdLogRatio: number;
  } {
    const entries = 30 + this.random.nextInt(60);
    return { snapshotThresholdEntries: entries, snapshotThresholdLogRatio: entries % 2 };
  }

  private startNode(id: number): void {
    const slot = this.slot(id);
    const process = new SimProcess(id, this.scheduler);
    const dataDirectory = `${DATA_ROOT}/node-${id}`;
    const machine = new CheckedKvMachine((entry) => this.checkApplied(id, entry));
    const node: KvNode = new RaftNode(
      {
        nodeId: id,
        clusterId: "sim",
        peers: this.founders.map((peer) => ({ id: peer, address: addressOf(peer) })),
        bootstrap: slot.bootstrap,
        dataDirectory,
        listenHost: addressHost(id),
        listenPort: SIM_PORT,
        electionTimeoutMinMs: 150,
        electionTimeoutMaxMs: 300,
        heartbeatIntervalMs: 30,
        ...this.snapshotThresholds(),
        snapshotTrailingEntries: this.random.nextInt(12),
        segmentSizeBytes: 64 * 1024,
        proposalTimeoutMs: 1_500,
        readTimeoutMs: 1_000,
        leaseReads: this.options.seed % 2 === 0,
        // Both orders of a Ready's apply and write (ReadyLoopParts.applyBeforeWrite): the
        // simulated disk answers later whichever is set. From the seed: no draw shifts.
        logWriteThread: this.options.seed % 4 === 1 ? "thread-pool" : "event-loop",
        randomSeed: this.random.nextInt(2 ** 31),
      },
      machine,
      kvCodec,
      {
        transport: this.network.transportFor(id, process, slot.disk, dataDirectory),
        clock: process.clock,
        fileSystem: slot.disk,
        lockDataDirectory: false,
        random: { randomInt: (min, max) => min + this.random.nextInt(max - min) },
        // Warnings and errors go into the trace, so a failure shows what the nodes said.
        logger: pino(
          { level: "warn", base: null, timestamp: false },
          { write: (line: string) => this.trace(`node ${id} says: ${logSummary(line)}`) },
        ),
      },
    );
    slot.process = process;
    slot.node = node;
    slot.machine = machine;
    node.on("failed", (error) => this.onNodeFailed(slot, process, error));
    node.on("roleChange", ({ role, term }) => {
      if (role !== "leader") return;
      this.trace(`node ${id} leads term ${term}`);
      const other = this.leadersByTerm.get(term);
      if (other !== undefined && other !== id) {
        this.fail(`election safety: nodes ${other} and ${id} both lead term ${term}`);
      }
      this.leadersByTerm.set(term, id);
    });
    this.trace(`start node ${id}${slot.bootstrap ? "" : " (joining)"}`);
    process.run(() => {
      node.start().then(
        () => this.trace(`node ${id} started`),
        (error: Error) => {
          this.trace(`node ${id} cannot start: ${error.message}`);
          // After a crash, a disk written by the rules of segments/FORMAT.md always opens.
          if (!isOperatingError(error) || !slot.diskFaultInjected) {
            this.fail(`node ${id} cannot start: ${error.stack}`);
          }
          this.stopProcess(slot);
        },
      );
    });
  }

  private onNodeFailed(slot: SimNodeSlot, process: SimProcess, error: Error): void {
    if (slot.process !== process) return;
    this.trace(`node ${slot.id} failed: ${error.message}`);
    if (error instanceof AssertionError || !isOperatingError(error)) {
      this.fail(`node ${slot.id} stopped on a broken invariant: ${error.stack}`);
      return;
    }
    if (!slot.diskFaultInjected) {
      this.fail(`node ${slot.id} failed without an injected fault: ${error.message}`);
    }
    this.stopProcess(slot);
    // Its supervisor restarts it (systemd's Restart=on-failure).
    this.scheduler.after(200 + this.random.nextInt(800), () => {
      if (slot.process === undefined) this.startNode(slot.id);
    });
  }

  /** The process is gone (crash, failed node): its disk keeps only what a crash keeps. */
  /**
   * The process dies: either the machine loses power (what was not synced is lost or torn)
   * or only the process is killed (SIGKILL, OOM: the page cache survives and is written back
   * later, synced or not).
   */
  private crash(id: number, why: string): void {
    const slot = this.slot(id);
    if (slot.process === undefined) return;
    const powerLoss = this.random.chance(0.5);
    this.trace(`${powerLoss ? "power loss" : "SIGKILL"} of node ${id} (${why})`);
    this.count(powerLoss ? "powerLosses" : "kills");
    this.stopProcess(slot);
    if (powerLoss) slot.disk.crash();
    else slot.disk.killProcess();
  }

  private stopProcess(slot: SimNodeSlot): void {
    if (slot.process === undefined) return;
    slot.process.kill();
    this.network.detach(slot.id, slot.process);
    slot.process = undefined;
    slot.node = undefined;
    slot.machine = undefined;
  }

  /** Runs `call` inside node `id`'s process, as a request arriving there would. */
  private inNode<T>(id: number, call: (node: KvNode) => Promise<T>): Promise<T> {
    const slot = this.slot(id);
    const node = slot.node;
    const process = slot.process;
    if (node === undefined || process === undefined) {
      return Promise.reject(new Error(`node ${id} is down`));
    }
    return new Promise<T>((resolve, reject) => {
      process.run(() => {
        call(node).then(resolve, reject);
      });
    });
  }

  /** The node that leads the highest term among the running ones, if any. */
  private leader(): number | undefined {
    let best: { id: number; term: number } | undefined;
    for (const slot of this.upNodes()) {
      const node = slot.node as KvNode;
      if (slot.process?.isPaused) continue;
      const status = node.status();
      if (status.role === "leader" && (best === undefined || status.term > best.term)) {
        best = { id: slot.id, term: status.term };
      }
    }
    return best?.id;
  }

  // ---- state machine safety ----------------------------------------------------------------

  private checkApplied(nodeId: number, entry: AppliedEntry<KvCommand>): void {
    const command = JSON.stringify(entry.command);
    const first = this.appliedCommands.get(entry.index);
    if (first === undefined) {
      this.appliedCommands.set(entry.index, { term: entry.term, command, node: nodeId });
      return;
    }
    if (first.term !== entry.term || first.command !== command) {
      this.fail(
        `state machine safety: node ${first.node} applied ${first.command} (term ${first.term}) at index ${entry.index}, node ${nodeId} applied ${command} (term ${entry.term})`,
      );
    }
  }

  // ---- the nemesis -------------------------------------------------------------------------

  private async nemesis(): Promise<void> {
    await this.sleep(500);
    while (this.faultsOn && this.violation === undefined) {
      await this.oneFault();
      await this.sleep(150 + this.random.nextInt(500));
    }
  }

  private async oneFault(): Promise<void> {
    const roll = this.random.nextInt(100);
    const up = this.upNodes().map((slot) => slot.id);
    const anyUp = this.pick(up);
    if (roll < 16) {
      if (anyUp !== undefined) this.crashAndRestart(anyUp, "nemesis");
    } else if (roll < 24) {
      this.crashNextSnapshotInstall = true;
      // A follower that falls far behind gets a snapshot: cut one off for a while.
      const victim = this.pick(up.filter((id) => id !== this.leader()));
      if (victim !== undefined) this.isolateFor(victim, 400 + this.random.nextInt(800));
    } else if (roll < 34) {
      const victim = this.random.chance(0.7) ? (this.leader() ?? anyUp) : anyUp;
      if (victim !== undefined) this.pauseFor(victim, 200 + this.random.nextInt(1_200));
    } else if (roll < 50) {
      this.partitionFor(300 + this.random.nextInt(1_500));
    } else if (roll < 58) {
      this.lossyFor(300 + this.random.nextInt(1_500));
    } else if (roll < 70) {
      await this.cycleMember(false);
    } else if (roll < 80) {
      await this.cycleMember(true);
    } else if (roll < 86) {
      await this.transferLeadership();
    } else if (roll < 92) {
      if (anyUp !== undefined) await this.forceSnapshot(anyUp);
    } else {
      if (anyUp !== undefined) this.failNextDurableWrite(anyUp);
    }
  }

  private crashAndRestart(id: number, why: string): void {
    this.crash(id, why);
    this.scheduler.after(50 + this.random.nextInt(800), () => {
      if (this.slot(id).process === undefined) this.startNode(id);
    });
  }

  private isolateFor(id: number, ms: number): void {
    this.trace(`isolate node ${id} for ${ms} ms`);
    this.network.partition([id], [...this.slots.keys()]);
    this.scheduler.after(ms, () => this.healNetwork());
  }

  private pauseFor(id: number, ms: number): void {
    const process = this.slot(id).process;
    if (process === undefined) return;
    this.trace(`pause node ${id} for ${ms} ms`);
    this.count("pauses");
    process.pause();
    this.scheduler.after(ms, () => {
      this.trace(`resume node ${id}`);
      process.resume();
    });
  }

  private partitionFor(ms: number): void {
    const everyone = [...this.slots.keys()];
    const shuffled = [...everyone].sort(() => this.random.nextFloat() - 0.5);
    const kind = this.random.nextInt(3);
    if (kind === 0) {
      const side = shuffled.slice(0, 1 + this.random.nextInt(everyone.length - 1));
      this.network.partition(side, everyone);
    } else if (kind === 1) {
      const leader = this.leader() ?? (shuffled[0] as number);
      this.network.partition([leader], everyone);
    } else {
      // One-way: a node hears the others but is not heard (or the reverse).
      const node = shuffled[0] as number;
      for (const other of everyone) {
        if (other === node) continue;
        if (this.random.chance(0.5)) this.network.cut(node, other);
        else this.network.cut(other, node);
      }
    }
    this.trace(`partition for ${ms} ms: ${this.network.describeCuts()}`);
    this.count("partitions");
    this.scheduler.after(ms, () => this.healNetwork());
  }

  private lossyFor(ms: number): void {
    this.network.rates = {
      dropRate: this.random.nextFloat() * 0.2,
      duplicateRate: this.random.nextFloat() * 0.1,
      latencyMinMs: 1,
      latencyMaxMs: 3 + this.random.nextInt(40),
    };
    this.trace(`lossy network for ${ms} ms: ${JSON.stringify(this.network.rates)}`);
    this.scheduler.after(ms, () => {
      this.network.rates = CALM_NETWORK;
    });
  }

  private healNetwork(): void {
    if (this.network.describeCuts() !== "") this.trace("heal the network");
    this.network.heal();
  }

  /**
   * Removes a member, wipes its disk, starts it empty under the same id (joining), and adds
   * it back, as `ruvraft node --rebuild` and the fault suite do. With `lagging`, two other
   * voters are first cut off from everyone but that member, so they still count its old seat
   * while it comes back empty: the reproduction.
   */
  private async cycleMember(lagging: boolean): Promise<void> {
    const leader = this.leader();
    if (leader === undefined) return;
    const members = this.votersOf(leader).filter((id) => id !== leader);
    const member = this.pick(members);
    if (member === undefined) return;
    this.count(lagging ? "laggingCycles" : "cycles");
    if (lagging) {
      const laggards = members
        .filter((id) => id !== member)
        .sort(() => this.random.nextFloat() - 0.5)
        .slice(0, 2);
      for (const laggard of laggards) {
        for (const other of this.slots.keys()) {
          if (other === laggard || other === member || laggards.includes(other)) continue;
          this.network.cut(laggard, other);
          this.network.cut(other, laggard);
        }
      }
      this.trace(
        `laggards ${laggards.join(",")} reach only ${member}: ${this.network.describeCuts()}`,
      );
      await this.sleep(100 + this.random.nextInt(300));
    }
    this.trace(`remove node ${member} to wipe it`);
    const removed = await this.scheduler.within(
      this.inNode(leader, (node) => node.removeNode(member)),
      2_000,
    );
    if (removed.kind !== "value") {
      this.trace(`remove node ${member} failed: ${describe(removed)}`);
      if (lagging) this.scheduler.after(500, () => this.healNetwork());
      return;
    }
    this.crash(member, "wiped");
    this.slot(member).disk.wipe();
    this.slot(member).bootstrap = false;
    this.startNode(member);
    await this.sleep(200 + this.random.nextInt(800));
    await this.addBack(member);
    if (lagging) this.scheduler.after(this.random.nextInt(1_500), () => this.healNetwork());
  }

  private async addBack(member: number): Promise<void> {
    for (let attempt = 0; attempt < 5 && this.violation === undefined; attempt++) {
      const leader = this.leader();
      if (leader !== undefined) {
        this.trace(`add node ${member} back (through ${leader})`);
        const added = await this.scheduler.within(
          this.inNode(leader, (node) => node.addNode(member, addressOf(member))),
          3_000,
        );
        if (added.kind === "value") {
          this.trace(`node ${member} is a voter again`);
          return;
        }
        this.trace(`add node ${member} failed: ${describe(added)}`);
      }
      await this.sleep(300);
    }
  }

  private votersOf(id: number): number[] {
    const node = this.slot(id).node;
    if (node === undefined) return [];
    const status = node.status();
    return [id, ...status.peers.filter((peer) => !peer.learner).map((peer) => peer.nodeId)].filter(
      (peer, position, all) => all.indexOf(peer) === position,
    );
  }

  private async transferLeadership(): Promise<void> {
    const leader = this.leader();
    if (leader === undefined) return;
    const target = this.pick(this.votersOf(leader).filter((id) => id !== leader));
    if (target === undefined) return;
    this.trace(`transfer leadership ${leader} -> ${target}`);
    const done = await this.scheduler.within(
      this.inNode(leader, (node) => node.transferLeadership(target)),
      2_000,
    );
    if (done.kind !== "value") this.trace(`transfer failed: ${describe(done)}`);
  }

  private async forceSnapshot(id: number): Promise<void> {
    this.trace(`snapshot now on node ${id}`);
    const done = await this.scheduler.within(
      this.inNode(id, (node) => node.snapshotNow()),
      2_000,
    );
    if (done.kind !== "value") this.trace(`snapshot failed: ${describe(done)}`);
  }

  /**
   * The node's next durable write fails with EIO: an O_DSYNC log append (a "write") or an
   * fsync (snapshots, truncations, the hard state after them). The node must stop with a
   * typed error, never retry the fsync, and come back from its disk when restarted.
   */
  private failNextDurableWrite(id: number): void {
    const slot = this.slot(id);
    const operation = this.random.chance(0.5) ? "write" : "sync";
    this.trace(`the next ${operation} of node ${id} fails with EIO`);
    this.count("diskFaults");
    slot.diskFaultInjected = true;
    slot.disk.failNext(operation, "EIO");
  }

  /** Called by the network when a snapshot reaches `id`, before the node takes it over. */
  private onSnapshotArriving(id: number): void {
    if (!this.crashNextSnapshotInstall || !this.faultsOn) return;
    this.crashNextSnapshotInstall = false;
    this.count("crashesDuringInstall");
    this.scheduler.after(this.random.nextFloat() * 3, () =>
      this.crashAndRestart(id, "in the middle of a snapshot install"),
    );
  }

  private healEverything(): void {
    this.trace("faults stop: heal, resume, restart");
    this.network.heal();
    this.network.rates = CALM_NETWORK;
    for (const slot of this.slots.values()) {
      slot.process?.resume();
      if (slot.process === undefined) this.startNode(slot.id);
    }
  }

  // ---- the end -----------------------------------------------------------------------------

  private async finalChecks(): Promise<void> {
    const leader = this.leader();
    if (leader === undefined) {
      this.fail(`no leader ${this.options.recoveryMs} ms after the faults stopped`);
      throw new Violation(this.violation as string);
    }
    // A last read of every key through the leader: a lost acknowledged write shows here. Each
    // must answer (through whoever leads by then: a leadership change may fail one attempt).
    for (const key of KEYS) {
      let answered = false;
      for (let attempt = 0; attempt < FINAL_READ_ATTEMPTS && !answered; attempt++) {
        const through = this.leader() ?? leader;
        answered = await this.drive(this.clients.finalRead(through, key), CLIENT_TIMEOUT_MS + 1);
      }
      if (!answered)
        this.fail(`the final read of ${key} got no answer in ${FINAL_READ_ATTEMPTS} attempts`);
    }
    await this.runUntil(this.scheduler.nowMs() + 1_000);
    const members = new Set(this.votersOf(leader));
    const leaderNode = this.slot(leader).node as KvNode;
    const target = leaderNode.status().commitIndex;
    for (const id of members) {
      const slot = this.slot(id);
      if (slot.node === undefined || slot.machine === undefined) {
        this.fail(`member ${id} is not running at the end`);
        continue;
      }
      const applied = slot.node.status().appliedIndex;
      if (applied < target) {
        this.fail(`member ${id} applied ${applied}, the leader committed ${target}: not converged`);
        continue;
      }
      for (const key of KEYS) {
        const here = JSON.stringify(slot.machine.query({ op: "get", key }));
        const there = JSON.stringify(
          (this.slot(leader).machine as KvStateMachine).query({ op: "get", key }),
        );
        if (here !== there) this.fail(`member ${id} holds ${key}=${here}, the leader ${there}`);
      }
    }
    if (this.violation !== undefined) throw new Violation(this.violation);
  }

  private result(): NodeSimResult {
    let linearizability = NOT_CHECKED;
    let violation = this.violation;
    if (violation === undefined) {
      linearizability = summarizeHistory(
        this.clients.history,
        LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY,
      );
      if (linearizability.verdict === "not-linearizable") {
        violation = `client history not linearizable\n${linearizability.report}`;
      }
    }
    return {
      seed: this.options.seed,
      ok: violation === undefined,
      violation,
      trace: [...this.traceRing],
      elapsedMs: this.scheduler.nowMs(),
      stats: {
        ...this.stats,
        ...prefixed("network.", this.network.stats),
        operations: this.clients.history.length,
      },
      history: this.clients.history,
      linearizability,
      options: this.options,
    };
  }
}

/** A KvStateMachine that reports every applied entry first (state machine safety check). */
class CheckedKvMachine extends KvStateMachine {
  constructor(private readonly onApply: (entry: AppliedEntry<KvCommand>) => void) {
    super();
  }

  override apply(entry: AppliedEntry<KvCommand>): KvResponse {
    this.onApply(entry);
    return super.apply(entry);
  }
}

function describe(outcome: { kind: string; error?: unknown }): string {
  if (outcome.kind === "timeout") return "timed out";
  return (outcome.error as Error | undefined)?.message ?? outcome.kind;
}

function prefixed(prefix: string, values: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(values).map(([key, value]) => [prefix + key, value]));
}

const LOG_SUMMARY_CHARS_MAX = 300;

/** A pino JSON line as one short trace text: the message and its fields (no level or time). */
function logSummary(line: string): string {
  const {
    msg,
    level: _level,
    stack: _stack,
    ...fields
  } = JSON.parse(line) as Record<string, unknown>;
  return `${String(msg)} ${JSON.stringify(fields)}`.slice(0, LOG_SUMMARY_CHARS_MAX);
}
