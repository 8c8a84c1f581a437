/**
 * The etcd side of `npm run bench:etcd`: a cluster of `etcd` member processes on loopback, its
 * leader, and the closed-loop load of bench/etcd-load/main.go (etcd's own Go client), built
 * here with `go build` and run as a child process. Needs an `etcd` binary, Go, and etcd's Go
 * client sources in GOPATH (Debian and Ubuntu: `apt-get install etcd-server golang-go
 * golang-etcd-server-dev`); each missing piece is refused with an error saying what to install.
 */
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import readline from "node:readline";
import { fileURLToPath } from "node:url";
import { ChildGroup, type GuardedProcesses } from "./cluster-processes.js";
import { BenchSetupError } from "./options.js";
import { processCpuSeconds, sumCpuSeconds } from "./process-cpu.js";

/** Where Debian and Ubuntu's golang-*-dev packages put Go sources (etcd's client among them). */
export const DEBIAN_GOPATH = "/usr/share/gocode";
const INSTALL_HINT =
  "on Debian or Ubuntu: apt-get install etcd-server golang-go golang-etcd-server-dev";
/** Pause between two leader polls, and how long one poll waits for a member. */
const LEADER_POLL_MS = 100;
const STATUS_TIMEOUT_MS = 500;

export interface EtcdCluster extends GuardedProcesses {
  /** "127.0.0.1:port" of every member's client URL, in member order. */
  readonly clientEndpoints: string[];
  pids(): number[];
  /** Why a member exited by itself, if one did (the benchmark is then invalid). */
  unexpectedExit(): string | undefined;
}

/** The version `etcdPath --version` prints ("3.4.23"); throws naming the binary if it cannot run. */
export function etcdVersion(etcdPath: string): string {
  let output: string;
  try {
    output = execFileSync(etcdPath, ["--version"], { encoding: "utf8" });
  } catch (error) {
    throw new BenchSetupError(
      `cannot run etcd as "${etcdPath}" (${(error as Error).message.split("\n")[0]}); ${INSTALL_HINT}, or give --etcd PATH`,
    );
  }
  const match = /etcd Version:\s*(\S+)/.exec(output);
  if (match === null) {
    throw new BenchSetupError(
      `"${etcdPath} --version" printed no "etcd Version:" line: ${output.trim()}`,
    );
  }
  return match[1] as string;
}

/**
 * Members `1..members`: member i listens for clients on basePort + i and for peers on
 * basePort + 100 + i (the ports findFreeBasePort checked), with its data in
 * `dataDirectory/m<i>` and its log in `dataDirectory/m<i>.log`. etcd runs with its defaults
 * otherwise (snapshot every 100,000 entries, no auto-compaction).
 */
export function startEtcdCluster(options: {
  etcdPath: string;
  members: number;
  dataDirectory: string;
  basePort: number;
}): EtcdCluster {
  fs.mkdirSync(options.dataDirectory, { recursive: true });
  const ids = Array.from({ length: options.members }, (_, position) => position + 1);
  const peerUrl = (id: number) => `http://127.0.0.1:${options.basePort + 100 + id}`;
  const clientUrl = (id: number) => `http://127.0.0.1:${options.basePort + id}`;
  const initialCluster = ids.map((id) => `m${id}=${peerUrl(id)}`).join(",");
  const group = new ChildGroup();
  const prefix = parentDeathPrefix();
  for (const id of ids) {
    const logFile = path.join(options.dataDirectory, `m${id}.log`);
    const log = fs.openSync(logFile, "a");
    const child = spawn(
      prefix[0] ?? options.etcdPath,
      [
        ...prefix.slice(1),
        ...(prefix.length > 0 ? [options.etcdPath] : []),
        `--name=m${id}`,
        `--data-dir=${path.join(options.dataDirectory, `m${id}`)}`,
        `--listen-peer-urls=${peerUrl(id)}`,
        `--initial-advertise-peer-urls=${peerUrl(id)}`,
        `--listen-client-urls=${clientUrl(id)}`,
        `--advertise-client-urls=${clientUrl(id)}`,
        `--initial-cluster=${initialCluster}`,
        "--initial-cluster-state=new",
        "--initial-cluster-token=ruvraft-bench",
        "--logger=zap",
        "--log-level=warn",
      ],
      { stdio: ["ignore", log, log] },
    );
    fs.closeSync(log);
    group.add(id, child, (code) => `etcd member ${id} exited by itself (${code}); see ${logFile}`);
  }
  return {
    clientEndpoints: ids.map((id) => `127.0.0.1:${options.basePort + id}`),
    pids: () => group.pids(),
    unexpectedExit: () => group.unexpectedExit(),
    stop: () => group.stop(),
    killNow: () => group.killNow(),
  };
}

/** setpriv from util-linux, where it is installed (Linux): see parentDeathPrefix. */
const SETPRIV_PATHS = ["/usr/bin/setpriv", "/bin/setpriv"];

