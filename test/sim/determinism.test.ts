import { describe, expect, it } from "vitest";
import { runSeed } from "./run.js";

describe("simulation determinism", () => {
  it("the same seed gives the same run, trace and history", () => {
    const a = runSeed(4242);
    const b = runSeed(4242);
    expect(a.stats).toEqual(b.stats);
    expect(a.trace).toEqual(b.trace);
    expect(a.history).toEqual(b.history);
    expect(a.linearizability).toEqual(b.linearizability);
    expect(a.linearizability.verdict).toBe("linearizable");
    expect(a.history.length).toBeGreaterThan(0);
  });
});
