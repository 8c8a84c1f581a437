/**
 * `ruvraft node`: runs one node in this process until SIGTERM or SIGINT (a clean stop), with
 * JSON-lines logs (pino) on stdout. Exit codes: 0 after a clean stop, 1 when the node cannot
 * start (the log line says why: a locked or corrupt data directory, a bad config key) or
 * fails while running (a failed fsync: restart it to recover from the disk), 70 (EX_SOFTWARE)
 * when a broken invariant stopped it (a bug: the fatal log line has the invariant). What runs
 * and how it stops is in node-process.ts.
 */
import type { Command } from "commander";
import pino from "pino";
import { checkBootstrapIsNew, holdsNoData } from "./bootstrap-guard.js";
import { NodeProcess } from "./node-process.js";
import { type NodeCommandFlags, type NodeSettings, resolveNodeSettings } from "./node-settings.js";
import { prepareRebuild, type RebuildPlan } from "./rebuild.js";

export async function runNode(settings: NodeSettings): Promise<number> {
  const logger = pino({ level: settings.logLevel, base: { nodeId: settings.node.nodeId } });
  const prepared = await prepareStart(settings, logger);
  if (typeof prepared === "number") return prepared;
  const running = new NodeProcess(prepared.settings, logger);
  const exitCode = await running.start(prepared.rebuild);
  if (exitCode !== undefined) return exitCode;
  return running.runUntilStopped();
}

/**
 * What is checked and done before the node is made: a bootstrap on an empty directory is
 * refused when the cluster already knows this node (bootstrap-guard.ts); a rebuild moves the
 * data aside and joins instead (rebuild.ts). Returns exit code 1 when either fails.
 */
async function prepareStart(
  settings: NodeSettings,
  logger: pino.Logger,
): Promise<{ settings: NodeSettings; rebuild: RebuildPlan | undefined } | number> {
  if (
    settings.node.bootstrap !== false &&
    !settings.rebuild &&
    holdsNoData(settings.node.dataDirectory)
  ) {
    try {
      await checkBootstrapIsNew(settings, logger);
    } catch (error) {
      logger.fatal(
        { error: (error as Error).message, code: (error as { code?: string }).code },
        "the node cannot start",
      );
      return 1;
    }
  }
  if (!settings.rebuild) return { settings, rebuild: undefined };
  let rebuild: RebuildPlan;
  try {
    rebuild = await prepareRebuild(settings, logger);
  } catch (error) {
    logger.fatal({ error: (error as Error).message }, "rebuild: cannot prepare the node's return");
    return 1;
  }
  return { settings: { ...settings, node: { ...settings.node, bootstrap: false } }, rebuild };
}

export function addNodeCommand(program: Command): void {
  const node = program
    .command("node")
    .description("run one node (JSON-lines logs on stdout; SIGTERM or SIGINT stops it cleanly)");
  addClusterFlags(node);
  addDataPlaneFlags(node);
  addRecoveryAndSecurityFlags(node);
  node.action(async (flags: NodeCommandFlags) => {
    process.exitCode = await runNode(resolveNodeSettings(flags, process.env));
  });
}

/** Where the node's configuration and data are, its cluster, and where it listens and logs. */
function addClusterFlags(node: Command): void {
  node
    .option("--config <file>", "JSON config file (keys: see README, 'Running a node')")
    .option("--node-id <n>", "this node's id (env RUVRAFT_NODE_ID)")
    .option(
      "--peers <list>",
      "every member of a new cluster: 1=host:port,2=host:port,... (env RUVRAFT_PEERS)",
    )
    .option("--data <dir>", "data directory (env RUVRAFT_DATA)")
    .option(
      "--cluster-id <name>",
      "cluster name every member shares (env RUVRAFT_CLUSTER_ID; default ruvraft)",
    )
    .option("--join", "join an existing cluster instead of bootstrapping one (env RUVRAFT_JOIN=1)")
    .option(
      "--listen <host:port>",
      "listen address (env RUVRAFT_LISTEN; default: this node's address in --peers)",
    )
    .option(
      "--admin-port <port>",
      "admin HTTP port for /metrics, /health, /status (env RUVRAFT_ADMIN_PORT)",
    )
    .option(
      "--admin-listen <host>",
      "host the admin HTTP server binds to (env RUVRAFT_ADMIN_LISTEN; default 127.0.0.1: it has no authentication, keep it on the management side)",
    )
    .option(
      "--log-level <level>",
      "fatal|error|warn|info|debug (env RUVRAFT_LOG_LEVEL; default info)",
    );
}

/** What the node runs: its state machine, its engine, and how it describes itself to the metadata. */
function addDataPlaneFlags(node: Command): void {
  node
    .option(
      "--state-machine <name>",
      "metadata (Ruvector cluster metadata, default) | kv (a key-value store) (env RUVRAFT_STATE_MACHINE)",
    )
    .option(
      "--engine <name>",
      "ruvector (default with metadata: hold this node's shards in @ruvector/core stores under <data>/engine) | none (metadata only) (env RUVRAFT_ENGINE)",
    )
    .option(
      "--data-address <host:port>",
      "the data-plane address recorded for this node in the metadata (env RUVRAFT_DATA_ADDRESS; default: its address in --peers)",
    )
    .option(
      "--capacity <size>",
      "this node's storage capacity recorded in the metadata: bytes, or 500GB, 64GiB, ... (env RUVRAFT_CAPACITY)",
    )
    .option(
      "--label <key=value>",
      "a label recorded for this node, such as zone=a; repeat for more (env RUVRAFT_LABELS=zone=a,rack=r1)",
      (value: string, previous: string[] = []) => [...previous, value],
    );
}

/** How the node stops, recovers a lost majority or a lost disk, and protects its connections. */
function addRecoveryAndSecurityFlags(node: Command): void {
  node
    .option("--exit-with-parent", "stop when the parent process exits (ruvraft cluster sets it)")
    .option(
      "--force-new-cluster",
      "DANGEROUS, only to recover from a lost majority: restart this node alone as a new one-node cluster from its committed data (see docs/operations.md)",
    )
    .option(
      "--rebuild",
      "move the data directory aside and restore this node from the other members (removed, re-added as a learner, caught up, promoted back)",
    )
    .option("--tls-cert <file>", "mutual TLS: this node's certificate (env RUVRAFT_TLS_CERT)")
    .option("--tls-key <file>", "mutual TLS: this node's key (env RUVRAFT_TLS_KEY)")
    .option("--tls-ca <file>", "mutual TLS: the CA certificate (env RUVRAFT_TLS_CA)")
    .option(
      "--insecure",
      "listen beyond loopback without a shared secret or TLS: anyone who reaches the node may write, read and change the membership (env RUVRAFT_INSECURE=1)",
    )
    .addHelpText(
      "after",
      "\nSecrets come from the environment (or the config file), never a flag: RUVRAFT_SHARED_SECRET (sharedSecret), the cluster secret that peers and administrators prove; RUVRAFT_CLIENT_SECRET (clientSecret), optional, which lets clients propose and read only (membership, transfer and snapshot need the cluster secret). Without either secret or TLS the node refuses to listen beyond loopback unless --insecure.",
    );
}