/**
 * The command prefix that makes a member die with this process even when it is killed with
 * SIGKILL (`setpriv --pdeathsig KILL --`; ruvraft nodes have --exit-with-parent for that), or
 * [] where setpriv is not installed: then only a clean end, an error or SIGINT / SIGTERM
 * (ClusterGuard) stops the members.
 */
function parentDeathPrefix(): string[] {
  const setpriv = SETPRIV_PATHS.find((file) => fs.existsSync(file));
  return setpriv === undefined ? [] : [setpriv, "--pdeathsig", "KILL", "--"];
}

/**
 * Which member leads, from every member's /v3/maintenance/status answer (in member order;
 * undefined for one that did not answer): the position of the member whose header.member_id
 * is the leader all of them name, or undefined while they do not all answer and agree. Throws
 * on an answer without those fields (not an etcd v3 status).
 */
export function etcdLeaderPosition(statuses: readonly (unknown | undefined)[]): number | undefined {
  const members = statuses.map((status, position) => {
    if (status === undefined) return undefined;
    const leader = (status as { leader?: unknown }).leader;
    const memberId = (status as { header?: { member_id?: unknown } }).header?.member_id;
    if (typeof leader !== "string" || typeof memberId !== "string") {
      throw new Error(
        `etcd member ${position + 1}: status has no "leader" and "header.member_id" strings: ${JSON.stringify(status)}`,
      );
    }
    return { leader, memberId };
  });
  // A member that knows no leader names "0", which is no member's id: undefined below.
  const leader = members[0]?.leader;
  if (leader === undefined) return undefined;
  if (!members.every((member) => member !== undefined && member.leader === leader)) {
    return undefined;
  }
  const position = members.findIndex((member) => member?.memberId === leader);
  return position < 0 ? undefined : position;
}

/** A member's /v3/maintenance/status answer, or undefined when it does not give one in time. */
async function postStatus(endpoint: string): Promise<unknown | undefined> {
  try {
    const response = await fetch(`http://${endpoint}/v3/maintenance/status`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
      signal: AbortSignal.timeout(STATUS_TIMEOUT_MS),
    });
    return response.ok ? await response.json() : undefined;
  } catch {
    return undefined;
  }
}

/** Polls every member's status until all name the same leader; returns its client endpoint. */
export async function waitForEtcdLeader(cluster: EtcdCluster, timeoutMs: number): Promise<string> {
  const deadline = Date.now() + timeoutMs;
  // Bounded by the deadline.
  while (Date.now() < deadline) {
    const exit = cluster.unexpectedExit();
    if (exit !== undefined) throw new Error(exit);
    const statuses = await Promise.all(cluster.clientEndpoints.map(postStatus));
    const position = etcdLeaderPosition(statuses);
    if (position !== undefined) return cluster.clientEndpoints[position] as string;
    await new Promise((resolve) => setTimeout(resolve, LEADER_POLL_MS));
  }
  throw new Error(`no etcd leader known to every member within ${timeoutMs} ms`);
}

/** bench/etcd-load/main.go in the repository (this module runs from dist/bench/). */
export function etcdLoadSource(): string {
  const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..", "..");
  return path.join(repository, "bench", "etcd-load", "main.go");
}

/**
 * Builds the load tool from `source` into `directory` (GOPATH mode: `directory/go` first, then
 * `goPath`, which must hold go.etcd.io/etcd/clientv3); returns the binary's path. Throws with
 * go's output and what to install when the build fails.
 */
export function buildEtcdLoad(source: string, directory: string, goPath: string): string {
  const packageDirectory = path.join(directory, "go", "src", "etcdload");
  fs.mkdirSync(packageDirectory, { recursive: true });
  fs.copyFileSync(source, path.join(packageDirectory, "main.go"));
  const binary = path.join(directory, "etcd-load");
  const built = spawnSync("go", ["build", "-o", binary, "."], {
    cwd: packageDirectory,
    encoding: "utf8",
    env: {
      ...process.env,
      GOPATH: `${path.join(directory, "go")}${path.delimiter}${goPath}`,
      GO111MODULE: "off",
      GOFLAGS: "",
    },
  });
  if (built.error !== undefined || built.status !== 0) {
    const output = `${built.stderr ?? ""}${built.stdout ?? ""}`.trim().split("\n").slice(-8);
    throw new BenchSetupError(
      `building ${source} failed (${built.error?.message ?? `go build exit ${built.status}`}): ` +
        `${output.join(" | ")}; it needs Go and etcd's Go client in GOPATH ${goPath} (${INSTALL_HINT}), or give --etcd-load PATH to a built one`,
    );
  }
  return binary;
}

/** Refuses an --etcd-load PATH that is not an executable file, before anything starts. */
export function checkEtcdLoadBinary(binary: string): void {
  try {
    fs.accessSync(binary, fs.constants.X_OK);
    if (!fs.statSync(binary).isFile()) throw new Error("not a file");
  } catch (error) {
    throw new BenchSetupError(
      `--etcd-load ${binary} is not an executable file (${(error as Error).message})`,
    );
  }
}

