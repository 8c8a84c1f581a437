import { describe, expect, it } from "vitest";
import { MessageType, StateRole } from "../../src/raft/index.js";
import { ProgressState } from "../../src/raft/tracker/index.js";
import { AssertionError } from "../../src/util/assert.js";
import { InvalidArgumentError } from "../../src/util/errors.js";
import { bytes, TestCluster } from "./harness.js";

describe("Ready / advance contract", () => {
  it("a Ready that changes term or vote puts every message after the write", () => {
    const c = new TestCluster({ voters: [1, 2, 3], raft: { preVote: false } });
    const n = c.get(1);
    for (let i = 0; i < 30 && n.node.raft.role !== StateRole.Candidate; i++) n.node.tick();
    const rd = n.node.ready();
    expect(rd.hardState?.vote).toBe(1);
    expect(rd.mustSync).toBe(true);
    expect(rd.messages.length).toBe(0);
    expect(rd.messagesAfterPersist.filter((m) => m.type === MessageType.Vote).length).toBe(2);
  });

  it("ready() again before advance() is a programmer error", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    c.get(1).node.propose(bytes("x"));
    c.get(1).node.ready();
    expect(() => c.get(1).node.ready()).toThrow(AssertionError);
    expect(c.get(1).node.hasReady()).toBe(false);
  });

  it("entries appended while a Ready is outstanding come in the next one", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    const leader = c.get(1);
    leader.node.propose(bytes("a"));
    const first = leader.node.ready();
    leader.node.propose(bytes("b"));
    c.handleReadyRest(leader, first);
    const second = leader.node.ready();
    expect(first.entries.map((e) => e.index)).toEqual([3]);
    expect(second.entries.map((e) => e.index)).toEqual([4]);
    c.handleReadyRest(leader, second);
    c.stabilize();
    expect(c.appliedData(2)).toEqual(["a", "b"]);
  });
});

describe("flow control limits (Raft §5.3)", () => {
  it("splits appends by messageBytesMax (at least one entry each)", () => {
    const c = new TestCluster({ voters: [1, 2], raft: { messageBytesMax: 300 } });
    c.elect(1);
    c.get(1).node.proposeBatch([new Uint8Array(200), new Uint8Array(200), new Uint8Array(500)]);
    const rd = c.get(1).node.ready();
    const sizes = rd.messages
      .filter((m) => m.type === MessageType.Append)
      .map((m) => (m.type === MessageType.Append ? m.entries.length : 0));
    expect(sizes).toEqual([1, 1, 1]);
    c.handleReadyRest(c.get(1), rd);
    c.stabilize();
    expect(c.raft(2).log.committed).toBe(5);
  });

  it("reportUnreachable stops pipelining and probes again", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    c.elect(1);
    expect(c.raft(1).tracker.progress.get(2)?.state).toBe(ProgressState.Replicate);
    c.get(1).node.reportUnreachable(2);
    expect(c.raft(1).tracker.progress.get(2)?.state).toBe(ProgressState.Probe);
    c.get(1).node.propose(bytes("x"));
    c.stabilize();
    expect(c.raft(1).tracker.progress.get(2)?.state).toBe(ProgressState.Replicate);
    expect(c.appliedData(2)).toEqual(["x"]);
  });
});

describe("message validation", () => {
  it("rejects malformed messages with an operating error", () => {
    const c = new TestCluster({ voters: [1, 2, 3] });
    const node = c.get(2).node;
    const base = { from: 1, to: 2, commit: 0, prevLogTerm: 0, type: MessageType.Append } as const;
    expect(() => node.step({ ...base, term: 1.5, prevLogIndex: 0, entries: [] })).toThrow(
      InvalidArgumentError,
    );
    const gap = [{ index: 3, term: 1, type: 1 as const, data: new Uint8Array() }];
    expect(() => node.step({ ...base, term: 1, prevLogIndex: 0, entries: gap })).toThrow(
      /consecutive/,
    );
    expect(() => node.step({ ...base, from: 0, term: 1, prevLogIndex: 0, entries: [] })).toThrow(
      /node id/,
    );
  });
});
