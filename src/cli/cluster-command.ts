/**
 * `ruvraft cluster`: a local cluster of separate `ruvraft node` processes on loopback.
 *
 * Defaults (documented in the README): 3 nodes, data under `data/cluster/node-<id>`, node <id>
 * listening for Raft and clients on 127.0.0.1:(7400 + id) and serving admin HTTP (/metrics,
 * /health, /status) on 127.0.0.1:(7500 + id). `--base-port P` moves the listeners to P + id
 * and the admin ports to P + 100 + id. Each node's JSON log goes to `<data>/node-<id>.log`.
 * SIGINT / SIGTERM stop every node cleanly; a node that exits on its own is reported.
 *
 * Closed by default: the nodes share a cluster secret, drawn once (32 random bytes, hex) into
 * `<data>/cluster-secret` with mode 0600, unless RUVRAFT_SHARED_SECRET is set; `ruvraft ctl`
 * on the same machine reads that file (src/cli/ctl-client.ts).
 */
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Command } from "commander";
import { InvalidArgumentError } from "../util/errors.js";
import { positiveInteger } from "./flag-values.js";

export const CLUSTER_DEFAULTS = {
  nodes: 3,
  dataDirectory: "data/cluster",
  basePort: 7400,
} as const;

/** The file under a cluster's data directory that holds its secret. */
export const CLUSTER_SECRET_FILE_NAME = "cluster-secret";

/**
 * The cluster secret kept in `<dataDirectory>/cluster-secret`, drawn (32 random bytes, hex)
 * and written with mode 0600 the first time.
 */
export function ensureClusterSecret(dataDirectory: string): string {
  const file = path.join(dataDirectory, CLUSTER_SECRET_FILE_NAME);
  fs.mkdirSync(dataDirectory, { recursive: true });
  try {
    fs.writeFileSync(file, `${randomBytes(32).toString("hex")}\n`, { flag: "wx", mode: 0o600 });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "EEXIST") throw error;
  }
  const secret = fs.readFileSync(file, "utf8").trim();
  if (secret === "") throw new Error(`the cluster secret file ${file} is empty: delete it`);
  return secret;
}

export interface ClusterLayout {
  /** The state machine every node runs (`ruvraft node --state-machine`). */
  stateMachine: "metadata" | "kv";
  nodes: {
    id: number;
    address: string;
    adminAddress: string;
    dataDirectory: string;
    logFile: string;
  }[];
}

export function clusterLayout(options: {
  nodes: number;
  dataDirectory: string;
  basePort: number;
  stateMachine?: "metadata" | "kv";
}): ClusterLayout {
  return {
    stateMachine: options.stateMachine ?? "metadata",
    nodes: Array.from({ length: options.nodes }, (_, position) => {
      const id = position + 1;
      return {
        id,
        address: `127.0.0.1:${options.basePort + id}`,
        adminAddress: `127.0.0.1:${options.basePort + 100 + id}`,
        dataDirectory: path.join(options.dataDirectory, `node-${id}`),
        logFile: path.join(options.dataDirectory, `node-${id}.log`),
      };
    }),
  };
}

/** The default endpoints of `ruvraft ctl`: the default local cluster's listeners. */
export function defaultEndpoints(): string[] {
  return clusterLayout({ ...CLUSTER_DEFAULTS }).nodes.map((node) => node.address);
}

const MAIN = path.join(path.dirname(fileURLToPath(import.meta.url)), "main.js");

/**
 * Starts one node process of the layout; its output is appended to its log file. `nodeArgs`
 * go to the Node.js runtime before the script (`--cpu-prof`, which NODE_OPTIONS refuses).
 */
