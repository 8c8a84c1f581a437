/**
 * NodeMetrics: the Prometheus metrics of one RaftNode, in a registry of its own (never
 * prom-client's global default registry: several nodes may share a process, as in tests).
 *
 * Two kinds of sources:
 * - Gauges read `node.status()` and `node.members()` at scrape time (prom-client `collect()`).
 *   All gauges of one scrape see the SAME status snapshot: the first gauge collected reads it,
 *   the rest reuse it until the end of the current microtask checkpoint.
 * - Counters and histograms count the node's events from the moment NodeMetrics is created.
 *   Create it (or the admin server) BEFORE `node.start()` to count the first election.
 *
 * | Metric                               | Type      | Labels                  | Meaning |
 * |--------------------------------------|-----------|-------------------------|---------|
 * | ruvraft_node_up                      | gauge     |                         | 1 when the node's status can be read (started, not failed); 0 otherwise, and then every other status gauge is absent or 0 |
 * | ruvraft_term                         | gauge     |                         | Current Raft term |
 * | ruvraft_role                         | gauge     | role=follower, pre-candidate, candidate, leader | 1 for the node's current role, 0 for the three others |
 * | ruvraft_is_leader                    | gauge     |                         | 1 when this node is the leader |
 * | ruvraft_leader_id                    | gauge     |                         | Id of the leader this node knows, 0 when none |
 * | ruvraft_commit_index                 | gauge     |                         | Highest log index known committed |
 * | ruvraft_applied_index                | gauge     |                         | Highest log index applied to the state machine (applied <= commit) |
 * | ruvraft_last_index                   | gauge     |                         | Index of the last entry in this node's log |
 * | ruvraft_snapshot_index               | gauge     |                         | Index covered by the newest snapshot (the log starts after it) |
 * | ruvraft_peer_match_index             | gauge     | peer=<node id>          | Leader only: highest index known replicated on that peer (this node excluded) |
 * | ruvraft_peer_lag_entries             | gauge     | peer=<node id>          | Leader only: leader's last index - the peer's match index |
 * | ruvraft_peer_lag_seconds             | gauge     | peer=<node id>          | Leader only: how long ago the leader appended the first entry the peer lacks (0 when it has them all; at least this when older than the leader's last 1,024 append batches) |
 * | ruvraft_proposals_pending            | gauge     |                         | Proposals of this node waiting for their entry to apply (the proposal queue) |
 * | ruvraft_log_disk_bytes               | gauge     |                         | Bytes of the log on disk: segment files (with preallocated zero tails) and the spare segment |
 * | ruvraft_members                      | gauge     | kind=voter, learner     | Members of the current configuration (during a joint change, voters of both halves) |
 * | ruvraft_transport_frames_sent_total  | counter   |                         | Frames this node's transport wrote to peer and client sockets (handshakes included; TCP transport only) |
 * | ruvraft_transport_frames_received_total | counter |                        | Frames it decoded from its sockets |
 * | ruvraft_transport_bytes_sent_total   | counter   |                         | Bytes it wrote to its sockets |
 * | ruvraft_transport_bytes_received_total | counter |                         | Bytes it read from its sockets |
 * | ruvraft_transport_socket_writes_total | counter  |                         | Socket writes (each carries a batch of frames: frames_sent / socket_writes is the batching) |
 * | ruvraft_transport_dropped_frames_total | counter |                         | Frames dropped because a peer's send queue was full or the peer was unknown |
 * | ruvraft_fsync_duration_seconds       | histogram |                         | Time of one durable log write: write + fdatasync of a group commit (buckets 50 us .. 1 s) |
 * | ruvraft_group_commit_entries         | histogram |                         | Entries per durable log write (buckets 1 .. 4096; 0 for a write of the hard state only, e.g. a vote) |
 * | ruvraft_group_commit_bytes           | histogram |                         | Bytes appended to the log per durable write (buckets 256 B .. 64 MiB) |
 * | ruvraft_proposals_total              | counter   |                         | Proposals the core accepted on this node as leader: commands and member-address records (membership changes are not counted) |
 * | ruvraft_pre_elections_total          | counter   |                         | Times this node became pre-candidate (a pre-vote round; it does not change the term). Rising alone: the node cannot reach a quorum |
 * | ruvraft_elections_total              | counter   |                         | Elections this node started: transitions into candidate, plus wins whose candidate phase fell inside one Ready (a single-node cluster) |
 * | ruvraft_leader_changes_total         | counter   |                         | Times this node learned of a new leader (a change of the known leader id to a non-zero id) |
 * | ruvraft_snapshots_total              | counter   | kind=taken, installed   | Snapshots taken here (log compaction) and installed from the leader |
 * | ruvraft_snapshot_sends_total         | counter   | result=ok, failed       | Snapshots this node (as leader) finished sending to a peer |
 * | ruvraft_proposal_duration_seconds    | histogram | outcome=applied, failed | From propose() to the answer from the applied entry, for proposals made on this node (buckets 100 us .. 10 s; timeouts are not observed) |
 * | ruvraft_snapshot_send_duration_seconds | histogram | result=ok, failed     | From handing a snapshot to the transport to the peer's acknowledgement or the failure (buckets 10 ms .. 10 min) |
 * | ruvraft_snapshot_receive_duration_seconds | histogram | result=accepted, refused | From a snapshot stream's first chunk to its file stored, for streams from the leader (buckets 10 ms .. 10 min) |
 *
 * With `processMetrics` (default true) a scrape also includes prom-client's default process
 * metrics (`process_*`, `nodejs_*`: CPU, memory, event loop lag, GC). They live in ONE registry
 * per process, shared by every NodeMetrics: `collectDefaultMetrics` starts a GC observer and an
 * event-loop monitor per call that are never released, so calling it per node would leak.
 */
