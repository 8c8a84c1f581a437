/**
 * RaftNode: one member of a cluster. It drives the Raft core's Ready loop with the durable
 * segment log, the transport, a ticker and the application's state machine.
 *
 * The loop handles one Ready at a time, exactly as src/raft/README.md requires:
 * 1. send `messages` right away (a leader's appends leave while its own write is in flight);
 * 2. install a snapshot if any, then append entries + hard state in ONE durable write
 *    (one fdatasync for everything pending: group commit across all proposals of the turn);
 * 3. only then send `messagesAfterPersist` (votes, acknowledgements);
 * 4. apply committed entries in order, answer proposals and reads;
 * 5. advance(), then act on applied membership changes and compact if due.
 * Proposals, messages and ticks arriving meanwhile are stepped into the core at once and go
 * out with the next Ready.
 */
import { EventEmitter } from "node:events";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import type { Logger } from "pino";
import { encodeCommandEntry } from "../proto/codec/node-entry.js";
import { node as nodeProto } from "../proto/node-index.js";
import {
  type ConfChange,
  ConfChanges,
  type ConfState,
  ConfChangeRejectedError as CoreConfChangeRejectedError,
  CoreNotLeaderError,
  CoreOverloadedError,
  EMPTY_CONF_STATE,
  type Entry,
  EntryType,
  type IncarnationRefusal,
  incarnationRefusal,
  type Message,
  MessageType,
  ProposalDroppedError,
  type ProposalPosition,
  RawNode,
  ReadMode,
  type Ready,
  raftConfig,
  roleName,
  SeededRandom,
  type Snapshot,
  type SnapshotMetadata,
  type SnapshotRequest,
  type StateRole,
} from "../raft/index.js";
import { SNAPSHOT_HEADER_BYTES, SnapshotFileError } from "../snapshot/format.js";
import { type OpenSnapshotOptions, openSnapshot } from "../snapshot/reader.js";
import { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import {
  type FileSystem,
  type GroupCommitInfo,
  NodeFileSystem,
  removeIfPresent,
  SegmentLog,
} from "../storage/index.js";
import { assert } from "../util/assert.js";
import { InvalidArgumentError, isOperatingError, RuvraftError } from "../util/errors.js";
import { AppendTimes } from "./append-times.js";
import { Applier, type ApplyOutcome } from "./applier.js";
import { type Clock, systemClock } from "./clock.js";
import {
  nodeTiming,
  parseAddress,
  type RaftNodeConfig,
  type RaftNodeOptions,
  resolveNodeConfig,
} from "./config.js";
import {
  type CurrentSnapshot,
  DurableStorage,
  recoverSnapshotAndLog,
  restartLogAfter,
  toStoredConfState,
} from "./durable-storage.js";
import {
  AbandonedConfigurationError,
  DroppedError,
  NotLeaderError,
  OverloadedError,
  RejectedError,
  StoppedError,
  TimeoutError,
} from "./errors.js";
import { FoundersRecord, type FoundingMember, meetFounders } from "./founding.js";
import { isGeneration, loadGeneration, saveGeneration } from "./generation-file.js";
import { incarnationDraw, loadOrCreateIncarnation } from "./incarnation-file.js";
import { type NodeSnapshotHeader, nodeSnapshotPieces, writeNodeSnapshot } from "./node-snapshot.js";
import { type Random, systemRandom } from "./random.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";
import type { NodeTransport, TransportFactory, TransportHandlers } from "./transport-port.js";

export type ReadConsistency = "linearizable" | "lease" | "stale";

export interface NodeStatus {
  nodeId: number;
  /** The incarnation of this node's data directory (docs/architecture.md, "Node identity"). */
  incarnation: number;
  /** The cluster generation this node runs (docs/architecture.md, "Cluster generations"). */
  generation: number;
  address: string;
  role: "follower" | "pre-candidate" | "candidate" | "leader";
  term: number;
  leaderId: number;
  commitIndex: number;
  appliedIndex: number;
  lastIndex: number;
  snapshotIndex: number;
  confState: ConfState;
  /**
   * Leader only: each member's replication progress, and whether the leader heard from it
   * within the last election timeout (`recentActive`, maintained by check-quorum).
   */
  peers: {
    nodeId: number;
    address: string;
    matchIndex: number;
    /** How long ago the leader appended the first entry the peer lacks (0: it has them all). */
    lagMs: number;
    learner: boolean;
    recentActive: boolean;
  }[];
  /** Proposals (commands and membership changes) waiting for their entry to apply. */
  proposalsPending: number;
  /** Bytes of the log on disk: its segment files and the spare segment. */
  logDiskBytes: number;
}

export interface RaftNodeEvents {
  roleChange: [{ role: NodeStatus["role"]; term: number }];
  leaderChange: [{ leaderId: number; term: number }];
  applied: [{ index: number }];
  /** A membership change was applied: members() shows it from now on. */
  membershipChange: [{ appliedIndex: number }];
  snapshot: [{ index: number; term: number; kind: "taken" | "installed" }];
  /** A durable write of the log: its size and write + fdatasync latency. */
  groupCommit: [GroupCommitInfo];
  /** A proposal accepted by the core (this node is the leader). */
  proposal: [{ index: number }];
  /** An outbound snapshot finished, `durationMs` after the node handed it to the transport. */
  snapshotSent: [{ peerId: number; ok: boolean; durationMs: number }];
  /**
   * A snapshot from the leader arrived whole and was checked: `ok` when the node took it.
   * `streamMs`: how long the transport took to receive it (absent when it does not say).
   */
  snapshotReceived: [{ peerId: number; ok: boolean; streamMs?: number }];
  /**
   * A proposal of this node was answered from its applied entry, `durationMs` after it was
   * proposed: `applied` (the state machine's response) or `failed` (replaced by another
   * leader's entry, or refused by its session).
   */
  proposalSettled: [{ durationMs: number; outcome: "applied" | "failed" }];
  /** The node hit a fatal error (a failed write or fsync, a broken invariant) and stopped serving. */
  failed: [Error];
}

/** RaftNode.promote options. */
export interface PromoteOptions {
  /** Promote even a learner more than promoteLagMaxEntries behind (default false). */
  force?: boolean;
}

/** Answers a proposal: an error, or the state machine's encoded response. */
export type ProposalCallback = (error: Error | undefined, response?: Uint8Array) => void;

/**
 * A proposal waiting for its entry to apply. No timer each: the ticker sweeps the deadlines
 * (at most every PROPOSAL_SWEEP_MS), so a proposal times out up to that much late.
 */
interface PendingProposal {
  term: number;
  settle: ProposalCallback;
  /** The clock's nowMs() after which it fails with TimeoutError. */
  deadlineMs: number;
  timeoutMs: number;
  what: string;
}

/** Zero bytes (a response or command without content; nothing to share by mutation). */
const EMPTY_BYTES = new Uint8Array(0);

/** How often the ticker looks for proposals past their deadline. */
const PROPOSAL_SWEEP_MS = 50;

interface PendingRead {
  index: number;
  resolve: () => void;
  reject: (error: Error) => void;
  /** Cancels the read's deadline (a clock.after). */
  cancelTimer: () => void;
}

export class RaftNode<Command, Response, Query = Command> extends EventEmitter<RaftNodeEvents> {
  readonly config: RaftNodeConfig;
  private readonly logger: Logger | undefined;
  private readonly transportFactory: TransportFactory;
  /** The data directory's file system: every file access of the node goes through it. */
  private readonly fileSystem: FileSystem;
  /** Whether start() takes the data directory's lock (see the extras). */
  private readonly lockDataDirectory: boolean;
  private transport: NodeTransport | undefined;
  private storage: DurableStorage | undefined;
  private rawNode: RawNode | undefined;
  /** Applies committed NORMAL entries; owns the client sessions. */
  private readonly applier: Applier<Command, Response, Query>;
  /** The `admit` extra over encoded bytes: the encoded refusal, or undefined to propose. */
  private readonly refusalOf: (command: Uint8Array) => Uint8Array | undefined;
  private readonly addressBook = new Map<number, string>();
  /** Proposals waiting for their index to commit: usually one, more after leadership came back. */
  private readonly proposals = new Map<number, PendingProposal[]>();
  /** When this node, as leader, appended its recent entries (peer lag in time). */
  private readonly appendTimes = new AppendTimes();
  /** When each outbound snapshot stream started (clock ms), by peer. */
  private readonly snapshotSendsStartedMs = new Map<number, number>();
  private readonly readContexts = new Map<string, PendingRead>();
  private nextProposalSweepMs = 0;
  /** Reads whose index is known, waiting for the applied index to reach it. */
  private readonly waitingReads: PendingRead[] = [];
  /** Checked snapshot files from the leader by "index/term", until installed or passed. */
  private readonly receivedSnapshots = new Map<string, string>();
  /** Incarnation refusals already logged (reportIncarnationRefusal), by kind, seat and disk. */
  private readonly reportedIncarnationRefusals = new Set<string>();
  private readCounter = 0;
  /** The node's randomness (see the extras). */
  private readonly random: Random;
  /** 8 random bytes per RaftNode instance: part of every read context (see waitReadable). */
  private readonly runId: Uint8Array;
  /** start() was called (once only). */
  private started = false;
  /** The running start(), until it settles (stop() waits for it). */
  private starting: Promise<void> | undefined;
  /** While founding a new cluster: the founders met so far (founding.ts). */
  private foundersRecord: FoundersRecord | undefined;
  /** The data directory's incarnation (incarnation-file.ts), known once start() read it. */
  private diskIncarnation = 0;
  /** The cluster generation (generation-file.ts), known once start() read it. */
  private generation = 0;
  /** The write of an adopted generation, awaited before the next Ready is persisted. */
  private generationSaving: Promise<void> | undefined;
  private appliedIndex = 0;
  private appliedTerm = 0;
  private role: NodeStatus["role"] = "follower";
  private leader = 0;
  private term = 0;
  private running = false;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  private readonly clock: Clock;
  /** Stops the ticker (started by start()). */
  private stopTicker: (() => void) | undefined;
  private fatal: Error | undefined;
  /** The shutdown in progress or done, once stop() was called. */
  private stopped: Promise<void> | undefined;
  /** The compaction running in the background, if any. */
  private compaction: Promise<void> | undefined;
  /**
   * True from ready() to advance(): the applied index may run ahead of the core then (the
   * early apply), whose membership changes only at advance().
   */
  private readyInFlight = false;
  /** snapshotNow() calls waiting for the Ready in flight to be advanced. */
  private readonly advanceWaiters: (() => void)[] = [];
  /** Bytes of entry data applied since the last snapshot (a compaction trigger). */
  private appliedBytesSinceSnapshot = 0;

  constructor(
    options: RaftNodeOptions,
    private readonly stateMachine: StateMachine<Command, Response, Query>,
    private readonly codec: StateMachineCodec<Command, Response, Query>,
    extras: {
      transport: TransportFactory;
      logger?: Logger;
      /**
       * The file system of the data directory (default: the real one). Everything the node
       * reads or writes there goes through it: the log, snapshots, the incarnation file and
       * snapshot files the transport received. Tests inject disk faults through it; a
       * simulator runs the node over an in-memory one.
       */
      fileSystem?: FileSystem;
      /**
       * Take the data directory's lock (proper-lockfile, on the real disk with real timers;
       * default true). A simulator whose file system is private to the node passes false.
       */
      lockDataDirectory?: boolean;
      /**
       * Randomness (default: node:crypto): the incarnation of a joining node's new data
       * directory, the run id in read contexts, and the core's seed when config.randomSeed
       * is unset. A simulator passes a seeded one, which must not repeat its draws when it
       * restarts a node (a new RaftNode on the same data directory needs a new run id).
       */
      random?: Random;
      /** Monotonic time, the ticker and every deadline (default: systemClock). */
      clock?: Clock;
      /**
       * A check at propose time, on the node that receives the proposal, before it is logged:
       * a response returned here answers the proposal and nothing is proposed. For limits that
       * do not depend on the replicated state (those belong to apply, identical everywhere),
       * such as what the local engine can build (src/engine/admission.ts).
       */
      admit?: (command: Command) => Response | undefined;
    },
  ) {
    super();
    this.config = resolveNodeConfig(options);
    this.logger = extras.logger;
    this.transportFactory = extras.transport;
    this.fileSystem = extras.fileSystem ?? new NodeFileSystem();
    this.lockDataDirectory = extras.lockDataDirectory ?? true;
    this.random = extras.random ?? systemRandom;
    this.runId = drawRunId(this.random);
    this.clock = extras.clock ?? systemClock;
    const admit = extras.admit;
    this.refusalOf =
      admit === undefined ? () => undefined : (command) => this.refusal(admit, command);
    this.applier = new Applier(stateMachine, codec, this.config.sessionsMax, (nodeId, address) => {
      this.addressBook.set(nodeId, address);
      this.syncPeers();
    });
    for (const peer of this.config.peers) {
      this.addressBook.set(peer.id, peer.address);
    }
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  /**
   * Opens the data directory (recovering it), restores the state machine, joins the cluster.
   * A founder on a fresh data directory first meets every founding member (founding.ts): its
   * start resolves once all of them were reached, and stop() meanwhile makes it reject with
   * StoppedError.
   */
  start(): Promise<void> {
    assert(!this.running && !this.started, "start() is called once");
    this.started = true;
    const starting = this.startUp().finally(() => {
      this.starting = undefined;
    });
    this.starting = starting;
    return starting;
  }

  private async startUp(): Promise<void> {
    const log = await SegmentLog.open(path.join(this.config.dataDirectory, "log"), {
      segmentSizeBytes: this.config.segmentSizeBytes,
      onGroupCommit: (commit) => this.emit("groupCommit", commit),
      fileSystem: this.fileSystem,
      lock: this.lockDataDirectory,
    });
    if (log.recovery.tornTail !== undefined) {
      this.logger?.warn(
        { tornTail: log.recovery.tornTail },
        "cut a torn write at the tail of the log",
      );
    }
    try {
      const snapshots = new SnapshotStore(path.join(this.config.dataDirectory, "snapshots"), {
        fileSystem: this.fileSystem,
        onWarning: (detail) =>
          this.logger?.error({ detail }, "a snapshot failed its checks and was set aside"),
      });
      await this.loadIncarnation(log, snapshots);
      this.generation = loadGeneration(this.fileSystem, this.config.dataDirectory);
      let snapshot = await this.initialSnapshot(log, snapshots);
      this.storage = new DurableStorage(log, snapshots, snapshot);
      if (snapshot.file !== undefined) {
        await this.restoreFromFile(snapshot.file);
      }
      if (this.config.forceNewCluster) {
        snapshot = await this.forceNewCluster(log, snapshots, snapshot.metadata);
        this.storage = new DurableStorage(log, snapshots, snapshot);
      }
      this.appliedIndex = snapshot.metadata.index;
      this.appliedTerm = snapshot.metadata.term;
      this.rawNode = new RawNode(this.coreConfig(this.storage, snapshot.metadata.index));
      if (this.transport === undefined) await this.startTransport();
    } catch (error) {
      await this.transport?.stop();
      this.transport = undefined;
      await log.close();
      throw error;
    }
    this.running = true;
    this.syncPeers();
    this.stopTicker = this.clock.repeat(nodeTiming(this.config).tickMs, () => this.tick());
    this.loopDone = this.runLoop();
    this.logger?.info(
      {
        nodeId: this.config.nodeId,
        incarnation: this.diskIncarnation,
        generation: this.generation,
        address: this.address(),
        applied: this.appliedIndex,
      },
      "node started",
    );
  }

  /**
   * Stops the loop, the transport and the ticker, fails everything pending, closes the log
   * (releasing the data directory). Also cleans up after a fatal error. Idempotent.
   */
  stop(): Promise<void> {
    if (!this.running) {
      if (this.starting === undefined) return Promise.resolve();
      // Still starting (a founder waiting to meet the others): it gives up, or stops after.
      this.stopping = true;
      return this.starting.then(
        () => this.stop(),
        () => undefined,
      );
    }
    this.stopped ??= this.shutDown();
    return this.stopped;
  }

  private async shutDown(): Promise<void> {
    this.stopping = true;
    this.stopTicker?.();
    this.notify();
    await this.loopDone;
    await this.compaction;
    await this.transport?.stop();
    await this.dropReceivedSnapshots(Number.POSITIVE_INFINITY);
    this.failAllPending(new StoppedError());
    if (this.fatal === undefined) {
      await this.storage?.flushDeferred();
    }
    await this.storage?.log.close();
    this.running = false;
    this.logger?.info({ nodeId: this.config.nodeId }, "node stopped");
  }

  /** The address this node listens on ("host:port"). */
  address(): string {
    const bound = this.transport?.address();
    return bound === undefined ? "" : `${bound.host}:${bound.port}`;
  }

  // ---- leadership ----------------------------------------------------------------------------

  isLeader(): boolean {
    return this.role === "leader";
  }

  leaderId(): number | undefined {
    return this.leader === 0 ? undefined : this.leader;
  }

  leaderAddress(): string {
    return this.leader === 0 ? "" : (this.addressBook.get(this.leader) ?? "");
  }

  /** Resolves with the leader's id once one is known; rejects with TimeoutError. */
  waitForLeader(timeoutMs = 10_000): Promise<number> {
    if (this.leader !== 0) {
      return Promise.resolve(this.leader);
    }
    return new Promise((resolve, reject) => {
      const cancelTimer = this.clock.after(timeoutMs, () => {
        this.off("leaderChange", listener);
        reject(new TimeoutError("waitForLeader", timeoutMs));
      });
      const listener = ({ leaderId }: { leaderId: number }) => {
        if (leaderId !== 0) {
          cancelTimer();
          this.off("leaderChange", listener);
          resolve(leaderId);
        }
      };
      this.on("leaderChange", listener);
    });
  }

  // ---- commands and reads ------------------------------------------------------------------

  /** Proposes a command; resolves with the state machine's response once applied here. */
  async propose(command: Command): Promise<Response> {
    const response = await this.proposeEncoded(0, 0, this.codec.encodeCommand(command));
    return this.codec.decodeResponse(response);
  }

  /**
   * Proposes an encoded command in a client session: a retried (clientId, sequence) takes
   * effect once and is answered with the first response (the client protocol uses this).
   * `firstUnansweredSequence`: every lower sequence of the session was answered (see sessions.ts).
   */
  proposeEncoded(
    clientId: number,
    sequence: number,
    command: Uint8Array,
    firstUnansweredSequence = 0,
  ): Promise<Uint8Array> {
    const refusal = this.refusalOf(command);
    if (refusal !== undefined) return Promise.resolve(refusal);
    return this.proposeData(
      encodeCommandEntry({ clientId, sequence, command, firstUnansweredSequence }),
    );
  }

  /**
   * proposeEncoded with a callback instead of a promise, called once, synchronously from the
   * apply (or at once on refusal): the client protocol (client-service.ts) answers from it
   * without a promise hop. `settle` must not throw: it runs inside the Ready loop, where an
   * exception stops the node.
   */
  proposeEncodedWith(
    clientId: number,
    sequence: number,
    command: Uint8Array,
    firstUnansweredSequence: number,
    settle: ProposalCallback,
  ): void {
    const refusal = this.refusalOf(command);
    if (refusal !== undefined) {
      settle(undefined, refusal);
      return;
    }
    this.proposeDataWith(
      encodeCommandEntry({ clientId, sequence, command, firstUnansweredSequence }),
      settle,
    );
  }

  /** The encoded response of the `admit` check when it refuses `command`, else undefined. */
  private refusal(
    admit: (command: Command) => Response | undefined,
    command: Uint8Array,
  ): Uint8Array | undefined {
    let decoded: Command;
    try {
      decoded = this.codec.decodeCommand(command);
    } catch (error) {
      // Bytes that do not decode are the apply's to refuse, identically on every replica.
      if (isOperatingError(error)) return undefined;
      throw error;
    }
    const response = admit(decoded);
    return response === undefined ? undefined : this.codec.encodeResponse(response);
  }

  /**
   * A read of the state machine. "linearizable" (default): ReadIndex, confirmed by a quorum
   * heartbeat round; "lease": ReadIndex served from the leader's lease if it holds on the
   * leader's monotonic clock when the read reaches it, else with a round (needs leaseReads;
   * see docs/operations.md, "Clocks and leases"); "stale": this replica's state right now.
   */
  async readIndex(query: Query, consistency: ReadConsistency = "linearizable"): Promise<Response> {
    if (consistency !== "stale") {
      await this.waitReadable(consistency === "lease" ? ReadMode.Lease : ReadMode.Safe);
    }
    return this.stateMachine.query(query);
  }

  /**
   * Resolves once this node has applied every entry committed when it was called (the
   * barrier of a linearizable read, without the query): what this node's state machine
   * answers afterwards includes every write acknowledged before the call.
   */
  async catchUp(): Promise<void> {
    await this.waitReadable(ReadMode.Safe);
  }

  /** As readIndex, with the query and the response as encoded bytes. */
  async readEncoded(query: Uint8Array, consistency: ReadConsistency): Promise<Uint8Array> {
    const response = await this.readIndex(this.codec.decodeQuery(query), consistency);
    return this.codec.encodeResponse(response);
  }

  // ---- membership ----------------------------------------------------------------------------

  /**
   * Adds a voter the safe way (as etcd's learner-first procedure): records its address, adds
   * it as a learner, waits until it holds the log up to the commit index of that moment, then
   * promotes it. A node votes only once its own configuration lists it as a voter on its disk
   * (docs/architecture.md, "Node identity"), so a voter added empty could leave the cluster
   * without a quorum of voters able to vote until it caught up. Fails with RejectedError if
   * the learner has not caught up within `proposalTimeoutMs` (it stays a learner).
   */
  async addNode(nodeId: number, address: string): Promise<void> {
    checkMember(nodeId, address);
    const conf = this.core().status().confState;
    if (!conf.voters.includes(nodeId) && !conf.learners.includes(nodeId)) {
      await this.addLearner(nodeId, address);
    }
    if (!this.core().status().confState.voters.includes(nodeId)) {
      await this.waitCaughtUp(nodeId);
      await this.promote(nodeId);
    }
  }

  /** Resolves once the leader knows `nodeId` holds the log up to the commit index of now. */
  private async waitCaughtUp(nodeId: number): Promise<void> {
    const target = this.core().status().commit;
    let match = 0;
    await this.waitUntil(
      () => {
        const progress = this.core().status().progress;
        if (progress === undefined) throw new NotLeaderError(this.leader, this.leaderAddress());
        match = progress.get(nodeId)?.match ?? 0;
        return match >= target;
      },
      () =>
        `node ${nodeId} did not catch up to index ${target} (at ${match}); it stays a learner: promote it once it has caught up`,
    );
  }

  /**
   * Checks `condition` every heartbeat interval until it holds; RejectedError (with `failure`
   * and the wait) after `proposalTimeoutMs`. For membership steps that wait on a peer.
   */
  private async waitUntil(condition: () => boolean, failure: () => string): Promise<void> {
    const timeoutMs = this.config.proposalTimeoutMs;
    const deadlineMs = this.clock.nowMs() + timeoutMs;
    while (!condition()) {
      if (this.clock.nowMs() >= deadlineMs) {
        throw new RejectedError(`${failure()} (waited ${timeoutMs} ms)`);
      }
      await new Promise<void>((resolve) =>
        this.clock.after(this.config.heartbeatIntervalMs, resolve),
      );
    }
  }

  /**
   * Adds a learner (receives the log, does not vote). Its seat records no incarnation yet (a
   * learner's seat without one accepts any: src/raft/incarnation.ts): what this node heard in
   * a handshake may be from a process of that id that is gone (a removed node's old process,
   * wiped since), and a seat bound to it would refuse the node's new disk forever. promote()
   * binds the seat to the disk the node runs on then.
   */
  async addLearner(nodeId: number, address: string): Promise<void> {
    checkMember(nodeId, address);
    await this.recordAddress(nodeId, address);
    await this.proposeConfChange(ConfChanges.addLearner(nodeId, 0));
  }

  /**
   * Makes a learner a voter, recording the incarnation of the disk it runs on now: the one it
   * presented on a connection to this node that is still open (waiting up to
   * `proposalTimeoutMs` for one: the leader reaches a new learner with its first append). A
   * learner seat that records another incarnation (added by an older release) never gets
   * there: its node was wiped since it was added (remove it and add it again).
   */
  async promote(nodeId: number, options: PromoteOptions = {}): Promise<void> {
    checkMember(nodeId);
    const recorded = this.core()
      .status()
      .confState.incarnations.find((member) => member.nodeId === nodeId)?.incarnation;
    let incarnation: number | undefined;
    await this.waitUntil(
      () => {
        incarnation = this.transport?.peerIncarnation(nodeId);
        return incarnation !== undefined && (recorded === undefined || incarnation === recorded);
      },
      () =>
        incarnation === undefined
          ? `node ${nodeId} is not connected to this node, so the incarnation of its data directory is unknown: start it (with --join) and promote it once it is connected`
          : `node ${nodeId} runs incarnation ${incarnation} but its learner seat records ${recorded}: its data directory was replaced since it was added; remove it and add it again`,
    );
    if (options.force !== true) this.checkLearnerCaughtUp(nodeId);
    await this.proposeConfChange(ConfChanges.promoteLearner(nodeId, incarnation as number));
  }

  /**
   * RejectedError when learner `nodeId` is more than promoteLagMaxEntries behind this
   * leader's commit index (as etcd refuses to promote a learner not in sync).
   */
  private checkLearnerCaughtUp(nodeId: number): void {
    const status = this.core().status();
    if (status.progress === undefined) throw new NotLeaderError(this.leader, this.leaderAddress());
    const match = status.progress.get(nodeId)?.match ?? 0;
    const lagEntries = Math.max(0, status.commit - match);
    const lagMaxEntries = this.config.promoteLagMaxEntries;
    if (lagEntries > lagMaxEntries) {
      throw new RejectedError(
        `node ${nodeId} is ${lagEntries} entries behind the leader's commit index ${status.commit} (it holds up to ${match}; promoteLagMaxEntries is ${lagMaxEntries}): wait until it has caught up (LAG 0 in \`ruvraft ctl status\`) or promote with --force`,
      );
    }
  }

  async removeNode(nodeId: number): Promise<void> {
    checkMember(nodeId);
    if (this.role === "leader" && !this.members().some((member) => member.nodeId === nodeId)) {
      // The leader's membership is the one the change would apply to: nothing to remove.
      throw new RejectedError(`node ${nodeId} is not a member of the cluster: nothing to remove`);
    }
    await this.proposeConfChange(ConfChanges.remove(nodeId));
  }

  /**
   * Hands leadership to `target`; resolves once it leads. The core aborts a transfer after an
   * election timeout (the target may not have applied its own promotion yet); the node then
   * asks again, until `transferTimeoutMs` (default 5 x electionTimeoutMaxMs) has passed.
   */
  transferLeadership(
    target: number,
    transferTimeoutMs = 5 * this.config.electionTimeoutMaxMs,
  ): Promise<void> {
    try {
      checkMember(target);
    } catch (error) {
      return Promise.reject(error);
    }
    if (this.role !== "leader") {
      return Promise.reject(new NotLeaderError(this.leader, this.leaderAddress()));
    }
    if (target === this.config.nodeId) {
      return Promise.resolve();
    }
    return new Promise((resolve, reject) => {
      const finish = (error?: Error) => {
        cancelDeadline();
        stopRetry();
        this.off("leaderChange", listener);
        if (error === undefined) resolve();
        else reject(error);
      };
      const ask = (): Error | undefined => {
        try {
          if (this.role === "leader" && this.core().status().leadTransferee === 0) {
            this.core().transferLeader(target);
            this.notify();
          }
          return undefined;
        } catch (error) {
          return this.translate(error);
        }
      };
      const listener = ({ leaderId }: { leaderId: number }) => {
        if (leaderId === target) finish();
      };
      const cancelDeadline = this.clock.after(transferTimeoutMs, () =>
        finish(
          new RejectedError(
            `leadership transfer to ${target} did not complete within ${transferTimeoutMs} ms`,
          ),
        ),
      );
      const stopRetry = this.clock.repeat(this.config.electionTimeoutMinMs, () => {
        const error = ask();
        if (error !== undefined) finish(error);
      });
      this.on("leaderChange", listener);
      const error = ask();
      if (error !== undefined) finish(error);
    });
  }

  status(): NodeStatus {
    const status = this.core().status();
    const learners = new Set([...status.confState.learners, ...status.confState.learnersNext]);
    const peers: NodeStatus["peers"] = [];
    for (const [nodeId, progress] of status.progress ?? []) {
      peers.push({
        nodeId,
        address: this.addressBook.get(nodeId) ?? "",
        matchIndex: progress.match,
        lagMs:
          progress.match >= status.lastIndex
            ? 0
            : this.appendTimes.ageMs(progress.match + 1, this.clock.nowMs()),
        learner: learners.has(nodeId),
        recentActive: progress.recentActive,
      });
    }
    let proposalsPending = 0;
    for (const waiting of this.proposals.values()) proposalsPending += waiting.length;
    const disk = this.storage?.log.diskUsage();
    return {
      nodeId: this.config.nodeId,
      incarnation: this.diskIncarnation,
      generation: this.generation,
      address: this.address(),
      role: this.role,
      term: status.term,
      leaderId: status.lead,
      commitIndex: status.commit,
      appliedIndex: this.appliedIndex,
      lastIndex: status.lastIndex,
      snapshotIndex: this.storage?.snapshotMetadata().index ?? 0,
      confState: status.confState,
      peers,
      proposalsPending,
      logDiskBytes: disk === undefined ? 0 : disk.fileBytes + disk.spareFileBytes,
    };
  }

  /** Current members with their addresses and roles. */
  members(): { nodeId: number; address: string; voter: boolean; learner: boolean }[] {
    const conf = this.core().status().confState;
    const voters = new Set([...conf.voters, ...conf.votersOutgoing]);
    const learners = new Set([...conf.learners, ...conf.learnersNext]);
    return [...new Set([...voters, ...learners])]
      .sort((a, b) => a - b)
      .map((nodeId) => ({
        nodeId,
        address: this.addressBook.get(nodeId) ?? "",
        voter: voters.has(nodeId),
        learner: learners.has(nodeId),
      }));
  }

  // ---- internals: startup ----------------------------------------------------------------------

  /**
   * DANGEROUS: recovery from a lost majority (etcd's --force-new-cluster). Applies this node's
   * committed entries, then rewrites its state as a snapshot at its commit index whose
   * membership is this node alone, and restarts the log after it with a higher term. Entries
   * this node had but did not know to be committed are discarded, and anything the lost
   * majority committed that never reached this node is lost: run it on the most up-to-date
   * survivor only, then add the other nodes back fresh (with their data moved aside).
   *
   * It first starts the next cluster generation (generation-file.ts), before anything else is
   * written: the nodes of the abandoned configuration stop when they meet this node, instead
   * of electing their own leader beside it.
   */
  private async forceNewCluster(
    log: SegmentLog,
    snapshots: SnapshotStore,
    snapshot: SnapshotMetadata,
  ): Promise<CurrentSnapshot> {
    const storage = this.storage as DurableStorage;
    this.generation += 1;
    await saveGeneration(this.fileSystem, this.config.dataDirectory, this.generation);
    const hardState = log.hardState();
    const commit = Math.min(hardState.commit, storage.lastIndex());
    let index = snapshot.index;
    let term = snapshot.term;
    if (commit > snapshot.index) {
      const entries = storage.entries(snapshot.index + 1, commit + 1, Number.POSITIVE_INFINITY);
      this.appliedIndex = snapshot.index;
      this.applyEntries(entries);
      index = commit;
      term = storage.term(commit);
    }
    // The forced cluster has one member, reached at the address this start was given (a
    // restore may run on another machine than the one the snapshot came from): the lost
    // members' addresses go, so nothing of the old cluster is dialled.
    const ownAddress =
      this.config.peers.find((peer) => peer.id === this.config.nodeId)?.address ??
      this.addressBook.get(this.config.nodeId);
    this.addressBook.clear();
    if (ownAddress !== undefined) this.addressBook.set(this.config.nodeId, ownAddress);
    const forced: SnapshotMetadata = {
      index,
      term,
      confState: {
        ...EMPTY_CONF_STATE,
        voters: [this.config.nodeId],
        incarnations:
          this.diskIncarnation === 0
            ? []
            : [{ nodeId: this.config.nodeId, incarnation: this.diskIncarnation }],
      },
    };
    const written = await this.writeSnapshot(snapshots, forced);
    await restartLogAfter(log, index);
    await log.setHardState({ term: Math.max(hardState.term, term) + 1, vote: 0, commit: index });
    this.logger?.warn(
      { index, term, discardedAfter: index, generation: this.generation },
      "forced a new single-node cluster from this node's committed state",
    );
    return { metadata: forced, file: written.file };
  }

  /** Reads or creates the data directory's incarnation (incarnation-file.ts). */
  private async loadIncarnation(log: SegmentLog, snapshots: SnapshotStore): Promise<void> {
    const hasData =
      log.lastIndex() >= log.firstIndex() ||
      log.hardState().term > 0 ||
      (await snapshots.newest()) !== undefined;
    const origin = hasData ? "existing-data" : this.config.bootstrap ? "founding" : "joining";
    const loaded = await loadOrCreateIncarnation(
      this.fileSystem,
      this.config.dataDirectory,
      origin,
      incarnationDraw(this.random),
    );
    this.diskIncarnation = loaded.incarnation;
    if (loaded.created) {
      this.logger?.info(
        { incarnation: loaded.incarnation, origin },
        "created the data directory's incarnation",
      );
    }
  }

  private async initialSnapshot(
    log: SegmentLog,
    snapshots: SnapshotStore,
  ): Promise<CurrentSnapshot> {
    const recovered = await recoverSnapshotAndLog(log, snapshots);
    if (recovered !== undefined) {
      return recovered;
    }
    const fresh = log.lastIndex() < log.firstIndex() && log.hardState().term === 0;
    if (!fresh || !this.config.bootstrap) {
      return { metadata: { index: 0, term: 0, confState: EMPTY_CONF_STATE }, file: undefined };
    }
    // A new cluster: the initial membership is a snapshot at index 1, term 1, recording the
    // disk of every founder, met first (founding.ts).
    const voters = this.config.peers.map((peer) => peer.id);
    await this.startTransport();
    const foundersRecord = FoundersRecord.load(this.fileSystem, this.config.dataDirectory);
    this.foundersRecord = foundersRecord;
    let incarnations: FoundingMember[];
    try {
      incarnations = await meetFounders({
        self: { nodeId: this.config.nodeId, incarnation: this.diskIncarnation },
        founders: voters,
        record: foundersRecord,
        transport: this.transport as NodeTransport,
        clock: this.clock,
        logger: this.logger,
        stopping: () => this.stopping,
      });
    } finally {
      this.foundersRecord = undefined;
    }
    this.logger?.info(
      { founders: incarnations },
      "met every founding member: founding the cluster",
    );
    const bootstrap: SnapshotMetadata = {
      index: 1,
      term: 1,
      confState: { ...EMPTY_CONF_STATE, voters, incarnations },
    };
    const written = await this.writeSnapshot(snapshots, bootstrap);
    await log.truncatePrefix(1);
    await log.setHardState({ term: 1, vote: 0, commit: 1 });
    return { metadata: bootstrap, file: written.file };
  }

  /** Creates and starts the transport, with this node's configured peers. */
  private async startTransport(): Promise<void> {
    const transport = this.transportFactory(this.transportHandlers(), {
      incarnation: this.diskIncarnation,
      generation: this.generation,
    });
    this.transport = transport;
    await transport.start();
  }

  private coreConfig(storage: DurableStorage, applied: number) {
    const timing = nodeTiming(this.config);
    return raftConfig(
      {
        id: this.config.nodeId,
        storage,
        random: new SeededRandom(this.config.randomSeed ?? this.random.randomInt(0, 2 ** 32)),
      },
      {
        electionTimeoutMinTicks: timing.electionTimeoutMinTicks,
        electionTimeoutMaxTicks: timing.electionTimeoutMaxTicks,
        heartbeatIntervalTicks: timing.heartbeatIntervalTicks,
        maxEntriesPerMessage: this.config.maxEntriesPerAppend,
        maxBytesPerMessage: this.config.maxBytesPerAppend,
        maxInflightMessages: this.config.maxInflightAppends,
        maxInflightBytes: this.config.maxInflightBytes,
        maxUncommittedEntriesBytes: this.config.maxUncommittedBytes,
        // Applying is synchronous: at most ~1 MiB of committed entries per Ready keeps each turn
        // of the loop short (a restart replaying a long log stays responsive between Readies).
        maxCommittedBytesPerReady: 1024 * 1024,
        leaseReads: this.config.leaseReads,
        leaseDurationMs: timing.leaseDurationMs,
        applied,
        incarnation: this.diskIncarnation,
      },
    );
  }

  private transportHandlers(): TransportHandlers {
    return {
      onRaftMessage: (message, fromIncarnation) => this.stepMessage(message, fromIncarnation),
      onSnapshot: async (message, file, fromIncarnation, streamMs) => {
        const ok = await this.receiveSnapshot(message, file, fromIncarnation);
        this.emit("snapshotReceived", {
          peerId: message.from,
          ok,
          ...(streamMs === undefined ? {} : { streamMs }),
        });
        return ok;
      },
      onPeerUnreachable: (peerId) => {
        if (this.isRunning()) this.guarded(() => this.core().reportUnreachable(peerId));
      },
      onSnapshotStatus: (peerId, ok) => this.snapshotStatus(peerId, ok),
      onNewerGeneration: (peerId, generation) => this.newerGeneration(peerId, generation),
      onPeerIdentified: (peerId, incarnation) => {
        const record = this.foundersRecord;
        if (record === undefined || !this.config.peers.some((peer) => peer.id === peerId)) {
          return undefined;
        }
        return record.record(peerId, incarnation).then(() => undefined);
      },
    };
  }

  /**
   * A peer runs a newer cluster generation (docs/architecture.md, "Cluster generations"). A
   * node that holds no state yet (nothing in its log, no snapshot received: a new node joining
   * the forced cluster) adopts it; any other belongs to an abandoned configuration and stops
   * for good (AbandonedConfigurationError). Returns whether it adopted.
   */
  private newerGeneration(peerId: number, generation: number): boolean {
    if (!this.isRunning()) return false;
    assert(generation > this.generation, "only a newer generation is offered");
    if (!isGeneration(generation)) {
      this.logger?.warn({ peerId, generation }, "ignored a cluster generation out of range");
      return false;
    }
    const holdsNoState =
      this.core().raft.log.lastIndex() === 0 && this.receivedSnapshots.size === 0;
    if (!holdsNoState) {
      this.failNode(new AbandonedConfigurationError(this.generation, peerId, generation));
      return false;
    }
    const previous = this.generation;
    this.generation = generation;
    const saving = (this.generationSaving ?? Promise.resolve()).then(() =>
      saveGeneration(this.fileSystem, this.config.dataDirectory, generation),
    );
    this.generationSaving = saving;
    saving.then(
      () => {
        if (this.generationSaving === saving) this.generationSaving = undefined;
      },
      (error: unknown) => this.failNode(error as Error),
    );
    this.logger?.info(
      { peerId, generation, previous },
      "adopted the cluster generation of a peer (this node holds no state yet)",
    );
    return true;
  }

  /** How the node reads snapshot files: through its file system, yielding on its clock. */
  private snapshotReading(): OpenSnapshotOptions {
    return { fileSystem: this.fileSystem, yieldTurn: () => this.clock.yieldTurn() };
  }

  /** An outbound snapshot was received (ok) or failed: the core tracks the follower. */
  private snapshotStatus(peerId: number, ok: boolean): void {
    const startedMs = this.snapshotSendsStartedMs.get(peerId);
    this.snapshotSendsStartedMs.delete(peerId);
    const durationMs = startedMs === undefined ? 0 : Math.max(0, this.clock.nowMs() - startedMs);
    this.emit("snapshotSent", { peerId, ok, durationMs });
    if (this.isRunning()) {
      this.guarded(() => this.core().reportSnapshot(peerId, ok));
    }
    this.notify();
  }

  // ---- internals: the loop -------------------------------------------------------------------

  /** The core, for the public API: throws StoppedError before start() and after stop(). */
  private core(): RawNode {
    if (this.rawNode === undefined || this.fatal !== undefined || this.stopping) {
      throw this.fatal ?? new StoppedError();
    }
    return this.rawNode;
  }

  /** True between a successful start() and stop() (or a fatal error). */
  isRunning(): boolean {
    return this.running && !this.stopping && this.fatal === undefined;
  }

  private tick(): void {
    if (this.stopping || this.fatal !== undefined) return;
    const nowMs = this.clock.nowMs();
    if (!this.guarded(() => this.core().tick(nowMs))) return;
    if (nowMs >= this.nextProposalSweepMs) {
      this.nextProposalSweepMs = nowMs + PROPOSAL_SWEEP_MS;
      this.sweepProposals(nowMs);
    }
    this.notify();
  }

  private stepMessage(message: Message, fromIncarnation: number): void {
    if (!this.running || this.stopping || this.fatal !== undefined) return;
    try {
      const core = this.core();
      const refusals = core.raft.incarnationRefusals;
      core.step(message, this.clock.nowMs(), fromIncarnation);
      if (core.raft.incarnationRefusals !== refusals) {
        this.reportIncarnationRefusal(core.raft.lastIncarnationRefusal);
      }
    } catch (error) {
      if (!(error instanceof RuvraftError)) {
        // A broken invariant (AssertionError): the core may be half-way through the message.
        this.failNode(error as Error);
        return;
      }
      // A message the core refuses (malformed, stale) is the sender's problem.
      this.logger?.warn(
        { from: message.from, type: message.type, error: error.message },
        "dropped a raft message",
      );
      return;
    }
    this.notify();
  }

  /**
   * Logs, once per seat and disk, a message the core dropped by its incarnation rules
   * (src/raft/incarnation.ts): the operator's sign that a data directory was replaced.
   */
  private reportIncarnationRefusal(refusal: IncarnationRefusal | undefined): void {
    if (refusal === undefined) return;
    const key = `${refusal.kind}/${refusal.from}/${refusal.incarnation}`;
    if (this.reportedIncarnationRefusals.has(key)) return;
    this.reportedIncarnationRefusals.add(key);
    const advice =
      refusal.kind === "addressed elsewhere"
        ? `leader ${refusal.from} addresses incarnation ${refusal.incarnation} of this node's seat, but this data directory is incarnation ${refusal.expected}: it was wiped or replaced since the seat was given; remove node ${this.config.nodeId} and add it again (docs/operations.md)`
        : `node ${refusal.from} runs incarnation ${refusal.incarnation}, but its seat records incarnation ${refusal.expected}: its votes and acknowledgements are ignored until it is removed and added again, or until this node learns of that (docs/operations.md)`;
    this.logger?.warn(
      { from: refusal.from, type: refusal.messageType, kind: refusal.kind },
      `dropped raft messages by incarnation: ${advice}`,
    );
  }

  private notify(): void {
    const wake = this.wakeUp;
    if (wake !== undefined) {
      this.wakeUp = undefined;
      wake();
    }
  }

  private async runLoop(): Promise<void> {
    // Bounded by stop(): every pass handles one Ready or waits for the next event.
    while (!this.stopping) {
      const raw = this.rawNode as RawNode;
      if (!raw.hasReady()) {
        await new Promise<void>((resolve) => {
          this.wakeUp = resolve;
        });
        continue;
      }
      try {
        const ready = raw.ready();
        this.readyInFlight = true;
        try {
          await this.handleReady(ready);
          // A message stepped meanwhile broke an invariant: the core is not to be trusted.
          if (this.fatal !== undefined) return;
          raw.advance();
        } finally {
          this.readyInFlight = false;
          for (const resume of this.advanceWaiters.splice(0)) resume();
        }
        await this.afterAdvance(ready);
        if (ready.committedEntries.length > 0) {
          // Applying yielded nothing: give timers, sockets and admin HTTP a turn (a restart
          // replays its whole committed log this way, Ready after Ready).
          await this.clock.yieldTurn();
        }
      } catch (error) {
        this.failNode(error as Error);
        return;
      }
    }
  }

  private async handleReady(ready: Ready): Promise<void> {
    // Nothing of an adopted generation is written before the generation itself.
    if (this.generationSaving !== undefined) await this.generationSaving;
    if (ready.softState !== undefined) {
      this.updateRole(
        ready.softState.role,
        ready.softState.lead,
        ready.hardState?.term ?? this.term,
      );
    }
    if (ready.hardState !== undefined) {
      this.term = ready.hardState.term;
    }
    const storage = this.storage as DurableStorage;
    this.send(ready.messages);
    if (ready.snapshot !== undefined) {
      // Never alongside this node's own compaction: one snapshot record changes at a time.
      await this.compaction;
      const key = snapshotKey(ready.snapshot.metadata);
      const file = this.receivedSnapshots.get(key);
      assert(file !== undefined, `the core installs snapshot ${key}, which was received`);
      this.receivedSnapshots.delete(key);
      await storage.installSnapshot(ready.snapshot, file);
      await this.restoreFromFile(storage.snapshotFile() as string);
      this.installSnapshotState(ready.snapshot);
    }
    // Committed entries before this Ready's new entries are durable here already (a leader
    // counts its own entries towards commit only once persisted; a follower's commit may reach
    // into the new ones): apply them now, so their proposers are answered while this Ready's
    // write is in flight instead of one fdatasync later (etcd applies alongside its next save).
    const firstNewIndex = ready.entries[0]?.index ?? Number.POSITIVE_INFINITY;
    let durableCount = 0;
    while (
      durableCount < ready.committedEntries.length &&
      (ready.committedEntries[durableCount] as Entry).index < firstNewIndex
    ) {
      durableCount++;
    }
    this.applyEntries(ready.committedEntries.slice(0, durableCount));
    const lastNew = ready.entries[ready.entries.length - 1];
    if (lastNew !== undefined && this.role === "leader") {
      this.appendTimes.record(lastNew.index, this.clock.nowMs());
    }
    await storage.persist(ready.entries, ready.hardState, ready.mustSync);
    this.send(ready.messagesAfterPersist);
    this.applyEntries(ready.committedEntries.slice(durableCount));
    await this.dropReceivedSnapshots(this.appliedIndex);
    for (const readState of ready.readStates) {
      const pending = this.readContexts.get(contextKey(readState.context));
      if (pending !== undefined) {
        this.readContexts.delete(contextKey(readState.context));
        pending.index = readState.index;
        this.waitingReads.push(pending);
      }
    }
    this.releaseReads();
  }

  private async afterAdvance(ready: Ready): Promise<void> {
    const raw = this.rawNode as RawNode;
    let membershipChanged = false;
    for (const entry of ready.committedEntries) {
      if (entry.type !== EntryType.ConfChange) continue;
      membershipChanged = true;
      for (const pending of this.takeProposals(entry.index)) {
        if (pending.term !== entry.term) {
          pending.settle(
            new DroppedError(
              `the membership change at index ${entry.index} was replaced by a new leader's entry`,
            ),
          );
        } else if (raw.confChangeResults.get(entry.index) === false) {
          pending.settle(
            new RejectedError(
              `the membership change at index ${entry.index} was refused by the cluster`,
            ),
          );
        } else {
          pending.settle(undefined, new Uint8Array());
        }
      }
    }
    if (membershipChanged) {
      this.syncPeers();
      this.emit("membershipChange", { appliedIndex: this.appliedIndex });
    }
    this.compactIfDue();
  }

  private updateRole(role: StateRole, lead: number, term: number): void {
    const name = roleName(role) as NodeStatus["role"];
    if (name !== this.role) {
      this.role = name;
      // A new leadership: the previous one's append times say nothing about this log.
      if (name === "leader") this.appendTimes.clear();
      this.logger?.info({ role: name, term }, "role changed");
      this.emit("roleChange", { role: name, term });
    }
    if (lead !== this.leader) {
      this.leader = lead;
      // Reads not yet confirmed were tied to the old leader: fail them fast (the client retries).
      const error = new NotLeaderError(lead, this.leaderAddress());
      for (const read of this.readContexts.values()) {
        read.cancelTimer();
        read.reject(error);
      }
      this.readContexts.clear();
      this.logger?.info({ leaderId: lead, term }, "leader changed");
      this.emit("leaderChange", { leaderId: lead, term });
    }
  }

  // ---- internals: applying ---------------------------------------------------------------------

  private applyEntries(entries: readonly Entry[]): void {
    for (const entry of entries) {
      if (entry.index <= this.appliedIndex) continue;
      assert(
        entry.index === this.appliedIndex + 1,
        `entries apply in order (${entry.index} after ${this.appliedIndex})`,
      );
      const outcome = entry.type === EntryType.Normal ? this.applier.apply(entry) : undefined;
      this.appliedIndex = entry.index;
      this.appliedTerm = entry.term;
      this.appliedBytesSinceSnapshot += entry.data.length;
      this.settleProposal(entry, outcome);
    }
    if (entries.length > 0) {
      this.emit("applied", { index: this.appliedIndex });
    }
  }

  private settleProposal(entry: Entry, outcome: ApplyOutcome | undefined): void {
    if (entry.type === EntryType.ConfChange) {
      return; // settled in afterAdvance(), once the core has applied the change
    }
    const pendings = this.takeProposals(entry.index);
    if (pendings.length === 0) return;
    if (this.listenerCount("proposalSettled") > 0) {
      const nowMs = this.clock.nowMs();
      for (const pending of pendings) {
        const applied = pending.term === entry.term && (outcome === undefined || outcome.ok);
        this.emit("proposalSettled", {
          durationMs: Math.max(0, nowMs - (pending.deadlineMs - pending.timeoutMs)),
          outcome: applied ? "applied" : "failed",
        });
      }
    }
    for (const pending of pendings) {
      if (pending.term !== entry.term) {
        pending.settle(
          new DroppedError(
            `the proposal at index ${entry.index} was replaced by a new leader's entry (term ${entry.term})`,
          ),
        );
      } else if (outcome === undefined || outcome.ok) {
        pending.settle(undefined, outcome?.response ?? EMPTY_BYTES);
      } else {
        pending.settle(outcome.error);
      }
    }
  }

  /** The proposals waiting for index `index` (at most one per term), forgotten here. */
  private takeProposals(index: number): PendingProposal[] {
    const pending = this.proposals.get(index);
    if (pending === undefined) return [];
    this.proposals.delete(index);
    return pending;
  }

  private releaseReads(): void {
    for (let position = this.waitingReads.length - 1; position >= 0; position--) {
      const read = this.waitingReads[position] as PendingRead;
      if (read.index <= this.appliedIndex) {
        this.waitingReads.splice(position, 1);
        read.cancelTimer();
        read.resolve();
      }
    }
  }

  // ---- internals: snapshots ------------------------------------------------------------------

  /** Sends the core's messages; a Snapshot message streams the latest snapshot's file. */
  private send(messages: readonly Message[]): void {
    const transport = this.transport as NodeTransport;
    let others: Message[] | undefined;
    for (const message of messages) {
      if (message.type !== MessageType.Snapshot) continue;
      others ??= messages.filter((each) => each.type !== MessageType.Snapshot);
      const file = (this.storage as DurableStorage).snapshotFileFor(message.snapshot.metadata);
      if (file === undefined) {
        // Pruned by compactions since the core made the message: it sends a newer one later.
        this.logger?.warn(
          { to: message.to, index: message.snapshot.metadata.index },
          "the snapshot to send was replaced by newer ones; the follower gets the next",
        );
        this.clock.after(0, () => this.snapshotStatus(message.to, false));
        continue;
      }
      // One line per send: a leader re-sending one snapshot to a follower whose match does not
      // advance (a snapshot storm) shows as repeated lines with the same index and match.
      this.logger?.info(
        {
          to: message.to,
          leaderTerm: message.term,
          index: message.snapshot.metadata.index,
          term: message.snapshot.metadata.term,
          match: (this.rawNode as RawNode).status().progress?.get(message.to)?.match ?? 0,
        },
        "sending a snapshot",
      );
      this.snapshotSendsStartedMs.set(message.to, this.clock.nowMs());
      transport.sendSnapshot(message, file);
    }
    transport.send(others ?? messages);
  }

  /**
   * A snapshot arrived from the leader in `file`: every chunk is checked (in the background,
   * between turns of the loop) and its metadata compared with the message's before the core
   * sees the message. The file is kept, by index and term, until the core installs it (Ready)
   * or the applied index passes it; a file that fails is deleted and logged (the leader
   * sends a snapshot again when the follower still lags).
   */
  private async receiveSnapshot(
    message: SnapshotRequest,
    file: string,
    fromIncarnation: number,
  ): Promise<boolean> {
    const expected = message.snapshot.metadata;
    const refusal = incarnationRefusal(
      message,
      fromIncarnation,
      this.diskIncarnation,
      () => undefined,
    );
    if (refusal !== undefined) {
      this.reportIncarnationRefusal(refusal);
      await removeIfPresent(this.fileSystem, file);
      return false;
    }
    try {
      const reader = openSnapshot(file, this.snapshotReading());
      const found = reader.metadata;
      if (
        found.index !== expected.index ||
        found.term !== expected.term ||
        !isDeepStrictEqual(found.confState, toStoredConfState(expected.confState))
      ) {
        reader.close();
        throw new SnapshotFileError(
          file,
          SNAPSHOT_HEADER_BYTES,
          "metadata",
          `the file holds index ${found.index} term ${found.term}, the message index ${expected.index} term ${expected.term} (or their memberships differ)`,
        );
      }
      // Bounded by the file's chunks.
      for await (const _chunk of reader) {
      }
    } catch (error) {
      if (!isOperatingError(error)) {
        await removeIfPresent(this.fileSystem, file);
        this.failNode(error as Error);
        return false;
      }
      this.logger?.error(
        { from: message.from, index: expected.index, file, error: (error as Error).message },
        "dropped a snapshot from the leader that failed its checks",
      );
      await removeIfPresent(this.fileSystem, file);
      return false;
    }
    if (!this.running || this.stopping || this.fatal !== undefined) {
      await removeIfPresent(this.fileSystem, file);
      return false;
    }
    const key = snapshotKey(expected);
    const previous = this.receivedSnapshots.get(key);
    this.receivedSnapshots.set(key, file);
    if (previous !== undefined) await removeIfPresent(this.fileSystem, previous);
    this.stepMessage(message, fromIncarnation);
    return true;
  }

  /**
   * Deletes received snapshot files at or below `appliedIndex`: the core never installs
   * them any more (a snapshot it has accepted but not yet handed out in a Ready is always
   * above the applied index). Also at stop (everything).
   */
  private async dropReceivedSnapshots(appliedIndex: number): Promise<void> {
    const doomed: string[] = [];
    for (const [key, file] of this.receivedSnapshots) {
      if (Number(key.split("/")[0]) <= appliedIndex) {
        this.receivedSnapshots.delete(key);
        doomed.push(file);
      }
    }
    for (const file of doomed) await removeIfPresent(this.fileSystem, file);
  }

  /** The node's own part of a snapshot, copied now (sessions change with every apply). */
  private snapshotHeader(): NodeSnapshotHeader {
    return {
      members: [...this.addressBook].map(([nodeId, address]) => ({ nodeId, address })),
      sessions: this.applier.sessionsForSnapshot(),
    };
  }

  /**
   * Writes a snapshot of the state as of now (the applied index) to a snapshot file. The
   * header and the state machine's snapshot are taken synchronously, here; the file is
   * written chunk by chunk afterwards while the loop goes on.
   */
  private writeSnapshot(
    store: SnapshotStore,
    metadata: SnapshotMetadata,
  ): Promise<SnapshotWriteResult> {
    return writeNodeSnapshot(
      store,
      {
        index: metadata.index,
        term: metadata.term,
        confState: toStoredConfState(metadata.confState),
      },
      nodeSnapshotPieces(this.snapshotHeader(), this.stateMachine.snapshot()),
    );
  }

  /**
   * Replaces the whole state (state machine, sessions, member addresses) with the snapshot in
   * `file`, read as a stream. The file was checked (every chunk) before; a failure here
   * leaves the state unknown, so the caller stops the node.
   */
  private async restoreFromFile(file: string): Promise<void> {
    for (const member of await this.applier.restore(file, this.snapshotReading())) {
      this.addressBook.set(member.nodeId, member.address);
    }
  }

  private installSnapshotState(snapshot: Snapshot): void {
    this.appliedIndex = snapshot.metadata.index;
    this.appliedTerm = snapshot.metadata.term;
    this.syncPeers();
    this.logger?.info(
      { index: snapshot.metadata.index, term: snapshot.metadata.term },
      "installed a snapshot from the leader",
    );
    this.emit("snapshot", {
      index: snapshot.metadata.index,
      term: snapshot.metadata.term,
      kind: "installed",
    });
  }

  // The compaction manager: once the log since the last snapshot passes
  // snapshotThresholdEntries entries or snapshotThresholdBytes bytes of applied data, it takes
  // the state at the applied index (synchronously, so it is consistent), then writes the
  // snapshot file and deletes the covered segments in the background: the Ready loop goes on.
  // One compaction at a time; a failed one is logged and retried at the next threshold.

  /**
   * Takes a snapshot now (whatever the thresholds) and compacts the log; resolves with what it
   * covers and its file once the snapshot file is durable. Waits for a compaction already
   * running first.
   */
  async snapshotNow(): Promise<{ index: number; term: number; file: string }> {
    this.core();
    // Never between a Ready's apply and advance(): the snapshot would cover a membership change
    // applied there with the core's membership from before it. One compaction at a time.
    while (this.compaction !== undefined || this.readyInFlight) {
      await (this.compaction ?? new Promise<void>((resume) => this.advanceWaiters.push(resume)));
      this.core();
    }
    this.compactIfDue(true);
    await this.compaction;
    const storage = this.storage as DurableStorage;
    const metadata = storage.snapshotMetadata();
    return { index: metadata.index, term: metadata.term, file: storage.snapshotFile() ?? "" };
  }

  private compactIfDue(force = false): void {
    const storage = this.storage as DurableStorage;
    const entriesSince = this.appliedIndex - storage.snapshotMetadata().index;
    // Staggered by node id (up to +21%) so that the replicas do not all pause to snapshot at
    // the same index.
    const entriesThreshold = Math.floor(
      this.config.snapshotThresholdEntries * (1 + (this.config.nodeId % 7) / 28),
    );
    const due =
      entriesSince >= entriesThreshold ||
      (entriesSince > 0 && this.appliedBytesSinceSnapshot >= this.config.snapshotThresholdBytes);
    if ((!due && !(force && entriesSince > 0)) || this.compaction !== undefined) return;
    const metadata: SnapshotMetadata = {
      index: this.appliedIndex,
      term: this.appliedTerm,
      confState: (this.rawNode as RawNode).status().confState,
    };
    this.appliedBytesSinceSnapshot = 0;
    this.compaction = this.writeSnapshot(storage.snapshots, metadata)
      .then(async (written) => {
        await storage.compact(metadata, written.file, this.config.snapshotTrailingEntries);
        return written;
      })
      .then(
        (written) => {
          this.logger?.info(
            { index: metadata.index, term: metadata.term, bytes: written.sizeBytes },
            "took a snapshot and compacted the log",
          );
          this.emit("snapshot", { index: metadata.index, term: metadata.term, kind: "taken" });
        },
        (error: unknown) => {
          if (!isOperatingError(error)) {
            this.failNode(error as Error);
            return;
          }
          this.logger?.error(
            { index: metadata.index, error: (error as Error).message },
            "taking a snapshot failed; will retry at the next threshold",
          );
        },
      )
      .finally(() => {
        this.compaction = undefined;
      });
  }

  // ---- internals: proposals, reads, membership ----------------------------------------------

  private proposeData(data: Uint8Array): Promise<Uint8Array> {
    return new Promise((resolve, reject) =>
      this.proposeDataWith(data, settlePromise(resolve, reject)),
    );
  }

  /** Proposes `data`; `settle` is called once: when it applies, fails or passes its deadline. */
  private proposeDataWith(data: Uint8Array, settle: ProposalCallback): void {
    let position: ProposalPosition;
    try {
      position = this.core().propose(data);
    } catch (error) {
      settle(this.translate(error));
      return;
    }
    this.notify();
    this.emit("proposal", { index: position.index });
    this.trackProposal(position, this.config.proposalTimeoutMs, "proposal", settle);
  }

  private trackProposal(
    position: ProposalPosition,
    timeoutMs: number,
    what: string,
    settle: ProposalCallback,
  ): void {
    // An older proposal at the same index lost its entry in this node's log when it lost
    // leadership; now it leads again and reuses the index. The older one stays pending: its
    // entry may survive on another node and still commit. Whichever term commits at the index
    // decides both (settleProposal).
    const pending: PendingProposal = {
      term: position.term,
      settle,
      deadlineMs: this.clock.nowMs() + timeoutMs,
      timeoutMs,
      what,
    };
    const waiting = this.proposals.get(position.index);
    if (waiting === undefined) this.proposals.set(position.index, [pending]);
    else waiting.push(pending);
  }

  private awaitProposal(
    position: ProposalPosition,
    timeoutMs: number,
    what: string,
  ): Promise<Uint8Array> {
    return new Promise((resolve, reject) =>
      this.trackProposal(position, timeoutMs, what, settlePromise(resolve, reject)),
    );
  }

  /** Fails the proposals past their deadline (called by the ticker). */
  private sweepProposals(nowMs: number): void {
    for (const [index, waiting] of this.proposals) {
      const expired = waiting.filter((pending) => pending.deadlineMs <= nowMs);
      if (expired.length === 0) continue;
      if (expired.length === waiting.length) this.proposals.delete(index);
      else
        this.proposals.set(
          index,
          waiting.filter((pending) => pending.deadlineMs > nowMs),
        );
      for (const pending of expired) {
        pending.settle(new TimeoutError(`${pending.what} at index ${index}`, pending.timeoutMs));
      }
    }
  }

  private async proposeConfChange(change: ConfChange): Promise<void> {
    let position: ProposalPosition;
    try {
      position = this.core().proposeConfChange(change);
    } catch (error) {
      throw this.translate(error);
    }
    this.notify();
    await this.awaitProposal(position, this.config.proposalTimeoutMs, "membership change");
  }

  private async recordAddress(nodeId: number, address: string): Promise<void> {
    const data = nodeProto.NodeEntry.encode({ memberAddress: { nodeId, address } }).finish();
    await this.proposeData(data);
  }

  /**
   * A read's context: node id (4 bytes), this RaftNode's run id (8 random bytes, drawn per
   * RaftNode) and a counter (8 bytes). The run id keeps a restarted node from reusing the
   * contexts of its previous run: a ReadIndex still pending at the leader under an old context,
   * or a heartbeat response echoing one, would otherwise confirm a new read at an old index
   * (a stale "linearizable" read; the fault suite found one after a SIGKILL and restart).
   */
  private waitReadable(mode: ReadMode): Promise<void> {
    const context = new Uint8Array(24);
    const view = new DataView(context.buffer);
    view.setUint32(0, this.config.nodeId);
    context.set(this.runId, 8);
    view.setFloat64(16, ++this.readCounter);
    const key = contextKey(context);
    const timeoutMs = this.config.readTimeoutMs;
    return new Promise((resolve, reject) => {
      const pending: PendingRead = {
        index: Number.POSITIVE_INFINITY,
        resolve,
        reject,
        cancelTimer: this.clock.after(timeoutMs, () => {
          this.readContexts.delete(key);
          const waiting = this.waitingReads.indexOf(pending);
          if (waiting >= 0) this.waitingReads.splice(waiting, 1);
          reject(
            this.leader === 0 ? new NotLeaderError(0, "") : new TimeoutError("read", timeoutMs),
          );
        }),
      };
      try {
        // The leader checks its lease against the time now, not at its last tick.
        this.core().readIndex(context, mode, this.clock.nowMs());
      } catch (error) {
        pending.cancelTimer();
        reject(this.translate(error));
        return;
      }
      this.readContexts.set(key, pending);
      this.notify();
    });
  }

  /** Keeps the transport's peer set equal to the current members (with known addresses). */
  private syncPeers(): void {
    const transport = this.transport;
    const raw = this.rawNode;
    if (transport === undefined || raw === undefined) return;
    const conf = raw.status().confState;
    const members = new Set([
      ...conf.voters,
      ...conf.votersOutgoing,
      ...conf.learners,
      ...conf.learnersNext,
    ]);
    for (const nodeId of members) {
      const address = this.addressBook.get(nodeId);
      if (nodeId !== this.config.nodeId && address !== undefined) {
        transport.addPeer(nodeId, address);
      }
    }
    if (members.size === 0) {
      // A joining node has no membership until the leader's first append or snapshot: it must
      // keep its configured peers (the cluster it joins), or it would refuse the leader adding it.
      for (const [nodeId, address] of this.addressBook) {
        if (nodeId !== this.config.nodeId) transport.addPeer(nodeId, address);
      }
      return;
    }
    for (const nodeId of this.addressBook.keys()) {
      if (!members.has(nodeId) && nodeId !== this.config.nodeId) {
        transport.removePeer(nodeId);
      }
    }
  }

  /**
   * Maps the core's errors to the node API's typed errors. An untyped one (AssertionError) is
   * a broken invariant: it stops the node, and the caller gets it as is.
   */
  private translate(error: unknown): Error {
    if (!(error instanceof RuvraftError)) {
      this.failNode(error as Error);
      return error as Error;
    }
    if (error instanceof CoreNotLeaderError) {
      return new NotLeaderError(error.leaderId, this.addressBook.get(error.leaderId) ?? "");
    }
    if (error instanceof CoreOverloadedError) {
      return new OverloadedError(error.message);
    }
    if (error instanceof ProposalDroppedError) {
      return new DroppedError(error.message);
    }
    if (error instanceof CoreConfChangeRejectedError) {
      return new RejectedError(error.message);
    }
    return error as Error;
  }

  private failAllPending(error: Error): void {
    const proposals = [...this.proposals.values()].flat();
    this.proposals.clear();
    for (const pending of proposals) {
      pending.settle(error);
    }
    for (const read of [...this.readContexts.values(), ...this.waitingReads]) {
      read.cancelTimer();
      read.reject(error);
    }
    this.readContexts.clear();
    this.waitingReads.length = 0;
  }

  /**
   * A failed write or a broken invariant: the node stops serving (restart it to recover) with
   * one fatal log line. An operating error (isOperatingError: a failed fsync, a full disk)
   * logs "the node failed and stopped serving"; anything else is a bug (an AssertionError)
   * and logs "a broken invariant stopped the node". The first failure wins.
   */
  private failNode(error: Error): void {
    if (this.fatal !== undefined) return;
    this.fatal = error;
    this.logger?.fatal(
      { error: error.message, stack: error.stack },
      error instanceof AbandonedConfigurationError
        ? "this node belongs to an abandoned configuration: it stops for good (error: how to rejoin)"
        : isOperatingError(error)
          ? "the node failed and stopped serving"
          : "a broken invariant stopped the node",
    );
    this.stopTicker?.();
    this.failAllPending(error);
    this.stopping = true;
    this.notify();
    this.emit("failed", error);
  }

  /**
   * Runs a core call made outside the Ready loop and outside the API (the ticker, the
   * transport's reports): none takes input to refuse, so any exception stops the node.
   * Returns false when it did.
   */
  private guarded(call: () => void): boolean {
    try {
      call();
      return true;
    } catch (error) {
      this.failNode(error as Error);
      return false;
    }
  }
}

/** Validates a node id (and address) given to the membership API: bad input is the caller's. */
function checkMember(nodeId: number, address?: string): void {
  if (!Number.isSafeInteger(nodeId) || nodeId <= 0) {
    throw new InvalidArgumentError(`node id must be a positive integer, got ${nodeId}`);
  }
  if (address !== undefined) {
    let port: number;
    try {
      port = parseAddress("address", address).port;
    } catch {
      throw new InvalidArgumentError(
        `address of node ${nodeId} must be "host:port", got "${address}"`,
      );
    }
    if (port === 0) {
      throw new InvalidArgumentError(`address of node ${nodeId} needs a port, got "${address}"`);
    }
  }
}

/** A ProposalCallback that settles a promise (the promise API over the callback one). */
function settlePromise(
  resolve: (response: Uint8Array) => void,
  reject: (error: Error) => void,
): ProposalCallback {
  return (error, response) =>
    error === undefined ? resolve(response ?? EMPTY_BYTES) : reject(error);
}

/** "index/term": a received snapshot's key. */
function snapshotKey(metadata: { index: number; term: number }): string {
  return `${metadata.index}/${metadata.term}`;
}

function contextKey(context: Uint8Array): string {
  return Buffer.from(context).toString("hex");
}

/** A RaftNode's run id: 8 random bytes, two 32-bit draws from `random`. */
function drawRunId(random: Random): Uint8Array {
  const runId = new Uint8Array(8);
  const view = new DataView(runId.buffer);
  view.setUint32(0, random.randomInt(0, 2 ** 32));
  view.setUint32(4, random.randomInt(0, 2 ** 32));
  return runId;
}
