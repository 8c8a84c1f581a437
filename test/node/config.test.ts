import { describe, expect, it } from "vitest";
import {
  defaultNodeConfig,
  LEASE_CLOCK_DRIFT_MARGIN_RATIO,
  MAX_TICK_MS,
  nodeTiming,
  type RaftNodeOptions,
  resolveNodeConfig,
} from "../../src/node/config.js";
import { InvalidConfigError } from "../../src/node/errors.js";

const BASE: RaftNodeOptions = {
  nodeId: 1,
  peers: [{ id: 1, address: "127.0.0.1:7401" }],
  dataDirectory: "/unused",
};

function rejected(options: Partial<RaftNodeOptions>): InvalidConfigError {
  try {
    resolveNodeConfig({ ...BASE, ...options });
  } catch (error) {
    expect(error).toBeInstanceOf(InvalidConfigError);
    return error as InvalidConfigError;
  }
  throw new Error(`accepted ${JSON.stringify(options)}`);
}

describe("node timing", () => {
  it("defaults: 10 ms ticks, heartbeats every 5, timeouts from [15, 30) ticks, a 126 ms lease", () => {
    const config = resolveNodeConfig(BASE);
    expect(config.electionTimeoutMinMs).toBe(150);
    expect(config.electionTimeoutMaxMs).toBe(300);
    expect(config.heartbeatIntervalMs).toBe(50);
    const timing = nodeTiming(config);
    expect(timing).toEqual({
      tickMs: 10,
      heartbeatIntervalTicks: 5,
      electionTimeoutMinTicks: 15,
      electionTimeoutMaxTicks: 30,
      leaseDurationMs: 14 * 10 * (1 - LEASE_CLOCK_DRIFT_MARGIN_RATIO),
    });
  });

  it("ticks at most every MAX_TICK_MS, a whole divisor of the heartbeat interval", () => {
    for (let heartbeatIntervalMs = 1; heartbeatIntervalMs <= 200; heartbeatIntervalMs++) {
      const { tickMs, heartbeatIntervalTicks } = nodeTiming({
        heartbeatIntervalMs,
        electionTimeoutMinMs: 2 * heartbeatIntervalMs,
        electionTimeoutMaxMs: 4 * heartbeatIntervalMs,
      });
      expect(tickMs).toBeLessThanOrEqual(MAX_TICK_MS);
      expect(Number.isInteger(tickMs)).toBe(true);
      expect(heartbeatIntervalTicks * tickMs).toBe(heartbeatIntervalMs);
    }
    expect(nodeTiming({ ...defaultNodeConfig(), heartbeatIntervalMs: 45 }).tickMs).toBe(9);
  });

  it("rounds the timeout range up to whole ticks: never below the minimum, never at the maximum", () => {
    for (let minMs = 20; minMs <= 80; minMs++) {
      for (let maxMs = minMs + 10; maxMs <= minMs + 40; maxMs++) {
        const timing = nodeTiming({
          heartbeatIntervalMs: 10,
          electionTimeoutMinMs: minMs,
          electionTimeoutMaxMs: maxMs,
        });
        expect(timing.electionTimeoutMinTicks * timing.tickMs).toBeGreaterThanOrEqual(minMs);
        expect((timing.electionTimeoutMaxTicks - 1) * timing.tickMs).toBeLessThan(maxMs);
        expect(timing.electionTimeoutMaxTicks).toBeGreaterThan(timing.electionTimeoutMinTicks);
        // The lease ends before the least time a voter refuses votes after a heartbeat.
        expect(timing.leaseDurationMs).toBeLessThan(
          (timing.electionTimeoutMinTicks - 1) * timing.tickMs,
        );
        expect(timing.leaseDurationMs).toBeLessThan(minMs);
      }
    }
  });

  it("refuses bad timing with an error naming the key", () => {
    expect(rejected({ electionTimeoutMaxMs: 150 }).key).toBe("electionTimeoutMaxMs");
    expect(rejected({ electionTimeoutMaxMs: 100 }).message).toMatch(
      /must be above electionTimeoutMinMs \(150\)/,
    );
    // 151 and 155 both round up to 16 ticks of 10 ms: nothing left to draw from.
    const empty = rejected({ electionTimeoutMinMs: 151, electionTimeoutMaxMs: 155 });
    expect(empty.key).toBe("electionTimeoutMaxMs");
    expect(empty.message).toMatch(/one whole tick of 10 ms/);
    expect(rejected({ heartbeatIntervalMs: 80 }).key).toBe("heartbeatIntervalMs");
    expect(rejected({ heartbeatIntervalMs: 0 }).key).toBe("heartbeatIntervalMs");
    expect(rejected({ electionTimeoutMinMs: 1.5 }).key).toBe("electionTimeoutMinMs");
    // A narrow range is fine when it holds a whole tick.
    expect(() =>
      resolveNodeConfig({ ...BASE, electionTimeoutMinMs: 150, electionTimeoutMaxMs: 151 }),
    ).not.toThrow();
  });
});

describe("node peers", () => {
  it("refuses two node ids at one address, naming both (they would dial one node forever)", () => {
    const error = rejected({
      peers: [
        { id: 1, address: "127.0.0.1:7401" },
        { id: 2, address: "127.0.0.1:7402" },
        { id: 3, address: "127.0.0.1:7402" },
      ],
    });
    expect(error.message).toMatch(
      /peers\[2\]\.address: nodes 2 and 3 have the same address 127\.0\.0\.1:7402/,
    );
  });
});

describe("snapshot pacing", () => {
  it("takes snapshotThresholdLogRatio from 0 to 100, fractions too, and names it when refused", () => {
    expect(resolveNodeConfig(BASE).snapshotThresholdLogRatio).toBe(1);
    for (const ratio of [0, 0.5, 100]) {
      expect(
        resolveNodeConfig({ ...BASE, snapshotThresholdLogRatio: ratio }).snapshotThresholdLogRatio,
      ).toBe(ratio);
    }
    for (const ratio of [-1, 100.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      const error = rejected({ snapshotThresholdLogRatio: ratio });
      expect(error.key).toBe("snapshotThresholdLogRatio");
      expect(error.message).toMatch(/must be a number in \[0, 100\]/);
    }
  });
});

describe("log write thread", () => {
  it("writes on the event loop by default, takes thread-pool, and names logWriteThread when refused", () => {
    expect(resolveNodeConfig(BASE).logWriteThread).toBe("event-loop");
    expect(resolveNodeConfig({ ...BASE, logWriteThread: "thread-pool" }).logWriteThread).toBe(
      "thread-pool",
    );
    for (const value of ["pool", "", 1]) {
      const error = rejected({ logWriteThread: value as never });
      expect(error.key).toBe("logWriteThread");
      expect(error.message).toMatch(/must be one of "event-loop", "thread-pool", got/);
    }
  });
});
