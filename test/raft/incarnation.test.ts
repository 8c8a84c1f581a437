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
    // The leader's connection to it is refused (its seat names incarnation 7).
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
});
