/**
 * Node incarnations (docs/architecture.md, "Node identity"): a seat in the membership is a
 * node id plus the incarnation of the disk behind it. A node whose disk is not the one its
 * configuration lists (a fresh or wiped data directory) never votes and never campaigns, so a
 * wiped voter re-added under its old id cannot help a stale node win an election (Raft §5.4.1,
 * Leader Completeness, depends on every voter remembering what it acknowledged).
 */
import { describe, expect, it } from "vitest";
import {
  ConfChangeRejectedError,
  ConfChanges,
  ConfChangeType,
  decodeConfChange,
  encodeConfChange,
  MemoryStorage,
  type Message,
  MessageType,
  StateRole,
} from "../../src/raft/index.js";
import { bytes, TestCluster } from "./harness.js";

/** Delivers only messages whose two ends are both in `side`. */
function partition(c: TestCluster, side: readonly number[]): void {
  c.filter = (m: Message) => side.includes(m.from) && side.includes(m.to);
}

describe("node incarnations", () => {
  it("a wiped voter re-started under its old id cannot elect a stale leader (issue reproduction)", () => {
    const c = new TestCluster({ voters: [1, 2, 3, 4, 5] });
    c.elect(1);
    // Nodes 3 and 4 are cut off; {1, 2, 5} commit 200 writes and the removal of node 5.
    partition(c, [1, 2, 5]);
    for (let i = 0; i < 200; i++) c.get(1).node.propose(bytes(`w${i}`));
    c.stabilize();
    c.get(1).node.proposeConfChange(ConfChanges.remove(5));
    c.stabilize();
    const committed = c.raft(1).log.committed;
    expect(committed).toBeGreaterThan(200);
    expect(c.raft(1).tracker.isVoter(5)).toBe(false);
    // Node 5's data directory is wiped and a fresh process starts under id 5, with a new
    // incarnation and an empty log. 3 and 4 still count 5 as a voter.
    c.add(5, new MemoryStorage(), { incarnation: 0x5eed });
    expect(c.raft(3).tracker.isVoter(5)).toBe(true);
    // 3, 4 and 5 can talk to each other but not to 1 and 2.
    partition(c, [3, 4, 5]);
    for (let i = 0; i < 60; i++) {
      for (const id of [3, 4, 5]) c.tick(id);
      c.stabilize();
    }
    for (const id of [3, 4, 5]) {
      const raft = c.raft(id);
      if (raft.role === StateRole.Leader) {
        // Leader Completeness: a leader holds every committed entry.
        expect(raft.log.lastIndex()).toBeGreaterThanOrEqual(committed);
      }
    }
    // The fresh node granted nothing: it is not in its own configuration.
    expect(c.raft(5).vote).toBe(0);
  });

  it("a wiped voter holding a configuration that lists its old disk never votes or campaigns", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(5, 7));
    c.add(5, new MemoryStorage(), { incarnation: 7 });
    c.stabilize();
    c.tickAll(2);
    c.get(1).node.proposeConfChange(ConfChanges.promoteLearner(5, 7));
    c.stabilize();
    expect(c.raft(5).ownsSeat()).toBe(true);
    // The new disk (incarnation 8) holds a copy of a configuration that records seat 5 as
    // incarnation 7 (say, restored from a backup taken before the wipe).
    const confState = c.get(1).node.status().confState;
    expect(confState.incarnations).toEqual([{ nodeId: 5, incarnation: 7 }]);
    const wiped = c.add(5, new MemoryStorage({ bootstrap: confState }), { incarnation: 8 });
    const raft = wiped.node.raft;
    expect(raft.tracker.isVoter(5)).toBe(true);
    expect(raft.ownsSeat()).toBe(false);
    // The leader addresses its messages for seat 5 to incarnation 7.
    expect(c.raft(1).expectedPeerIncarnation(5)).toBe(7);
    // It refuses a vote request from an up-to-date candidate...
    raft.step({
      type: MessageType.Vote,
      from: 2,
      to: 5,
      term: raft.term + 1,
      lastLogIndex: raft.log.lastIndex() + 10,
      lastLogTerm: raft.log.lastTerm() + 1,
      transfer: true,
    });
    const answers = raft.msgs.filter((m) => m.type === MessageType.VoteResponse);
    expect(answers).toEqual([expect.objectContaining({ reject: true })]);
    raft.msgs = [];
    // ...and never campaigns.
    for (let i = 0; i < 100; i++) raft.tick();
    expect(raft.role).toBe(StateRole.Follower);
    const campaigns = raft.msgs.filter(
      (m) => m.type === MessageType.Vote || m.type === MessageType.PreVote,
    );
    expect(campaigns).toEqual([]);
  });

  it("a node two remove-and-add cycles behind catches up from a leader on a disk it does not record", () => {
    const c = new TestCluster({ voters: [1, 2, 3, 4] });
    c.elect(1);
    c.isolate(4);
    // Seat 2 moves to a new disk twice while node 4 is away.
    for (const incarnation of [21, 22]) {
      c.get(1).node.proposeConfChange(ConfChanges.remove(2));
      c.stabilize();
      c.add(2, new MemoryStorage(), { incarnation });
      c.get(1).node.proposeConfChange(ConfChanges.addLearner(2, 0));
      c.stabilize();
      c.get(1).node.proposeConfChange(ConfChanges.promoteLearner(2, incarnation));
      c.stabilize();
      expect(c.raft(2).ownsSeat()).toBe(true);
    }
    c.get(1).node.transferLeader(2);
    c.stabilize();
    expect(c.leader()).toBe(2);
    // Node 4 comes back: its membership still records seat 2 as the founding disk (0).
    expect(c.raft(4).expectedPeerIncarnation(2)).toBe(0);
    c.heal();
    c.get(2).node.propose(bytes("after the cycles"));
    c.stabilize();
    c.tickAll(3);
    expect(c.raft(4).log.committed).toBe(c.raft(2).log.committed);
    expect(c.appliedData(4)).toContain("after the cycles");
    expect(c.raft(4).expectedPeerIncarnation(2)).toBe(22);
    expect(c.raft(4).incarnationRefusals).toBe(0);
  });

  it("does not count an answer from a disk its membership does not record for the seat", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    const leader = c.raft(1);
    const before = leader.tracker.progress.get(2)?.match;
    const index = leader.log.lastIndex();
    leader.step(
      {
        type: MessageType.AppendResponse,
        from: 2,
        to: 1,
        term: leader.term,
        index: index + 5,
        reject: false,
        rejectHintIndex: 0,
        rejectHintTerm: 0,
      },
      undefined,
      0xbad,
    );
    expect(leader.tracker.progress.get(2)?.match).toBe(before);
    expect(leader.incarnationRefusals).toBe(1);
    expect(leader.lastIncarnationRefusal).toEqual({
      messageType: MessageType.AppendResponse,
      from: 2,
      kind: "unrecorded sender",
      incarnation: 0xbad,
      expected: 0,
    });
    // A vote (or pre-vote) from another disk of a voter's seat is not counted either.
    const d = new TestCluster({ voters: [1, 2, 3] });
    const candidate = d.raft(1);
    for (let i = 0; i < 100 && candidate.role === StateRole.Follower; i++) d.tick(1);
    const role = candidate.role;
    expect(role).not.toBe(StateRole.Follower);
    const campaign = candidate.msgs.find(
      (m) => m.type === MessageType.Vote || m.type === MessageType.PreVote,
    );
    expect(campaign).toBeDefined();
    const answer = (from: number, fromIncarnation: number) =>
      candidate.step(
        {
          type:
            campaign?.type === MessageType.Vote
              ? MessageType.VoteResponse
              : MessageType.PreVoteResponse,
          from,
          to: 1,
          term: campaign?.term ?? 0,
          reject: false,
        },
        undefined,
        fromIncarnation,
      );
    answer(2, 0xbad);
    answer(3, 0xbad);
    expect(candidate.role).toBe(role);
    answer(2, 0);
    expect(candidate.role).not.toBe(role);
  });

  it("drops a leader's message meant for another disk of its seat, whatever it claims", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    const wiped = c.add(3, new MemoryStorage(), { incarnation: 8 }).node.raft;
    // A heartbeat built from the old disk's progress: a commit index the new disk never held.
    const heartbeat = {
      type: MessageType.Heartbeat,
      from: 1,
      to: 3,
      term: 5,
      commit: 40,
      context: new Uint8Array(0),
      sentMs: 0,
    } as const;
    wiped.step({ ...heartbeat, toIncarnation: 0 }, undefined, 0);
    expect(wiped.term).toBe(0);
    expect(wiped.log.committed).toBe(0);
    expect(wiped.lastIncarnationRefusal).toMatchObject({
      kind: "addressed elsewhere",
      incarnation: 0,
      expected: 8,
    });
    // Addressed to this disk (or to any: an unbound learner seat), it is stepped.
    wiped.step({ ...heartbeat, commit: 0, toIncarnation: 8 }, undefined, 0);
    expect(wiped.term).toBe(5);
    wiped.step({ ...heartbeat, term: 6, commit: 0, toIncarnation: undefined }, undefined, 0);
    expect(wiped.term).toBe(6);
    expect(wiped.incarnationRefusals).toBe(1);
  });

  it("grants a vote again in the same term only to the disk that got it", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    const voter = c.raft(3);
    // Seat 9 is not a member here (this node has not applied its addition yet).
    const request = (fromIncarnation: number) => {
      voter.msgs = [];
      voter.step(
        {
          type: MessageType.Vote,
          from: 9,
          to: 3,
          term: 2,
          lastLogIndex: 100,
          lastLogTerm: 2,
          transfer: true,
        },
        undefined,
        fromIncarnation,
      );
      return voter.msgs.find((m) => m.type === MessageType.VoteResponse);
    };
    expect(request(91)).toMatchObject({ reject: false });
    expect(request(91)).toMatchObject({ reject: false });
    expect(request(92)).toMatchObject({ reject: true });
    expect(voter.vote).toBe(9);
  });

  it("a voter's seat cannot move to another disk in place: remove it, then add it back", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    expect(() => c.get(1).node.proposeConfChange(ConfChanges.addVoter(3, 99))).toThrow(
      ConfChangeRejectedError,
    );
    c.get(1).node.proposeConfChange(ConfChanges.remove(3));
    c.stabilize();
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(3, 99));
    c.stabilize();
    expect(c.raft(1).expectedPeerIncarnation(3)).toBe(99);
  });

  it("the seat's incarnation follows add, promote and remove, and survives a snapshot", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(4, 41));
    c.stabilize();
    expect(c.get(1).node.status().confState.incarnations).toEqual([{ nodeId: 4, incarnation: 41 }]);
    c.get(1).node.proposeConfChange(ConfChanges.promoteLearner(4, 42));
    c.stabilize();
    expect(c.get(2).node.status().confState.incarnations).toEqual([{ nodeId: 4, incarnation: 42 }]);
    c.get(1).node.proposeConfChange(ConfChanges.remove(4));
    c.stabilize();
    expect(c.get(3).node.status().confState.incarnations).toEqual([]);
  });

  it("encodes incarnations in conf change format 2 and keeps format 1 when there are none", () => {
    const legacy = ConfChanges.remove(3);
    expect(encodeConfChange(legacy)[0]).toBe(1);
    expect(decodeConfChange(encodeConfChange(legacy))).toEqual(legacy);
    const withIncarnation = ConfChanges.addVoter(9, 2 ** 48 - 1);
    const encoded = encodeConfChange(withIncarnation);
    expect(encoded[0]).toBe(2);
    expect(decodeConfChange(encoded)).toEqual(withIncarnation);
    expect(decodeConfChange(encoded).changes[0]).toEqual({
      type: ConfChangeType.AddVoter,
      nodeId: 9,
      incarnation: 2 ** 48 - 1,
    });
    // Format 1 decodes with incarnation 0 (the founding incarnation).
    expect(decodeConfChange(Uint8Array.from([1, 0, 1, 1, 9])).changes[0]).toEqual({
      type: ConfChangeType.AddVoter,
      nodeId: 9,
      incarnation: 0,
    });
  });

  it("voters whose configuration predates their addition vote for the voters that know them (seed 31271)", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { checkQuorum: true, preVote: true } });
    c.elect(1);
    // Nodes 4 and 5 start from a copy of the founding configuration, which does not list them,
    // and never hear of the changes that make them voters.
    const founding = c.get(1).node.status().confState;
    for (const id of [4, 5]) c.add(id, new MemoryStorage({ bootstrap: founding }));
    c.filter = (m: Message) => m.from <= 3 && m.to <= 3;
    for (const change of [
      ConfChanges.addLearner(4, 0),
      ConfChanges.addLearner(5, 0),
      ConfChanges.promoteLearner(4, 0),
      ConfChanges.promoteLearner(5, 0),
      ConfChanges.remove(2),
    ]) {
      c.get(1).node.proposeConfChange(change);
      c.stabilize();
    }
    expect(c.raft(3).tracker.voterIds().sort()).toEqual([1, 3, 4, 5]);
    // Node 1 loses its quorum and steps down (check quorum); then the network heals.
    for (let i = 0; i < 30 && c.raft(1).role === StateRole.Leader; i++) {
      c.tickAll();
      c.stabilize();
    }
    expect(c.raft(1).role).not.toBe(StateRole.Leader);
    c.heal();
    // 1 and 3 need a third vote of {1, 3, 4, 5}: 4 or 5 must grant it.
    for (let i = 0; i < 100 && c.leader() === undefined; i++) {
      c.tickAll();
      c.stabilize();
    }
    expect([1, 3]).toContain(c.leader());
  });

  it("a node with no configuration at all (fresh or wiped) grants no pre-vote", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    const fresh = c.add(6, new MemoryStorage()).node.raft;
    fresh.step({
      type: MessageType.PreVote,
      from: 1,
      to: 6,
      term: fresh.term + 1,
      lastLogIndex: 10,
      lastLogTerm: 1,
      transfer: false,
    });
    const answers = fresh.msgs.filter((m) => m.type === MessageType.PreVoteResponse);
    expect(answers).toEqual([expect.objectContaining({ reject: true })]);
  });
});
