/**
 * The running node behind RaftNode's facade: its parts wired together, its lifecycle (open
 * the data directory, start the transport, the ticker and the Ready loop; stop them), the
 * ticker, and failure (failNode: fail-stop on a failed write or a broken invariant).
 *
 * The parts each have their own module (docs/architecture.md, "The node"): ready-loop.ts,
 * pending-requests.ts (everything callers wait on, one deadline sweep), proposer.ts,
 * applier.ts, compaction-manager.ts, startup.ts, membership.ts, address-book.ts, outbox.ts,
 * inbound.ts, snapshot-intake.ts. RaftNode (raft-node.ts) reaches them through the readonly
 * fields below.
 */
import type { EventEmitter } from "node:events";
import path from "node:path";
import type { Logger } from "pino";
import { node as nodeProto } from "../proto/node-index.js";
import type { RawNode, ReadMode } from "../raft/index.js";
import type { SnapshotStore } from "../snapshot/snapshot-store.js";
import type { SnapshotWriteResult } from "../snapshot/writer.js";
import { type FileSystem, NodeFileSystem, SegmentLog } from "../storage/index.js";
import type { TransportStats } from "../transport/index.js";
import type { SnapshotMetadata } from "../types/index.js";
import { assert } from "../util/assert.js";
import { isOperatingError, RuvraftError } from "../util/errors.js";
import { AddressBook, type Member } from "./address-book.js";
import { AppendTimes } from "./append-times.js";
import { Applier } from "./applier.js";
import { type Clock, systemClock } from "./clock.js";
import { CompactionManager } from "./compaction-manager.js";
import { nodeTiming, type RaftNodeConfig } from "./config.js";
import type { DurableStorage } from "./durable-storage.js";
import { AbandonedConfigurationError, nodeErrorOf, StoppedError } from "./errors.js";
import type { FoundersRecord } from "./founding.js";
import { ClusterGeneration } from "./generation-file.js";
import { Inbound } from "./inbound.js";
import { MembershipChanges } from "./membership.js";
import type { NodeStatus, RaftNodeEvents, RaftNodeExtras } from "./node-api.js";
import { peerStatuses } from "./node-status.js";
import { Outbox } from "./outbox.js";
import { PendingRequests } from "./pending-requests.js";
import { Proposer, refusalCheck, settlePromise } from "./proposer.js";
import { type Random, systemRandom } from "./random.js";
import { ReadyLoop } from "./ready-loop.js";
import { SnapshotIntake, snapshotReading } from "./snapshot-intake.js";
import { recoverNode } from "./startup.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";
import type { NodeTransport, TransportFactory } from "./transport-port.js";

export class NodeRuntime<Command, Response, Query> {
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
  /** Proposals of commands, data and membership changes to the core. */
  readonly proposer: Proposer;
  private readonly addressBook: AddressBook;
  /** Proposals, reads and waits of callers, with their deadlines. */
  readonly pending: PendingRequests;
  /** Snapshots and log compaction. */
  readonly compactions: CompactionManager;
  /** Membership changes and leadership transfers. */
  readonly membership: MembershipChanges;
  private readonly snapshotIntake: SnapshotIntake;
  private readonly inbound: Inbound;
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
  /** The Ready loop; it also holds the role, the leader, the term and the applied index. */
  readonly loop: ReadyLoop;
  private running = false;
  private stopping = false;
  /** Stops the ticker (started by start()). */
  private stopTicker: (() => void) | undefined;
  private fatal: Error | undefined;
  /** The shutdown in progress or done, once stop() was called. */
  private stopped: Promise<void> | undefined;

  constructor(
    readonly config: RaftNodeConfig,
    stateMachine: StateMachine<Command, Response, Query>,
    codec: StateMachineCodec<Command, Response, Query>,
    extras: RaftNodeExtras<Command, Response>,
    /** Where the node's events go: the RaftNode. */
    private readonly events: EventEmitter<RaftNodeEvents>,
  ) {
    this.logger = extras.logger;
    this.transportFactory = extras.transport;
    this.fileSystem =
      extras.fileSystem ?? new NodeFileSystem({ durableWriteThread: config.logWriteThread });
    this.lockDataDirectory = extras.lockDataDirectory ?? true;
    this.random = extras.random ?? systemRandom;
    this.clock = extras.clock ?? systemClock;
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
    this.pending = new PendingRequests(
      this.clock,
      this.config.nodeId,
      this.random,
      (context, mode) => this.requestReadIndex(context, mode),
    );
    this.compactions = this.compactionManager();
    this.membership = this.membershipChanges();
    this.outbox = new Outbox({
      clock: this.clock,
      logger: this.logger,
      transport: () => this.transport as NodeTransport,
      storage: () => this.storage as DurableStorage,
      matchOf: (peerId) => this.rawNode?.status().progress?.get(peerId)?.match ?? 0,
      snapshotFailed: (peerId) => this.inbound.onSnapshotStatus(peerId, false),
    });
    this.snapshotIntake = new SnapshotIntake({
      fileSystem: this.fileSystem,
      clock: this.clock,
      logger: this.logger,
      incarnation: () => this.diskIncarnation,
      reportIncarnationRefusal: (refusal) => this.inbound.reportRefusal(refusal),
      isRunning: () => this.isRunning(),
      failNode: (error) => this.failNode(error),
      step: (message, fromIncarnation) => this.inbound.onRaftMessage(message, fromIncarnation),
    });
    this.inbound = this.peerInbound();
    this.proposer = new Proposer({
      pending: this.pending,
      proposalTimeoutMs: this.config.proposalTimeoutMs,
      core: () => this.core(),
      translate: (error) => this.translate(error),
      notify: () => this.loop.notify(),
      proposed: (index) => this.events.emit("proposal", { index }),
      refusalOf: refusalCheck(extras.admit, codec),
    });
    this.loop = this.readyLoop();
  }

