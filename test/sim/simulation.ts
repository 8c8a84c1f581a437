/**
 * Deterministic whole-cluster simulation: real Raft cores (RawNode), a simulated network and
 * simulated durable storage, all driven by one seed.
 *
 * Time is counted in steps; one step = one tick of every running node, then every network
 * and disk event due in that step, in a seeded random order. Each node handles its Ready as
 * the contract in src/raft/rawnode.ts says: `messages` go out at once, the write completes
 * as a later disk event (0 or 1 steps), and only then do `messagesAfterPersist` leave and
 * committed entries apply. A crash discards the in-flight write (or keeps a torn prefix of
 * its entries), the volatile state machine and everything in memory.
 *
 * Phases: `faultSteps` steps of faults (drop, duplicate, reorder, delay, partitions
 * including asymmetric and leader-isolating ones, crashes and restarts, process pauses,
 * membership changes, leadership transfers, compaction) under client traffic; then the faults stop
 * (partitions heal, every node runs; drops, duplicates and delays go on), clients keep going
 * for `recoveryClientSteps`, there must be a leader `leaderWithinSteps` after the stop, and
 * every pending proposal must resolve within `recoverySteps`.
 *
 * The leader bound is probabilistic, as Raft's liveness is: elections succeed once one node
 * times out a full election round trip before the others, and here a message takes up to 3
 * steps against election timeouts drawn from [10, 20) steps, with pre-vote doubling the round
 * trips. Split votes can repeat: one seed in 100,000 (89671) had no leader 200 steps after
 * the stop (seven split rounds in a row, no fault involved). `leaderWithinSteps` is 400 so a miss means a real liveness bug, not bad
 * luck.
 *
 * Clients (one operation at a time each) put, compare-and-swap and read (ReadIndex, or
 * lease reads when the seed turns leases on); every operation goes into `history`, and after
 * the run the history is checked for linearizability (linearizability.ts). A run fails on
 * the first safety violation or on a history that is not linearizable.
 *
 * Deliberately broken variants (`brokenStaleFollowerReads`) exist to prove the checks catch
 * what they claim to; they are off except in broken-variants.test.ts and `--broken`.
 */
import {
  BOOTSTRAP_INDEX,
  ConfChangeRejectedError,
  ConfChanges,
  ConfChangeTransition,
  ConfChangeType,
  CoreNotLeaderError,
  MemoryStorage,
  type Message,
  MessageType,
  type RaftOptions,
  RawNode,
  ReadMode,
  type Ready,
  raftConfig,
  SeededRandom,
  StateRole,
} from "../../src/raft/index.js";
import type { Verdict } from "../../src/testing/lin/index.js";
import type { ConfState, Entry } from "../../src/types/index.js";
import { Checker, check, checkLogMatching, Violation } from "./checker.js";
import { type Command, encodeCommand, entryFingerprint, KvStore } from "./kv.js";
import { checkHistory, LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY } from "./linearizability.js";

export interface SimOptions {
  seed: number;
  /** Steps with faults injected. */
  faultSteps: number;
  /** Steps after the faults stop: every pending proposal resolved within this bound. */
  recoverySteps: number;
  /** Steps after the faults stop during which clients still start operations. */
  recoveryClientSteps: number;
  /** Steps after the faults stop by which a leader must exist (see the header on its size). */
  leaderWithinSteps: number;
  /** Trace lines kept for a failure report. */
  traceLines: number;
  /** Search steps per key the linearizability check may take before it answers "unknown". */
  linearizabilitySearchStepsMaxPerKey: number;
  /**
   * BROKEN ON PURPOSE: a read sent to a node that is not the leader is answered at once from
   * that node's applied state, without ReadIndex. Stale reads follow; the checks must fail.
   */
  brokenStaleFollowerReads: boolean;
}

export const DEFAULT_SIM_OPTIONS: Omit<SimOptions, "seed"> = {
  faultSteps: 500,
  recoverySteps: 600,
  recoveryClientSteps: 200,
  leaderWithinSteps: 400,
  traceLines: 50,
  linearizabilitySearchStepsMaxPerKey: LINEARIZABILITY_SEARCH_STEPS_MAX_PER_KEY,
  brokenStaleFollowerReads: false,
};

/**
 * What a client learned: put "ok", cas true / false, get a value or null; "unknown" when it
 * gave up (timeout, crash, snapshot over the proposal); "failed" when the proposal's entry
 * was overwritten (it can never commit); "error:CODE" when refused at once; undefined while
 * pending (still pending at the end = unknown).
 */
export type HistoryOutput =
  | "ok"
  | boolean
  | number
  | null
  | "unknown"
  | "failed"
  | `error:${string}`
  | undefined;

/** One client operation, recorded for the linearizability checker (src/testing/lin). */
export interface HistoryOp {
  readonly client: number;
  readonly input: {
    op: "put" | "cas" | "get";
    key: string;
    value?: number;
    expect?: number | null;
    mode?: "safe" | "lease" | "stale-local";
  };
  output: HistoryOutput;
  /** The node the client sent it to. */
  readonly node: number;
  /** Event counter at the call: one clock for calls and responses, no ties. */
  readonly call: number;
  /** Event counter when the client learned the outcome; undefined = unknown or pending. */
  return: number | undefined;
  /** Steps, for reading the trace: the call's and the response's. */
  readonly callStep: number;
  returnStep: number | undefined;
}