import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from "prom-client";
import type { GroupCommitInfo } from "../storage/index.js";
import type { TransportStats } from "../transport/index.js";
import type { NodeStatus, RaftNodeEvents } from "./node-api.js";
import { PerOperationCounter, PerOperationHistogram } from "./per-operation-metrics.js";

/** What NodeMetrics and the admin server need of a RaftNode (tests may pass a stand-in). */
export interface ObservedNode {
  status(): NodeStatus;
  members(): { nodeId: number; address: string; voter: boolean; learner: boolean }[];
  /** The transport's counters, when it keeps any (a stand-in may leave this out). */
  transportStats?(): TransportStats | undefined;
  on<E extends keyof RaftNodeEvents>(
    event: E,
    listener: (...args: RaftNodeEvents[E]) => void,
  ): unknown;
  off<E extends keyof RaftNodeEvents>(
    event: E,
    listener: (...args: RaftNodeEvents[E]) => void,
  ): unknown;
}

export interface NodeMetricsOptions {
  /** Include the process-wide default metrics in `text()` (default true). */
  processMetrics?: boolean;
}

const ROLES: readonly NodeStatus["role"][] = ["follower", "pre-candidate", "candidate", "leader"];

/** 50 us .. 1 s: a fast NVMe fdatasync is ~50 us, anything near 1 s is an incident. */
export const FSYNC_DURATION_BUCKETS_SECONDS = [
  0.00005, 0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1,
];
/** 1 .. 4096 in powers of two (appendEntryCountMax defaults to 1024). */
export const GROUP_COMMIT_ENTRIES_BUCKETS = Array.from({ length: 13 }, (_, i) => 2 ** i);
/** 256 B .. 64 MiB in powers of four (64 MiB = the default segment size). */
export const GROUP_COMMIT_BYTES_BUCKETS = Array.from({ length: 10 }, (_, i) => 256 * 4 ** i);
/** 100 us .. 10 s: a commit is about one fdatasync on a quorum; past 10 s proposals time out. */
export const PROPOSAL_DURATION_BUCKETS_SECONDS = [
  0.0001, 0.00025, 0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10,
];
/** 10 ms .. 10 min: a snapshot is a file copy over the network. */
export const SNAPSHOT_DURATION_BUCKETS_SECONDS = [
  0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 120, 300, 600,
];

let processRegistry: Registry | undefined;

/** The one registry of default process metrics, created on first use. */
function sharedProcessRegistry(): Registry {
  if (processRegistry === undefined) {
    processRegistry = new Registry();
    collectDefaultMetrics({ register: processRegistry });
  }
  return processRegistry;
}

/** The events NodeMetrics counts. */
type CountedEvent =
  | "roleChange"
  | "leaderChange"
  | "groupCommit"
  | "proposal"
  | "proposalSettled"
  | "snapshot"
  | "snapshotSent"
  | "snapshotReceived";
type Listeners = { [E in CountedEvent]: (...args: RaftNodeEvents[E]) => void };

