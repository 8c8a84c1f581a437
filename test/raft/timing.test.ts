import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  MemoryStorage,
  MessageType,
  type RaftOptions,
  RawNode,
  ReadMode,
  raftConfig,
  SeededRandom,
  StateRole,
} from "../../src/raft/index.js";
import { InvalidArgumentError } from "../../src/util/errors.js";
import { bytes, TestCluster, TICK_MS } from "./harness.js";

const CONF = {
  voters: [1, 2, 3],
  votersOutgoing: [],
  learners: [],
  learnersNext: [],
  incarnations: [],
};

function follower(seed: number, options: Partial<RaftOptions>): RawNode {
  const storage = new MemoryStorage({ bootstrap: { ...CONF, autoLeave: false } });
  return new RawNode(raftConfig({ id: 1, storage, random: new SeededRandom(seed) }, options));
}

/** Ticks a lone follower until it campaigns: its first randomized election timeout. */
function firstTimeoutTicks(seed: number, options: Partial<RaftOptions>): number {
  const node = follower(seed, options);
  for (let ticks = 1; ticks <= 1000; ticks++) {
    node.tick();
    if (node.raft.role !== StateRole.Follower) return ticks;
  }
  throw new Error("no campaign within 1000 ticks");
}

describe("randomized election timeouts", () => {
  it("are drawn from [electionTimeoutMinTicks, electionTimeoutMaxTicks), every tick in it", () => {
    const options = { electionTimeoutMinTicks: 15, electionTimeoutMaxTicks: 30 };
    const seen = new Map<number, number>();
    for (let seed = 1; seed <= 3000; seed++) {
      const ticks = firstTimeoutTicks(seed, options);
      seen.set(ticks, (seen.get(ticks) ?? 0) + 1);
    }
    const expected = Array.from({ length: 15 }, (_, i) => 15 + i);
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual(expected);
    // Uniform: 3000 draws over 15 values, 200 expected each; a skewed draw leaves the band.
    for (const count of seen.values()) expect(count).toBeGreaterThan(120);
  });

  it("never fall outside [min, max) for any range and seed", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 40 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 0, max: 0xffffffff }),
        (min, spread, seed) => {
          const ticks = firstTimeoutTicks(seed, {
            electionTimeoutMinTicks: min,
            electionTimeoutMaxTicks: min + spread,
          });
          return ticks >= min && ticks < min + spread;
        },
      ),
      { numRuns: 500 },
    );
  });

  it("a campaign that fails draws a new timeout from the range", () => {
    const node = follower(7, {
      electionTimeoutMinTicks: 3,
      electionTimeoutMaxTicks: 9,
      preVote: false,
    });
    const gaps = new Set<number>();
    let last = 0;
    let term = node.raft.term;
    for (let tick = 1; tick <= 3000; tick++) {
      node.tick();
      if (node.raft.term !== term) {
        gaps.add(tick - last);
        last = tick;
        term = node.raft.term;
      }
    }
    expect([...gaps].sort((a, b) => a - b)).toEqual([3, 4, 5, 6, 7, 8]);
  });
});

describe("core configuration", () => {
  const make = (options: Partial<RaftOptions>) => () => follower(1, options);

  it("names the key that is wrong", () => {
    expect(make({ electionTimeoutMinTicks: 0 })).toThrow(/electionTimeoutMinTicks/);
    expect(make({ electionTimeoutMinTicks: 10, electionTimeoutMaxTicks: 10 })).toThrow(
      /electionTimeoutMaxTicks \(10\) must be above electionTimeoutMinTicks \(10\)/,
    );
    expect(make({ electionTimeoutMinTicks: 5, heartbeatIntervalTicks: 5 })).toThrow(
      /heartbeatIntervalTicks \(5\) must be below electionTimeoutMinTicks \(5\)/,
    );
    expect(make({ leaseReads: true })).toThrow(/leaseDurationMs must be positive/);
    expect(make({ leaseDurationMs: -1 })).toThrow(/leaseDurationMs must be a non-negative/);
    expect(make({ leaseDurationMs: Number.NaN })).toThrow(InvalidArgumentError);
  });

  it("takes a monotonic, non-negative nowMs and needs it for a lease read", () => {
    const node = follower(1, { leaseReads: true, leaseDurationMs: 50 });
    node.tick(100);
    expect(() => node.tick(99)).toThrow(/nowMs went back from 100 to 99/);
    expect(() => node.tick(-1)).toThrow(/nowMs must be a non-negative number/);
    expect(() => node.readIndex(bytes("r"), ReadMode.Lease)).toThrow(/needs nowMs/);
  });
});