  // ---- lifecycle ---------------------------------------------------------------------------

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
      onGroupCommit: (commit) => this.events.emit("groupCommit", commit),
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
      this.pending.close(error as Error);
      throw error;
    }
    this.running = true;
    this.syncPeers();
    this.stopTicker = this.clock.repeat(nodeTiming(this.config).tickMs, () => this.tick());
    this.loop.start(this.rawNode as RawNode);
    this.logger?.info(
      {
        nodeId: this.config.nodeId,
        incarnation: this.diskIncarnation,
        generation: this.generation.current,
        address: this.address(),
        applied: this.loop.appliedIndex,
      },
      "node started",
    );
  }

  /** Reads the data directory and makes the core (startup.ts). */
  private async recoverState(log: SegmentLog): Promise<void> {
    const context = {
      config: this.config,
      fileSystem: this.fileSystem,
      logger: this.logger,
      writeSnapshot: (store: SnapshotStore, metadata: SnapshotMetadata) =>
        this.writeSnapshot(store, metadata),
    };
    const recovered = await recoverNode(context, log, {
      clock: this.clock,
      random: this.random,
      generation: this.generation,
      addressBook: this.addressBook,
      loop: this.loop,
      incarnationKnown: (incarnation) => {
        this.diskIncarnation = incarnation;
      },
      startTransport: async () => {
        await this.startTransport();
        return this.transport as NodeTransport;
      },
      setFoundersRecord: (record) => {
        this.foundersRecord = record;
      },
      stopping: () => this.stopping,
      restoreFromFile: (file) => this.restoreFromFile(file),
    });
    this.storage = recovered.storage;
    this.rawNode = recovered.core;
  }

  stop(): Promise<void> {
    if (!this.running) {
      if (this.starting === undefined) {
        // Never started (or start failed, or stopped before): waits registered meanwhile fail.
        this.pending.close(new StoppedError());
        return Promise.resolve();
      }
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
    this.loop.notify();
    await this.loop.stopped();
    await this.compactions.idle();
    await this.transport?.stop();
    await this.snapshotIntake.dropUpTo(Number.POSITIVE_INFINITY);
    this.pending.close(new StoppedError());
    if (this.fatal === undefined) {
      await this.storage?.flushDeferred();
    }
    await this.storage?.log.close();
    this.running = false;
    this.logger?.info({ nodeId: this.config.nodeId }, "node stopped");
  }

  address(): string {
    const bound = this.transport?.address();
    return bound === undefined ? "" : `${bound.host}:${bound.port}`;
  }

  /** The transport's counters (undefined before start, or for a transport without any). */
  transportStats(): TransportStats | undefined {
    return this.transport?.stats?.();
  }

  isRunning(): boolean {
    return this.running && !this.stopping && this.fatal === undefined;
  }

  /** The address of `leaderId` ("" when there is no leader or it is unknown). */
  addressOfLeader(leaderId: number): string {
    return leaderId === 0 ? "" : this.addressBook.addressOf(leaderId);
  }

  /** A read batch's ReadIndex to the core; throws (translated) when the core refuses it. */
  private requestReadIndex(context: Uint8Array, mode: ReadMode): void {
    try {
      // The leader checks its lease against the time now, not at its last tick.
      this.core().readIndex(context, mode, this.clock.nowMs());
    } catch (error) {
      throw this.translate(error);
    }
    this.loop.notify();
  }

  members(): Member[] {
    return this.addressBook.members(this.core().status().confState);
  }

  private membershipChanges(): MembershipChanges {
    return new MembershipChanges({
      config: this.config,
      pending: this.pending,
      core: () => this.core(),
      role: () => this.loop.role,
      leader: () => this.loop.leader,
      leaderAddress: () => this.addressOfLeader(this.loop.leader),
      isMember: (nodeId) => this.members().some((member) => member.nodeId === nodeId),
      peerIncarnation: (nodeId) => this.transport?.peerIncarnation(nodeId),
      proposeConfChange: (change) => this.proposer.proposeConfChange(change),
      recordAddress: async (nodeId, address) => {
        const data = nodeProto.NodeEntry.encode({ memberAddress: { nodeId, address } }).finish();
        await new Promise((resolve, reject) =>
          this.proposer.proposeData(data, settlePromise(resolve, reject)),
        );
      },
      translate: (error) => this.translate(error),
      notify: () => this.loop.notify(),
    });
  }

  status(): NodeStatus {
    const status = this.core().status();
    const disk = this.storage?.log.diskUsage();
    return {
      nodeId: this.config.nodeId,
      incarnation: this.diskIncarnation,
      generation: this.generation.current,
      address: this.address(),
      role: this.loop.role,
      term: status.term,
      leaderId: status.lead,
      commitIndex: status.commit,
      appliedIndex: this.loop.appliedIndex,
      lastIndex: status.lastIndex,
      snapshotIndex: this.storage?.snapshotMetadata().index ?? 0,
      confState: status.confState,
      peers: peerStatuses(
        status,
        (nodeId) => this.addressBook.addressOf(nodeId),
        this.appendTimes,
        this.clock.nowMs(),
      ),
      proposalsPending: this.pending.proposalCount(),
      logDiskBytes: disk === undefined ? 0 : disk.fileBytes + disk.spareFileBytes,
    };
  }

  private compactionManager(): CompactionManager {
    return new CompactionManager({
      config: this.config,
      logger: this.logger,
      storage: () => this.storage as DurableStorage,
      appliedIndex: () => this.loop.appliedIndex,
      appliedState: () => ({
        index: this.loop.appliedIndex,
        term: this.loop.appliedTerm,
        confState: (this.rawNode as RawNode).status().confState,
      }),
      writeSnapshot: (store, metadata) => this.writeSnapshot(store, metadata),
      taken: ({ index, term }) => this.events.emit("snapshot", { index, term, kind: "taken" }),
      checkRunning: () => {
        this.core();
      },
      failNode: (error) => this.failNode(error),
    });
  }

  /** Writes a snapshot of the state as of now (the applied index) to a file of `store`. */
  private writeSnapshot(
    store: SnapshotStore,
    metadata: SnapshotMetadata,
  ): Promise<SnapshotWriteResult> {
    return this.applier.writeSnapshot(store, metadata, this.addressBook.entries());
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

  /** What arrives from the peers (inbound.ts): the transport's handlers. */
  private peerInbound(): Inbound {
    return new Inbound({
      nodeId: this.config.nodeId,
      peerIds: this.config.peers.map((peer) => peer.id),
      clock: this.clock,
      logger: this.logger,
      events: this.events,
      generation: this.generation,
      outbox: this.outbox,
      snapshotIntake: () => this.snapshotIntake,
      foundersRecord: () => this.foundersRecord,
      isRunning: () => this.isRunning(),
      core: () => this.core(),
      guarded: (call) => this.guarded(call),
      notify: () => this.loop.notify(),
      failNode: (error) => this.failNode(error),
    });
  }

  /** The Ready loop (ready-loop.ts) over this node's parts. */
  private readyLoop(): ReadyLoop {
    return new ReadyLoop({
      clock: this.clock,
      logger: this.logger,
      events: this.events,
      applyBeforeWrite: this.config.logWriteThread === "event-loop",
      generation: this.generation,
      outbox: this.outbox,
      compactions: this.compactions,
      snapshotIntake: this.snapshotIntake,
      applier: this.applier,
      pending: this.pending,
      appendTimes: this.appendTimes,
      storage: () => this.storage as DurableStorage,
      restoreFromFile: (file) => this.restoreFromFile(file),
      syncPeers: () => this.syncPeers(),
      leaderAddress: (leaderId) => this.addressOfLeader(leaderId),
      halted: () => this.stopping,
      failed: () => this.fatal !== undefined,
      failNode: (error) => this.failNode(error),
    });
  }

  // ---- transport -------------------------------------------------------------------------------

  /** Creates and starts the transport, with this node's configured peers. */
  private async startTransport(): Promise<void> {
    const transport = this.transportFactory(this.inbound, {
      incarnation: this.diskIncarnation,
      generation: this.generation.current,
    });
    this.transport = transport;
    await transport.start();
  }

  // ---- the core ---------------------------------------------------------------------------------

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
    this.loop.notify();
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
    this.pending.close(error);
    this.stopping = true;
    this.loop.notify();
    this.events.emit("failed", error);
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