export interface LinearizabilitySummary {
  /** "not-checked" when the run already failed. */
  readonly verdict: Verdict | "not-checked";
  readonly operationCount: number;
  readonly unknownOutcomeCount: number;
  readonly searchStepCount: number;
  /** Most search steps one key took (what the per-key bound is compared with). */
  readonly searchStepsMaxPerKey: number;
  /** When not linearizable: the step up to which the trace explains it. */
  readonly violationStep: number | undefined;
  /** The checker's report; empty when not checked. */
  readonly report: string;
}

interface PendingProposal {
  readonly term: number;
  readonly op: HistoryOp;
  readonly fingerprint: number;
}

interface PendingRead {
  readonly op: HistoryOp;
  readonly key: string;
  readonly deadline: number;
  index: number | undefined;
}

interface SimNode {
  readonly id: number;
  incarnation: number;
  readonly storage: MemoryStorage;
  node: RawNode | undefined;
  kv: KvStore;
  writing: Ready | undefined;
  lastCommit: number;
  recordedCommit: number;
  proposals: Map<number, PendingProposal>;
  reads: Map<string, PendingRead>;
  wasLeaderTerm: number;
  /** Seen in a leader's applied configuration. */
  member: boolean;
  /** Removed from the cluster and shut down for good. */
  decommissioned: boolean;
  /**
   * Paused (as by SIGSTOP) until this step: no ticks, no Ready handling, messages and disk
   * completions wait until it resumes, clients wait. Its clock runs on meanwhile.
   */
  pausedUntilStep: number;
}

type SimEvent =
  | { kind: "deliver"; message: Message }
  | { kind: "persist"; id: number; incarnation: number };

export interface SimResult {
  readonly seed: number;
  readonly ok: boolean;
  readonly violation: string | undefined;
  readonly trace: readonly string[];
  readonly steps: number;
  readonly stats: Record<string, number>;
  readonly history: readonly HistoryOp[];
  readonly linearizability: LinearizabilitySummary;
  readonly options: SimOptions;
}

const MAX_EVENTS_PER_STEP = 200_000;
const KEYS = ["a", "b", "c", "d"];
const CLIENTS = 4;
const READ_TIMEOUT_STEPS = 60;
const ELECTION_TIMEOUT_MIN_TICKS = 10;
/** Milliseconds of every node's monotonic clock per step (one tick). */
const STEP_MS = 10;
export const NOT_CHECKED: LinearizabilitySummary = {
  verdict: "not-checked",
  operationCount: 0,
  unknownOutcomeCount: 0,
  searchStepCount: 0,
  searchStepsMaxPerKey: 0,
  violationStep: undefined,
  report: "",
};

export class Simulation {
  private readonly rng: SeededRandom;
  private readonly nodes = new Map<number, SimNode>();
  private readonly buckets = new Map<number, SimEvent[]>();
  private readonly blocked = new Set<string>();
  private readonly checker = new Checker(BOOTSTRAP_INDEX);
  private readonly traceRing: string[] = [];
  readonly history: HistoryOp[] = [];
  private readonly busyClients = new Set<number>();
  private readonly clientLeader = new Map<number, number>();
  readonly stats: Record<string, number> = {};
  private readonly raftOptions: Partial<RaftOptions>;
  private now = 0;
  private nextNodeId: number;
  private readonly maxNodeId: number;
  private dropRate: number;
  private duplicateRate: number;
  private maxDelaySteps: number;
  private readonly faultRate: number;
  private readonly maxWriteDelaySteps: number;
  private valueCounter = 0;
  private readCounter = 0;
  private faultsOn = true;
  /** Client calls and responses so far: the history's clock. */
  private historyEvents = 0;

