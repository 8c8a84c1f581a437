/**
 * Latency measurement shared by the benchmarks: tinybench drives the iterations (warmup, time
 * budget, minimum count) and every timed sample goes into an HDR histogram in microseconds,
 * which gives the percentiles.
 */
import type { Histogram } from "hdr-histogram-js";
import { build } from "hdr-histogram-js";
import { Bench } from "tinybench";

/** Largest latency the histograms track: a sample above it is clamped (and shows as the max). */
const LATENCY_US_MAX = 60_000_000;

export interface LatencySummary {
  count: number;
  p50Us: number;
  p99Us: number;
  maxUs: number;
  meanUs: number;
  /** Sum of all samples: the time spent inside the measured calls. */
  totalSeconds: number;
}

/** Budget of one latency task. The task runs until both the time and the count are reached. */
export interface LatencyBudget {
  timeMs: number;
  iterationsMin: number;
  warmupTimeMs: number;
  warmupIterationsMin: number;
}

export function latencyHistogram(): Histogram {
  return build({
    lowestDiscernibleValue: 1,
    highestTrackableValue: LATENCY_US_MAX,
    numberOfSignificantValueDigits: 3,
  });
}

/** Microseconds since `startMs` (a performance.now() reading). */
export function elapsedUs(startMs: number): number {
  return (performance.now() - startMs) * 1000;
}

export class LatencyRecorder {
  readonly histogram = latencyHistogram();
  private totalUs = 0;

  record(us: number): void {
    this.histogram.recordValue(Math.min(LATENCY_US_MAX, Math.max(1, Math.round(us))));
    this.totalUs += us;
  }

  reset(): void {
    this.histogram.reset();
    this.totalUs = 0;
  }

  summary(): LatencySummary {
    const histogram = this.histogram;
    return {
      count: histogram.totalCount,
      p50Us: histogram.getValueAtPercentile(50),
      p99Us: histogram.getValueAtPercentile(99),
      maxUs: histogram.maxValue,
      meanUs: histogram.mean,
      totalSeconds: this.totalUs / 1e6,
    };
  }
}

/**
 * Runs `operation` under tinybench and returns the percentiles of the measured part.
 * `prepare` runs before each iteration, outside the timed window (building a batch).
 * `onRunStart` / `onRunEnd` run when the measured phase starts (after the warmup) and ends.
 */
export async function measureLatency(
  name: string,
  budget: LatencyBudget,
  hooks: {
    prepare?: () => void;
    operation: () => Promise<void> | void;
    onRunStart?: () => void;
    onRunEnd?: () => void;
  },
  /** Accumulates across calls (interleaved rounds) when given; a fresh one otherwise. */
  recorder: LatencyRecorder = new LatencyRecorder(),
): Promise<LatencySummary> {
  let recording = false;
  const bench = new Bench({
    name,
    time: budget.timeMs,
    iterations: budget.iterationsMin,
    warmupTime: budget.warmupTimeMs,
    warmupIterations: budget.warmupIterationsMin,
    throws: true,
  });
  const prepare = hooks.prepare;
  bench.add(
    name,
    async () => {
      const start = performance.now();
      await hooks.operation();
      const us = elapsedUs(start);
      if (recording) {
        recorder.record(us);
      }
      return { overriddenDuration: us / 1000 };
    },
    {
      async: true,
      ...(prepare === undefined ? {} : { beforeEach: () => prepare() }),
      beforeAll: (mode) => {
        if (mode === "run") {
          recording = true;
          hooks.onRunStart?.();
        }
      },
      afterAll: (mode) => {
        if (mode === "run") {
          recording = false;
          hooks.onRunEnd?.();
        }
      },
    },
  );
  await bench.run();
  return recorder.summary();
}