/** The load tool's final line. */
export interface EtcdLoadDone {
  event: "done";
  clients: number;
  conns: number;
  operations: number;
  seconds: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  errors: number;
  firstError: string;
}

/** Parses one stdout line of the load tool; throws naming the line when it is not one of its lines. */
export function parseEtcdLoadLine(
  line: string,
): { event: "measuring" } | { event: "stopped" } | EtcdLoadDone {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    throw new Error(`etcd-load printed a line that is not JSON: ${line}`);
  }
  const record = parsed as Record<string, unknown>;
  if (record.event === "measuring") return { event: "measuring" };
  if (record.event === "stopped") return { event: "stopped" };
  const numbers = [
    "clients",
    "conns",
    "operations",
    "seconds",
    "p50Us",
    "p99Us",
    "p999Us",
    "errors",
  ];
  const bad = numbers.find(
    (key) => typeof record[key] !== "number" || !Number.isFinite(record[key]),
  );
  if (record.event !== "done" || bad !== undefined || typeof record.firstError !== "string") {
    throw new Error(
      `etcd-load printed an unexpected line${bad === undefined ? "" : ` (field ${bad})`}: ${line}`,
    );
  }
  return record as unknown as EtcdLoadDone;
}

export interface EtcdRun {
  clients: number;
  opsPerSec: number;
  p50Us: number;
  p99Us: number;
  p999Us: number;
  errors: number;
  firstError: string | undefined;
  /** CPU (user + system) of all etcd members per operation in the window; undefined without /proc. */
  nodeCpuUsPerOp: number | undefined;
  /** CPU of the load tool (the clients) per operation in the window. */
  clientCpuUsPerOp: number | undefined;
}

/** Runs the load tool once against `endpoint` and measures the members' CPU over its window. */
export async function runEtcdLoad(
  binary: string,
  cluster: EtcdCluster,
  load: {
    endpoint: string;
    clients: number;
    loopsPerConn: number;
    valueSizeBytes: number;
    warmupMs: number;
    durationMs: number;
  },
): Promise<EtcdRun> {
  const child = spawn(
    binary,
    [
      `-endpoints=${load.endpoint}`,
      `-clients=${load.clients}`,
      `-loops-per-conn=${load.loopsPerConn}`,
      `-value-size=${load.valueSizeBytes}`,
      `-warmup=${load.warmupMs / 1000}`,
      `-duration=${load.durationMs / 1000}`,
    ],
    // Its stdin stays open while this process runs: the tool exits when it closes, so it
    // never outlives a benchmark that was killed (bench/etcd-load/main.go).
    { stdio: ["pipe", "pipe", "pipe"] },
  );
  let spawnError: Error | undefined;
  child.once("error", (error) => {
    spawnError = error;
  });
  let stderr = "";
  child.stderr?.setEncoding("utf8");
  child.stderr?.on("data", (chunk: string) => {
    stderr = (stderr + chunk).slice(-2000);
  });
  // "close" comes after "exit", and also when the binary could not be started ("error").
  const exited = new Promise<number | null>((resolve) => child.once("close", resolve));
  let cpuAtStart: { members: number | undefined; client: number | undefined } | undefined;
  let done: EtcdLoadDone | undefined;
  let cpuAtEnd: { members: number | undefined; client: number | undefined } | undefined;
  try {
    const lines = readline.createInterface({ input: child.stdout as NodeJS.ReadableStream });
    for await (const line of lines) {
      const parsed = parseEtcdLoadLine(line);
      // CPU at the window's edges: the load tool prints "measuring" and "stopped" there.
      const sample = {
        members: sumCpuSeconds(cluster.pids()),
        client: child.pid === undefined ? undefined : processCpuSeconds(child.pid),
      };
      if (parsed.event === "measuring") cpuAtStart = sample;
      else if (parsed.event === "stopped") cpuAtEnd = sample;
      else done = parsed;
    }
  } finally {
    if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
  }
  const code = await exited;
  if (spawnError !== undefined) {
    throw new Error(`cannot run the load tool ${binary}: ${spawnError.message}`);
  }
  const exit = cluster.unexpectedExit();
  if (exit !== undefined) throw new Error(exit);
  if (done === undefined || cpuAtStart === undefined || cpuAtEnd === undefined) {
    throw new Error(`etcd-load ended (exit ${code}) without its results: ${stderr.trim()}`);
  }
  const perOp = (start: number | undefined, end: number | undefined) =>
    start === undefined || end === undefined || done.operations === 0
      ? undefined
      : ((end - start) / done.operations) * 1e6;
  return {
    clients: done.clients,
    opsPerSec: done.operations / done.seconds,
    p50Us: done.p50Us,
    p99Us: done.p99Us,
    p999Us: done.p999Us,
    errors: done.errors,
    firstError: done.firstError === "" ? undefined : done.firstError,
    nodeCpuUsPerOp: perOp(cpuAtStart.members, cpuAtEnd.members),
    clientCpuUsPerOp: perOp(cpuAtStart.client, cpuAtEnd.client),
  };
}