  constructor(readonly options: SimOptions) {
    this.rng = new SeededRandom(options.seed);
    const rng = this.rng;
    const size = [3, 5, 7][rng.nextInt(3)] as number;
    const learners = rng.nextInt(2);
    const checkQuorum = rng.chance(0.9);
    this.raftOptions = {
      electionTimeoutMinTicks: ELECTION_TIMEOUT_MIN_TICKS,
      electionTimeoutMaxTicks: 2 * ELECTION_TIMEOUT_MIN_TICKS,
      heartbeatIntervalTicks: 2,
      // Every node's clock is the step counter (STEP_MS per step, no drift): a voter refuses
      // votes for at least (min - 1) steps after a heartbeat, so the lease may last that long.
      leaseDurationMs: (ELECTION_TIMEOUT_MIN_TICKS - 1) * STEP_MS,
      preVote: rng.chance(0.9),
      checkQuorum,
      leaseReads: checkQuorum && rng.chance(0.6),
      messageEntryCountMax: 1 + rng.nextInt(32),
      inflightMessageCountMax: 1 + rng.nextInt(16),
      inflightBytesMax: rng.chance(0.3) ? 300 : 1 << 20,
      messageBytesMax: rng.chance(0.3) ? 150 : 1 << 20,
      uncommittedBytesMax: rng.chance(0.3) ? 400 : 1 << 20,
      readyCommittedBytesMax: rng.chance(0.3) ? 200 : 1 << 20,
    };
    this.dropRate = rng.nextFloat() * 0.1;
    this.duplicateRate = rng.nextFloat() * 0.05;
    this.maxDelaySteps = rng.nextInt(4);
    this.faultRate = 0.5 + rng.nextFloat();
    this.maxWriteDelaySteps = 1 + rng.nextInt(3);
    const voters = Array.from({ length: size }, (_, i) => i + 1);
    const learnerIds = Array.from({ length: learners }, (_, i) => size + i + 1);
    const confState: ConfState = {
      voters,
      votersOutgoing: [],
      learners: learnerIds,
      learnersNext: [],
      autoLeave: false,
      incarnations: [],
    };
    for (const id of [...voters, ...learnerIds]) {
      this.createNode(id, new MemoryStorage({ bootstrap: confState }));
    }
    this.nextNodeId = size + learners + 1;
    this.maxNodeId = this.nextNodeId + 3;
    this.trace(
      `cluster voters=${voters} learners=${learnerIds} options=${JSON.stringify(this.raftOptions)} drop=${this.dropRate.toFixed(3)} dup=${this.duplicateRate.toFixed(3)} delay<=${this.maxDelaySteps}`,
    );
  }

  // ------------------------------------------------------------------ running

  run(): SimResult {
    const total = this.options.faultSteps + this.options.recoverySteps;
    let violation: string | undefined;
    let linearizability = NOT_CHECKED;
    try {
      for (this.now = 0; this.now < total; this.now++) this.step();
      this.finalChecks();
      linearizability = this.checkLinearizable();
      check(
        linearizability.verdict !== "not-linearizable",
        `client history not linearizable\n${linearizability.report}`,
      );
    } catch (error) {
      if (error instanceof Violation) violation = error.message;
      else if (error instanceof Error)
        violation = `${error.name}: ${error.message}\n${error.stack ?? ""}`;
      else violation = String(error);
      this.trace(`VIOLATION ${violation.split("\n")[0]}`);
    }
    return {
      seed: this.options.seed,
      ok: violation === undefined,
      violation,
      trace: this.traceRing.slice(),
      steps: this.now,
      stats: this.stats,
      history: this.history,
      linearizability,
      options: this.options,
    };
  }

  /** Runs the linearizability checker over the whole client history, bounded per key. */
  private checkLinearizable(): LinearizabilitySummary {
    return summarizeHistory(this.history, this.options.linearizabilitySearchStepsMaxPerKey);
  }

  private step(): void {
    const recoveryStart = this.options.faultSteps;
    if (this.now === recoveryStart) this.stopFaults();
    if (this.faultsOn) this.injectFaults();
    if (this.now < recoveryStart + this.options.recoveryClientSteps) this.clientActions();
    for (const n of this.nodes.values()) if (!this.paused(n)) n.node?.tick(this.nowMs());
    for (const n of this.nodes.values()) this.drive(n);
    this.processEvents();
    this.expireReads();
    this.checkStep();
    if (this.now === recoveryStart + this.options.leaderWithinSteps) this.checkLeaderExists();
  }

  /** Every node's monotonic clock: the step counter, STEP_MS per step. */
  private nowMs(): number {
    return this.now * STEP_MS;
  }

  private processEvents(): void {
    const bucket = this.buckets.get(this.now);
    if (bucket === undefined) return;
    let processed = 0;
    while (bucket.length > 0) {
      check(++processed < MAX_EVENTS_PER_STEP, `more than ${MAX_EVENTS_PER_STEP} events in a step`);
      const pick = this.rng.nextInt(bucket.length);
      const event = bucket[pick] as SimEvent;
      bucket[pick] = bucket[bucket.length - 1] as SimEvent;
      bucket.pop();
      const to = this.nodes.get(event.kind === "deliver" ? event.message.to : event.id);
      if (to !== undefined && this.paused(to)) {
        // The stopped process handles it when it resumes (TCP and the disk hold it).
        this.schedule(to.pausedUntilStep - this.now, event);
        continue;
      }
      if (event.kind === "deliver") this.deliver(event.message);
      else this.persistDone(event.id, event.incarnation);
    }
    this.buckets.delete(this.now);
  }

  private schedule(delaySteps: number, event: SimEvent): void {
    const at = this.now + delaySteps;
    let bucket = this.buckets.get(at);
    if (bucket === undefined) {
      bucket = [];
      this.buckets.set(at, bucket);
    }
    bucket.push(event);
  }

  private count(name: string): void {
    this.stats[name] = (this.stats[name] ?? 0) + 1;
  }

  trace(line: string): void {
    this.traceRing.push(`[${this.now}] ${line}`);
    if (this.traceRing.length > this.options.traceLines) this.traceRing.shift();
  }

  // ------------------------------------------------------------------ nodes

  private createNode(id: number, storage: MemoryStorage): SimNode {
    const n: SimNode = {
      id,
      incarnation: 0,
      storage,
      node: undefined,
      kv: new KvStore(),
      writing: undefined,
      lastCommit: 0,
      recordedCommit: 0,
      proposals: new Map(),
      reads: new Map(),
      wasLeaderTerm: 0,
      member: false,
      decommissioned: false,
      pausedUntilStep: 0,
    };
    this.nodes.set(id, n);
    this.start(n);
    return n;
  }