export class NodeMetrics {
  /** This node's metrics only (no process metrics); `text()` adds those. */
  readonly registry = new Registry();
  private readonly processMetrics: boolean;
  private readonly listeners: Listeners;
  private status: NodeStatus | undefined;
  private statusRead = false;
  private lastRole: NodeStatus["role"] = "follower";
  private lastLeaderId = 0;
  private closed = false;

  private readonly fsyncDuration = histogram(
    this.registry,
    "ruvraft_fsync_duration_seconds",
    "Time of one durable log write (write + fdatasync of a group commit)",
    FSYNC_DURATION_BUCKETS_SECONDS,
  );
  private readonly groupCommitEntries = histogram(
    this.registry,
    "ruvraft_group_commit_entries",
    "Entries per durable log write (0 for a write of the hard state only)",
    GROUP_COMMIT_ENTRIES_BUCKETS,
  );
  private readonly groupCommitBytes = histogram(
    this.registry,
    "ruvraft_group_commit_bytes",
    "Bytes appended to the log per durable write",
    GROUP_COMMIT_BYTES_BUCKETS,
  );
  private readonly proposals = new PerOperationCounter(
    this.registry,
    "ruvraft_proposals_total",
    "Proposals accepted as leader",
  );
  private readonly preElections = counter(
    this.registry,
    "ruvraft_pre_elections_total",
    "Times this node became pre-candidate (pre-vote rounds)",
  );
  private readonly elections = counter(
    this.registry,
    "ruvraft_elections_total",
    "Elections this node started (transitions into candidate)",
  );
  private readonly leaderChanges = counter(
    this.registry,
    "ruvraft_leader_changes_total",
    "Times this node learned of a new leader",
  );
  private readonly snapshots = counter(
    this.registry,
    "ruvraft_snapshots_total",
    "Snapshots taken here and installed from the leader",
    "kind",
  );
  private readonly snapshotSends = counter(
    this.registry,
    "ruvraft_snapshot_sends_total",
    "Snapshots sent to peers, by result",
    "result",
  );
  private readonly proposalDuration = new PerOperationHistogram(
    this.registry,
    "ruvraft_proposal_duration_seconds",
    "From propose() to the answer from the applied entry",
    PROPOSAL_DURATION_BUCKETS_SECONDS,
    "outcome",
    ["applied", "failed"],
  );
  private readonly snapshotSendDuration = histogram(
    this.registry,
    "ruvraft_snapshot_send_duration_seconds",
    "From handing a snapshot to the transport to its acknowledgement or failure",
    SNAPSHOT_DURATION_BUCKETS_SECONDS,
    "result",
  );
  private readonly snapshotReceiveDuration = histogram(
    this.registry,
    "ruvraft_snapshot_receive_duration_seconds",
    "From a snapshot stream's first chunk to its file stored",
    SNAPSHOT_DURATION_BUCKETS_SECONDS,
    "result",
  );

  constructor(
    private readonly node: ObservedNode,
    options: NodeMetricsOptions = {},
  ) {
    this.processMetrics = options.processMetrics ?? true;
    this.registerStatusGauges();
    // Show every label value from the first scrape, so rate() works from the start.
    for (const kind of ["taken", "installed"]) this.snapshots.inc({ kind }, 0);
    for (const result of ["ok", "failed"]) this.snapshotSends.inc({ result }, 0);
    this.listeners = this.makeListeners();
    this.attach();
  }

  /** The Content-Type of `text()` (Prometheus text format 0.0.4). */
  get contentType(): string {
    return this.registry.contentType;
  }

  /** The exposition text: this node's metrics, then the process metrics if enabled. */
  async text(): Promise<string> {
    if (!this.processMetrics) {
      return this.registry.metrics();
    }
    // merge() builds a throw-away registry over the same metric objects: cheap, no copies.
    return Registry.merge([this.registry, sharedProcessRegistry()]).metrics();
  }

  /** Detaches from the node's events; the registry keeps its last values. Idempotent. */
  close(): void {
    if (this.closed) return;
    this.closed = true;
    const node = this.node;
    const listeners = this.listeners;
    node.off("roleChange", listeners.roleChange);
    node.off("leaderChange", listeners.leaderChange);
    node.off("groupCommit", listeners.groupCommit);
    node.off("proposal", listeners.proposal);
    node.off("snapshot", listeners.snapshot);
    node.off("snapshotSent", listeners.snapshotSent);
    node.off("proposalSettled", listeners.proposalSettled);
    node.off("snapshotReceived", listeners.snapshotReceived);
  }

  // ---- events --------------------------------------------------------------------------------

