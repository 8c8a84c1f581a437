/**
 * The Ready loop: drives the Raft core (RawNode) one Ready at a time, exactly as
 * src/raft/README.md requires, and is the only writer of what the node knows from the core:
 * its role, the leader, the term, and the applied index and term.
 *
 * For each Ready:
 * 1. send `messages` right away, flushed to the sockets (a leader's appends leave while its
 *    own write is in flight); a Ready that writes nothing sends them after its applies;
 * 2. install a snapshot if any, then start ONE durable write of the entries + hard state
 *    (one fdatasync for everything pending: group commit across all proposals of the turn),
 *    and apply the committed entries already durable while it runs (on the I/O pool), or
 *    just before it (applyBeforeWrite: the write holds the loop);
 * 3. once it is done, send `messagesAfterPersist` (votes, acknowledgements);
 * 4. apply the rest of the committed entries in order, answer proposals and reads;
 * 5. advance(), then act on applied membership changes and compact if due.
 * Proposals, messages and ticks arriving meanwhile are stepped into the core at once and go
 * out with the next Ready (docs/architecture.md, "The node").
 */
import type { EventEmitter } from "node:events";
import type { Logger } from "pino";
import { type RawNode, type Ready, roleName, type StateRole } from "../raft/index.js";
import { type Entry, EntryType, type SnapshotMetadata } from "../types/index.js";
import { assert, assertionFailed } from "../util/assert.js";
import type { AppendTimes } from "./append-times.js";
import type { Applier } from "./applier.js";
import type { Clock } from "./clock.js";
import type { CompactionManager } from "./compaction-manager.js";
import type { DurableStorage } from "./durable-storage.js";
import { NotLeaderError } from "./errors.js";
import type { ClusterGeneration } from "./generation-file.js";
import type { NodeStatus, RaftNodeEvents } from "./node-api.js";
import type { Outbox } from "./outbox.js";
import type { PendingRequests } from "./pending-requests.js";
import type { SnapshotIntake } from "./snapshot-intake.js";

/** What the loop drives and reports to: the node's parts, owned by RaftNode. */
export interface ReadyLoopParts {
  readonly clock: Clock;
  readonly logger: Logger | undefined;
  /** Where the node's events go (the RaftNode itself). */
  readonly events: EventEmitter<RaftNodeEvents>;
  /**
   * Apply the committed entries that are durable already before starting a Ready's write,
   * not while it runs: the write usually holds the event loop (logWriteThread "event-loop";
   * writes above 256 KiB still go to the pool), so applying during it would answer their
   * proposers only after it.
   */
  readonly applyBeforeWrite: boolean;
  readonly generation: ClusterGeneration;
  readonly outbox: Outbox;
  readonly compactions: CompactionManager;
  readonly snapshotIntake: SnapshotIntake;
  readonly applier: Applier<unknown, unknown, unknown>;
  readonly pending: PendingRequests;
  readonly appendTimes: AppendTimes;
  /** The durable storage, once start() made it. */
  storage(): DurableStorage;
  /** Replaces the whole state with the snapshot in `file` (RaftNode.restoreFromFile). */
  restoreFromFile(file: string): Promise<void>;
  /** Keeps the transport's peers equal to the members. */
  syncPeers(): void;
  leaderAddress(leaderId: number): string;
  /** stop() was called or the node failed: the loop ends after the Ready in hand. */
  halted(): boolean;
  /** The node failed (failNode): the core is not to be trusted, not even to advance. */
  failed(): boolean;
  /** Stops the node for good (a failed write, a broken invariant). */
  failNode(error: Error): void;
}

export class ReadyLoop {
  /** The index and term of the last entry applied to the state machine. */
  appliedIndex = 0;
  appliedTerm = 0;
  role: NodeStatus["role"] = "follower";
  /** The leader's id as this node knows it; 0: none known. */
  leader = 0;
  term = 0;
  private wakeUp: (() => void) | undefined;
  private done: Promise<void> | undefined;

  constructor(private readonly parts: ReadyLoopParts) {}

