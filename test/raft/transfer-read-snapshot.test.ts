import { describe, expect, it } from "vitest";
import {
  type MemoryStorage,
  MessageType,
  ProposalDroppedError,
  ReadMode,
  StateRole,
} from "../../src/raft/index.js";
import { ProgressState } from "../../src/raft/tracker/index.js";
import { bytes, TestCluster } from "./harness.js";

describe("leadership transfer (thesis §3.10)", () => {
  it("brings the target up to date, sends TimeoutNow and the target wins", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.isolate(3);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    c.heal();
    c.get(1).node.transferLeader(3);
    expect(() => c.get(1).node.propose(bytes("y"))).toThrow(ProposalDroppedError);
    c.stabilize();
    expect(c.leader()).toBe(3);
    expect(c.raft(3).term).toBe(3);
    expect(c.appliedData(3)).toEqual(["x"]);
  });

  it("aborts after an election timeout when the target does not answer", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.filter = (m) => m.to !== 3 && m.from !== 3;
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    c.get(1).node.transferLeader(3);
    expect(c.raft(1).leadTransferee).toBe(3);
    for (let i = 0; i < 12; i++) {
      c.tick(1);
      c.tick(2);
      c.stabilize();
    }
    expect(c.raft(1).leadTransferee).toBe(0);
    expect(c.raft(1).role).toBe(StateRole.Leader);
    c.get(1).node.propose(bytes("y"));
  });
});

describe("reads (thesis §6.4 ReadIndex, §6.4.1 leases)", () => {
  it("ReadIndex on the leader needs a heartbeat round from a quorum", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    c.filter = (m) => m.type !== MessageType.HeartbeatResponse;
    c.get(1).node.readIndex(bytes("r1"));
    c.stabilize();
    expect(c.get(1).readStates.length).toBe(0);
    c.heal();
    c.tickAll(1);
    expect(c.get(1).readStates.map((r) => r.index)).toEqual([3]);
  });

  it("reads of one turn share one heartbeat round, which confirms all of them", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    for (let read = 0; read < 10; read++) c.get(1).node.readIndex(bytes(`r${read}`));
    const heartbeats = c
      .get(1)
      .node.ready()
      .messages.filter((m) => m.type === MessageType.Heartbeat);
    c.get(1).node.advance();
    // One per follower, carrying the newest read's context.
    expect(heartbeats.map((m) => m.to).sort()).toEqual([2, 3]);
    expect(heartbeats.map((m) => new TextDecoder().decode(m.context))).toEqual(["r9", "r9"]);
    c.queue.push(...heartbeats);
    c.stabilize();
    expect(c.get(1).readStates.map((r) => new TextDecoder().decode(r.context))).toEqual(
      Array.from({ length: 10 }, (_, read) => `r${read}`),
    );
    expect(c.get(1).readStates.every((r) => r.index === 3)).toBe(true);
  });

  it("a follower forwards ReadIndex to the leader", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(2).node.readIndex(bytes("f1"));
    c.stabilize();
    const states = c.get(2).readStates;
    expect(states.length).toBe(1);
    expect(new TextDecoder().decode(states[0]?.context)).toBe("f1");
    expect(states[0]?.index).toBe(2);
  });

  it("lease reads answer without a round while the lease holds, and are refused without leases", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { leaseReads: true } });
    for (let i = 0; i < 40 && c.leader() === undefined; i++) c.tickAll(1);
    const leader = c.leader() as number;
    c.tickAll(2);
    c.filter = () => false;
    c.get(leader).node.readIndex(bytes("l1"), ReadMode.Lease, c.get(leader).nowMs);
    expect(c.get(leader).node.ready().readStates.length).toBe(1);
    c.get(leader).node.advance();
    const plain = new TestCluster({ voters: [1, 2, 3] });
    expect(() => plain.get(1).node.readIndex(bytes("l"), ReadMode.Lease, 0)).toThrow(/lease/);
  });

  it("a lease expires when the quorum stops answering", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { leaseReads: true } });
    for (let i = 0; i < 40 && c.leader() === undefined; i++) c.tickAll(1);
    const leader = c.leader() as number;
    c.tickAll(2);
    c.filter = () => false;
    for (let i = 0; i < 8; i++) c.tick(leader);
    expect(c.raft(leader).leaseValid(c.get(leader).nowMs)).toBe(true);
    c.tick(leader);
    expect(c.raft(leader).leaseValid(c.get(leader).nowMs)).toBe(false);
  });
});

describe("snapshots (Raft §7)", () => {
  it("a follower behind the compacted log gets a snapshot, then catches up from the log", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.isolate(3);
    for (let i = 0; i < 10; i++) c.get(1).node.propose(bytes(`s${i}`));
    c.stabilize();
    const leader = c.get(1);
    const applied = leader.node.raft.log.applied;
    leader.storage.createSnapshot(applied, leader.node.status().confState, bytes("image"));
    leader.storage.compact(applied);
    c.heal();
    let sawSnapshot = false;
    c.filter = (m) => {
      if (m.type === MessageType.Snapshot) {
        sawSnapshot = true;
        queueMicrotask(() => undefined);
      }
      return true;
    };
    c.tickAll(2);
    expect(sawSnapshot).toBe(true);
    expect(c.get(3).storage.snapshot().metadata.index).toBe(applied);
    c.get(1).node.reportSnapshot(3, true);
    c.get(1).node.propose(bytes("after"));
    c.tickAll(3);
    expect(c.appliedData(3)).toEqual(["after"]);
    expect(c.raft(1).tracker.progress.get(3)?.state).toBe(ProgressState.Replicate);
    expect(c.raft(3).log.committed).toBe(c.raft(1).log.committed);
  });

  it("restarting from storage keeps the hard state and the log", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("durable"));
    c.stabilize();
    const storage = c.get(2).storage;
    const restarted = c.add(2, storage as MemoryStorage);
    expect(restarted.node.raft.term).toBe(2);
    expect(restarted.node.raft.log.committed).toBe(3);
    c.stabilize();
    expect(c.appliedData(2)).toEqual(["durable"]);
  });
});