  private makeListeners(): Listeners {
    return {
      roleChange: ({ role }) => this.onRoleChange(role),
      leaderChange: ({ leaderId }) => {
        if (leaderId !== 0 && leaderId !== this.lastLeaderId) this.leaderChanges.inc();
        this.lastLeaderId = leaderId;
      },
      groupCommit: (commit: GroupCommitInfo) => {
        this.fsyncDuration.observe(commit.writeAndSyncMicros / 1_000_000);
        this.groupCommitEntries.observe(commit.entries);
        this.groupCommitBytes.observe(commit.bytes);
      },
      proposal: () => this.proposals.inc(),
      snapshot: ({ kind }) => this.snapshots.inc({ kind }),
      snapshotSent: ({ ok, durationMs }) => {
        const result = ok ? "ok" : "failed";
        this.snapshotSends.inc({ result });
        this.snapshotSendDuration.observe({ result }, durationMs / 1000);
      },
      proposalSettled: ({ durationMs, outcome }) =>
        this.proposalDuration.observe(outcome, durationMs / 1000),
      snapshotReceived: ({ ok, streamMs }) => {
        if (streamMs === undefined) return;
        this.snapshotReceiveDuration.observe(
          { result: ok ? "accepted" : "refused" },
          streamMs / 1000,
        );
      },
    };
  }

  private attach(): void {
    const node = this.node;
    const listeners = this.listeners;
    node.on("roleChange", listeners.roleChange);
    node.on("leaderChange", listeners.leaderChange);
    node.on("groupCommit", listeners.groupCommit);
    node.on("proposal", listeners.proposal);
    node.on("snapshot", listeners.snapshot);
    node.on("snapshotSent", listeners.snapshotSent);
    node.on("proposalSettled", listeners.proposalSettled);
    node.on("snapshotReceived", listeners.snapshotReceived);
  }

  private onRoleChange(role: NodeStatus["role"]): void {
    if (role === "pre-candidate") {
      this.preElections.inc();
    } else if (role === "candidate") {
      this.elections.inc();
    } else if (role === "leader" && this.lastRole !== "candidate") {
      // The node ran and won an election within one Ready (one voter): still an election.
      this.elections.inc();
    }
    this.lastRole = role;
  }

  // ---- status gauges ---------------------------------------------------------------------------

  /**
   * One status snapshot per scrape: prom-client calls every gauge's collect() synchronously at
   * the start of `metrics()`, so the snapshot is dropped at the next microtask checkpoint.
   */
  private scrapeStatus(): NodeStatus | undefined {
    if (!this.statusRead) {
      this.statusRead = true;
      try {
        this.status = this.node.status();
      } catch {
        // Not started, or failed: ruvraft_node_up = 0 says so; the scrape itself succeeds.
        this.status = undefined;
      }
      queueMicrotask(() => {
        this.statusRead = false;
        this.status = undefined;
      });
    }
    return this.status;
  }

  private registerStatusGauges(): void {
    const registers = [this.registry];
    const value = (name: string, help: string, read: (status: NodeStatus) => number) => {
      const gauge: Gauge = new Gauge({
        name,
        help,
        registers,
        collect: () => {
          const status = this.scrapeStatus();
          gauge.set(status === undefined ? 0 : read(status));
        },
      });
    };
    value("ruvraft_node_up", "1 when the node is started and not failed", () => 1);
    value("ruvraft_term", "Current Raft term", (status) => status.term);
    value("ruvraft_is_leader", "1 when this node is the leader", (status) =>
      status.role === "leader" ? 1 : 0,
    );
    value("ruvraft_leader_id", "Known leader id, 0 when none", (status) => status.leaderId);
    value("ruvraft_commit_index", "Highest index known committed", (status) => status.commitIndex);
    value("ruvraft_applied_index", "Highest index applied", (status) => status.appliedIndex);
    value("ruvraft_last_index", "Index of the last log entry", (status) => status.lastIndex);
    value("ruvraft_snapshot_index", "Index of the newest snapshot", (status) => {
      return status.snapshotIndex;
    });
    value(
      "ruvraft_proposals_pending",
      "Proposals waiting for their entry to apply",
      (status) => status.proposalsPending,
    );
    value("ruvraft_log_disk_bytes", "Bytes of the log on disk", (status) => status.logDiskBytes);
    this.registerLabelledGauges(registers);
    this.registerTransportCounters(registers);
  }