  /** Runs the loop over `core` until halted(); stopped() resolves when it has ended. */
  start(core: RawNode): void {
    assert(this.done === undefined, "the Ready loop starts once");
    this.done = this.run(core);
  }

  /** Resolves once the loop has ended (at once if it never started). */
  async stopped(): Promise<void> {
    await this.done;
  }

  /** Something was stepped into the core (or the node halts): look for a Ready. */
  notify(): void {
    const wake = this.wakeUp;
    if (wake !== undefined) {
      this.wakeUp = undefined;
      wake();
    }
  }

  /** The state starts from a snapshot (at start, or one installed from the leader). */
  resetApplied({ index, term }: Pick<SnapshotMetadata, "index" | "term">): void {
    this.appliedIndex = index;
    this.appliedTerm = term;
    this.parts.compactions.snapshotRestored();
  }

  /** Applies committed entries in order, answering their proposers (also used at start-up). */
  applyEntries(entries: readonly Entry[]): void {
    const { events, applier, compactions, pending } = this.parts;
    const observe =
      events.listenerCount("proposalSettled") > 0
        ? (durationMs: number, applied: boolean) =>
            events.emit("proposalSettled", {
              durationMs,
              outcome: applied ? "applied" : "failed",
            })
        : undefined;
    for (const entry of entries) {
      if (entry.index <= this.appliedIndex) continue;
      if (entry.index !== this.appliedIndex + 1)
        assertionFailed(`entries apply in order (${entry.index} after ${this.appliedIndex})`);
      const outcome = entry.type === EntryType.NORMAL ? applier.apply(entry) : undefined;
      this.appliedIndex = entry.index;
      this.appliedTerm = entry.term;
      compactions.noteApplied(entry.data.length);
      // A membership change is answered in afterAdvance(), once the core has applied it.
      if (entry.type !== EntryType.CONF_CHANGE) pending.settleEntry(entry, outcome, observe);
    }
    if (entries.length > 0) {
      events.emit("applied", { index: this.appliedIndex });
    }
  }

  private async run(core: RawNode): Promise<void> {
    const { compactions, clock } = this.parts;
    // Bounded by stop(): every pass handles one Ready or waits for the next event.
    while (!this.parts.halted()) {
      if (!core.hasReady()) {
        await new Promise<void>((resolve) => {
          this.wakeUp = resolve;
        });
        continue;
      }
      try {
        const ready = core.ready();
        compactions.readyTaken();
        try {
          await this.handleReady(ready);
          // A message stepped meanwhile broke an invariant: the core is not to be trusted.
          if (this.parts.failed()) return;
          core.advance();
        } finally {
          compactions.readyAdvanced();
        }
        this.afterAdvance(core, ready);
        if (ready.committedEntries.length > 0) {
          // Applying yielded nothing: give timers, sockets and admin HTTP a turn (a restart
          // replays its whole committed log this way, Ready after Ready).
          await clock.yieldTurn();
        }
      } catch (error) {
        this.parts.failNode(error as Error);
        return;
      }
    }
  }

