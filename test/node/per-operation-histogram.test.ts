import fc from "fast-check";
import { Histogram, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { PROPOSAL_DURATION_BUCKETS_SECONDS } from "../../src/node/metrics.js";
import { PerOperationHistogram } from "../../src/node/per-operation-histogram.js";

const NAME = "test_duration_seconds";
const HELP = "A duration";

/** The same observations in prom-client's Histogram and in PerOperationHistogram. */
function bothHistograms() {
  const theirs = new Registry();
  const ours = new Registry();
  const reference = new Histogram({
    name: NAME,
    help: HELP,
    labelNames: ["outcome"],
    buckets: PROPOSAL_DURATION_BUCKETS_SECONDS,
    registers: [theirs],
  });
  const histogram = new PerOperationHistogram(
    ours,
    NAME,
    HELP,
    PROPOSAL_DURATION_BUCKETS_SECONDS,
    "outcome",
    ["applied", "failed"] as const,
  );
  return {
    observe(outcome: "applied" | "failed", seconds: number) {
      reference.observe({ outcome }, seconds);
      histogram.observe(outcome, seconds);
    },
    theirs,
    ours,
    histogram,
  };
}

describe("PerOperationHistogram", () => {
  it("prints what prom-client's Histogram prints for the same observations", async () => {
    const values = fc.oneof(
      fc.double({ min: 0, max: 20, noNaN: true }),
      fc.constantFrom(...PROPOSAL_DURATION_BUCKETS_SECONDS, 0, 10.5),
    );
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.constantFrom("applied" as const, "failed" as const), values), {
          maxLength: 60,
        }),
        async (observations) => {
          const both = bothHistograms();
          for (const [outcome, seconds] of observations) both.observe(outcome, seconds);
          expect(await both.ours.metrics()).toBe(await both.theirs.metrics());
          expect(await both.ours.getMetricsAsJSON()).toEqual(await both.theirs.getMetricsAsJSON());
          both.ours.resetMetrics();
          both.theirs.resetMetrics();
          expect(await both.ours.metrics()).toBe(await both.theirs.metrics());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("counts a value equal to a bound in that bound's bucket", async () => {
    const both = bothHistograms();
    both.observe("applied", 0.001);
    const text = await both.ours.metrics();
    expect(text).toContain(`${NAME}_bucket{le="0.0005",outcome="applied"} 0`);
    expect(text).toContain(`${NAME}_bucket{le="0.001",outcome="applied"} 1`);
    expect(text).toContain(`${NAME}_count{outcome="applied"} 1`);
    expect(text).not.toContain('outcome="failed"');
  });

  it("refuses a label value it was not given and a value that is not a number", () => {
    const { histogram } = bothHistograms();
    expect(() => histogram.observe("dropped" as "applied", 1)).toThrow(/not declared/);
    expect(() => histogram.observe("applied", Number.NaN)).toThrow(/observed NaN/);
  });
});