  private start(n: SimNode): void {
    n.incarnation++;
    const random = new SeededRandom(this.options.seed * 7919 + n.id * 104_729 + n.incarnation);
    n.node = new RawNode(raftConfig({ id: n.id, storage: n.storage, random }, this.raftOptions));
    const snapshot = n.storage.snapshot();
    n.kv = KvStore.restore(snapshot.data, snapshot.metadata.index);
    if (snapshot.metadata.index >= BOOTSTRAP_INDEX) {
      this.checker.observeApplied(n.id, n.kv.appliedIndex, n.kv.rolling);
    }
    n.lastCommit = n.node.raft.log.committed;
    n.recordedCommit = n.node.raft.log.firstIndex() - 1;
    n.wasLeaderTerm = 0;
  }

  private crash(n: SimNode): void {
    if (n.node === undefined) return;
    const writing = n.writing;
    if (writing !== undefined && writing.snapshot === undefined && this.rng.chance(0.5)) {
      // A torn batch: a prefix of the entries reached the disk, the hard state did not.
      const kept = writing.entries.slice(0, this.rng.nextInt(writing.entries.length + 1));
      n.storage.append(kept);
      this.checker.observePersisted(n.id, kept);
      this.trace(`crash ${n.id}: torn write kept ${kept.length}/${writing.entries.length} entries`);
    } else {
      this.trace(`crash ${n.id}${writing === undefined ? "" : ": in-flight write lost"}`);
    }
    n.node = undefined;
    n.writing = undefined;
    n.pausedUntilStep = 0;
    n.incarnation++;
    // The clients give up on what this node had in hand: outcome unknown, and they move on.
    for (const p of n.proposals.values()) this.finishOp(p.op, "unknown");
    n.proposals.clear();
    for (const r of n.reads.values()) this.finishOp(r.op, "unknown");
    n.reads.clear();
    this.count("crashes");
  }

  private restart(n: SimNode): void {
    this.start(n);
    const raft = (n.node as RawNode).raft;
    this.trace(
      `restart ${n.id}: term ${raft.term} commit ${raft.log.committed} last ${raft.log.lastIndex()}`,
    );
    this.count("restarts");
  }

  /** Handles Readies until one is being written (one outstanding Ready at a time). */
  private drive(n: SimNode): void {
    if (this.paused(n)) return;
    while (n.node !== undefined && n.writing === undefined && n.node.hasReady()) {
      const rd = n.node.ready();
      if (rd.softState !== undefined) {
        this.trace(
          `node ${n.id} is ${roleName(rd.softState.role)} term ${n.node.raft.term} lead ${rd.softState.lead}`,
        );
      }
      for (const m of rd.messages) this.send(m);
      n.writing = rd;
      const delay = this.rng.nextInt(this.maxWriteDelaySteps + 1);
      this.schedule(delay, { kind: "persist", id: n.id, incarnation: n.incarnation });
    }
  }

  /** Ready steps 1 (durable now), 2b, 3 and 4. */
  private persistDone(id: number, incarnation: number): void {
    const n = this.nodes.get(id);
    if (n === undefined || n.incarnation !== incarnation || n.node === undefined) return;
    const rd = n.writing;
    check(rd !== undefined, `persist event without a write on ${id}`);
    n.writing = undefined;
    if (rd.snapshot !== undefined) n.storage.applySnapshot(rd.snapshot);
    this.checker.observePersisted(n.id, rd.entries);
    n.storage.append(rd.entries);
    if (rd.hardState !== undefined) {
      const before = n.storage.hardStateNow();
      check(rd.hardState.commit >= before.commit, `node ${id} durable commit went back`);
      check(rd.hardState.term >= before.term, `node ${id} durable term went back`);
      n.storage.setHardState(rd.hardState);
    }
    for (const m of rd.messagesAfterPersist) this.send(m);
    if (rd.snapshot !== undefined) this.restoreSnapshot(n, rd);
    for (const entry of rd.committedEntries) this.apply(n, entry);
    for (const rs of rd.readStates) {
      const key = new TextDecoder().decode(rs.context);
      const read = n.reads.get(key);
      if (read !== undefined) read.index = rs.index;
    }
    n.node.advance();
    this.serveReads(n);
    this.drive(n);
  }

  private restoreSnapshot(n: SimNode, rd: Ready): void {
    const snapshot = rd.snapshot;
    if (snapshot === undefined) return;
    n.kv = KvStore.restore(snapshot.data, snapshot.metadata.index);
    this.checker.observeApplied(n.id, n.kv.appliedIndex, n.kv.rolling);
    this.trace(`node ${n.id} installed snapshot at ${snapshot.metadata.index}`);
    this.count("snapshotsInstalled");
    // Proposals below the snapshot can no longer be matched on this node.
    for (const [index, p] of n.proposals) {
      if (index <= snapshot.metadata.index) {
        this.finishOp(p.op, "unknown");
        n.proposals.delete(index);
      }
    }
  }

