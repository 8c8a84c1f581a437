/**
 * RaftNode: one member of a cluster, the public facade (its methods and their contracts are
 * on RaftNodeApi, node-api.ts). What runs behind it, the parts wired together and their
 * lifecycle, is NodeRuntime (node-runtime.ts; docs/architecture.md, "The node").
 */
import { EventEmitter } from "node:events";
import { ReadMode } from "../raft/index.js";
import type { TransportStats } from "../transport/index.js";
import type { Member } from "./address-book.js";
import { type RaftNodeConfig, type RaftNodeOptions, resolveNodeConfig } from "./config.js";
import { NotLeaderError, TimeoutError } from "./errors.js";
import type {
  NodeStatus,
  PromoteOptions,
  ProposalCallback,
  RaftNodeApi,
  RaftNodeEvents,
  RaftNodeExtras,
  ReadConsistency,
} from "./node-api.js";
import { NodeRuntime } from "./node-runtime.js";
import { settlePromise } from "./proposer.js";
import type { StateMachine, StateMachineCodec } from "./state-machine.js";

/** The public methods are documented on RaftNodeApi (node-api.ts). */
export class RaftNode<Command, Response, Query = Command>
  extends EventEmitter<RaftNodeEvents>
  implements RaftNodeApi<Command, Response, Query>
{
  readonly config: RaftNodeConfig;
  private readonly runtime: NodeRuntime<Command, Response, Query>;

  constructor(
    options: RaftNodeOptions,
    private readonly stateMachine: StateMachine<Command, Response, Query>,
    private readonly codec: StateMachineCodec<Command, Response, Query>,
    extras: RaftNodeExtras<Command, Response>,
  ) {
    super();
    this.config = resolveNodeConfig(options);
    this.runtime = new NodeRuntime(this.config, stateMachine, codec, extras, this);
  }

  // ---- lifecycle ---------------------------------------------------------------------------

  start(): Promise<void> {
    return this.runtime.start();
  }

  stop(): Promise<void> {
    return this.runtime.stop();
  }

  address(): string {
    return this.runtime.address();
  }

  isRunning(): boolean {
    return this.runtime.isRunning();
  }

  // ---- leadership ----------------------------------------------------------------------------

  isLeader(): boolean {
    return this.runtime.loop.role === "leader";
  }

  leaderId(): number | undefined {
    const leader = this.runtime.loop.leader;
    return leader === 0 ? undefined : leader;
  }

  leaderAddress(): string {
    return this.runtime.addressOfLeader(this.runtime.loop.leader);
  }

  waitForLeader(timeoutMs = 10_000): Promise<number> {
    return this.runtime.pending.waitFor(
      () => this.leaderId(),
      timeoutMs,
      () => new TimeoutError("waitForLeader", timeoutMs),
    );
  }

  // ---- commands and reads ------------------------------------------------------------------

  async propose(command: Command): Promise<Response> {
    const response = await this.proposeEncoded(0, 0, this.codec.encodeCommand(command));
    return this.codec.decodeResponse(response);
  }

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

  proposeEncodedWith(
    clientId: number,
    sequence: number,
    command: Uint8Array,
    firstUnansweredSequence: number,
    settle: ProposalCallback,
  ): void {
    this.runtime.proposer.proposeCommand(
      { clientId, sequence, command, firstUnansweredSequence },
      settle,
    );
  }

  async readIndex(query: Query, consistency: ReadConsistency = "linearizable"): Promise<Response> {
    if (consistency !== "stale") {
      await this.waitReadable(consistency === "lease" ? ReadMode.Lease : ReadMode.Safe);
    }
    return this.stateMachine.query(query);
  }

  async catchUp(): Promise<void> {
    await this.waitReadable(ReadMode.Safe);
  }

  async readEncoded(query: Uint8Array, consistency: ReadConsistency): Promise<Uint8Array> {
    const response = await this.readIndex(this.codec.decodeQuery(query), consistency);
    return this.codec.encodeResponse(response);
  }

  /**
   * Resolves once a ReadIndex round (`mode`) confirmed the read and it applied here: the read
   * joins this turn's batch (read-batches.ts), submitted by NodeRuntime.requestReadIndex.
   */
  private waitReadable(mode: ReadMode): Promise<void> {
    const timeoutMs = this.config.readTimeoutMs;
    return this.runtime.pending.trackRead(mode, timeoutMs, () =>
      this.runtime.loop.leader === 0
        ? new NotLeaderError(0, "")
        : new TimeoutError("read", timeoutMs),
    );
  }

  // ---- membership (membership.ts) ------------------------------------------------------------

  addNode(nodeId: number, address: string): Promise<void> {
    return this.runtime.membership.addNode(nodeId, address);
  }

  addLearner(nodeId: number, address: string): Promise<void> {
    return this.runtime.membership.addLearner(nodeId, address);
  }

  promote(nodeId: number, options: PromoteOptions = {}): Promise<void> {
    return this.runtime.membership.promote(nodeId, options);
  }

  removeNode(nodeId: number): Promise<void> {
    return this.runtime.membership.removeNode(nodeId);
  }

  transferLeadership(
    target: number,
    transferTimeoutMs = 5 * this.config.electionTimeoutMaxMs,
  ): Promise<void> {
    return this.runtime.membership.transferLeadership(target, transferTimeoutMs);
  }

  members(): Member[] {
    return this.runtime.members();
  }

  status(): NodeStatus {
    return this.runtime.status();
  }

  transportStats(): TransportStats | undefined {
    return this.runtime.transportStats();
  }

  // ---- snapshots -------------------------------------------------------------------------------

  snapshotNow(): Promise<{ index: number; term: number; file: string }> {
    return this.runtime.compactions.snapshotNow();
  }
}