  private async handleReady(ready: Ready): Promise<void> {
    const { generation, outbox, compactions, snapshotIntake, pending } = this.parts;
    // Nothing of an adopted generation is written before the generation itself.
    const generationSaving = generation.pendingSave();
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
    const storage = this.parts.storage();
    // A Ready that writes nothing (only the commit moved: a leader's commit-only appends)
    // sends its messages after the answers of what it applies, which leave first.
    const writes = ready.entries.length > 0 || ready.mustSync || ready.snapshot !== undefined;
    if (writes) outbox.send(ready.messages);
    if (ready.snapshot !== undefined) {
      // Never alongside this node's own compaction: one snapshot record changes at a time.
      await compactions.idle();
      await storage.installSnapshot(ready.snapshot, snapshotIntake.take(ready.snapshot.metadata));
      await this.parts.restoreFromFile(storage.snapshotFile() as string);
      this.installedSnapshot(ready.snapshot.metadata);
    }
    // Committed entries before this Ready's new entries are durable here already (a leader
    // counts its own entries towards commit only once persisted; a follower's commit may reach
    // into the new ones): apply them alongside this Ready's write, so their proposers are
    // answered then instead of one fdatasync later (etcd applies alongside its next save).
    // On the I/O pool the write starts first (persist submits it before its first await; the
    // appends above left at once) and they are applied while it is in flight. When the write
    // holds the loop, as it usually does with logWriteThread "event-loop" (applyBeforeWrite,
    // src/storage/fs.ts), they are applied just before it (src/raft/README.md allows it: they are committed and
    // were made durable by earlier Readys), and so are the reads waiting for them; an answer
    // whose socket flush is a promise job queued during the apply (a client's Propose) leaves
    // before the write too, one that takes more promise hops (a vector request) after it.
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
      this.parts.appendTimes.record(lastNew.index, this.parts.clock.nowMs());
    }
    let persisting: Promise<void>;
    if (this.parts.applyBeforeWrite) {
      if (durableCount > 0) {
        this.applyEntries(ready.committedEntries.slice(0, durableCount));
        // Reads confirmed by earlier Readys may be answered now too.
        pending.releaseReads(this.appliedIndex);
        // Socket flushes queued during the apply (answers to Proposes) run first.
        await Promise.resolve();
      }
      persisting = storage.persist(ready.entries, ready.hardState, ready.mustSync);
    } else {
      persisting = storage.persist(ready.entries, ready.hardState, ready.mustSync);
      try {
        this.applyEntries(ready.committedEntries.slice(0, durableCount));
      } catch (error) {
        // The node fails with `error`; the write's own outcome no longer matters.
        persisting.catch(() => undefined);
        throw error;
      }
    }
    await persisting;
    if (!writes) outbox.send(ready.messages);
    outbox.send(ready.messagesAfterPersist);
    this.applyEntries(ready.committedEntries.slice(durableCount));
    // Almost always none waits: no promise, iterator or array per Ready then.
    if (!snapshotIntake.isEmpty()) await snapshotIntake.dropUpTo(this.appliedIndex);
    for (const readState of ready.readStates) {
      pending.confirmRead(readState.context, readState.index);
    }
    pending.releaseReads(this.appliedIndex);
  }

  /** After advance(): answers applied membership changes, polls the waits, compacts if due. */
  private afterAdvance(core: RawNode, ready: Ready): void {
    const { pending } = this.parts;
    let membershipChanged = false;
    for (const entry of ready.committedEntries) {
      if (entry.type !== EntryType.CONF_CHANGE) continue;
      membershipChanged = true;
      pending.settleConfChange(entry, core.confChangeResults.get(entry.index) !== false);
    }
    if (membershipChanged) {
      this.parts.syncPeers();
      this.parts.events.emit("membershipChange", { appliedIndex: this.appliedIndex });
    }
    if (ready.softState !== undefined) pending.pollWaits();
    this.parts.compactions.compactIfDue();
  }

  private updateRole(role: StateRole, lead: number, term: number): void {
    const { logger, events } = this.parts;
    const name = roleName(role) as NodeStatus["role"];
    if (name !== this.role) {
      this.role = name;
      // A new leadership: the previous one's append times say nothing about this log.
      if (name === "leader") this.parts.appendTimes.clear();
      logger?.info({ role: name, term }, "role changed");
      events.emit("roleChange", { role: name, term });
    }
    if (lead !== this.leader) {
      this.leader = lead;
      // Reads not yet confirmed were tied to the old leader: fail them fast (the client retries).
      this.parts.pending.failUnconfirmedReads(
        new NotLeaderError(lead, this.parts.leaderAddress(lead)),
      );
      logger?.info({ leaderId: lead, term }, "leader changed");
      events.emit("leaderChange", { leaderId: lead, term });
    }
  }

  private installedSnapshot(metadata: SnapshotMetadata): void {
    this.resetApplied(metadata);
    this.parts.syncPeers();
    this.parts.logger?.info(
      { index: metadata.index, term: metadata.term },
      "installed a snapshot from the leader",
    );
    this.parts.events.emit("snapshot", {
      index: metadata.index,
      term: metadata.term,
      kind: "installed",
    });
  }
}