  private apply(n: SimNode, entry: Entry): void {
    const output = n.kv.apply(entry) as HistoryOutput;
    this.failOvertakenProposals(n, entry);
    this.checker.observeCommitted(n.id, [entry], n.node?.raft.term ?? Number.POSITIVE_INFINITY);
    this.checker.observeApplied(n.id, entry.index, n.kv.rolling);
    const pending = n.proposals.get(entry.index);
    if (pending === undefined) return;
    n.proposals.delete(entry.index);
    if (pending.term === entry.term) {
      check(entryFingerprint(entry) === pending.fingerprint, `proposal at ${entry.index} changed`);
      this.checker.acknowledge(entry.index, pending.fingerprint);
      this.finishOp(pending.op, output);
      this.count("proposalsAcknowledged");
    } else {
      this.finishOp(pending.op, "failed");
      this.count("proposalsLost");
    }
  }

  /**
   * A proposal (i, t) can no longer commit once a committed entry at or below i has a term
   * above t: by log matching and leader completeness, no future leader holds (i, t).
   */
  private failOvertakenProposals(n: SimNode, applied: Entry): void {
    for (const [index, p] of n.proposals) {
      if (index > applied.index && applied.term > p.term) {
        n.proposals.delete(index);
        this.finishOp(p.op, "failed");
        this.count("proposalsLost");
      }
    }
  }

  /** The client learns `output` now ("unknown": it gives up without learning anything). */
  private finishOp(op: HistoryOp, output: HistoryOutput): void {
    check(op.output === undefined, `operation of client ${op.client} finished twice`);
    op.output = output;
    if (output !== "unknown") {
      op.return = ++this.historyEvents;
      op.returnStep = this.now;
    }
    this.busyClients.delete(op.client);
  }

  /** Records a client's call, now. */
  private callOp(client: number, node: number, input: HistoryOp["input"]): HistoryOp {
    const op: HistoryOp = {
      client,
      input,
      output: undefined,
      node,
      call: ++this.historyEvents,
      return: undefined,
      callStep: this.now,
      returnStep: undefined,
    };
    this.history.push(op);
    return op;
  }

  // ------------------------------------------------------------------ network

  private linkKey(from: number, to: number): string {
    return `${from}>${to}`;
  }

  private send(m: Message): void {
    this.count("messagesSent");
    if (this.blocked.has(this.linkKey(m.from, m.to)) || this.rng.chance(this.dropRate)) {
      this.dropped(m);
      return;
    }
    this.schedule(this.rng.nextInt(this.maxDelaySteps + 1), { kind: "deliver", message: m });
    if (this.rng.chance(this.duplicateRate)) {
      this.schedule(this.rng.nextInt(this.maxDelaySteps + 2), { kind: "deliver", message: m });
    }
  }

  private dropped(m: Message): void {
    this.count("messagesDropped");
    if (m.type === MessageType.Snapshot) this.nodes.get(m.from)?.node?.reportSnapshot(m.to, false);
    else if (m.type === MessageType.Append) this.nodes.get(m.from)?.node?.reportUnreachable(m.to);
  }

  private deliver(m: Message): void {
    const target = this.nodes.get(m.to);
    if (target?.node === undefined || this.blocked.has(this.linkKey(m.from, m.to))) {
      this.dropped(m);
      return;
    }
    target.node.step(m, this.nowMs());
    if (m.type === MessageType.Snapshot) {
      const sender = this.nodes.get(m.from);
      sender?.node?.reportSnapshot(m.to, true);
      if (sender !== undefined) this.drive(sender);
    }
    this.drive(target);
  }

  // ------------------------------------------------------------------ faults

  private live(): SimNode[] {
    return [...this.nodes.values()].filter((n) => n.node !== undefined);
  }

  private pick<T>(items: readonly T[]): T | undefined {
    return items.length === 0 ? undefined : items[this.rng.nextInt(items.length)];
  }

  private leader(): SimNode | undefined {
    let best: SimNode | undefined;
    for (const n of this.nodes.values()) {
      const raft = n.node?.raft;
      if (raft?.role !== StateRole.Leader) continue;
      if (best === undefined || raft.term > (best.node as RawNode).raft.term) best = n;
    }
    return best;
  }

  private injectFaults(): void {
    const r = this.faultRate;
    if (this.rng.chance(0.01 * r)) this.partitionRandom();
    if (this.rng.chance(0.005 * r)) this.isolateLeader();
    if (this.rng.chance(0.005 * r)) this.asymmetricPartition();
    if (this.blocked.size > 0 && this.rng.chance(0.03)) this.heal();
    if (this.rng.chance(0.006 * r)) {
      const victim = this.pick(this.live());
      if (victim !== undefined) this.crash(victim);
    }
    if (this.rng.chance(0.004 * r)) {
      // Crash the leader in the middle of a write: the window the durability contract is about.
      const leader = this.leader();
      if (leader?.writing !== undefined && leader.writing.entries.length > 0) this.crash(leader);
    }
    for (const n of this.nodes.values()) {
      if (n.node === undefined && !n.decommissioned && this.rng.chance(0.05)) this.restart(n);
    }
    if (this.rng.chance(0.01 * r)) this.membershipChange();
    if (this.rng.chance(0.005 * r)) this.transferLeadership();
    if (this.rng.chance(0.004 * r)) this.pause();
    if (this.rng.chance(0.02 * r)) this.compact();
  }

