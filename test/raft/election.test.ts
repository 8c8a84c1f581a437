import { describe, expect, it } from "vitest";
import { CoreNotLeaderError, MessageType, StateRole } from "../../src/raft/index.js";
import { bytes, TestCluster } from "./harness.js";

describe("leader election (Raft §5.2)", () => {
  it("elects the node that times out first and commits a no-op of its term (§8)", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    expect(c.raft(1).role).toBe(StateRole.Leader);
    expect(c.raft(2).lead).toBe(1);
    expect(c.raft(3).lead).toBe(1);
    const term = c.raft(1).term;
    expect(term).toBe(2);
    for (const id of [1, 2, 3]) {
      expect(c.raft(id).log.committed).toBe(2);
      expect(c.get(id).applied.map((e) => [e.index, e.term, e.type])).toEqual([[2, 2, 3]]);
    }
  });

  it("a single-node cluster elects itself and commits only after its own write", () => {
    const c = new TestCluster({ voters: [1] });
    const n = c.get(1);
    for (let i = 0; i < 30 && n.node.raft.role !== StateRole.Leader; i++) n.node.tick();
    expect(n.node.raft.role).toBe(StateRole.Leader);
    const rd = n.node.ready();
    expect(rd.entries.length).toBe(1);
    // Not durable yet: not committed.
    expect(rd.committedEntries.length).toBe(0);
    n.storage.append(rd.entries);
    if (rd.hardState) n.storage.setHardState(rd.hardState);
    n.node.advance();
    expect(n.node.raft.log.committed).toBe(2);
    expect(n.node.ready().committedEntries.length).toBe(1);
  });

  it("each voter grants at most one vote per term (§5.2)", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { preVote: false, checkQuorum: false } });
    c.tickAll(0);
    const r2 = c.raft(2);
    r2.step({ type: 1, from: 1, to: 2, term: 5, lastLogIndex: 1, lastLogTerm: 1, transfer: false });
    r2.step({ type: 1, from: 3, to: 2, term: 5, lastLogIndex: 1, lastLogTerm: 1, transfer: false });
    const replies = r2.msgs.filter((m) => m.type === MessageType.VoteResponse);
    expect(replies.map((m) => [m.to, "reject" in m ? m.reject : null])).toEqual([
      [1, false],
      [3, true],
    ]);
    expect(r2.vote).toBe(1);
  });

  it("rejects a candidate whose log is less up to date (§5.4.1)", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { preVote: false, checkQuorum: false } });
    c.elect(1);
    const r2 = c.raft(2);
    r2.msgs = [];
    r2.step({ type: 1, from: 3, to: 2, term: 9, lastLogIndex: 0, lastLogTerm: 0, transfer: false });
    const reply = r2.msgs.find((m) => m.type === MessageType.VoteResponse);
    expect(reply && "reject" in reply && reply.reject).toBe(true);
  });

  it("a higher-term request it rejects does not restart a voter's election timer (Figure 2)", () => {
    const raft = { preVote: false, checkQuorum: false, electionTimeoutMaxTicks: 12 };
    const c = new TestCluster({ voters: [1, 2, 3], raft });
    c.elect(1);
    const n2 = c.get(2);
    // Timeouts are drawn from [10, 12): nine ticks leave node 2 at most two from campaigning.
    for (let i = 0; i < 9; i++) n2.node.tick();
    expect(n2.node.raft.role).toBe(StateRole.Follower);
    n2.node.step({
      type: 1,
      from: 3,
      to: 2,
      term: 9,
      lastLogIndex: 0,
      lastLogTerm: 0,
      transfer: false,
    });
    expect(n2.node.raft.term).toBe(9);
    let ticks = 0;
    while (n2.node.raft.role !== StateRole.Candidate && ticks < 20) {
      n2.node.tick();
      ticks++;
    }
    expect(n2.node.raft.role).toBe(StateRole.Candidate);
    expect(ticks).toBeLessThanOrEqual(2);
  });

  it("a granted vote restarts the election timer", () => {
    const raft = { preVote: false, checkQuorum: false, electionTimeoutMaxTicks: 12 };
    const c = new TestCluster({ voters: [1, 2, 3], raft });
    c.elect(1);
    const n2 = c.get(2);
    for (let i = 0; i < 9; i++) n2.node.tick();
    const last = n2.node.raft.log.lastIndex();
    const lastTerm = n2.node.raft.log.lastTerm();
    n2.node.step({
      type: 1,
      from: 3,
      to: 2,
      term: 9,
      lastLogIndex: last,
      lastLogTerm: lastTerm,
      transfer: false,
    });
    expect(n2.node.raft.vote).toBe(3);
    for (let i = 0; i < 9; i++) n2.node.tick();
    expect(n2.node.raft.role).toBe(StateRole.Follower);
  });

  it("pre-vote: a partitioned node does not raise its term (thesis §9.6)", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.isolate(3);
    c.tickAll(100);
    expect(c.raft(3).term).toBe(2);
    expect(c.raft(3).role).toBe(StateRole.PreCandidate);
    c.heal();
    c.tickAll(5);
    expect(c.raft(1).role).toBe(StateRole.Leader);
    expect(c.raft(1).term).toBe(2);
    expect(c.raft(3).lead).toBe(1);
  });

  it("without pre-vote the partitioned node raises its term and disrupts on rejoin", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { preVote: false, checkQuorum: false } });
    c.elect(1);
    c.isolate(3);
    c.tickAll(50);
    expect(c.raft(3).term).toBeGreaterThan(2);
  });

  it("check-quorum: a leader that loses its quorum steps down after an election timeout", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.filter = (m) => m.from !== 1 && m.to !== 1;
    // Only the leader ticks: followers would otherwise elect a new leader.
    for (let i = 0; i < 25; i++) {
      c.tick(1);
      c.stabilize();
    }
    expect(c.raft(1).role).toBe(StateRole.Follower);
  });

  it("check-quorum: followers in lease ignore a disruptive higher-term vote", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.tickAll(12);
    const r2 = c.raft(2);
    r2.step({
      type: 1,
      from: 3,
      to: 2,
      term: 7,
      lastLogIndex: 10,
      lastLogTerm: 1,
      transfer: false,
    });
    expect(r2.term).toBe(2);
    expect(r2.msgs.length).toBe(0);
  });

  it("a follower rejects proposals naming the leader", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    let error: unknown;
    try {
      c.get(2).node.propose(bytes("x"));
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CoreNotLeaderError);
    expect((error as CoreNotLeaderError).leaderId).toBe(1);
  });

  it("learners never campaign", () => {
    const c = new TestCluster({ voters: [1, 2], learners: [3] });
    for (let i = 0; i < 100; i++) c.tick(3);
    expect(c.raft(3).role).toBe(StateRole.Follower);
    expect(c.raft(3).msgs.length).toBe(0);
  });
});
