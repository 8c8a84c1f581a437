import { describe, expect, it } from "vitest";
import { verdict } from "../../bench/cluster-targets.js";

const shape = { nodes: 3, valueSizeBytes: 256 };
const RAW_P50_US = 200;

describe("bench:cluster targets", () => {
  it("holds a 1-client run to 0.8 ms and 2.5x the raw fdatasync p50", () => {
    const run = { clients: 1, opsPerSec: 1500, p99Us: 2000, nodeCpuUsPerOp: 100 };
    expect(verdict(shape, { ...run, p50Us: 480 }, RAW_P50_US).verdict).toBe("PASS");
    // Under 0.8 ms but above 2.5 x 200 us.
    expect(verdict(shape, { ...run, p50Us: 700 }, RAW_P50_US)).toEqual({
      verdict: "MISS",
      target: "p50 <= 0.8 ms, p50 <= 2.5x raw fdatasync",
    });
    // Within 2.5x a slow disk's fdatasync but over 0.8 ms.
    expect(verdict(shape, { ...run, p50Us: 900 }, 400).verdict).toBe("MISS");
  });

  it("holds 64 clients to 30,000 ops/s and a 10 ms p99", () => {
    const run = { clients: 64, p50Us: 2000, nodeCpuUsPerOp: 50 };
    expect(verdict(shape, { ...run, opsPerSec: 30_000, p99Us: 10_000 }, RAW_P50_US).verdict).toBe(
      "PASS",
    );
    expect(verdict(shape, { ...run, opsPerSec: 29_999, p99Us: 9_000 }, RAW_P50_US).verdict).toBe(
      "MISS",
    );
    expect(verdict(shape, { ...run, opsPerSec: 40_000, p99Us: 10_001 }, RAW_P50_US).verdict).toBe(
      "MISS",
    );
  });

  it("holds 256 clients to 45,000 ops/s, a 25 ms p99 and 30 us of node CPU per operation", () => {
    const run = { clients: 256, opsPerSec: 50_000, p50Us: 5000, p99Us: 20_000 };
    expect(verdict(shape, { ...run, nodeCpuUsPerOp: 29 }, RAW_P50_US).verdict).toBe("PASS");
    expect(verdict(shape, { ...run, nodeCpuUsPerOp: 31 }, RAW_P50_US).verdict).toBe("MISS");
    // No CPU figure (the nodes' CPU was not read): not a pass.
    expect(verdict(shape, { ...run, nodeCpuUsPerOp: undefined }, RAW_P50_US).verdict).toBe("MISS");
  });

  it("judges only 3 nodes with 256-byte values, and only the client counts it has targets for", () => {
    const run = { clients: 64, opsPerSec: 1, p50Us: 1, p99Us: 1, nodeCpuUsPerOp: 1 };
    expect(verdict({ nodes: 5, valueSizeBytes: 256 }, run, RAW_P50_US).verdict).toBe("-");
    expect(verdict({ nodes: 3, valueSizeBytes: 4096 }, run, RAW_P50_US).verdict).toBe("-");
    expect(verdict(shape, { ...run, clients: 16 }, RAW_P50_US).verdict).toBe("-");
  });
});
