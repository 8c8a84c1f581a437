/**
 * The flags the cluster benchmarks (`bench:cluster`, `bench:scale`) share: their limits, how a
 * node count, a count, a comma list of counts and a number of seconds are parsed (each with
 * the error message that names the flag), and the run directory (default under data/).
 */
import path from "node:path";
import { fileURLToPath } from "node:url";

/** Cluster sizes the benchmarks start. */
export const NODE_COUNTS = [1, 3, 5] as const;
/** Most client loops in one run: each is a pending request on the leader. */
export const CLIENTS_MAX = 4096;
export const VALUE_SIZE_BYTES_MAX = 1024 * 1024;
/** Longest --duration or --warmup. */
const SECONDS_MAX = 3600;

export function positiveInteger(flag: string, text: string, max: number): number {
  const value = Number(text);
  if (!Number.isSafeInteger(value) || value < 1 || value > max) {
    throw new Error(`${flag} must be an integer in [1, ${max}], got "${text}"`);
  }
  return value;
}

/** A comma list of positive integers ("1,64,256"). */
export function positiveIntegers(flag: string, text: string, max: number): number[] {
  return text.split(",").map((part) => positiveInteger(flag, part.trim(), max));
}

/** A node count of NODE_COUNTS. */
export function nodeCount(flag: string, text: string): number {
  const nodes = Number(text);
  if (!(NODE_COUNTS as readonly number[]).includes(nodes)) {
    throw new Error(`${flag} must be one of ${NODE_COUNTS.join(", ")}, got "${text}"`);
  }
  return nodes;
}

/** A number of seconds, returned in milliseconds. */
export function secondsAsMs(flag: string, text: string, allowZero: boolean): number {
  const value = Number(text);
  if (!Number.isFinite(value) || value < 0 || (value === 0 && !allowZero) || value > SECONDS_MAX) {
    throw new Error(
      `${flag} must be a number of seconds in ${allowZero ? "[0" : "(0"}, ${SECONDS_MAX}]`,
    );
  }
  return Math.round(value * 1000);
}

/**
 * The run directory: `--dir PATH` when given (new or empty, a non-empty one is refused; the
 * bench removes it at the end), else `<repo>/data/<name>` (the bench's own, cleared first).
 */
export function runDirectory(
  dir: string | undefined,
  name: string,
): { directory: string; ownsDefaultDirectory: boolean } {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  return {
    directory: dir === undefined ? path.join(repository, "data", name) : path.resolve(dir),
    ownsDefaultDirectory: dir === undefined,
  };
}
