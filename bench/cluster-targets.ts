/**
 * bench:cluster's targets for its write runs, and the verdict of one run against them (the
 * targets hold only for 3 nodes and 256-byte values; other shapes get "-").
 */
import type { LoadResult } from "./cluster-load.js";

/**
 * The targets (3 nodes, 256-byte values, by client count): 1 client p50 <= 0.8 ms and <= 2.5x
 * the raw 4 KiB append + fdatasync p50 measured in the same run; 64 clients >= 30,000 ops/s
 * with p99 <= 10 ms; 256 clients >= 45,000 ops/s with p99 <= 25 ms and node CPU <= 30 us/op.
 */
export const TARGETS = {
  nodes: 3,
  valueSizeBytes: 256,
  byClients: {
    1: { p50MsMax: 0.8, p50OverRawFdatasyncMax: 2.5 },
    64: { opsPerSecMin: 30_000, p99MsMax: 10 },
    256: { opsPerSecMin: 45_000, p99MsMax: 25, nodeCpuUsPerOpMax: 30 },
  } as Record<number, Target>,
} as const;

interface Target {
  p50MsMax?: number;
  p50OverRawFdatasyncMax?: number;
  p99MsMax?: number;
  opsPerSecMin?: number;
  nodeCpuUsPerOpMax?: number;
}

export type Verdict = "PASS" | "MISS" | "-";

export function verdict(
  options: { nodes: number; valueSizeBytes: number },
  run: Pick<LoadResult, "clients" | "opsPerSec" | "p50Us" | "p99Us" | "nodeCpuUsPerOp">,
  rawFdatasyncP50Us: number,
): { verdict: Verdict; target: string } {
  const target = TARGETS.byClients[run.clients];
  if (
    target === undefined ||
    options.nodes !== TARGETS.nodes ||
    options.valueSizeBytes !== TARGETS.valueSizeBytes
  ) {
    return { verdict: "-", target: "" };
  }
  const checks: [boolean, string][] = [];
  if (target.opsPerSecMin !== undefined) {
    checks.push([run.opsPerSec >= target.opsPerSecMin, `>= ${target.opsPerSecMin} ops/s`]);
  }
  if (target.p50MsMax !== undefined) {
    checks.push([run.p50Us / 1000 <= target.p50MsMax, `p50 <= ${target.p50MsMax} ms`]);
  }
  if (target.p50OverRawFdatasyncMax !== undefined) {
    checks.push([
      run.p50Us <= target.p50OverRawFdatasyncMax * rawFdatasyncP50Us,
      `p50 <= ${target.p50OverRawFdatasyncMax}x raw fdatasync`,
    ]);
  }
  if (target.p99MsMax !== undefined) {
    checks.push([run.p99Us / 1000 <= target.p99MsMax, `p99 <= ${target.p99MsMax} ms`]);
  }
  if (target.nodeCpuUsPerOpMax !== undefined) {
    checks.push([
      run.nodeCpuUsPerOp !== undefined && run.nodeCpuUsPerOp <= target.nodeCpuUsPerOpMax,
      `node CPU <= ${target.nodeCpuUsPerOpMax} µs/op`,
    ]);
  }
  return {
    verdict: checks.every(([pass]) => pass) ? "PASS" : "MISS",
    target: checks.map(([, text]) => text).join(", "),
  };
}