  private stopFaults(): void {
    this.faultsOn = false;
    for (const n of this.nodes.values()) n.pausedUntilStep = Math.min(n.pausedUntilStep, this.now);
    this.heal();
    for (const n of this.nodes.values()) {
      if (n.node === undefined && !n.decommissioned) this.restart(n);
    }
    this.dropRate = 0;
    this.duplicateRate = 0;
    this.trace("faults stop: network healed, all nodes running");
  }

  private paused(n: SimNode): boolean {
    return n.node !== undefined && this.now < n.pausedUntilStep;
  }

  /** Stops a node (the leader, mostly) for up to 4 election timeouts; its clock runs on. */
  private pause(): void {
    const n = this.rng.chance(0.7) ? this.leader() : this.pick(this.live());
    if (n === undefined || this.paused(n)) return;
    const steps = 1 + this.rng.nextInt(4 * ELECTION_TIMEOUT_MIN_TICKS);
    n.pausedUntilStep = this.now + steps;
    this.trace(`pause ${n.id} for ${steps} steps`);
    this.count("pauses");
  }

  private partitionRandom(): void {
    const ids = [...this.nodes.keys()];
    const side = new Set(ids.filter(() => this.rng.chance(0.5)));
    this.blocked.clear();
    for (const a of ids) {
      for (const b of ids) if (side.has(a) !== side.has(b)) this.blocked.add(this.linkKey(a, b));
    }
    this.trace(`partition {${[...side]}} | {${ids.filter((id) => !side.has(id))}}`);
    this.count("partitions");
  }

  private isolateLeader(): void {
    const leader = this.leader();
    if (leader === undefined) return;
    for (const id of this.nodes.keys()) {
      if (id === leader.id) continue;
      this.blocked.add(this.linkKey(leader.id, id));
      this.blocked.add(this.linkKey(id, leader.id));
    }
    this.trace(`isolate leader ${leader.id}`);
    this.count("leaderIsolations");
  }

  private asymmetricPartition(): void {
    const leader = this.leader();
    const ids = [...this.nodes.keys()];
    const a = leader?.id ?? this.pick(ids);
    if (a === undefined) return;
    const inbound = this.rng.chance(0.5);
    for (const b of ids) {
      if (b === a || !this.rng.chance(0.6)) continue;
      this.blocked.add(inbound ? this.linkKey(b, a) : this.linkKey(a, b));
    }
    this.trace(`asymmetric: ${inbound ? "inbound to" : "outbound from"} ${a} cut`);
    this.count("asymmetricPartitions");
  }

  private heal(): void {
    if (this.blocked.size === 0) return;
    this.blocked.clear();
    this.trace("heal");
  }

  private membershipChange(): void {
    const leader = this.leader();
    if (leader?.node === undefined || this.paused(leader)) return;
    const cs = leader.node.status().confState;
    if (cs.votersOutgoing.length > 0) return;
    const choice = this.rng.nextInt(5);
    let change = undefined as undefined | Parameters<RawNode["proposeConfChange"]>[0];
    let newNode: number | undefined;
    const voter = this.pick(cs.voters.filter((id) => id !== leader.id || this.rng.chance(0.3)));
    const learner = this.pick(cs.learners);
    if (choice === 0 && this.nextNodeId <= this.maxNodeId) {
      newNode = this.nextNodeId;
      change = ConfChanges.addLearner(newNode);
    } else if (choice === 1 && learner !== undefined) {
      change = ConfChanges.promoteLearner(learner);
    } else if (choice === 2 && cs.voters.length > 3 && voter !== undefined) {
      change = ConfChanges.remove(voter);
    } else if (choice === 3 && cs.voters.length > 3 && voter !== undefined) {
      change = ConfChanges.addLearner(voter);
    } else if (choice === 4 && learner !== undefined && voter !== undefined) {
      change = {
        transition: ConfChangeTransition.Auto,
        changes: [
          { type: ConfChangeType.AddVoter, nodeId: learner, incarnation: 0 },
          { type: ConfChangeType.RemoveNode, nodeId: voter, incarnation: 0 },
        ],
      };
    }
    if (change === undefined) return;
    try {
      const position = leader.node.proposeConfChange(change);
      if (newNode !== undefined) {
        this.nextNodeId++;
        this.createNode(newNode, new MemoryStorage());
      }
      this.trace(
        `leader ${leader.id} proposes conf change ${JSON.stringify(change.changes)} at ${position.index}`,
      );
      this.count("confChanges");
    } catch (error) {
      if (!(error instanceof ConfChangeRejectedError) && !isOperatingError(error)) throw error;
      this.count("confChangesRejected");
    }
    this.drive(leader);
  }

  private transferLeadership(): void {
    const leader = this.leader();
    if (leader?.node === undefined || this.paused(leader)) return;
    const target = this.pick(
      leader.node.status().confState.voters.filter((id) => id !== leader.id),
    );
    if (target === undefined) return;
    try {
      leader.node.transferLeader(target);
      this.trace(`leader ${leader.id} transfers to ${target}`);
      this.count("transfers");
    } catch (error) {
      if (!isOperatingError(error)) throw error;
    }
    this.drive(leader);
  }