export function spawnNode(
  layout: ClusterLayout,
  id: number,
  extraArgs: readonly string[] = [],
  environment: NodeJS.ProcessEnv = process.env,
  nodeArgs: readonly string[] = [],
): ChildProcess {
  const node = layout.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node ${id} in the layout`);
  fs.mkdirSync(path.dirname(node.logFile), { recursive: true });
  const log = fs.openSync(node.logFile, "a");
  const peers = layout.nodes.map((peer) => `${peer.id}=${peer.address}`).join(",");
  const child = spawn(
    process.execPath,
    [
      ...nodeArgs,
      MAIN,
      "node",
      "--node-id",
      String(id),
      "--peers",
      peers,
      "--data",
      node.dataDirectory,
      "--admin-port",
      node.adminAddress.split(":")[1] as string,
      "--state-machine",
      layout.stateMachine,
      "--exit-with-parent",
      ...extraArgs,
    ],
    { stdio: ["ignore", log, log], env: environment },
  );
  fs.closeSync(log);
  return child;
}

export async function runCluster(options: {
  nodes: number;
  dataDirectory: string;
  basePort: number;
  stateMachine: "metadata" | "kv";
}): Promise<number> {
  const layout = clusterLayout(options);
  const environment = process.env.RUVRAFT_SHARED_SECRET
    ? process.env
    : { ...process.env, RUVRAFT_SHARED_SECRET: ensureClusterSecret(options.dataDirectory) };
  const children = new Map<number, ChildProcess>();
  for (const node of layout.nodes) {
    children.set(node.id, spawnNode(layout, node.id, [], environment));
  }
  process.stdout.write(
    `ruvraft cluster: ${options.nodes} nodes on loopback (${options.stateMachine} state machine), data under ${options.dataDirectory}\n`,
  );
  for (const node of layout.nodes) {
    process.stdout.write(
      `  node ${node.id}: raft+client ${node.address}  admin http://${node.adminAddress}/status  data ${node.dataDirectory}  log ${node.logFile}\n`,
    );
  }
  const endpoints = layout.nodes.map((node) => node.address).join(",");
  const secretFile = path.join(options.dataDirectory, CLUSTER_SECRET_FILE_NAME);
  const ctlOptions = [
    options.basePort === CLUSTER_DEFAULTS.basePort && options.nodes === CLUSTER_DEFAULTS.nodes
      ? ""
      : ` --endpoints ${endpoints}`,
    process.env.RUVRAFT_SHARED_SECRET ||
    path.resolve(options.dataDirectory) === path.resolve(CLUSTER_DEFAULTS.dataDirectory)
      ? ""
      : ` --secret-file ${secretFile}`,
  ].join("");
  process.stdout.write(
    `${process.env.RUVRAFT_SHARED_SECRET ? "security: the cluster secret from RUVRAFT_SHARED_SECRET" : `security: a cluster secret in ${secretFile} (mode 0600; ctl reads it)`}\n` +
      `try: node dist/src/cli/main.js ctl${ctlOptions} status\n` +
      "stop with Ctrl-C (SIGINT) or SIGTERM\n",
  );
  return new Promise((resolve) => {
    let stopping = false;
    let exitCode = 0;
    const stop = (signal: NodeJS.Signals) => {
      if (stopping) return;
      stopping = true;
      process.stdout.write(`ruvraft cluster: ${signal}: stopping every node\n`);
      for (const child of children.values()) child.kill("SIGTERM");
    };
    for (const [id, child] of children) {
      child.on("exit", (code, signal) => {
        children.delete(id);
        if (!stopping) {
          exitCode = 1;
          process.stdout.write(
            `ruvraft cluster: node ${id} exited on its own (${code ?? signal}); see its log\n`,
          );
        }
        if (children.size === 0) resolve(exitCode);
      });
    }
    process.once("SIGINT", () => stop("SIGINT"));
    process.once("SIGTERM", () => stop("SIGTERM"));
  });
}

export function addClusterCommand(program: Command): void {
  program
    .command("cluster")
    .description(
      `run a local cluster of node processes on loopback: node <id> listens on 127.0.0.1:(base-port + id), admin HTTP on base-port + 100 + id`,
    )
    .option("--nodes <n>", "number of nodes", positiveInteger("--nodes"), CLUSTER_DEFAULTS.nodes)
    .option(
      "--data <dir>",
      "data directory (one sub-directory and one log file per node)",
      CLUSTER_DEFAULTS.dataDirectory,
    )
    .option(
      "--base-port <port>",
      "node <id> listens on base-port + id",
      positiveInteger("--base-port"),
      CLUSTER_DEFAULTS.basePort,
    )
    .option(
      "--state-machine <name>",
      "metadata (Ruvector cluster metadata) | kv (key-value)",
      "metadata",
    )
    .action(
      async (options: { nodes: number; data: string; basePort: number; stateMachine: string }) => {
        if (options.stateMachine !== "metadata" && options.stateMachine !== "kv") {
          throw new InvalidArgumentError(
            `--state-machine must be metadata or kv, got "${options.stateMachine}"`,
          );
        }
        process.exitCode = await runCluster({
          nodes: options.nodes,
          dataDirectory: options.data,
          basePort: options.basePort,
          stateMachine: options.stateMachine,
        });
      },
    );
}
