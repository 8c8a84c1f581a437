/**
 * A small synchronous cluster for protocol tests: RawNodes over MemoryStorage, a message
 * queue delivered in order, and filters to drop or isolate. Each Ready is handled exactly as
 * the contract in src/raft/rawnode.ts says (persist, send, apply, advance).
 *
 * Time: each node has its own monotonic clock (`nowMs`), moved TICK_MS by each of its ticks
 * and passed with every tick and message; a test moves one clock alone to model a pause.
 */
import {
  MemoryStorage,
  type Message,
  type RaftOptions,
  RawNode,
  type ReadState,
  type Ready,
  raftConfig,
  SeededRandom,
  StateRole,
} from "../../src/raft/index.js";
import { type ConfState, type Entry, EntryType } from "../../src/types/index.js";

export interface TestNode {
  id: number;
  node: RawNode;
  storage: MemoryStorage;
  applied: Entry[];
  readStates: ReadState[];
  /** This node's monotonic clock (ms). */
  nowMs: number;
}

/** Milliseconds per tick of the test clocks. */
export const TICK_MS = 10;

export class TestCluster {
  readonly nodes = new Map<number, TestNode>();
  queue: Message[] = [];
  /** Return false to drop a message. */
  filter: (m: Message) => boolean = () => true;
  readonly options: Partial<RaftOptions>;
  private readonly seed: number;

  constructor(options: {
    voters: number[];
    learners?: number[];
    raft?: Partial<RaftOptions>;
    seed?: number;
  }) {
    const minTicks = options.raft?.electionTimeoutMinTicks ?? 10;
    // Voters refuse votes for (min - 1) ticks after a heartbeat; the test clocks do not drift.
    this.options = { leaseDurationMs: (minTicks - 1) * TICK_MS, ...options.raft };
    this.seed = options.seed ?? 1;
    const confState: ConfState = {
      voters: options.voters,
      votersOutgoing: [],
      learners: options.learners ?? [],
      learnersNext: [],
      autoLeave: false,
      incarnations: [],
    };
    for (const id of [...options.voters, ...(options.learners ?? [])]) {
      this.add(id, new MemoryStorage({ bootstrap: confState }));
    }
  }

  /** Adds (or replaces: a wiped node restarting) node `id`; `raft` overrides the options. */
  add(id: number, storage: MemoryStorage, raft: Partial<RaftOptions> = {}): TestNode {
    const node = new RawNode(
      raftConfig(
        { id, storage, random: new SeededRandom(this.seed * 1000 + id) },
        { ...this.options, ...raft },
      ),
    );
    const entry: TestNode = { id, node, storage, applied: [], readStates: [], nowMs: 0 };
    this.nodes.set(id, entry);
    return entry;
  }

  get(id: number): TestNode {
    const n = this.nodes.get(id);
    if (n === undefined) throw new Error(`no node ${id}`);
    return n;
  }

  raft(id: number) {
    return this.get(id).node.raft;
  }

  /** Handles every node's Ready and delivers messages until nothing is left. */
  stabilize(maxRounds = 10_000): void {
    for (let round = 0; round < maxRounds; round++) {
      let progress = false;
      for (const n of this.nodes.values()) {
        while (n.node.hasReady()) {
          progress = true;
          this.handleReady(n);
        }
      }
      const batch = this.queue;
      this.queue = [];
      for (const m of batch) {
        progress = true;
        if (!this.filter(m)) continue;
        const target = this.nodes.get(m.to);
        // Stamped with the sender's incarnation, as the node layer's transports do.
        target?.node.step(m, target.nowMs, this.nodes.get(m.from)?.node.raft.incarnation ?? 0);
      }
      if (!progress) return;
    }
    throw new Error("cluster did not stabilize");
  }

  handleReady(n: TestNode): void {
    this.handleReadyRest(n, n.node.ready());
  }

  handleReadyRest(n: TestNode, rd: Ready): void {
    this.queue.push(...rd.messages);
    if (rd.snapshot !== undefined) {
      n.storage.applySnapshot(rd.snapshot);
      n.applied = [];
    }
    n.storage.append(rd.entries);
    if (rd.hardState !== undefined) n.storage.setHardState(rd.hardState);
    this.queue.push(...rd.messagesAfterPersist);
    n.applied.push(...rd.committedEntries);
    n.readStates.push(...rd.readStates);
    n.node.advance();
  }

  tick(id: number, times = 1): void {
    for (let i = 0; i < times; i++) tickNode(this.get(id));
  }

  tickAll(times = 1): void {
    for (let i = 0; i < times; i++) {
      for (const n of this.nodes.values()) tickNode(n);
      this.stabilize();
    }
  }

  /** Ticks only `id` until it starts a campaign, then lets the cluster settle. */
  elect(id: number): void {
    const n = this.get(id);
    for (let i = 0; i < 100 && n.node.raft.role !== StateRole.Leader; i++) {
      tickNode(n);
      this.stabilize();
    }
    if (n.node.raft.role !== StateRole.Leader) throw new Error(`node ${id} not elected`);
  }

  leader(): number | undefined {
    for (const n of this.nodes.values()) {
      if (n.node.raft.role === StateRole.Leader) return n.id;
    }
    return undefined;
  }

  /** Data of applied NORMAL entries of node `id`, decoded as strings. */
  appliedData(id: number): string[] {
    return this.get(id)
      .applied.filter((e) => e.type === EntryType.NORMAL)
      .map((e) => new TextDecoder().decode(e.data));
  }

  isolate(id: number): void {
    this.filter = (m) => m.from !== id && m.to !== id;
  }

  heal(): void {
    this.filter = () => true;
  }
}

/** One tick of `n`, TICK_MS later on its clock. */
function tickNode(n: TestNode): void {
  n.nowMs += TICK_MS;
  n.node.tick(n.nowMs);
}

export function bytes(text: string): Uint8Array {
  return new TextEncoder().encode(text);
}
