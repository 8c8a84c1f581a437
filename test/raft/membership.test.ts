import { describe, expect, it } from "vitest";
import {
  ConfChangeRejectedError,
  ConfChanges,
  ConfChangeTransition,
  ConfChangeType,
  decodeConfChange,
  encodeConfChange,
  MemoryStorage,
  StateRole,
} from "../../src/raft/index.js";
import { bytes, TestCluster } from "./harness.js";

describe("membership changes (Raft §6, thesis §4.3)", () => {
  it("encodes and decodes conf changes", () => {
    const change = {
      transition: ConfChangeTransition.JointExplicit,
      changes: [
        { type: ConfChangeType.AddVoter, nodeId: 7, incarnation: 0 },
        { type: ConfChangeType.RemoveNode, nodeId: Number.MAX_SAFE_INTEGER, incarnation: 0 },
      ],
    };
    expect(decodeConfChange(encodeConfChange(change))).toEqual(change);
    expect(() => decodeConfChange(new Uint8Array([9, 0, 0]))).toThrow();
  });

  it("adds a learner that receives the log, then promotes it to voter", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("before"));
    c.add(4, new MemoryStorage());
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(4));
    c.stabilize();
    c.tickAll(2);
    expect(c.appliedData(4)).toEqual(["before"]);
    expect(c.get(1).node.status().confState.learners).toEqual([4]);
    c.get(1).node.proposeConfChange(ConfChanges.promoteLearner(4));
    c.stabilize();
    expect(c.get(1).node.status().confState.voters).toEqual([1, 2, 3, 4]);
    expect(c.get(4).node.status().confState.voters).toEqual([1, 2, 3, 4]);
  });

  it("a learner cut off from the leader forgets it after an election timeout, and learns it again", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.add(4, new MemoryStorage());
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(4));
    c.stabilize();
    c.tickAll(2);
    c.stabilize();
    const learner = c.get(4).node.raft;
    expect(learner.lead).toBe(1);
    // It cannot campaign, so no pre-vote clears its leader: the election timeout does.
    c.isolate(4);
    c.tick(4, learner.randomizedElectionTimeout + 1);
    expect(learner.lead).toBe(0);
    expect(c.get(4).node.status().confState.learners).toEqual([4]);
    c.heal();
    c.tickAll(c.get(1).node.raft.config.heartbeatIntervalTicks);
    c.stabilize();
    expect(learner.lead).toBe(1);
  });

  it("rejects a change while another is pending, and removing the last voter", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.proposeConfChange(ConfChanges.addLearner(4));
    expect(() => c.get(1).node.proposeConfChange(ConfChanges.addLearner(5))).toThrow(
      ConfChangeRejectedError,
    );
    const single = new TestCluster({ voters: [1] });
    for (let i = 0; i < 30; i++) single.tickAll(1);
    expect(() => single.get(1).node.proposeConfChange(ConfChanges.remove(1))).toThrow(/last voter/);
  });

  it("replaces two voters through a joint configuration and leaves it automatically", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.add(4, new MemoryStorage());
    c.add(5, new MemoryStorage());
    c.get(1).node.proposeConfChange({
      transition: ConfChangeTransition.Auto,
      changes: [
        { type: ConfChangeType.AddVoter, nodeId: 4, incarnation: 0 },
        { type: ConfChangeType.AddVoter, nodeId: 5, incarnation: 0 },
        { type: ConfChangeType.RemoveNode, nodeId: 2, incarnation: 0 },
        { type: ConfChangeType.RemoveNode, nodeId: 3, incarnation: 0 },
      ],
    });
    c.stabilize();
    c.tickAll(3);
    const cs = c.get(1).node.status().confState;
    expect(cs.voters).toEqual([1, 4, 5]);
    expect(cs.votersOutgoing).toEqual([]);
    c.get(1).node.propose(bytes("after"));
    c.stabilize();
    expect(c.appliedData(5)).toEqual(["after"]);
  });

  it("commits in a joint configuration only with a majority of both halves", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.add(4, new MemoryStorage());
    c.add(5, new MemoryStorage());
    c.get(1).node.proposeConfChange({
      transition: ConfChangeTransition.JointExplicit,
      changes: [
        { type: ConfChangeType.AddVoter, nodeId: 4, incarnation: 0 },
        { type: ConfChangeType.AddVoter, nodeId: 5, incarnation: 0 },
      ],
    });
    c.stabilize();
    c.tickAll(2);
    expect(c.get(1).node.status().confState.votersOutgoing).toEqual([1, 2, 3]);
    // Old half 1,2,3 has a majority (1,2,3 up) but the new half 1..5 lacks one if 4,5,2 down.
    c.filter = (m) => ![2, 4, 5].includes(m.to) && ![2, 4, 5].includes(m.from);
    const before = c.raft(1).log.committed;
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    expect(c.raft(1).log.committed).toBe(before);
    c.heal();
    c.tickAll(2);
    expect(c.raft(1).log.committed).toBeGreaterThan(before);
    c.get(1).node.proposeConfChange(ConfChanges.leaveJoint());
    c.stabilize();
    expect(c.get(1).node.status().confState.votersOutgoing).toEqual([]);
  });

  it("a removed leader steps down and the others elect a new one", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.proposeConfChange(ConfChanges.remove(1));
    c.stabilize();
    expect(c.raft(1).role).toBe(StateRole.Follower);
    c.nodes.delete(1);
    for (let i = 0; i < 60 && c.leader() === undefined; i++) c.tickAll(1);
    expect([2, 3]).toContain(c.leader());
  });
});
