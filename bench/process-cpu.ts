/**
 * CPU time of processes, for benchmarks: a cluster's CPU per operation is a steadier measure
 * of efficiency than its throughput on a shared, noisy machine (disk weather moves the latter
 * by 10% from run to run; the CPU spent per operation moves far less).
 */
import { execFileSync } from "node:child_process";
import fs from "node:fs";

let clockTicksPerSecond: number | undefined;

function ticksPerSecond(): number {
  if (clockTicksPerSecond === undefined) {
    try {
      clockTicksPerSecond = Number(execFileSync("getconf", ["CLK_TCK"]).toString().trim());
    } catch {
      clockTicksPerSecond = 100;
    }
    if (!Number.isFinite(clockTicksPerSecond) || clockTicksPerSecond <= 0)
      clockTicksPerSecond = 100;
  }
  return clockTicksPerSecond;
}

/**
 * User + system CPU seconds used so far by process `pid` (from /proc/<pid>/stat, in clock
 * ticks: 10 ms on most Linux systems), or undefined when it cannot be read (not Linux, gone).
 */
export function processCpuSeconds(pid: number): number | undefined {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return undefined;
  }
  // Fields after the command name (which may hold spaces, inside parentheses): state is 3rd,
  // utime the 14th and stime the 15th field of the whole line.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  const user = Number(fields[11]);
  const system = Number(fields[12]);
  if (!Number.isFinite(user) || !Number.isFinite(system)) return undefined;
  return (user + system) / ticksPerSecond();
}

/** The CPU seconds of all `pids` together, or undefined when one cannot be read. */
export function sumCpuSeconds(pids: readonly number[]): number | undefined {
  let total = 0;
  for (const pid of pids) {
    const seconds = processCpuSeconds(pid);
    if (seconds === undefined) return undefined;
    total += seconds;
  }
  return total;
}

/** This process's user + system CPU seconds so far. */
export function ownCpuSeconds(): number {
  const usage = process.cpuUsage();
  return (usage.user + usage.system) / 1e6;
}