  /**
   * The transport's counters (TransportStats), read at scrape time: each series follows the
   * transport's own count (it never goes down). Absent counts (no transport yet, or one
   * without counters) leave the series where they are.
   */
  private registerTransportCounters(registers: Registry[]): void {
    const follow = (name: string, help: string, read: (stats: TransportStats) => number) => {
      let counted = 0;
      const metric: Counter = new Counter({
        name,
        help,
        registers,
        collect: () => {
          const stats = this.node.transportStats?.();
          if (stats === undefined) return;
          const value = read(stats);
          if (value > counted) metric.inc(value - counted);
          counted = Math.max(counted, value);
        },
      });
    };
    follow("ruvraft_transport_frames_sent_total", "Frames written", (stats) => stats.framesSent);
    follow("ruvraft_transport_frames_received_total", "Frames decoded", (stats) => {
      return stats.framesReceived;
    });
    follow("ruvraft_transport_bytes_sent_total", "Bytes written", (stats) => stats.bytesSent);
    follow("ruvraft_transport_bytes_received_total", "Bytes read", (stats) => {
      return stats.bytesReceived;
    });
    follow("ruvraft_transport_socket_writes_total", "Socket writes", (stats) => {
      return stats.socketWrites;
    });
    follow("ruvraft_transport_dropped_frames_total", "Frames dropped", (stats) => {
      return stats.droppedFrames;
    });
  }

  private registerLabelledGauges(registers: Registry[]): void {
    const role: Gauge<"role"> = new Gauge({
      name: "ruvraft_role",
      help: "1 for the node's current role, 0 for the others",
      labelNames: ["role"],
      registers,
      collect: () => {
        role.reset();
        const status = this.scrapeStatus();
        if (status === undefined) return;
        for (const name of ROLES) role.set({ role: name }, name === status.role ? 1 : 0);
      },
    });
    const matchIndex: Gauge<"peer"> = new Gauge({
      name: "ruvraft_peer_match_index",
      help: "Leader only: highest index known replicated on the peer",
      labelNames: ["peer"],
      registers,
      collect: () => this.collectPeers(matchIndex, (_status, peer) => peer.matchIndex),
    });
    const lag: Gauge<"peer"> = new Gauge({
      name: "ruvraft_peer_lag_entries",
      help: "Leader only: last index - the peer's match index",
      labelNames: ["peer"],
      registers,
      collect: () =>
        this.collectPeers(lag, (status, peer) => Math.max(0, status.lastIndex - peer.matchIndex)),
    });
    const lagSeconds: Gauge<"peer"> = new Gauge({
      name: "ruvraft_peer_lag_seconds",
      help: "Leader only: age of the first entry the peer lacks",
      labelNames: ["peer"],
      registers,
      collect: () => this.collectPeers(lagSeconds, (_status, peer) => peer.lagMs / 1000),
    });
    const members: Gauge<"kind"> = new Gauge({
      name: "ruvraft_members",
      help: "Members of the current configuration, by kind",
      labelNames: ["kind"],
      registers,
      collect: () => {
        members.reset();
        if (this.scrapeStatus() === undefined) return;
        const list = this.node.members();
        members.set({ kind: "voter" }, list.filter((member) => member.voter).length);
        members.set({ kind: "learner" }, list.filter((member) => member.learner).length);
      },
    });
  }

  /** Replaces a per-peer gauge's series: peers that left (or a lost leadership) disappear. */
  private collectPeers(
    gauge: Gauge<"peer">,
    read: (status: NodeStatus, peer: NodeStatus["peers"][number]) => number,
  ): void {
    gauge.reset();
    const status = this.scrapeStatus();
    if (status === undefined || status.role !== "leader") return;
    for (const peer of status.peers) {
      if (peer.nodeId === status.nodeId) continue;
      gauge.set({ peer: String(peer.nodeId) }, read(status, peer));
    }
  }
}

/** A counter in `registry`, with one label when `labelName` is given. */
function counter<Label extends string = never>(
  registry: Registry,
  name: string,
  help: string,
  labelName?: Label,
): Counter<Label> {
  const labelNames = labelName === undefined ? [] : [labelName];
  return new Counter<Label>({ name, help, labelNames, registers: [registry] });
}

/** A histogram in `registry` with `buckets`, with one label when `labelName` is given. */
function histogram<Label extends string = never>(
  registry: Registry,
  name: string,
  help: string,
  buckets: number[],
  labelName?: Label,
): Histogram<Label> {
  const labelNames = labelName === undefined ? [] : [labelName];
  return new Histogram<Label>({ name, help, labelNames, buckets, registers: [registry] });
}
