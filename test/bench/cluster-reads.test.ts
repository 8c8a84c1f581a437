/**
 * `bench:cluster --reads` (needs `npm run build`): a short run of a real 3-node cluster; the
 * JSON line has a read row per client count with writes, linearizable and lease figures, and
 * every read returned the value written. Timing is not checked.
 */
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readKey, readValue } from "../../bench/cluster-reads.js";
import { temporaryDirectory } from "../storage/helpers.js";
import { runBenchJson } from "./run-bench.js";

describe("bench:cluster --reads", () => {
  it("reports writes, linearizable and lease reads per client count, reads verified", async () => {
    const directory = path.join(temporaryDirectory(), "run");
    const { stdout, report } = await runBenchJson(
      "cluster",
      ["--reads", "--clients", "1,4", "--duration", "0.5", "--warmup", "0.2", "--dir", directory],
      90_000,
    );
    expect(stdout).toMatch(/clients +operation +ops\/s +x writes/);
    expect(report.reads.map((row: { clients: number }) => row.clients)).toEqual([1, 4]);
    for (const row of report.reads) {
      expect(row.verdict).toMatch(/^(PASS|MISS)$/);
      expect(row.writes.opsPerSec).toBeGreaterThan(0);
      for (const kind of ["linearizable", "lease"]) {
        const figures = row[kind];
        expect(Object.keys(figures).sort()).toEqual(
          [
            "clientCpuUsPerOp",
            "errors",
            "firstError",
            "leaderFsyncsPerSec",
            "mismatchedReads",
            "nodeCpuUsPerOp",
            "opsPerSec",
            "overWrites",
            "p50Ms",
            "p999Ms",
            "p99Ms",
            "verifiedReads",
          ].sort(),
        );
        expect(figures.errors).toBe(0);
        expect(figures.mismatchedReads).toBe(0);
        expect(figures.verifiedReads).toBeGreaterThan(0);
        expect(figures.opsPerSec).toBeGreaterThan(0);
        // The ratio is of the unrounded rates; the rates are printed rounded to whole ops/s, so
        // at a short run's low write rate they differ from it by up to half an op/s each.
        const ratio = figures.opsPerSec / row.writes.opsPerSec;
        const roundingSlack = ratio * (0.5 / figures.opsPerSec + 0.5 / row.writes.opsPerSec);
        expect(Math.abs(figures.overWrites - ratio)).toBeLessThanOrEqual(roundingSlack + 0.005);
      }
    }
  }, 120_000);

  it("gives every read key its own value", () => {
    expect(readValue(readKey(1), 256)).not.toBe(readValue(readKey(2), 256));
    expect(readValue(readKey(1), 256)).toHaveLength(256);
    expect(readValue(readKey(123), 2)).toBe("r123=");
  });
});
