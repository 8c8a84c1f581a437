import { describe, expect, it } from "vitest";
import {
  CoreOverloadedError,
  EntryType,
  type Message,
  MessageType,
  StateRole,
} from "../../src/raft/index.js";
import { ProgressState } from "../../src/raft/tracker/index.js";
import { bytes, TestCluster, type TestNode } from "./harness.js";

/** Three voters with leader 1 settled, and one new entry proposed on the leader (not sent). */
function proposedOnSettledCluster(): { c: TestCluster; leader: TestNode } {
  const c = new TestCluster({ voters: [1, 2, 3] });
  c.elect(1);
  c.stabilize();
  const leader = c.get(1);
  leader.node.propose(bytes("x"));
  return { c, leader };
}

describe("log replication (Raft §5.3)", () => {
  it("replicates and commits proposals on every node in order", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    for (let i = 0; i < 20; i++) c.get(1).node.propose(bytes(`v${i}`));
    c.stabilize();
    for (const id of [1, 2, 3]) {
      expect(c.appliedData(id)).toEqual(Array.from({ length: 20 }, (_, i) => `v${i}`));
    }
  });

  it("a batch of proposals becomes consecutive entries and one append per follower", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    const pos = c.get(1).node.proposeBatch([bytes("a"), bytes("b"), bytes("c")]);
    expect(pos).toEqual({ index: 3, term: 2 });
    const rd = c.get(1).node.ready();
    const appends = rd.messages.filter((m) => m.type === MessageType.Append);
    expect(appends.length).toBe(2);
    expect(appends.every((m) => m.type === MessageType.Append && m.entries.length === 3)).toBe(
      true,
    );
  });

  it("leader sends appends before its own write but needs the quorum without itself", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    const leader = c.get(1);
    leader.node.propose(bytes("x"));
    const rd = leader.node.ready();
    expect(rd.messages.length).toBe(2);
    // Deliver to followers while the leader's write is "in flight".
    for (const m of rd.messages) c.get(m.to).node.step(m);
    for (const id of [2, 3]) {
      const f = c.get(id);
      const frd = f.node.ready();
      // Acks are only in messagesAfterPersist.
      expect(frd.messages.length).toBe(0);
      expect(frd.messagesAfterPersist.length).toBe(1);
      f.storage.append(frd.entries);
      f.node.advance();
      for (const m of frd.messagesAfterPersist) leader.node.step(m);
    }
    expect(leader.node.raft.log.committed).toBe(3);
    leader.storage.append(rd.entries);
    leader.node.advance();
  });

  it("tells caught-up followers the commit index in commit-only appends, which they do not answer", () => {
    const { c, leader } = proposedOnSettledCluster();
    const rd = leader.node.ready();
    for (const m of rd.messages) c.get(m.to).node.step(m);
    leader.storage.append(rd.entries);
    leader.node.advance();
    // Only node 2 acknowledges: the entry commits, node 3 has not confirmed it yet.
    const follower = c.get(2);
    const frd = follower.node.ready();
    follower.storage.append(frd.entries);
    follower.node.advance();
    for (const m of frd.messagesAfterPersist) leader.node.step(m);
    const index = leader.node.raft.log.lastIndex();
    expect(leader.node.raft.log.committed).toBe(index);

    const commits = leader.node.ready().messages.filter((m) => m.type === MessageType.Append);
    expect(commits.map((m) => [m.to, m.type === MessageType.Append && m.entries.length])).toEqual([
      [2, 0],
      [3, 0],
    ]);
    const [toCaughtUp, toUnconfirmed] = commits;
    // Node 2 holds the whole log, as it acknowledged: a commit-only append, not answered.
    expect(toCaughtUp).toMatchObject({ commit: index, commitOnly: true, prevLogIndex: index });
    follower.node.step(toCaughtUp as (typeof commits)[number]);
    expect(follower.node.raft.log.committed).toBe(index);
    const answer = follower.node.ready();
    expect([...answer.messages, ...answer.messagesAfterPersist]).toEqual([]);
    follower.node.advance();
    // Node 3's acknowledgement is still to come: a plain empty append, answered.
    expect(toUnconfirmed).toMatchObject({ commit: index, commitOnly: false });
    const other = c.get(3);
    const ord = other.node.ready();
    other.storage.append(ord.entries);
    other.node.advance();
    other.node.step(toUnconfirmed as (typeof commits)[number]);
    const oanswer = other.node.ready();
    expect(
      [...oanswer.messages, ...oanswer.messagesAfterPersist].map((m) => [m.type, m.to]),
    ).toContainEqual([MessageType.AppendResponse, 1]);
  });

  it("answers a commit-only append that carries entries, or that it must reject", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.stabilize();
    const follower = c.get(2).node;
    const last = follower.raft.log.lastIndex();
    const term = follower.raft.term;
    const base = { type: MessageType.Append, from: 1, to: 2, term, commit: last } as const;
    const entry = { index: last + 1, term, type: EntryType.NORMAL, data: bytes("y") };
    follower.step({
      ...base,
      prevLogIndex: last,
      prevLogTerm: term,
      entries: [entry],
      commitOnly: true,
    });
    const withEntries = follower.ready();
    c.get(2).storage.append(withEntries.entries);
    follower.advance();
    expect(withEntries.messagesAfterPersist.map((m) => m.type)).toEqual([
      MessageType.AppendResponse,
    ]);
    // A prevLogIndex beyond its log: rejected, and the rejection is sent.
    follower.step({
      ...base,
      prevLogIndex: last + 5,
      prevLogTerm: term,
      entries: [],
      commitOnly: true,
    });
    const rejected = follower.ready();
    expect(
      [...rejected.messages, ...rejected.messagesAfterPersist].map((m) =>
        m.type === MessageType.AppendResponse ? m.reject : undefined,
      ),
    ).toEqual([true]);
    follower.advance();
    // From a leader of an older term: answered with the newer term, so that it steps down.
    follower.step({
      ...base,
      term: term - 1,
      prevLogIndex: last,
      prevLogTerm: term,
      entries: [],
      commitOnly: true,
    });
    const stale = follower.ready();
    expect([...stale.messages, ...stale.messagesAfterPersist]).toEqual([
      expect.objectContaining({ type: MessageType.AppendResponse, to: 1, term }),
    ]);
    follower.advance();
  });

  it("sends a probing follower a plain empty append: its answer resumes replication", () => {
    const { c, leader } = proposedOnSettledCluster();
    c.handleReadyRest(leader, leader.node.ready());
    for (const m of c.queue.splice(0)) c.get(m.to).node.step(m);
    for (const id of [2, 3]) c.handleReady(c.get(id));
    for (const m of c.queue.splice(0)) leader.node.step(m);
    const last = leader.node.raft.log.lastIndex();
    expect(leader.node.raft.log.committed).toBe(last);
    // Node 2 acknowledged the whole log, then the transport lost it: back to probing.
    leader.node.reportUnreachable(2);
    const progress = leader.node.raft.tracker.progress.get(2);
    expect(progress).toMatchObject({ state: ProgressState.Probe, match: last });

    const rd = leader.node.ready();
    const toProbed = rd.messages.filter((m) => m.to === 2);
    expect(toProbed).toEqual([
      expect.objectContaining({ type: MessageType.Append, prevLogIndex: last, entries: [] }),
    ]);
    expect(toProbed[0]).toMatchObject({ commitOnly: false });
    c.handleReadyRest(leader, rd);
    c.queue = [];
    c.get(2).node.step(toProbed[0] as Message);
    c.handleReady(c.get(2));
    const answers = c.queue.splice(0);
    expect(answers.map((m) => m.type)).toEqual([MessageType.AppendResponse]);
    for (const m of answers) leader.node.step(m);
    expect(progress?.state).toBe(ProgressState.Replicate);
  });

  it("a busy leader keeps check-quorum and confirms reads through heartbeats alone", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.stabilize();
    let appends = 0;
    let commitOnly = 0;
    let appendResponses = 0;
    c.filter = (m) => {
      if (m.type === MessageType.Append) {
        appends++;
        if (m.commitOnly === true) commitOnly++;
      }
      if (m.type === MessageType.AppendResponse) appendResponses++;
      return true;
    };
    // Three check-quorum rounds with a write every tick.
    const rounds = 3 * c.raft(1).config.electionTimeoutMinTicks;
    for (let i = 0; i < rounds; i++) {
      c.get(1).node.propose(bytes(`v${i}`));
      c.tickAll(1);
    }
    expect(c.raft(1).role).toBe(StateRole.Leader);
    expect(commitOnly).toBeGreaterThanOrEqual(rounds);
    // Every append but the commit-only ones was answered, and nothing else needed answers.
    expect(appendResponses).toBe(appends - commitOnly);
    for (const id of [2, 3]) expect(c.appliedData(id).length).toBe(rounds);
    c.get(1).node.readIndex(bytes("read"));
    c.stabilize();
    expect(c.get(1).readStates.map((s) => new TextDecoder().decode(s.context))).toEqual(["read"]);
  });

  it("a follower with a divergent log is repaired with fast back-off", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    // Node 3 misses many entries of term 1.
    c.isolate(3);
    for (let i = 0; i < 50; i++) c.get(1).node.propose(bytes(`a${i}`));
    c.stabilize();
    c.heal();
    let rejections = 0;
    const inner = c.filter;
    c.filter = (m) => {
      if (m.type === MessageType.AppendResponse && m.reject) rejections++;
      return inner(m);
    };
    c.tickAll(3);
    expect(c.appliedData(3).length).toBe(50);
    expect(rejections).toBeLessThanOrEqual(2);
  });

  it("overwrites uncommitted entries of an old leader (§5.3, figure 7)", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.isolate(1);
    for (let i = 0; i < 5; i++) c.get(1).node.propose(bytes(`lost${i}`));
    c.stabilize();
    for (let i = 0; i < 100 && c.leader() === 1; i++) c.tickAll(1);
    const leader = c.leader() as number;
    expect(leader).not.toBe(1);
    c.get(leader).node.propose(bytes("kept"));
    c.stabilize();
    c.heal();
    c.tickAll(15);
    for (const id of [1, 2, 3]) expect(c.appliedData(id)).toEqual(["kept"]);
    expect(c.raft(1).role).toBe(StateRole.Follower);
  });

  it("pipelines in replicate state, bounded by inflight messages", () => {
    const c = new TestCluster({
      voters: [1, 2],
      raft: { inflightMessageCountMax: 3, messageEntryCountMax: 1 },
    });
    c.elect(1);
    for (let i = 0; i < 10; i++) c.get(1).node.propose(bytes(`p${i}`));
    const progress = c.raft(1).tracker.progress.get(2);
    expect(progress?.state).toBe(ProgressState.Replicate);
    const rd = c.get(1).node.ready();
    expect(rd.messages.filter((m) => m.type === MessageType.Append).length).toBe(3);
    c.handleReadyRest(c.get(1), rd);
    c.stabilize();
    expect(c.appliedData(2).length).toBe(10);
  });

  it("fails proposals fast with CoreOverloadedError above the uncommitted byte cap", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { uncommittedBytesMax: 1000 } });
    c.elect(1);
    c.isolate(1);
    const leader = c.get(1).node;
    leader.propose(new Uint8Array(600));
    expect(() => leader.propose(new Uint8Array(600))).toThrow(CoreOverloadedError);
    c.heal();
    c.tickAll(2);
    // Applied: the cap frees up.
    leader.propose(new Uint8Array(600));
  });

  it("heartbeats carry the commit index to followers", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.filter = (m) => !(m.type === MessageType.Append && m.to === 3 && m.entries.length === 0);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    c.tickAll(2);
    expect(c.raft(3).log.committed).toBe(3);
  });
  it("a probing follower that acks an append at exactly its match resumes replication", () => {
    // etcd-io/raft: without this, a follower whose match is already known (e.g. after a
    // rejected append moved it to probe) stays in probe, one append per heartbeat.
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    const progress = c.raft(1).tracker.progress.get(2);
    if (progress === undefined) throw new Error("no progress for node 2");
    progress.becomeProbe();
    const match = progress.match;
    c.get(1).node.step({
      type: MessageType.AppendResponse,
      from: 2,
      to: 1,
      term: c.raft(1).term,
      index: match,
      reject: false,
      rejectHintIndex: 0,
      rejectHintTerm: 0,
    });
    expect(progress.state).toBe(ProgressState.Replicate);
    expect(progress.match).toBe(match);
  });

  it("the leader ignores a success response beyond its own last index", () => {
    // A follower can never have matched more than the leader holds in the leader's term
    // (Leader Completeness): such a response is not trusted.
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    const leader = c.raft(1);
    const progress = leader.tracker.progress.get(2);
    if (progress === undefined) throw new Error("no progress for node 2");
    progress.becomeProbe();
    const before = { match: progress.match, next: progress.next, state: progress.state };
    c.get(1).node.step({
      type: MessageType.AppendResponse,
      from: 2,
      to: 1,
      term: leader.term,
      index: leader.log.lastIndex() + 5,
      reject: false,
      rejectHintIndex: 0,
      rejectHintTerm: 0,
    });
    expect({ match: progress.match, next: progress.next, state: progress.state }).toEqual(before);
  });
});
