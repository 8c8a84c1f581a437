import fc from "fast-check";
import { Counter, Histogram, Registry } from "prom-client";
import { describe, expect, it } from "vitest";
import { PROPOSAL_DURATION_BUCKETS_SECONDS } from "../../src/node/metrics.js";
import {
  PerOperationCounter,
  PerOperationHistogram,
} from "../../src/node/per-operation-metrics.js";

/** A Registry printing `contentType` (prom-client's declarations leave the argument out). */
function registry(contentType: string): Registry {
  return new (Registry as unknown as new (type: string) => Registry)(contentType);
}

const NAME = "test_duration_seconds";
const HELP = "A duration";

/** The same observations in prom-client's Histogram and in PerOperationHistogram. */
function bothHistograms(contentType: string = Registry.PROMETHEUS_CONTENT_TYPE) {
  const theirs = registry(contentType);
  const ours = registry(contentType);
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
          expect(JSON.stringify(await both.ours.getMetricsAsJSON())).toBe(
            JSON.stringify(await both.theirs.getMetricsAsJSON()),
          );
          // Default labels go where prom-client puts them (between `le` and the own label).
          for (const registry of [both.ours, both.theirs]) registry.setDefaultLabels({ node: "1" });
          expect(await both.ours.metrics()).toBe(await both.theirs.metrics());
          for (const registry of [both.ours, both.theirs]) registry.setDefaultLabels({});
          both.ours.resetMetrics();
          both.theirs.resetMetrics();
          expect(await both.ours.metrics()).toBe(await both.theirs.metrics());
        },
      ),
      { numRuns: 200 },
    );
  });

  it("prints what prom-client prints in the OpenMetrics format too", async () => {
    const both = bothHistograms(Registry.OPENMETRICS_CONTENT_TYPE);
    both.observe("failed", 0.3);
    both.observe("applied", 0.002);
    expect(await both.ours.metrics()).toBe(await both.theirs.metrics());
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

describe("PerOperationCounter", () => {
  it("prints what prom-client's Counter prints, as text and JSON, across resets and formats", async () => {
    for (const contentType of [
      Registry.PROMETHEUS_CONTENT_TYPE,
      Registry.OPENMETRICS_CONTENT_TYPE,
    ]) {
      const theirs = registry(contentType);
      const ours = registry(contentType);
      const reference = new Counter({ name: "test_things_total", help: HELP, registers: [theirs] });
      const counter = new PerOperationCounter(ours, "test_things_total", HELP);
      const same = async () => {
        expect(await ours.metrics()).toBe(await theirs.metrics());
        expect(JSON.stringify(await ours.getMetricsAsJSON())).toBe(
          JSON.stringify(await theirs.getMetricsAsJSON()),
        );
      };
      await same();
      for (let count = 0; count < 5; count++) {
        counter.inc();
        reference.inc();
      }
      await same();
      expect(await ours.metrics()).toContain(" 5\n");
      ours.resetMetrics();
      theirs.resetMetrics();
      await same();
      counter.inc();
      reference.inc();
      ours.setDefaultLabels({ node: "2" });
      theirs.setDefaultLabels({ node: "2" });
      await same();
    }
  });
});
