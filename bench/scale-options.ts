/**
 * The flags of `npm run bench:scale` (bench/scale.ts) and its help text: the matrix of node
 * counts, value sizes and client counts, the measured and warm-up time of each cell, and the
 * run directory. Parsing is pure (no output), so it can be tested.
 */
import { parseArgs } from "node:util";
import {
  CLIENTS_MAX,
  nodeCount,
  positiveIntegers,
  runDirectory,
  secondsAsMs,
  VALUE_SIZE_BYTES_MAX,
} from "./cluster-flags.js";
import { LOOPS_PER_RAFT_CLIENT_DEFAULT } from "./cluster-load.js";

export const SCALE_DEFAULTS = {
  nodes: "3,5",
  valueSizes: "256,4096,65536",
  clients: "1,256",
  durationSeconds: "8",
  warmupSeconds: "2",
} as const;

export const SCALE_HELP = `Usage: npm run bench:scale -- [options]

How the cluster scales with its size, the value size and the load: for every cell of the
matrix (node count x value size x client count) it starts a FRESH local cluster of separate
node processes (one cluster per cell: what earlier cells wrote would otherwise change the
log's length, the snapshots taken and so the bytes a cell writes), drives closed-loop clients
proposing puts (${LOOPS_PER_RAFT_CLIENT_DEFAULT} loops per RaftClient), then stops the cluster and removes its data.
Before the first cell it measures the data disk's limits: raw 4 KiB append + fdatasync latency
and raw sequential bandwidth (1 MiB writes + fdatasync); raw fdatasync again after the last.

Options:
  --nodes N[,N...]        node counts, each 1, 3 or 5 (default ${SCALE_DEFAULTS.nodes})
  --value-sizes B[,B...]  bytes per put value (default ${SCALE_DEFAULTS.valueSizes})
  --clients N[,N...]      concurrent closed-loop clients (default ${SCALE_DEFAULTS.clients})
  --duration SECONDS      measured time per cell (default ${SCALE_DEFAULTS.durationSeconds}; the default matrix
                          then takes about 3-4 minutes)
  --warmup SECONDS        unmeasured time before each measurement (default ${SCALE_DEFAULTS.warmupSeconds})
  --dir PATH              data directory (default <repo>/data/bench-scale); created fresh and
                          removed at the end; an existing non-empty PATH is refused
  --json                  also print one JSON line last on stdout
  --help                  print this help

Columns, per cell:
  ops/s, p50 ms, p99 ms   puts completed in the window, and their latency percentiles
  p50/fsync               p50 / raw 4 KiB append + fdatasync p50 (read it on 1-client rows)
  CPU µs/op               CPU time (user + system) of all node processes per put (/proc)
  disk B/op               bytes written in the window / puts, counted by the first that works:
                          1. the nodes' /proc/<pid>/io write_bytes (bytes sent to the block
                             layer), if a 256-byte append + fdatasync over a zero-filled file
                             counts at most one 4 KiB page (measured before the first cell;
                             kernels whose page cache holds large folios count the whole
                             folio, up to 1 MiB, and write_bytes would overstate);
                          2. the sectors written to the data directory's block device
                             (/sys/dev/block/*/stat): journal included, but from EVERY process
                             on the machine, so run it on a quiet machine;
                          3. write_bytes as it is, or wchar (write calls, SOCKETS INCLUDED).
                          The line under the table says which. Node logs, snapshots and the
                          zero-fill of preallocated segments count (the start-up's zero-fill
                          is waited out before the warm-up)
  /value                  disk B/op / value size: write amplification; with N nodes each
                          writing the value to its log the floor is about N (2N with the
                          zero-fill of preallocated segments, src/storage/preallocation.ts)
  disk MB/s, /raw bw      disk bytes per second of all nodes together, and that / the raw
                          sequential bandwidth (read it on 256-client rows)

JSON: "cells" holds one object per cell with every counter (nodeWriteBytes, nodeWchar,
deviceWriteBytes); diskBytesSource is "write_bytes", "device", "wchar" or null.`;

export interface ScaleOptions {
  help: boolean;
  nodes: number[];
  valueSizesBytes: number[];
  clients: number[];
  durationMs: number;
  warmupMs: number;
  directory: string;
  ownsDefaultDirectory: boolean;
  json: boolean;
}

/** Parses `args` (process.argv.slice(2)); throws on a bad flag, naming it. */
export function parseScaleOptions(args: readonly string[]): ScaleOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      nodes: { type: "string", default: SCALE_DEFAULTS.nodes },
      "value-sizes": { type: "string", default: SCALE_DEFAULTS.valueSizes },
      clients: { type: "string", default: SCALE_DEFAULTS.clients },
      duration: { type: "string", default: SCALE_DEFAULTS.durationSeconds },
      warmup: { type: "string", default: SCALE_DEFAULTS.warmupSeconds },
      dir: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  return {
    help: values.help,
    nodes: values.nodes.split(",").map((part) => nodeCount("--nodes", part.trim())),
    valueSizesBytes: positiveIntegers("--value-sizes", values["value-sizes"], VALUE_SIZE_BYTES_MAX),
    clients: positiveIntegers("--clients", values.clients, CLIENTS_MAX),
    durationMs: secondsAsMs("--duration", values.duration, false),
    warmupMs: secondsAsMs("--warmup", values.warmup, true),
    ...runDirectory(values.dir, "bench-scale"),
    json: values.json,
  };
}
