/**
 * The flags of `npm run bench:etcd` (bench/etcd.ts) and its help text. Parsing is pure (no
 * output), so it can be tested.
 */
import { parseArgs } from "node:util";
import {
  CLIENTS_MAX,
  nodeCount,
  positiveInteger,
  positiveIntegers,
  runDirectory,
  secondsAsMs,
  VALUE_SIZE_BYTES_MAX,
} from "./cluster-flags.js";
import { LOOPS_PER_RAFT_CLIENT_DEFAULT } from "./cluster-load.js";
import { DEBIAN_GOPATH } from "./etcd-cluster.js";

export const ETCD_DEFAULTS = {
  nodes: "3",
  clients: "1,64,256",
  valueSize: "256",
  durationSeconds: "10",
  warmupSeconds: "2",
  startWarmupSeconds: "15",
  first: "etcd",
  etcd: "etcd",
} as const;

export const ETCD_HELP = `Usage: npm run bench:etcd -- [options]

Puts the same load on an etcd cluster and on a ruvector-raft cluster, one after the other on
this machine (etcd first unless --first ruvraft), in one run: the same node count, all on
loopback with their data on the same disk, the same closed-loop clients (each puts a value,
waits for the answer, puts the next; loop i writes keys c<i>-0 .. c<i>-999 in turn),
${LOOPS_PER_RAFT_CLIENT_DEFAULT} loops per connection. etcd is driven by etcd's own Go client (clientv3) from
bench/etcd-load/main.go, built here with go build; ruvector-raft by bench:cluster's
RaftClient loops. Each system runs its client counts in turn on one fresh cluster (first
--start-warmup, then per client count a warm-up and the measured window), and is stopped
before the other starts. Raw 4 KiB append + fdatasync of the data disk is measured before and
after. Both acknowledge a put once it is durable on a majority and applied by the leader.

Needs an etcd binary, Go and etcd's Go client sources (on Debian or Ubuntu:
apt-get install etcd-server golang-go golang-etcd-server-dev).

Options:
  --nodes N              1, 3 or 5 (default ${ETCD_DEFAULTS.nodes})
  --clients N[,N...]     concurrent closed-loop clients (default ${ETCD_DEFAULTS.clients})
  --value-size BYTES     bytes per put value (default ${ETCD_DEFAULTS.valueSize})
  --duration SECONDS     measured time per client count and system (default ${ETCD_DEFAULTS.durationSeconds})
  --warmup SECONDS       unmeasured time before each measurement (default ${ETCD_DEFAULTS.warmupSeconds})
  --start-warmup SECONDS unmeasured load on each fresh cluster before its first measurement, at
                         the largest client count (default ${ETCD_DEFAULTS.startWarmupSeconds}; 0: none): a node
                         process compiles its hot code in its first seconds (V8's JIT), etcd
                         is compiled ahead of time; both get the same
  --first SYSTEM         which system runs first: etcd or ruvraft (default ${ETCD_DEFAULTS.first}); swap
                         it to see whether the disk's weather during the run favoured one
  --etcd PATH            the etcd binary (default "${ETCD_DEFAULTS.etcd}", found on PATH); its
                         defaults stand (snapshot every 100,000 entries, no auto-compaction)
  --etcd-load PATH       a built bench/etcd-load binary (default: build it with go build,
                         GO111MODULE=off, GOPATH = the run directory's, then --go-path)
  --go-path DIR          where etcd's Go client sources are (default: $GOPATH, else
                         ${DEBIAN_GOPATH})
  --dir PATH             data directory (default <repo>/data/bench-etcd); created fresh and
                         removed at the end; an existing non-empty PATH is refused
  --json                 also print one JSON line last on stdout
  --help                 print this help

Columns, per client count and system:
  ops/s, p50 ms, p99 ms  puts completed in the window, and their latency percentiles
  node µs/op             CPU time (user + system) of all member processes per put (/proc)
  client µs/op           CPU time of the client process per put (the Go tool; bench:cluster's
                         loops run in this benchmark's own process)
  errors                 failed puts in the window
and a line of ratios: ruvector-raft's ops/s over etcd's, its p99 and node CPU per put over
etcd's.

JSON: "rows" holds per client count "etcd" and "ruvraft" (each opsPerSec, p50Us, p99Us,
p999Us, errors, firstError, nodeCpuUsPerOp, clientCpuUsPerOp) and the ratios opsRatio,
p99Ratio and nodeCpuRatio (ruvraft / etcd); fasterAtEveryClientCount is true when
ruvector-raft had more ops/s at every client count and neither had errors.`;

export interface EtcdBenchOptions {
  help: boolean;
  nodes: number;
  clients: number[];
  valueSizeBytes: number;
  durationMs: number;
  warmupMs: number;
  startWarmupMs: number;
  first: "etcd" | "ruvraft";
  etcdPath: string;
  etcdLoadPath: string | undefined;
  goPath: string;
  directory: string;
  ownsDefaultDirectory: boolean;
  json: boolean;
}

/** Parses `args` (process.argv.slice(2)); throws on a bad flag, naming it. */
export function parseEtcdOptions(
  args: readonly string[],
  environment: NodeJS.ProcessEnv = process.env,
): EtcdBenchOptions {
  const { values } = parseArgs({
    args: [...args],
    options: {
      nodes: { type: "string", default: ETCD_DEFAULTS.nodes },
      clients: { type: "string", default: ETCD_DEFAULTS.clients },
      "value-size": { type: "string", default: ETCD_DEFAULTS.valueSize },
      duration: { type: "string", default: ETCD_DEFAULTS.durationSeconds },
      warmup: { type: "string", default: ETCD_DEFAULTS.warmupSeconds },
      "start-warmup": { type: "string", default: ETCD_DEFAULTS.startWarmupSeconds },
      first: { type: "string", default: ETCD_DEFAULTS.first },
      etcd: { type: "string", default: ETCD_DEFAULTS.etcd },
      "etcd-load": { type: "string" },
      "go-path": { type: "string" },
      dir: { type: "string" },
      json: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
    strict: true,
  });
  for (const flag of ["etcd", "etcd-load", "go-path"] as const) {
    if (values[flag] === "") throw new Error(`--${flag} must not be empty`);
  }
  if (values.first !== "etcd" && values.first !== "ruvraft") {
    throw new Error(`--first must be etcd or ruvraft, got "${values.first}"`);
  }
  const goPath = values["go-path"] ?? environment.GOPATH;
  return {
    help: values.help,
    nodes: nodeCount("--nodes", values.nodes),
    clients: positiveIntegers("--clients", values.clients, CLIENTS_MAX),
    valueSizeBytes: positiveInteger("--value-size", values["value-size"], VALUE_SIZE_BYTES_MAX),
    durationMs: secondsAsMs("--duration", values.duration, false),
    warmupMs: secondsAsMs("--warmup", values.warmup, true),
    startWarmupMs: secondsAsMs("--start-warmup", values["start-warmup"], true),
    first: values.first,
    etcdPath: values.etcd,
    etcdLoadPath: values["etcd-load"],
    goPath: goPath === undefined || goPath === "" ? DEBIAN_GOPATH : goPath,
    ...runDirectory(values.dir, "bench-etcd"),
    json: values.json,
  };
}
