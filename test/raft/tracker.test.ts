import { describe, expect, it } from "vitest";
import { Inflights, Progress, ProgressState } from "../../src/raft/tracker/index.js";

describe("inflights ring", () => {
  it("is bounded by count and frees acknowledged messages in order", () => {
    const inflights = new Inflights(3, 1000);
    inflights.add(5, 10);
    inflights.add(7, 10);
    inflights.add(9, 10);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(7);
    expect(inflights.count()).toBe(1);
    expect(inflights.bytes()).toBe(10);
    inflights.add(12, 10);
    inflights.add(15, 10);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(100);
    expect(inflights.count()).toBe(0);
  });

  it("is bounded by bytes", () => {
    const inflights = new Inflights(100, 50);
    inflights.add(1, 30);
    expect(inflights.full()).toBe(false);
    inflights.add(2, 30);
    expect(inflights.full()).toBe(true);
    inflights.freeLE(1);
    expect(inflights.full()).toBe(false);
  });

  it("wraps around the ring", () => {
    const inflights = new Inflights(2, 1000);
    for (let i = 1; i <= 50; i++) {
      inflights.add(i, 1);
      inflights.freeLE(i - 1);
      expect(inflights.count()).toBeLessThanOrEqual(2);
    }
  });
});

describe("progress state machine (Raft §5.3 nextIndex/matchIndex)", () => {
  const make = () =>
    new Progress({
      next: 10,
      inflightMessageCountMax: 2,
      inflightBytesMax: 1 << 20,
      isLearner: false,
    });

  it("probe sends one message, then pauses until a response", () => {
    const p = make();
    expect(p.isPaused()).toBe(false);
    p.sentEntries(12, 3, 100);
    expect(p.isPaused()).toBe(true);
    expect(p.maybeUpdate(12)).toBe(true);
    expect(p.isPaused()).toBe(false);
  });

  it("replicate pipelines up to the inflight window", () => {
    const p = make();
    p.maybeUpdate(9);
    p.becomeReplicate();
    p.sentEntries(11, 2, 10);
    p.sentEntries(13, 2, 10);
    expect(p.next).toBe(14);
    expect(p.isPaused()).toBe(true);
    p.maybeUpdate(11);
    p.inflights.freeLE(11);
    expect(p.isPaused()).toBe(false);
  });

  it("a rejection in probe moves next back to the hint; stale rejections are ignored", () => {
    const p = make();
    expect(p.maybeDecrTo(9, 4)).toBe(true);
    expect(p.next).toBe(5);
    expect(p.maybeDecrTo(9, 2)).toBe(false);
  });

  it("snapshot state pauses and resumes probing after the snapshot", () => {
    const p = make();
    p.becomeSnapshot(50);
    expect(p.isPaused()).toBe(true);
    p.becomeProbe();
    expect(p.state).toBe(ProgressState.Probe);
    expect(p.next).toBe(51);
  });
});
