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
 *
 * This file keeps the lifecycle, the loop and the public API; the pieces it drives each have
 * their own module (docs/architecture.md, "The node"): pending-requests.ts (everything callers
 * wait on, one deadline sweep), applier.ts, compaction-manager.ts, startup.ts, membership.ts,
 * address-book.ts, snapshot-intake.ts.
 */
import { EventEmitter } from "node:events";
import path from "node:path";
import type { Logger } from "pino";
import { encodeCommandEntry } from "../proto/codec/node-entry.js";
import { node as nodeProto } from "../proto/node-index.js";
import {
  type ConfChange,
  type Message,
  type ProposalPosition,
  RawNode,
  ReadMode,
  type Ready,
  roleName,
  type StateRole,
} from "../raft/index.js";
import { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import { type FileSystem, NodeFileSystem, SegmentLog } from "../storage/index.js";
import { type Entry, EntryType, type SnapshotMetadata } from "../types/index.js";
import { assert } from "../util/assert.js";
import { isOperatingError, RuvraftError } from "../util/errors.js";
import { AddressBook, type Member } from "./address-book.js";
import { AppendTimes } from "./append-times.js";
import { Applier } from "./applier.js";
import { type Clock, systemClock } from "./clock.js";
import { CompactionManager } from "./compaction-manager.js";
import {
  nodeTiming,
  type RaftNodeConfig,
  type RaftNodeOptions,
  resolveNodeConfig,
} from "./config.js";
import { DurableStorage } from "./durable-storage.js";
import {
  AbandonedConfigurationError,
  NotLeaderError,
  nodeErrorOf,
  StoppedError,
  TimeoutError,
} from "./errors.js";
import type { FoundersRecord } from "./founding.js";
import { ClusterGeneration, isGeneration } from "./generation-file.js";
import { MembershipChanges } from "./membership.js";
import type {
  NodeStatus,
  PromoteOptions,
  ProposalCallback,
  RaftNodeEvents,
  RaftNodeExtras,
  ReadConsistency,
} from "./node-api.js";
import { nodeSnapshotPieces, writeNodeSnapshot } from "./node-snapshot.js";
import { Outbox } from "./outbox.js";
import { EMPTY_BYTES, PendingRequests } from "./pending-requests.js";
import { type Random, systemRandom } from "./random.js";
import { IncarnationRefusalReporter } from "./refusal-reporter.js";
import { SnapshotIntake, snapshotReading } from "./snapshot-intake.js";
import { coreConfig, forceNewCluster, initialSnapshot, loadIncarnation } from "./startup.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";
import type { NodeTransport, NodeTransportHandlers, TransportFactory } from "./transport-port.js";

export class RaftNode<Command, Response, Query = Command> extends EventEmitter<RaftNodeEvents> {
  readonly config: RaftNodeConfig;
  private readonly logger: Logger | undefined;
  private readonly transportFactory: TransportFactory;
  /** The data directory's file system: every file access of the node goes through it. */
  private readonly fileSystem: FileSystem;
  /** Whether start() takes the data directory's lock (see the extras). */
  private readonly lockDataDirectory: boolean;
  private readonly random: Random;
  private readonly clock: Clock;
  private transport: NodeTransport | undefined;
  private storage: DurableStorage | undefined;
  private rawNode: RawNode | undefined;
  /** Applies committed NORMAL entries; owns the client sessions. */
  private readonly applier: Applier<Command, Response, Query>;
  /** The `admit` extra over encoded bytes: the encoded refusal, or undefined to propose. */
  private readonly refusalOf: (command: Uint8Array) => Uint8Array | undefined;
  private readonly addressBook: AddressBook;
  /** Proposals, reads and waits of callers, with their deadlines. */
  private readonly pending: PendingRequests;
  private readonly compactions: CompactionManager;
  private readonly membership: MembershipChanges;
  private readonly snapshotIntake: SnapshotIntake;
  private readonly refusals: IncarnationRefusalReporter;
  /** When this node, as leader, appended its recent entries (peer lag in time). */
  private readonly appendTimes = new AppendTimes();
  private readonly outbox: Outbox;
  /** start() was called (once only). */
  private started = false;
  /** The running start(), until it settles (stop() waits for it). */
  private starting: Promise<void> | undefined;
  /** While founding a new cluster: the founders met so far (founding.ts). */
  private foundersRecord: FoundersRecord | undefined;
  /** The data directory's incarnation (incarnation-file.ts), known once start() read it. */
  private diskIncarnation = 0;
  /** The cluster generation (generation-file.ts), known once start() read it. */
  private readonly generation: ClusterGeneration;
  private appliedIndex = 0;
  private appliedTerm = 0;
  private role: NodeStatus["role"] = "follower";
  private leader = 0;
  private term = 0;
  private running = false;
  private stopping = false;
  private wakeUp: (() => void) | undefined;
  private loopDone: Promise<void> | undefined;
  /** Stops the ticker (started by start()). */
  private stopTicker: (() => void) | undefined;
  private fatal: Error | undefined;
  /** The shutdown in progress or done, once stop() was called. */
  private stopped: Promise<void> | undefined;

  constructor(
    options: RaftNodeOptions,
    private readonly stateMachine: StateMachine<Command, Response, Query>,
    private readonly codec: StateMachineCodec<Command, Response, Query>,
    extras: RaftNodeExtras<Command, Response>,
  ) {
    super();
    this.config = resolveNodeConfig(options);
    this.logger = extras.logger;
    this.transportFactory = extras.transport;
    this.fileSystem = extras.fileSystem ?? new NodeFileSystem();
    this.lockDataDirectory = extras.lockDataDirectory ?? true;
    this.random = extras.random ?? systemRandom;
    this.clock = extras.clock ?? systemClock;
    const admit = extras.admit;
    this.refusalOf =
      admit === undefined ? () => undefined : (command) => this.refusal(admit, command);
    this.addressBook = new AddressBook(this.config.nodeId);
    for (const peer of this.config.peers) this.addressBook.set(peer.id, peer.address);
    this.applier = new Applier(
      stateMachine,
      codec,
      this.config.sessionCountMax,
      (nodeId, address) => {
        this.addressBook.set(nodeId, address);
        this.syncPeers();
      },
    );
    this.generation = new ClusterGeneration(this.fileSystem, this.config.dataDirectory, (error) =>
      this.failNode(error),
    );
    this.pending = new PendingRequests(this.clock, this.config.nodeId, this.random);
    this.refusals = new IncarnationRefusalReporter(this.config.nodeId, this.logger);
    this.compactions = this.compactionManager();
    this.membership = this.membershipChanges();
    this.outbox = new Outbox({
      clock: this.clock,
      logger: this.logger,
      transport: () => this.transport as NodeTransport,
      storage: () => this.storage as DurableStorage,
      matchOf: (peerId) => this.rawNode?.status().progress?.get(peerId)?.match ?? 0,
      snapshotFailed: (peerId) => this.snapshotStatus(peerId, false),
    });
    this.snapshotIntake = new SnapshotIntake({
      fileSystem: this.fileSystem,
      clock: this.clock,
      logger: this.logger,
      incarnation: () => this.diskIncarnation,
      reportIncarnationRefusal: (refusal) => this.refusals.report(refusal),
      isRunning: () => this.isRunning(),
      failNode: (error) => this.failNode(error),
      step: (message, fromIncarnation) => this.stepMessage(message, fromIncarnation),
    });
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
      await this.recoverState(log);
      if (this.transport === undefined) await this.startTransport();
    } catch (error) {
      await this.transport?.stop();
      this.transport = undefined;
      await log.close();
      this.pending.failAll(error as Error);
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
        generation: this.generation.current,
        address: this.address(),
        applied: this.appliedIndex,
      },
      "node started",
    );
  }

  /** Reads the data directory: incarnation, generation, snapshot, log; makes the core. */
  private async recoverState(log: SegmentLog): Promise<void> {
    const context = {
      config: this.config,
      fileSystem: this.fileSystem,
      logger: this.logger,
      writeSnapshot: (store: SnapshotStore, metadata: SnapshotMetadata) =>
        this.writeSnapshot(store, metadata),
    };
    const snapshots = new SnapshotStore(path.join(this.config.dataDirectory, "snapshots"), {
      fileSystem: this.fileSystem,
      onWarning: (detail) =>
        this.logger?.error({ detail }, "a snapshot failed its checks and was set aside"),
    });
    this.diskIncarnation = await loadIncarnation(context, log, snapshots, this.random);
    this.generation.load();
    let snapshot = await initialSnapshot(context, log, snapshots, {
      clock: this.clock,
      incarnation: this.diskIncarnation,
      startTransport: async () => {
        await this.startTransport();
        return this.transport as NodeTransport;
      },
      setFoundersRecord: (record) => {
        this.foundersRecord = record;
      },
      stopping: () => this.stopping,
    });
    this.storage = new DurableStorage(log, snapshots, snapshot);
    if (snapshot.file !== undefined) await this.restoreFromFile(snapshot.file);
    this.appliedIndex = snapshot.metadata.index;
    if (this.config.forceNewCluster) {
      const forced = await forceNewCluster(context, log, snapshot.metadata, {
        storage: this.storage,
        addressBook: this.addressBook,
        incarnation: this.diskIncarnation,
        generation: this.generation.current,
        applyEntries: (entries) => this.applyEntries(entries),
      });
      snapshot = forced.snapshot;
      this.generation.current = forced.generation;
      this.storage = new DurableStorage(log, snapshots, snapshot);
    }
    this.appliedIndex = snapshot.metadata.index;
    this.appliedTerm = snapshot.metadata.term;
    this.rawNode = new RawNode(
      coreConfig(
        this.config,
        this.storage,
        snapshot.metadata.index,
        this.diskIncarnation,
        this.random,
      ),
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
    await this.compactions.idle();
    await this.transport?.stop();
    await this.snapshotIntake.dropUpTo(Number.POSITIVE_INFINITY);
    this.pending.failAll(new StoppedError());
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

  /** True between a successful start() and stop() (or a fatal error). */
  isRunning(): boolean {
    return this.running && !this.stopping && this.fatal === undefined;
  }

  // ---- leadership ----------------------------------------------------------------------------

  isLeader(): boolean {
    return this.role === "leader";
  }

  leaderId(): number | undefined {
    return this.leader === 0 ? undefined : this.leader;
  }

  leaderAddress(): string {
    return this.leader === 0 ? "" : this.addressBook.addressOf(this.leader);
  }

  /** Resolves with the leader's id once one is known; rejects with TimeoutError. */
  waitForLeader(timeoutMs = 10_000): Promise<number> {
    return this.pending.waitFor(
      () => (this.leader === 0 ? undefined : this.leader),
      timeoutMs,
      () => new TimeoutError("waitForLeader", timeoutMs),
    );
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
    return new Promise((resolve, reject) =>
      this.proposeEncodedWith(
        clientId,
        sequence,
        command,
        firstUnansweredSequence,
        settlePromise(resolve, reject),
      ),
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

  /** Resolves once a ReadIndex round (`mode`) confirmed the read and it applied here. */
  private waitReadable(mode: ReadMode): Promise<void> {
    const timeoutMs = this.config.readTimeoutMs;
    const read = this.pending.trackRead(timeoutMs, () =>
      this.leader === 0 ? new NotLeaderError(0, "") : new TimeoutError("read", timeoutMs),
    );
    try {
      // The leader checks its lease against the time now, not at its last tick.
      this.core().readIndex(read.context, mode, this.clock.nowMs());
    } catch (error) {
      read.forget();
      return Promise.reject(this.translate(error));
    }
    this.notify();
    return read.done;
  }

  // ---- membership (membership.ts) ------------------------------------------------------------

  /** Adds a voter the safe way: learner first, promoted once caught up (membership.ts). */
  addNode(nodeId: number, address: string): Promise<void> {
    return this.membership.addNode(nodeId, address);
  }

  /** Adds a learner: it receives the log and does not vote (membership.ts). */
  addLearner(nodeId: number, address: string): Promise<void> {
    return this.membership.addLearner(nodeId, address);
  }

  /** Makes a learner a voter, bound to the disk it runs on now (membership.ts). */
  promote(nodeId: number, options: PromoteOptions = {}): Promise<void> {
    return this.membership.promote(nodeId, options);
  }

  removeNode(nodeId: number): Promise<void> {
    return this.membership.removeNode(nodeId);
  }

  /**
   * Hands leadership to `target`; resolves once it leads, asking again while the core aborts
   * the transfer, until `transferTimeoutMs` (default 5 x electionTimeoutMaxMs) has passed.
   */
  transferLeadership(
    target: number,
    transferTimeoutMs = 5 * this.config.electionTimeoutMaxMs,
  ): Promise<void> {
    return this.membership.transferLeadership(target, transferTimeoutMs);
  }

  /** Current members with their addresses and roles. */
  members(): Member[] {
    return this.addressBook.members(this.core().status().confState);
  }

  private membershipChanges(): MembershipChanges {
    return new MembershipChanges({
      config: this.config,
      pending: this.pending,
      core: () => this.core(),
      role: () => this.role,
      leader: () => this.leader,
      leaderAddress: () => this.leaderAddress(),
      isMember: (nodeId) => this.members().some((member) => member.nodeId === nodeId),
      peerIncarnation: (nodeId) => this.transport?.peerIncarnation(nodeId),
      proposeConfChange: (change) => this.proposeConfChange(change),
      recordAddress: async (nodeId, address) => {
        await this.proposeData(
          nodeProto.NodeEntry.encode({ memberAddress: { nodeId, address } }).finish(),
        );
      },
      translate: (error) => this.translate(error),
      notify: () => this.notify(),
    });
  }

  status(): NodeStatus {
    const status = this.core().status();
    const learners = new Set([...status.confState.learners, ...status.confState.learnersNext]);
    const peers: NodeStatus["peers"] = [];
    for (const [nodeId, progress] of status.progress ?? []) {
      peers.push({
        nodeId,
        address: this.addressBook.addressOf(nodeId),
        matchIndex: progress.match,
        lagMs:
          progress.match >= status.lastIndex
            ? 0
            : this.appendTimes.ageMs(progress.match + 1, this.clock.nowMs()),
        learner: learners.has(nodeId),
        recentActive: progress.recentActive,
      });
    }
    const disk = this.storage?.log.diskUsage();
    return {
      nodeId: this.config.nodeId,
      incarnation: this.diskIncarnation,
      generation: this.generation.current,
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
      proposalsPending: this.pending.proposalCount(),
      logDiskBytes: disk === undefined ? 0 : disk.fileBytes + disk.spareFileBytes,
    };
  }

  // ---- snapshots -------------------------------------------------------------------------------

  /**
   * Takes a snapshot now (whatever the thresholds) and compacts the log; resolves with what it
   * covers and its file once the snapshot file is durable (compaction-manager.ts).
   */
  snapshotNow(): Promise<{ index: number; term: number; file: string }> {
    return this.compactions.snapshotNow();
  }

  private compactionManager(): CompactionManager {
    return new CompactionManager({
      config: this.config,
      logger: this.logger,
      storage: () => this.storage as DurableStorage,
      appliedState: () => ({
        index: this.appliedIndex,
        term: this.appliedTerm,
        confState: (this.rawNode as RawNode).status().confState,
      }),
      writeSnapshot: (store, metadata) => this.writeSnapshot(store, metadata),
      taken: ({ index, term }) => this.emit("snapshot", { index, term, kind: "taken" }),
      checkRunning: () => {
        this.core();
      },
      failNode: (error) => this.failNode(error),
    });
  }

  /**
   * Writes a snapshot of the state as of now (the applied index) to a snapshot file. The
   * header (member addresses, client sessions) and the state machine's snapshot are taken
   * synchronously, here; the file is written chunk by chunk afterwards while the loop goes on.
   */
  private writeSnapshot(
    store: SnapshotStore,
    metadata: SnapshotMetadata,
  ): Promise<SnapshotWriteResult> {
    return writeNodeSnapshot(
      store,
      metadata,
      nodeSnapshotPieces(
        { members: this.addressBook.entries(), sessions: this.applier.sessionsForSnapshot() },
        this.stateMachine.snapshot(),
      ),
    );
  }

  /**
   * Replaces the whole state (state machine, sessions, member addresses) with the snapshot in
   * `file`, read as a stream. The file was checked (every chunk) before; a failure here
   * leaves the state unknown, so the caller stops the node.
   */
  private async restoreFromFile(file: string): Promise<void> {
    const reading = snapshotReading(this.fileSystem, this.clock);
    for (const member of await this.applier.restore(file, reading)) {
      this.addressBook.set(member.nodeId, member.address);
    }
  }

  /** An outbound snapshot was received (ok) or failed: the core tracks the follower. */
  private snapshotStatus(peerId: number, ok: boolean): void {
    this.emit("snapshotSent", { peerId, ok, durationMs: this.outbox.snapshotFinished(peerId) });
    if (this.isRunning()) {
      this.guarded(() => this.core().reportSnapshot(peerId, ok));
    }
    this.notify();
  }

  // ---- transport -------------------------------------------------------------------------------

  /** Creates and starts the transport, with this node's configured peers. */
  private async startTransport(): Promise<void> {
    const transport = this.transportFactory(this.transportHandlers(), {
      incarnation: this.diskIncarnation,
      generation: this.generation.current,
    });
    this.transport = transport;
    await transport.start();
  }

  private transportHandlers(): NodeTransportHandlers {
    return {
      onRaftMessage: (message, fromIncarnation) => this.stepMessage(message, fromIncarnation),
      onSnapshot: async (message, file, fromIncarnation, streamMs) => {
        const ok = await this.snapshotIntake.receive(message, file, fromIncarnation);
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
    assert(generation > this.generation.current, "only a newer generation is offered");
    if (!isGeneration(generation)) {
      this.logger?.warn({ peerId, generation }, "ignored a cluster generation out of range");
      return false;
    }
    const holdsNoState = this.core().raft.log.lastIndex() === 0 && this.snapshotIntake.isEmpty();
    if (!holdsNoState) {
      this.failNode(new AbandonedConfigurationError(this.generation.current, peerId, generation));
      return false;
    }
    const previous = this.generation.current;
    this.generation.adopt(generation);
    this.logger?.info(
      { peerId, generation, previous },
      "adopted the cluster generation of a peer (this node holds no state yet)",
    );
    return true;
  }

  // ---- the loop --------------------------------------------------------------------------------

  /** The core, for the public API: throws StoppedError before start() and after stop(). */
  private core(): RawNode {
    if (this.rawNode === undefined || this.fatal !== undefined || this.stopping) {
      throw this.fatal ?? new StoppedError();
    }
    return this.rawNode;
  }

  private tick(): void {
    if (this.stopping || this.fatal !== undefined) return;
    const nowMs = this.clock.nowMs();
    if (!this.guarded(() => this.core().tick(nowMs))) return;
    this.pending.sweep(nowMs);
    this.notify();
  }

  private stepMessage(message: Message, fromIncarnation: number): void {
    if (!this.isRunning()) return;
    try {
      const core = this.core();
      const refusals = core.raft.incarnationRefusals;
      core.step(message, this.clock.nowMs(), fromIncarnation);
      if (core.raft.incarnationRefusals !== refusals) {
        this.refusals.report(core.raft.lastIncarnationRefusal);
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
        this.compactions.readyTaken();
        try {
          await this.handleReady(ready);
          // A message stepped meanwhile broke an invariant: the core is not to be trusted.
          if (this.fatal !== undefined) return;
          raw.advance();
        } finally {
          this.compactions.readyAdvanced();
        }
        this.afterAdvance(ready);
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
    const generationSaving = this.generation.pendingSave();
    if (generationSaving !== undefined) await generationSaving;
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
    // A Ready that writes nothing (only the commit moved: a leader's commit-only appends)
    // sends its messages after the answers of what it applies, which leave first.
    const writes = ready.entries.length > 0 || ready.mustSync || ready.snapshot !== undefined;
    if (writes) this.outbox.send(ready.messages);
    if (ready.snapshot !== undefined) {
      // Never alongside this node's own compaction: one snapshot record changes at a time.
      await this.compactions.idle();
      await storage.installSnapshot(
        ready.snapshot,
        this.snapshotIntake.take(ready.snapshot.metadata),
      );
      await this.restoreFromFile(storage.snapshotFile() as string);
      this.installSnapshotState(ready.snapshot.metadata);
    }
    // Committed entries before this Ready's new entries are durable here already (a leader
    // counts its own entries towards commit only once persisted; a follower's commit may reach
    // into the new ones): apply them while this Ready's write is in flight, so their proposers
    // are answered then instead of one fdatasync later (etcd applies alongside its next save).
    // The write starts first (persist submits it before its first await; the appends above
    // left at once), so neither waits for the apply.
    const firstNewIndex = ready.entries[0]?.index ?? Number.POSITIVE_INFINITY;
    let durableCount = 0;
    while (
      durableCount < ready.committedEntries.length &&
      (ready.committedEntries[durableCount] as Entry).index < firstNewIndex
    ) {
      durableCount++;
    }
    const lastNew = ready.entries[ready.entries.length - 1];
    if (lastNew !== undefined && this.role === "leader") {
      this.appendTimes.record(lastNew.index, this.clock.nowMs());
    }
    const persisting = storage.persist(ready.entries, ready.hardState, ready.mustSync);
    try {
      this.applyEntries(ready.committedEntries.slice(0, durableCount));
    } catch (error) {
      // The node fails with `error`; the write's own outcome no longer matters.
      persisting.catch(() => undefined);
      throw error;
    }
    await persisting;
    if (!writes) this.outbox.send(ready.messages);
    this.outbox.send(ready.messagesAfterPersist);
    this.applyEntries(ready.committedEntries.slice(durableCount));
    await this.snapshotIntake.dropUpTo(this.appliedIndex);
    for (const readState of ready.readStates) {
      this.pending.confirmRead(readState.context, readState.index);
    }
    this.pending.releaseReads(this.appliedIndex);
  }

  /** After advance(): answers applied membership changes, polls the waits, compacts if due. */
  private afterAdvance(ready: Ready): void {
    const raw = this.rawNode as RawNode;
    let membershipChanged = false;
    for (const entry of ready.committedEntries) {
      if (entry.type !== EntryType.CONF_CHANGE) continue;
      membershipChanged = true;
      this.pending.settleConfChange(entry, raw.confChangeResults.get(entry.index) !== false);
    }
    if (membershipChanged) {
      this.syncPeers();
      this.emit("membershipChange", { appliedIndex: this.appliedIndex });
    }
    if (ready.softState !== undefined) this.pending.pollWaits();
    this.compactions.compactIfDue();
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
      this.pending.failUnconfirmedReads(new NotLeaderError(lead, this.leaderAddress()));
      this.logger?.info({ leaderId: lead, term }, "leader changed");
      this.emit("leaderChange", { leaderId: lead, term });
    }
  }

  private applyEntries(entries: readonly Entry[]): void {
    const observe =
      this.listenerCount("proposalSettled") > 0
        ? (durationMs: number, applied: boolean) =>
            this.emit("proposalSettled", { durationMs, outcome: applied ? "applied" : "failed" })
        : undefined;
    for (const entry of entries) {
      if (entry.index <= this.appliedIndex) continue;
      assert(
        entry.index === this.appliedIndex + 1,
        `entries apply in order (${entry.index} after ${this.appliedIndex})`,
      );
      const outcome = entry.type === EntryType.NORMAL ? this.applier.apply(entry) : undefined;
      this.appliedIndex = entry.index;
      this.appliedTerm = entry.term;
      this.compactions.noteApplied(entry.data.length);
      // A membership change is answered in afterAdvance(), once the core has applied it.
      if (entry.type !== EntryType.CONF_CHANGE) this.pending.settleEntry(entry, outcome, observe);
    }
    if (entries.length > 0) {
      this.emit("applied", { index: this.appliedIndex });
    }
  }

  private installSnapshotState({ index, term }: SnapshotMetadata): void {
    this.appliedIndex = index;
    this.appliedTerm = term;
    this.syncPeers();
    this.logger?.info({ index, term }, "installed a snapshot from the leader");
    this.emit("snapshot", { index, term, kind: "installed" });
  }

  // ---- proposing -------------------------------------------------------------------------------

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
    this.pending.trackProposal(
      position.index,
      position.term,
      this.config.proposalTimeoutMs,
      "proposal",
      settle,
    );
  }

  private proposeConfChange(change: ConfChange): Promise<void> {
    let position: ProposalPosition;
    try {
      position = this.core().proposeConfChange(change);
    } catch (error) {
      return Promise.reject(this.translate(error));
    }
    this.notify();
    return new Promise((resolve, reject) =>
      this.pending.trackProposal(
        position.index,
        position.term,
        this.config.proposalTimeoutMs,
        "membership change",
        (error) => (error === undefined ? resolve() : reject(error)),
      ),
    );
  }

  /** Keeps the transport's peer set equal to the current members (with known addresses). */
  private syncPeers(): void {
    if (this.transport === undefined || this.rawNode === undefined) return;
    this.addressBook.syncPeers(this.transport, this.rawNode.status().confState);
  }

  // ---- failures --------------------------------------------------------------------------------

  /**
   * Maps the core's errors to the node API's typed errors (the core's error kept as `cause`).
   * An untyped one (AssertionError) is a broken invariant: it stops the node, and the caller
   * gets it as is.
   */
  private translate(error: unknown): Error {
    if (!(error instanceof RuvraftError)) {
      this.failNode(error as Error);
      return error as Error;
    }
    return nodeErrorOf(error, (nodeId) => this.addressBook.addressOf(nodeId));
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
    this.pending.failAll(error);
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

/** A ProposalCallback that settles a promise (the promise API over the callback one). */
function settlePromise(
  resolve: (response: Uint8Array) => void,
  reject: (error: Error) => void,
): ProposalCallback {
  return (error, response) =>
    error === undefined ? resolve(response ?? EMPTY_BYTES) : reject(error);
}