  private compact(): void {
    const n = this.pick(this.live());
    if (n?.node === undefined || n.writing !== undefined || this.paused(n)) return;
    const applied = n.kv.appliedIndex;
    const snapIndex = n.storage.snapshot().metadata.index;
    if (applied - snapIndex < 10) return;
    check(
      applied === n.node.raft.log.applied,
      `node ${n.id} state machine and core disagree on applied`,
    );
    n.storage.createSnapshot(applied, n.node.status().confState, n.kv.snapshot());
    const keep = this.rng.nextInt(5);
    n.storage.compact(Math.max(snapIndex + 1, applied - keep));
    this.trace(`node ${n.id} snapshot at ${applied}, compacted to ${n.storage.firstIndex()}`);
    this.count("compactions");
  }

  // ------------------------------------------------------------------ clients

  private clientActions(): void {
    for (let client = 0; client < CLIENTS; client++) {
      if (this.busyClients.has(client) || !this.rng.chance(0.3)) continue;
      // Clients remember the leader they last heard of, as real ones do: they keep talking
      // to a deposed leader until it says otherwise.
      const guess = this.clientLeader.get(client);
      let target = guess === undefined ? undefined : this.nodes.get(guess);
      if (target?.node === undefined || this.rng.chance(0.05)) target = this.pick(this.live());
      // A stopped process takes the request when it resumes: the client waits until then.
      if (target?.node === undefined || this.paused(target)) continue;
      const kind = this.rng.nextInt(10);
      if (kind < 4) this.clientPropose(client, target, "put");
      else if (kind < 6) this.clientPropose(client, target, "cas");
      else this.clientRead(client, target);
    }
  }

  private clientPropose(client: number, n: SimNode, op: "put" | "cas"): void {
    const node = n.node as RawNode;
    const key = this.pick(KEYS) as string;
    const value = ++this.valueCounter;
    const seq = value;
    const command: Command =
      op === "put"
        ? { op, key, value, client, seq }
        : {
            op,
            key,
            expect: this.rng.chance(0.3) ? null : this.rng.nextInt(this.valueCounter + 1),
            value,
            client,
            seq,
          };
    const input: HistoryOp["input"] =
      command.op === "put" ? { op, key, value } : { op, key, value, expect: command.expect };
    const record = this.callOp(client, n.id, input);
    const data = encodeCommand(command);
    try {
      const position = node.propose(data);
      const entry: Entry = { index: position.index, term: position.term, type: 1, data };
      n.proposals.set(position.index, {
        term: position.term,
        op: record,
        fingerprint: entryFingerprint(entry),
      });
      this.busyClients.add(client);
      this.count("proposals");
    } catch (error) {
      if (!isOperatingError(error)) throw error;
      this.clientRefused(client, error);
      this.finishOp(record, `error:${(error as { code: string }).code}`);
      this.count("proposalsRefused");
    }
    this.drive(n);
  }

  private clientRead(client: number, n: SimNode): void {
    const node = n.node as RawNode;
    const key = this.pick(KEYS) as string;
    const lease = this.raftOptions.leaseReads === true && this.rng.chance(0.5);
    if (this.options.brokenStaleFollowerReads && n.node?.raft.role !== StateRole.Leader) {
      // BROKEN ON PURPOSE: no ReadIndex, no lease; whatever this node has applied.
      const record = this.callOp(client, n.id, { op: "get", key, mode: "stale-local" });
      this.finishOp(record, n.kv.get(key));
      this.trace(`BROKEN: client ${client} read ${key} = ${record.output} locally on ${n.id}`);
      this.count("staleLocalReads");
      return;
    }
    const record = this.callOp(client, n.id, { op: "get", key, mode: lease ? "lease" : "safe" });
    const context = `r${++this.readCounter}`;
    try {
      node.readIndex(
        new TextEncoder().encode(context),
        lease ? ReadMode.Lease : ReadMode.Safe,
        this.nowMs(),
      );
      n.reads.set(context, {
        op: record,
        key,
        deadline: this.now + READ_TIMEOUT_STEPS,
        index: undefined,
      });
      this.busyClients.add(client);
      this.count("reads");
    } catch (error) {
      if (!isOperatingError(error)) throw error;
      this.clientRefused(client, error);
      this.finishOp(record, `error:${(error as { code: string }).code}`);
    }
    this.drive(n);
  }

  private clientRefused(client: number, error: unknown): void {
    if (error instanceof CoreNotLeaderError && error.leaderId !== 0) {
      this.clientLeader.set(client, error.leaderId);
    } else {
      const random = this.pick(this.live());
      if (random !== undefined) this.clientLeader.set(client, random.id);
    }
  }

  private serveReads(n: SimNode): void {
    for (const [context, read] of n.reads) {
      if (read.index === undefined || read.index > n.kv.appliedIndex) continue;
      n.reads.delete(context);
      this.finishOp(read.op, n.kv.get(read.key));
      this.count("readsServed");
    }
  }

