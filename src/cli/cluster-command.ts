/**
 * `ruvraft cluster`: a local cluster of separate `ruvraft node` processes on loopback.
 *
 * Defaults (documented in the README): 3 nodes, data under `data/cluster/node-<id>`, node <id>
 * listening for Raft and clients on 127.0.0.1:(7400 + id) and serving admin HTTP (/metrics,
 * /health, /status) on 127.0.0.1:(7500 + id). `--base-port P` moves the listeners to P + id
 * and the admin ports to P + 100 + id. Each node's JSON log goes to `<data>/node-<id>.log`.
 * SIGINT / SIGTERM stop every node cleanly; a node that exits on its own is reported.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const CLUSTER_DEFAULTS = {
  nodes: 3,
  dataDirectory: "data/cluster",
  basePort: 7400,
} as const;

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

/** Starts one node process of the layout; its output is appended to its log file. */
export function spawnNode(
  layout: ClusterLayout,
  id: number,
  extraArgs: readonly string[] = [],
): ChildProcess {
  const node = layout.nodes.find((candidate) => candidate.id === id);
  if (node === undefined) throw new Error(`no node ${id} in the layout`);
  fs.mkdirSync(path.dirname(node.logFile), { recursive: true });
  const log = fs.openSync(node.logFile, "a");
  const peers = layout.nodes.map((peer) => `${peer.id}=${peer.address}`).join(",");
  const child = spawn(
    process.execPath,
    [
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
    { stdio: ["ignore", log, log] },
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
  const children = new Map<number, ChildProcess>();
  for (const node of layout.nodes) {
    children.set(node.id, spawnNode(layout, node.id));
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
  process.stdout.write(
    `try: node dist/src/cli/main.js ctl${options.basePort === CLUSTER_DEFAULTS.basePort && options.nodes === CLUSTER_DEFAULTS.nodes ? "" : ` --endpoints ${endpoints}`} status\n` +
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