describe("leases on the monotonic clock", () => {
  function leaseCluster() {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { leaseReads: true } });
    // With leases on, a starting voter refuses votes for its first election timeout.
    for (let i = 0; i < 40 && c.leader() === undefined; i++) c.tickAll(1);
    const leaderId = c.leader() as number;
    c.tickAll(2);
    const followerId = leaderId === 1 ? 2 : 1;
    return { c, leader: c.get(leaderId), follower: c.get(followerId) };
  }

  it("a leader whose clock jumped beyond the lease between ticks does not serve from it", () => {
    const { c, leader } = leaseCluster();
    const leaseMs = (10 - 1) * TICK_MS;
    // Within the lease: served at once, no heartbeat round.
    leader.node.readIndex(bytes("in"), ReadMode.Lease, leader.nowMs);
    let rd = leader.node.ready();
    expect(rd.readStates.map((r) => new TextDecoder().decode(r.context))).toEqual(["in"]);
    leader.node.advance();
    // Paused (no tick, no message) while its clock ran on past the lease.
    leader.nowMs += leaseMs;
    expect(leader.node.raft.leaseValid(leader.nowMs)).toBe(false);
    leader.node.readIndex(bytes("late"), ReadMode.Lease, leader.nowMs);
    rd = leader.node.ready();
    expect(rd.readStates).toEqual([]);
    const round = rd.messages.filter((m) => m.type === MessageType.Heartbeat);
    expect(round.length).toBe(2);
    for (const m of round) {
      if (m.type !== MessageType.Heartbeat) continue;
      expect(new TextDecoder().decode(m.context)).toBe("late");
      // The new round's heartbeats carry the time they were made, a new lease's start.
      expect(m.sentMs).toBe(leader.nowMs);
    }
    c.handleReadyRest(leader, rd);
    // The ReadIndex round confirms leadership; the read is answered after it.
    c.stabilize();
    expect(leader.readStates.map((r) => new TextDecoder().decode(r.context))).toEqual(["late"]);
    // ...and the acknowledged heartbeats of that round start a new lease.
    expect(leader.node.raft.leaseValid(leader.nowMs)).toBe(true);
  });

  it("a lease read forwarded by a follower is checked against the leader's clock on arrival", () => {
    const { c, leader, follower } = leaseCluster();
    leader.nowMs += (10 - 1) * TICK_MS;
    c.filter = (m) => m.type !== MessageType.Heartbeat;
    follower.node.readIndex(bytes("fwd"), ReadMode.Lease, follower.nowMs);
    c.stabilize();
    // Not answered from the expired lease; it waits for a round that cannot complete.
    expect(follower.readStates).toEqual([]);
    c.heal();
    c.tickAll(1);
    expect(follower.readStates.map((r) => new TextDecoder().decode(r.context))).toEqual(["fwd"]);
  });

  it("a lease starts at the send time of the acknowledged heartbeat, not its acknowledgement", () => {
    const { c, leader } = leaseCluster();
    c.tick(leader.id);
    const sentMs = leader.nowMs;
    c.handleReady(leader);
    // The acknowledgements arrive 80 ms after the heartbeats left, on the leader's clock.
    leader.nowMs += 8 * TICK_MS;
    c.stabilize();
    expect(leader.node.raft.leaseValid(sentMs + 9 * TICK_MS - 1)).toBe(true);
    expect(leader.node.raft.leaseValid(sentMs + 9 * TICK_MS)).toBe(false);
  });
});