  private expireReads(): void {
    for (const n of this.nodes.values()) {
      for (const [context, read] of n.reads) {
        if (read.deadline > this.now) continue;
        n.reads.delete(context);
        this.finishOp(read.op, "unknown");
        this.count("readsTimedOut");
      }
    }
  }

  // ------------------------------------------------------------------ checks

  private checkStep(): void {
    for (const n of this.nodes.values()) {
      const node = n.node;
      if (node === undefined) continue;
      const raft = node.raft;
      this.checker.observeLeader(n.id, node);
      if (raft.role === StateRole.Leader) this.checkLeases(n.id, raft.term);
      check(raft.log.committed >= n.lastCommit, `node ${n.id} commit went back`);
      n.lastCommit = raft.log.committed;
      check(n.kv.appliedIndex <= raft.log.committed, `node ${n.id} applied beyond commit`);
      if (raft.log.committed > n.recordedCommit) {
        const lo = Math.max(n.recordedCommit + 1, raft.log.firstIndex());
        if (lo <= raft.log.committed) {
          this.checker.observeCommitted(
            n.id,
            raft.log.slice(lo, raft.log.committed + 1, Number.MAX_SAFE_INTEGER),
            raft.term,
          );
        }
        n.recordedCommit = raft.log.committed;
      }
    }
    if (this.now % 25 === 0) this.checkLogs();
    this.trackMembers();
  }

  /**
   * Without pre-vote, a removed node that never learned of its removal disrupts the cluster
   * with ever higher terms (thesis §4.2.3): operators shut removed nodes down, and so do we.
   * With pre-vote on they keep running, which also tests that they cannot disrupt.
   */
  private trackMembers(): void {
    const leader = this.leader();
    if (leader?.node === undefined) return;
    const cs = leader.node.status().confState;
    const members = new Set([
      ...cs.voters,
      ...cs.votersOutgoing,
      ...cs.learners,
      ...cs.learnersNext,
    ]);
    for (const n of this.nodes.values()) {
      if (members.has(n.id)) {
        n.member = true;
      } else if (n.member && !n.decommissioned && this.raftOptions.preVote === false) {
        this.crash(n);
        n.decommissioned = true;
        this.trace(`node ${n.id} removed from the cluster: shut down`);
      }
    }
  }

  /** Lease safety: while a leader exists, no leader of an older term holds a valid lease. */
  private checkLeases(leaderId: number, term: number): void {
    for (const other of this.nodes.values()) {
      const raft = other.node?.raft;
      if (raft === undefined || other.id === leaderId || raft.role !== StateRole.Leader) continue;
      if (raft.term >= term) continue;
      check(
        !raft.leaseValid(this.nowMs()),
        `lease: node ${other.id} (leader of term ${raft.term}) holds a valid lease while node ${leaderId} leads term ${term}`,
      );
    }
  }

  private checkLogs(): void {
    const logs = new Map<number, readonly Entry[]>();
    for (const n of this.nodes.values()) {
      const log = n.node?.raft.log;
      if (log === undefined) continue;
      const first = log.firstIndex();
      const last = log.lastIndex();
      logs.set(n.id, first <= last ? log.slice(first, last + 1, Number.MAX_SAFE_INTEGER) : []);
    }
    checkLogMatching(logs);
  }

  private checkLeaderExists(): void {
    const leader = this.leader();
    check(
      leader !== undefined,
      `no leader ${this.options.leaderWithinSteps} steps after the faults stopped`,
    );
  }

  private finalChecks(): void {
    this.checkLogs();
    this.checker.checkAcknowledged();
    const leader = this.leader();
    check(leader?.node !== undefined, "no leader at the end of the run");
    const cs = leader.node.status().confState;
    const members = new Set([...cs.voters, ...cs.learners]);
    for (const n of this.nodes.values()) {
      if (!members.has(n.id)) continue;
      for (const [index, p] of n.proposals) {
        throw new Violation(
          `proposal of client ${p.op.client} at index ${index} on node ${n.id} unresolved at the end`,
        );
      }
    }
    this.stats.finalCommit = leader.node.raft.log.committed;
    this.stats.finalTerm = leader.node.raft.term;
  }
}

function isOperatingError(error: unknown): boolean {
  return (
    error instanceof Error &&
    "code" in error &&
    typeof (error as { code: unknown }).code === "string"
  );
}

function roleName(role: StateRole): string {
  return ["", "follower", "pre-candidate", "candidate", "leader"][role] ?? String(role);
}

/** The linearizability check of a client history, summarized for a run's result. */
export function summarizeHistory(
  history: readonly HistoryOp[],
  searchStepsMaxPerKey: number,
): LinearizabilitySummary {
  const checked = checkHistory(history, searchStepsMaxPerKey);
  const { result } = checked;
  let keyStepsMax = 0;
  for (const partition of result.partitions) {
    keyStepsMax = Math.max(keyStepsMax, partition.searchStepCount);
  }
  return {
    verdict: result.verdict,
    operationCount: checked.operationCount,
    unknownOutcomeCount: checked.unknownCount,
    searchStepCount: result.searchStepCount,
    searchStepsMaxPerKey: keyStepsMax,
    violationStep: checked.violationStep,
    report: result.report,
  };
}
