import { describe, expect, it } from "vitest";
import { runNodeSeed } from "./node-run.js";

describe("whole-node simulation determinism", () => {
  it("replays a seed exactly: the same trace, history and statistics", async () => {
    const first = await runNodeSeed(3, { traceLines: 100_000 });
    const second = await runNodeSeed(3, { traceLines: 100_000 });
    expect(first.history.length).toBeGreaterThan(50);
    expect(second.trace).toEqual(first.trace);
    expect(second.history).toEqual(first.history);
    expect(second.stats).toEqual(first.stats);
  }, 120_000);
});
